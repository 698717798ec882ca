#include "commands.h"
#include "pipeline.h"

#include <privmap/json_schema.h>

namespace privmap::cli {

void add_schema_command(CLI::App& app, int& exit_code) {
    auto* command = app.add_subcommand(
        "schema", "Print the JSON Schema of a model file, for editor completion");
    command->footer("Example (VS Code with Even Better TOML, or taplo):\n"
                    "  privmap schema > privmap.schema.json\n"
                    "  then start each model file with:  #:schema ./privmap.schema.json");
    command->callback(
        [&exit_code] { exit_code = print_result(model_json_schema(), "the schema", Exit::clean); });
}

} // namespace privmap::cli
