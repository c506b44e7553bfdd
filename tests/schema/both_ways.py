#!/usr/bin/env python3
"""Checks that the JSON Schemas `civic schema` writes accept exactly what civic accepts, both
ways: each content file of a site is changed in the ways an editor might change it (an
optional key emptied to null, a required key removed, a key civic does not know added, a
single value turned into a list), and civic (`civic check`) and the schema (Python's
jsonschema, as a YAML language server runs it) must agree on whether the file is accepted.

Usage: both_ways.py CIVIC SCHEMA_DIR SITE_DIR...
"""
import copy
import os
import shutil
import subprocess
import sys
import tempfile

import jsonschema
import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from validate_content import FOLDERS, Loader, front_matter, load_schemas, schema_name  # noqa: E402

AS_OF = "2025-06-01"


def dump(data):
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=10_000)


def write(path, data, body):
    text = dump(data)
    with open(path, "w", encoding="utf-8") as f:
        if path.endswith(".md"):
            f.write("---\n" + text + "---\n" + body)
        else:
            f.write(text)


def mutations(data, schema):
    """(description, changed front matter) pairs."""
    properties = schema.get("properties", {})
    required = set(schema.get("required", []))
    for key in list(data):
        if key not in required:
            changed = copy.deepcopy(data)
            changed[key] = None
            yield f"{key}: null", changed
        else:
            changed = copy.deepcopy(data)
            del changed[key]
            yield f"without {key}", changed
        if not isinstance(data[key], (list, dict)) and key in properties:
            changed = copy.deepcopy(data)
            changed[key] = [data[key], data[key]]
            yield f"{key} as a list", changed
    changed = copy.deepcopy(data)
    changed["a_key_civic_does_not_know"] = "x"
    yield "an unknown key", changed


def civic_accepts(civic, site, path=None):
    """Whether civic finds no error in the file at `path` (in any file when None). An error
    another file gets from the change (a commitment naming an area site.yml no longer has)
    is about that file, which the schema of this one cannot see."""
    result = subprocess.run([civic, "check", "--site", site, "--as-of", AS_OF], capture_output=True, text=True)
    if result.returncode not in (0, 1):
        raise SystemExit(f"civic check failed to run: {result.stderr}")
    output = result.stdout + result.stderr
    if path is None:
        return result.returncode == 0, output
    rel = os.path.relpath(path, site) + ":"
    errors = [line for line in output.splitlines() if line.startswith(rel) and ": error:" in line]
    return not errors, "\n".join(errors)


def main():
    civic, schema_dir, sites = os.path.abspath(sys.argv[1]), sys.argv[2], sys.argv[3:]
    validators = load_schemas(schema_dir)
    raw = {name: v.schema for name, v in validators.items()}
    checked = disagreements = 0
    for site in sites:
        work = tempfile.mkdtemp(prefix="civic-both-ways-")
        try:
            copy_of = os.path.join(work, "site")
            shutil.copytree(site, copy_of, ignore=shutil.ignore_patterns("public", ".build", ".git", ".venv"))
            accepted, output = civic_accepts(civic, copy_of)
            if not accepted:
                raise SystemExit(f"{site} does not pass civic check as it is:\n{output}")
            content = os.path.join(copy_of, "content")
            files = [(os.path.join(content, "site.yml"), "site")]
            files += [(os.path.join(content, f), "site.translation")
                      for f in sorted(os.listdir(content)) if f.startswith("site.") and f != "site.yml" and f.endswith(".yml")][:1]
            if os.path.exists(os.path.join(content, "framework.yml")):
                files.append((os.path.join(content, "framework.yml"), "framework"))
            for folder, name in FOLDERS.items():
                entries = sorted(f for f in os.listdir(os.path.join(content, folder)) if f.endswith(".md")) \
                    if os.path.isdir(os.path.join(content, folder)) else []
                # The first entry of the folder, and the first translation when it has one.
                originals = [f for f in entries if schema_name(f, name) == name]
                translations = [f for f in entries if schema_name(f, name) != name]
                files += [(os.path.join(content, folder, f), schema_name(f, name)) for f in originals[:1] + translations[:1]]
            for path, name in files:
                original = open(path, encoding="utf-8").read()
                body = original.split("\n---\n", 1)[1] if path.endswith(".md") else ""
                data = front_matter(path) if path.endswith(".md") else yaml.load(original, Loader=Loader)
                for description, changed in mutations(data, raw[name]):
                    write(path, changed, body)
                    # What the editor's language server sees is the file as written, read back.
                    reread = front_matter(path) if path.endswith(".md") else yaml.load(open(path, encoding="utf-8"), Loader=Loader)
                    schema_ok = not any(True for _ in validators[name].iter_errors(reread))
                    civic_ok, output = civic_accepts(civic, copy_of, path)
                    checked += 1
                    if schema_ok != civic_ok:
                        disagreements += 1
                        rel = os.path.relpath(path, copy_of)
                        print(f"{site}: {rel} with {description}: civic {'accepts' if civic_ok else 'refuses'} it, "
                              f"the schema {'accepts' if schema_ok else 'refuses'} it")
                        if not civic_ok:
                            print("  civic says: " + output.replace("\n", " | ")[:400])
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original)
        finally:
            shutil.rmtree(work)
    print(f"schemas both ways: {checked - disagreements} agreed, {disagreements} disagreed")
    return 1 if disagreements else 0


if __name__ == "__main__":
    sys.exit(main())
