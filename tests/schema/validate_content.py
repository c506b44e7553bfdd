#!/usr/bin/env python3
"""Validates a site's content files against the JSON Schemas that `civic schema` writes,
with a standard validator (Python's jsonschema), as an editor's YAML language server would.

A translation (ID.LANG.md, site.LANG.yml) is checked against its translation schema.

Usage: validate_content.py SCHEMA_DIR SITE_DIR...
"""
import datetime
import glob
import json
import os
import sys

import jsonschema
import yaml


class Loader(yaml.SafeLoader):
    """YAML as a language server sees it: dates stay text, as civic reads them."""


def text_timestamp(loader, node):
    return loader.construct_scalar(node)


Loader.add_constructor("tag:yaml.org,2002:timestamp", text_timestamp)

FOLDERS = {"partners": "partner", "outcomes": "outcome", "commitments": "commitment", "assessments": "assessment",
           "celebrations": "celebration", "conversations": "conversation", "areas": "area",
           "community-assets": "community-asset", "pages": "page"}


def schema_name(path, name):
    """The schema of a file of an entry folder: its entries', or their translations' for a
    file named ID.LANG.md."""
    return name + ".translation" if "." in os.path.basename(path)[:-len(".md")] else name


def front_matter(path):
    text = open(path, encoding="utf-8-sig").read().replace("\r\n", "\n")
    parts = text.split("\n---\n", 1)
    return yaml.load(parts[0][len("---\n"):], Loader=Loader)


def load_schemas(schema_dir):
    schemas = {}
    for name in ["site", "site.translation", "framework"] + list(FOLDERS.values()) + [n + ".translation" for n in FOLDERS.values()]:
        with open(os.path.join(schema_dir, f"{name}.schema.json"), encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        schemas[name] = jsonschema.Draft202012Validator(schema)
    return schemas


def main():
    schema_dir, sites = sys.argv[1], sys.argv[2:]
    schemas = load_schemas(schema_dir)
    checked = failed = 0
    for site in sites:
        content = os.path.join(site, "content")
        documents = [(os.path.join(content, "site.yml"), "site")]
        documents += [(path, "site.translation") for path in sorted(glob.glob(os.path.join(content, "site.*.yml")))]
        if os.path.exists(os.path.join(content, "framework.yml")):
            documents.append((os.path.join(content, "framework.yml"), "framework"))
        for folder, name in FOLDERS.items():
            documents += [(path, schema_name(path, name)) for path in sorted(glob.glob(os.path.join(content, folder, "*.md")))]
        for path, name in documents:
            data = front_matter(path) if path.endswith(".md") else yaml.load(open(path, encoding="utf-8"), Loader=Loader)
            errors = sorted(schemas[name].iter_errors(data), key=lambda e: list(e.path))
            checked += 1
            if errors:
                failed += 1
                for error in errors:
                    print(f"{path}: {'/'.join(map(str, error.path))}: {error.message}")
    print(f"schema: {checked - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
