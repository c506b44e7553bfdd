#!/usr/bin/env python3
"""Checks that every text of an untranslated entry on a page in another language is marked
with the original's language (WCAG 3.1.2, Language of Parts), and that no translated text
is marked as the original's.

usage: check_fallback_lang.py SITE_FOLDER OUTPUT_FOLDER LANGUAGE_FOLDER

It reads the titles, names, summaries and the first line of the body of the entries under
SITE_FOLDER/content that have no translation into the language (no ID.LANG.md beside them),
the titles of indicators a translation does not give, and the text no translation gives
(an update's note, a review's evidence and next steps), then looks for each in the
text of every HTML page under OUTPUT_FOLDER/LANGUAGE_FOLDER. A text found must sit inside an
element whose nearest lang attribute is the site's default language; the titles, names and
summaries of the translations (ID.LANG.md) must not. The <title> element,
attribute values and scripts are not text a reader hears as a part, and are skipped.
Exit status 1 lists each text found unmarked, with its page.
"""
import html.parser
import pathlib
import re
import sys

import yaml

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


def front_matter(path):
    """The title, name and summary of an entry file, and its indicators' titles by id."""
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    data = (yaml.safe_load(match.group(1)) if match else None) or {}
    fields = {key: str(data[key]) for key in ("title", "name", "summary") if isinstance(data.get(key), str)}
    body = text[match.end():] if match else ""
    first = next((line.strip() for line in body.splitlines() if line.strip() and not line.startswith(("#", "-", "|", "!", ">"))), "")
    if first:
        fields["body"] = re.sub(r"[*_`\[\]]|\(http[^)]*\)", "", first)[:60]
    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key in ("note", "evidence", "next_steps", "heard", "missing") and isinstance(item, str):
                    fields[f"nested:{len(fields)}"] = re.sub(r"[*_`]", "", item.strip().splitlines()[0])[:60]
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
    walk(data)
    indicators = {}
    for item in data.get("indicators") or []:
        if isinstance(item, dict) and isinstance(item.get("title"), str):
            indicators[str(item.get("id"))] = item["title"]
    return fields, indicators


class Texts(html.parser.HTMLParser):
    """Each text of a page with the lang it is in."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []  # (tag, lang)
        self.texts = []

    def lang(self):
        for _, lang in reversed(self.stack):
            if lang is not None:
                return lang
        return None

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            return
        self.stack.append((tag, dict(attrs).get("lang")))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                return

    def handle_data(self, data):
        if any(tag in ("title", "script", "style") for tag, _ in self.stack):
            return
        if data.strip():
            self.texts.append((data, self.lang()))


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    site, output, folder = (pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3].strip("/"))
    settings = (site / "content" / "site.yml").read_text(encoding="utf-8")
    default = re.search(r"^language:\s*(\S+)", settings, re.M).group(1)
    tags = re.search(r"^languages:\s*\[(.*)\]", settings, re.M).group(1)
    language = next(t.strip() for t in tags.split(",") if t.strip().lower() == folder.lower())
    wanted, translated = set(), set()
    for path in sorted((site / "content").glob("*/*.md")):
        stem = path.name[:-3]
        if "." in stem:
            if stem.lower().endswith("." + language.lower()):
                fields, indicators = front_matter(path)
                translated.update(v for v in list(fields.values()) + list(indicators.values()) if len(v) >= 12)
            continue
        fields, indicators = front_matter(path)
        translation = path.parent / f"{stem}.{language}.md"
        if translation.exists():
            titled = front_matter(translation)[1]
            wanted.update(v for key, v in indicators.items() if key not in titled and len(v) >= 12)
            wanted.update(v for key, v in fields.items() if key.startswith("nested:") and len(v) >= 12)
            continue
        wanted.update(v for v in list(fields.values()) + list(indicators.values()) if len(v) >= 12)
    if not wanted or not translated:
        print("no untranslated or no translated text to look for", file=sys.stderr)
        return 2
    findings, seen, seen_translated = [], 0, 0
    pages = sorted((output / folder).rglob("*.html"))
    for page in pages:
        parser = Texts()
        parser.feed(page.read_text(encoding="utf-8"))
        for text, lang in parser.texts:
            for value in wanted:
                if value in text:
                    seen += 1
                    if lang != default:
                        findings.append(f"{page.relative_to(output)}: '{value}' is in lang={lang!r}, not {default}")
            for value in translated:
                if value in text:
                    seen_translated += 1
                    if lang != language:
                        findings.append(f"{page.relative_to(output)}: the translation '{value}' is in lang={lang!r}, not {language}")
    for finding in findings:
        print(finding)
    print(f"{len(pages)} pages in {language}: {seen} untranslated and {seen_translated} translated texts found, "
          f"{len(findings)} marked wrong")
    return 1 if findings or seen == 0 or seen_translated == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
