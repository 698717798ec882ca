// A model is untrusted text: what of it may reach a terminal, and what may reach a document.
// Every output that shows model text (or a file name, or another program's message) passes it
// through one of these two, so no output has its own list of dangerous characters.
#pragma once

#include <string>
#include <string_view>

namespace privmap {

/// `text` as a terminal may show it: every C0 control but the tab, DEL, every C1 control
/// (U+0080 to U+009F; U+009B is CSI to xterm), every bidirectional control (U+061C, U+200E,
/// U+200F, U+202A to U+202E, U+2066 to U+2069) and every byte that is not valid UTF-8 (a raw
/// 0x9B too) becomes U+FFFD, so model text can neither send an escape sequence nor reorder
/// what is shown around it.
std::string terminal_text(std::string_view text);
/// terminal_text(text) appended to `out`: text that is safe as it is (nearly every message and
/// line of a model) is appended without a copy of its own.
void append_terminal_text(std::string& out, std::string_view text);

/// `text` as every document format can hold it (HTML, Markdown, CSV, XLSX, SVG): tab, line
/// feed and carriage return stay; every other C0 control, DEL, every C1 control, the
/// noncharacters U+FFFE and U+FFFF (which XML cannot hold) and every byte that is not valid
/// UTF-8 becomes U+FFFD. A model may write any of them as a TOML escape such as `\u0000`.
std::string document_text(std::string_view text);

} // namespace privmap
