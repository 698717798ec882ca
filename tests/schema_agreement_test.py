#!/usr/bin/python3
"""The editor schema agrees with `privmap check`: single-value mutations of the bundled models
(the example and the `init` starters) are accepted by Taplo with `privmap schema` exactly when
`privmap check` accepts them, except for the documented set in EXCEPTIONS (docs/editor.md).

Usage: schema_agreement_test.py SOURCE_DIR PRIVMAP_BINARY TAPLO (run by ctest)."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

SOURCE, PRIVMAP, TAPLO = (os.path.abspath(a) for a in sys.argv[1:4])
MODELS = ["examples/econnect", "templates/init/en", "templates/init/nl", "tests/models/schema"]

# What a schema cannot say, and check does (docs/editor.md lists the same):
# - a date in quotes is text to TOML, but a JSON Schema sees every TOML date as a string.
EXCEPTIONS = {"quoted date"}

KEY_LINE = re.compile(r'^("[a-z0-9._-]+"|[A-Za-z_]+) = (.+?)\s*(#.*)?$')
HEADER = re.compile(r'^\[\[?([a-z_.]+)\]\]?\s*(#.*)?$')


def property_schema(schema, table, key):
    """The schema of `key` in the table `table` ("activity", "checks.severity", ...)."""
    definitions = schema["definitions"]
    if table not in definitions:
        return None
    props = definitions[table].get("properties", {})
    if key in props:
        return props[key]
    extra = definitions[table].get("additionalProperties")
    return extra if isinstance(extra, dict) else None


def resolved(schema, node):
    """A property schema with its anyOf flattened into one dict of the facts used here."""
    facts = dict(node)
    for part in node.get("anyOf", []):
        for k, v in part.items():
            if k == "enum":
                facts.setdefault("enum", [])
                facts["enum"] = facts["enum"] + v
            else:
                facts.setdefault(k, v)
    return facts


def mutations(schema, table, key, value):
    """(label, new value) pairs: one wrong value each, as a person would write it."""
    node = property_schema(schema, table, key)
    if node is None:
        return []
    facts = resolved(schema, node)
    kind = facts.get("type")
    out = [("unknown key", None)]  # the key misspelt: handled by the caller
    if table == "checks.severity":  # keyed by rule id
        out += [("unknown rule id as key", '"retention.mising" = ' + value)]
    if table == "checks.digital_consent_age":  # keyed by country
        out += [("region as key", "EU = " + value), ("lowercase country as key", "be = " + value)]
        return out + [("age under 13", "12"), ("age over 16", "17")]
    if re.fullmatch(r'\d{4}-\d{2}-\d{2}', value):
        return out + [("quoted date", f'"{value}"')]
    if kind == "integer":
        out += [("negative number", "-1"), ("number in quotes", f'"{value}"'),
                ("huge number", "300")]
        if "enum" in facts:
            out.append(("unknown version", "2"))
    elif kind == "boolean":
        out.append(("yes in quotes", '"yes"'))
    elif kind == "array":
        out.append(("empty list", "[]"))
        items = resolved(schema, facts.get("items", {}))
        if "enum" in items and "pattern" not in items:
            out.append(("unknown value in list", '["bogus"]'))
    elif kind == "string" or "anyOf" in node:
        out.append(("empty text", '""'))
        if key == "country":
            out += [("region as country", '"EU"'), ("UK", '"UK"'), ("unknown country", '"XX"'),
                    ("lowercase country", '"nl"')]
        elif key == "language":
            out.append(("language name", '"Dutch"'))
        elif key == "rule":
            out.append(("misspelt rule id", '"retention.mising"'))
        elif "enum" in facts and "pattern" not in facts:
            out.append(("unknown value", '"bogus"'))
        elif "pattern" in facts and facts["pattern"].startswith("^P"):
            out += [("bare P", '"P"'), ("no P", '"7Y"')]
        elif "pattern" in facts:
            out.append(("bad id", '"Not An Id"'))
    return out


def generate(schema, workdir):
    """Writes one model folder per mutation; returns [(label, where, folder, file)]."""
    cases, seen = [], set()
    for model in MODELS:
        files = sorted(f for f in os.listdir(os.path.join(SOURCE, model)) if f.endswith(".toml"))
        for name in files:
            with open(os.path.join(SOURCE, model, name), encoding="utf-8") as f:
                lines = f.read().splitlines()
            table = "document"
            for number, line in enumerate(lines):
                header = HEADER.match(line)
                if header:
                    table = header.group(1)
                    continue
                match = KEY_LINE.match(line)
                if not match or match.group(2).endswith(("[", "{")):
                    continue
                key, value = match.group(1), match.group(2)
                for label, new in mutations(schema, table, key.strip('"'), value):
                    if (table, key, label) in seen:
                        continue
                    seen.add((table, key, label))
                    if new is None:  # misspelt key: an "x" more, inside the quotes if any
                        changed = (key[:-1] + 'x"' if key.endswith('"') else key + "x") + \
                            f" = {value}"
                    elif " = " in new:  # the key itself replaced
                        changed = new
                    else:
                        changed = f"{key} = {new}"
                    folder = os.path.join(workdir, f"case{len(cases)}")
                    shutil.copytree(os.path.join(SOURCE, model), folder)
                    mutated = lines[:number] + [changed] + lines[number + 1:]
                    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                        f.write("\n".join(mutated) + "\n")
                    where = f"{model}/{name}:{number + 1} [{table}] {changed}"
                    cases.append((label, where, folder, os.path.join(folder, name)))
    return cases


def taplo_rejects(schema_path, files):
    run = subprocess.run([TAPLO, "check", "--no-auto-config", "--schema",
                          "file://" + schema_path, *files], capture_output=True, text=True)
    return set(re.findall(r'invalid file error=schema validation failed path="([^"]+)"',
                          run.stdout + run.stderr))


def main():
    workdir = tempfile.mkdtemp(prefix="privmap-schema-")
    try:
        schema_path = os.path.join(workdir, "schema.json")
        text = subprocess.run([PRIVMAP, "schema"], capture_output=True, text=True,
                              check=True).stdout
        with open(schema_path, "w") as f:
            f.write(text)
        schema = json.loads(text)
        cases = generate(schema, workdir)
        rejected_by_taplo = taplo_rejects(schema_path, [case[3] for case in cases])
        disagreements, excepted = [], 0
        for label, where, folder, file in cases:
            check = subprocess.run([PRIVMAP, "check", folder, "--today", "2026-01-01"],
                                   capture_output=True, text=True)
            check_rejects = check.returncode == 2
            taplo = file in rejected_by_taplo
            if check_rejects == taplo:
                continue
            if label in EXCEPTIONS:
                excepted += 1
                continue
            first = next((l for l in check.stdout.splitlines() if "error[" in l), "")
            disagreements.append(f"{label}: {where}: check {'rejects' if check_rejects else 'accepts'}"
                                 f", Taplo {'rejects' if taplo else 'accepts'} {first}")
        print(f"{len(cases)} single-value mutations; {excepted} documented exceptions")
        for line in disagreements:
            print("DISAGREE " + line)
        print(f"{len(cases) - len(disagreements)} passed, {len(disagreements)} failed")
        return 1 if disagreements or len(cases) < 48 else 0
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
