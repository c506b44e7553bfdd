#!/usr/bin/env python3
"""Writes Tests/CivicTests/Fixtures/broken/: one small site per defect, each with the exact
diagnostics `civic check` must print (expected.txt: the exit status, then one line per
error). Run it after changing a case; the test `BrokenSiteCorpusTests` reads the result."""
import os
import shutil

ROOT = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "Tests/CivicTests/Fixtures/broken")

BASE = {
    "content/site.yml": "name: Test Partnership\nlocality: Testville\nsummary: A partnership for tests.\n"
                        "base_url: https://example.org/test/\nlanguage: en-GB\nareas:\n  - {id: north, name: North}\n",
    "content/partners/council.md": "---\nname: Testville Council\nkind: local-authority\n---\nThe council.\n",
    "content/partners/alliance.md": "---\nname: Disability Alliance\nkind: civil-society\n---\n",
    "content/outcomes/clean-air.md": "---\ntitle: Everyone breathes clean air\npillar: environment\nsummary: Clean air.\n"
                                     "leads: council\n---\n",
    "content/commitments/bus-pass.md": "---\ntitle: Free bus passes\nlead: council\noutcomes: clean-air\nstatus: planned\n---\n",
}

OUTCOME_WITH_CSV = ("---\ntitle: Jobs\npillar: economy\nsummary: S\nindicators:\n  - id: jobs\n    title: Jobs\n"
                    "    direction: increase\n    data: data/jobs.csv\n---\n")
COMMITMENT = "---\ntitle: Do it\nlead: council\noutcomes: clean-air\nstatus: planned\n"

# name: (files to add or replace (None removes), expected error lines)
CASES = {
    "yaml-syntax": ({"content/partners/p.md": "---\nname: [unclosed\nkind: ngo\n---\n"},
                    ["content/partners/p.md:3:5: YAML syntax: did not find expected ',' or ']' (while parsing a flow sequence)"]),
    "unclosed-front-matter": ({"content/partners/p.md": "---\nname: P\nkind: ngo\n"},
                              ["content/partners/p.md:1:1: the front matter opened on line 1 is never closed"]),
    "front-matter-list": ({"content/partners/p.md": "---\n- a\n- b\n---\n"},
                          ["content/partners/p.md:2:1: a partner must be a map of 'key: value' lines, but this is a list"]),
    "front-matter-scalar": ({"content/partners/p.md": "---\njust words\n---\n"},
                            ["content/partners/p.md:2:1: a partner must be a map of 'key: value' lines, but this is a single value"]),
    "wrong-type-list-for-text": ({"content/partners/p.md": "---\nname: [a, b]\nkind: ngo\n---\n"},
                                 ["content/partners/p.md:2:7: 'name' must be a single value, not a list"]),
    "wrong-type-map-for-ids": ({"content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\npartners: {a: b}\n---\n"},
                               ["content/celebrations/c.md:4:11: 'partners' must be an id or a list of ids, not a map"]),
    "unknown-enum": ({"content/partners/p.md": "---\nname: P\nkind: charity\n---\n"},
                     ["content/partners/p.md:3:7: 'charity' is not a valid kind"]),
    "unknown-partner": ({"content/commitments/c.md": COMMITMENT.replace("lead: council", "lead: councl") + "---\n"},
                        ["content/commitments/c.md:3:7: unknown partner 'councl'"]),
    "unknown-outcome": ({"content/commitments/c.md": COMMITMENT.replace("outcomes: clean-air", "outcomes: [clean-ar]") + "---\n"},
                        ["content/commitments/c.md:4:12: unknown outcome 'clean-ar'"]),
    "unknown-commitment": ({"content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\ncommitments: bus-passes\n---\n"},
                           ["content/celebrations/c.md:4:14: unknown commitment 'bus-passes'"]),
    "unknown-area": ({"content/commitments/c.md": COMMITMENT + "area: south\n---\n"},
                     ["content/commitments/c.md:6:7: unknown area 'south'"]),
    "unknown-pillar": ({"content/outcomes/o.md": "---\ntitle: T\npillar: enviroment\nsummary: S\n---\n"},
                       ["content/outcomes/o.md:3:9: unknown pillar 'enviroment'"]),
    "unknown-question": ({"content/assessments/r.md": "---\ntitle: R\ndate: 2024-01-01\nperiod: 2024\nratings:\n  la16: 2\n---\n"},
                         ["content/assessments/r.md:6:3: 'la16' is not a question of the checklist"]),
    "unknown-menu-item": ({"content/site.yml": BASE["content/site.yml"] + "navigation: [outcomes, celebration]\n"},
                          ["content/site.yml:8:24: unknown menu item (a section or page id) 'celebration'"]),
    "duplicate-yaml-key": ({"content/partners/p.md": "---\nname: A\nkind: ngo\nname: B\n---\n"},
                           ["content/partners/p.md:2:1: duplicate key 'name' in the same map"]),
    "duplicate-indicator-id": ({"content/outcomes/o.md": "---\ntitle: T\npillar: economy\nsummary: S\nindicators:\n"
                                "  - {id: jobs, title: Jobs, direction: increase}\n  - {id: jobs, title: Jobs 2, direction: increase}\n---\n"},
                               ["content/outcomes/o.md:7:5: the indicator id 'jobs' appears twice in this outcome"]),
    "duplicate-area-id": ({"content/site.yml": BASE["content/site.yml"] + "  - {id: north, name: Also north}\n"},
                          ["content/site.yml:8:5: the id 'north' appears twice in 'areas'"]),
    "file-name-uppercase": ({"content/partners/Council2.md": "---\nname: X\nkind: ngo\n---\n"},
                            ["content/partners/Council2.md: the file name 'Council2.md' is not a valid id: it has capital letters"]),
    "file-name-space": ({"content/partners/big council.md": "---\nname: X\nkind: ngo\n---\n"},
                        ["content/partners/big council.md: the file name 'big council.md' is not a valid id: it has spaces"]),
    "file-name-dots": ({"content/partners/a..b.md": "---\nname: X\nkind: ngo\n---\n"},
                       ["content/partners/a..b.md: the file name 'a..b.md' is not a valid id: it has the character '.'"]),
    "file-name-non-ascii": ({"content/partners/café.md": "---\nname: X\nkind: ngo\n---\n"},
                            ["content/partners/café.md: the file name 'café.md' is not a valid id: it has characters outside a-z, 0-9 and '-'"]),
    "impossible-date": ({"content/commitments/c.md": COMMITMENT + "due: 2025-02-30\n---\n"},
                        ["content/commitments/c.md:6:6: '2025-02-30' is not a date that exists"]),
    "csv-missing": ({"content/outcomes/o.md": OUTCOME_WITH_CSV},
                    ["content/outcomes/o.md:9:11: 'data/jobs.csv' does not exist under content/"]),
    "csv-empty": ({"content/outcomes/o.md": OUTCOME_WITH_CSV, "content/data/jobs.csv": ""},
                  ["content/data/jobs.csv:1:1: the CSV file is empty; it needs a header row 'date,value'"]),
    "csv-bad-row": ({"content/outcomes/o.md": OUTCOME_WITH_CSV, "content/data/jobs.csv": "date,value\n2020,1,000\n"},
                    ["content/data/jobs.csv:2:1: this row has 3 fields but the header has 2"]),
    "csv-non-numeric": ({"content/outcomes/o.md": OUTCOME_WITH_CSV, "content/data/jobs.csv": "date,value\n2020,1\n2021,lots\n"},
                        ["content/data/jobs.csv:3:2: 'lots' is not a number"]),
    "csv-duplicate-date": ({"content/outcomes/o.md": OUTCOME_WITH_CSV, "content/data/jobs.csv": "date,value\n2024,1\n2024-01,2\n"},
                           ["content/data/jobs.csv:3:1: a second row for 2024-01-01 (the first is on line 2)"]),
    "csv-unclosed-quote": ({"content/outcomes/o.md": OUTCOME_WITH_CSV, "content/data/jobs.csv": "date,value,note\n2020,1,\"open\n"},
                           ["content/data/jobs.csv:2:8: a quoted field is never closed"]),
    "missing-media": ({"content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: media/photo.jpg\nimage_alt: A photo\n---\n"},
                      ["content/celebrations/c.md:4:8: 'media/photo.jpg' does not exist under content/"]),
    "image-without-alt": ({"content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: media/a.png\n---\n",
                           "content/media/a.png": "png"},
                          ["content/celebrations/c.md:2:1: a celebration with an 'image' needs 'image_alt', the text a screen reader says for it"]),
    "media-path-escapes": ({"content/celebrations/c.md": "---\ntitle: T\ndate: 2024-01-01\nimage: media/../../secret.png\nimage_alt: A\n---\n"},
                           ["content/celebrations/c.md:4:8: 'image' must be a path inside content/ such as 'media/file', not 'media/../../secret.png'"]),
    "base-url-not-absolute": ({"content/site.yml": BASE["content/site.yml"].replace("https://example.org/test/", "/test/")},
                              ["content/site.yml:4:11: 'base_url' must be the absolute address the site is published at, such as https://example.org/ or https://example.org/partnership/, not '/test/'"]),
    "javascript-url-field": ({"content/partners/p.md": "---\nname: P\nkind: ngo\nwebsite: javascript:alert(1)\n---\n"},
                             ["content/partners/p.md:4:10: 'website' must be a web address starting with https:// or http://, not 'javascript:alert(1)'"]),
    "javascript-link-in-body": ({"content/pages/p.md": "---\ntitle: P\n---\nClick [here](javascript:alert(1)).\n"},
                                ["content/pages/p.md:4:7: the link 'javascript:alert(1)' could run code in a reader's browser"]),
    "data-url-in-body": ({"content/pages/p.md": "---\ntitle: P\n---\n![x](data:text/html;base64,PHNjcmlwdD4=)\n"},
                         ["content/pages/p.md:4:1: the link 'data:text/html;base64,PHNjcmlwdD4=' could run code in a reader's browser"]),
    "vbscript-url-in-body": ({"content/pages/p.md": "---\ntitle: P\n---\n[x](VBScript:msgbox)\n"},
                             ["content/pages/p.md:4:1: the link 'VBScript:msgbox' could run code in a reader's browser"]),
    "broken-internal-link": ({"content/pages/p.md": "---\ntitle: P\n---\nSee [the outcome](/outcomes/clean-ar/).\n"},
                             ["content/pages/p.md:4:5: the link '/outcomes/clean-ar/' points to nothing on this site"]),
    "tab-indentation": ({"content/partners/p.md": "---\nname: P\nkind: ngo\ncontact:\n\temail: x\n---\n"},
                        ["content/partners/p.md:5:1: YAML syntax: found character that cannot start any token (while scanning for the next token)"]),
    "empty-file": ({"content/partners/p.md": ""},
                   ["content/partners/p.md: the file is empty"]),
    "empty-front-matter": ({"content/partners/p.md": "---\n---\nBody\n"},
                           ["content/partners/p.md:1:1: the front matter is empty"]),
    "missing-site-yml": ({"content/site.yml": None},
                         ["content/site.yml: content/site.yml is missing"]),
    "page-named-like-a-section": ({"content/pages/data.md": "---\ntitle: Data\n---\n"},
                                  ["content/pages/data.md:2:1: a page cannot be called 'data': /data/ is a section of the site"]),
    "rating-outside-scale": ({"content/assessments/r.md": "---\ntitle: R\ndate: 2024-01-01\nperiod: 2024\nratings:\n  la1: 7\n---\n"},
                             ["content/assessments/r.md:6:8: '7' is not on the checklist's scale"]),
    "unknown-time-zone": ({"content/site.yml": BASE["content/site.yml"] + "timezone: Mars/Olympus\n"},
                          ["content/site.yml:8:11: 'Mars/Olympus' is not a known time zone"]),
    "online-without-link": ({"content/conversations/c.md": "---\ntitle: C\nstart: 2025-01-01T18:00\nplace: online\n---\n"},
                            ["content/conversations/c.md:2:1: an online conversation needs a 'link' where people join it"]),
    "placeholder-left": ({"content/partners/p.md": "---\nname: \"TODO: the name\"\nkind: ngo\n---\n"},
                         ["content/partners/p.md:2:7: 'name' still holds the placeholder 'TODO: the name'"]),
    "deep-yaml-nesting": ({"content/partners/p.md": "---\nname: P\nkind: ngo\nx: " + "[" * 40 + "]" * 40 + "\n---\n"},
                          ["content/partners/p.md:4:36: the YAML is nested more than 32 levels deep"]),
    "yaml-alias-bomb": ({"content/partners/p.md": "---\nname: P\nkind: ngo\n" + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                         + "".join(f"{n}: &{n} [" + ", ".join([f"*{p}"] * 10) + "]\n" for p, n in zip("abcdef", "bcdefg")) + "---\n"},
                        ["content/partners/p.md:4:26: the YAML expands to more than 200000 values (too many aliases?)"]),
}

# Cases whose files are bytes, not text.
BINARY = {
    "invalid-utf8": ({"content/partners/p.md": b"---\nname: Caf\xe9\nkind: ngo\n---\n"},
                     ["content/partners/p.md:2:10: the file is not valid UTF-8 text"]),
    "binary-md-file": ({"content/partners/p.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
                       ["content/partners/p.md: the file holds binary data (a NUL byte), not text"]),
    "body-over-size-limit": ({"content/pages/p.md": b"---\ntitle: Big\n---\n" + b"All work and no play. " * 240000},
                             ["content/pages/p.md: the file is 5 MiB, more than the limit of 4 MiB"]),
}


def write(folder, files):
    for path, data in files.items():
        full = os.path.join(folder, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "wb") as f:
            f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def main():
    shutil.rmtree(ROOT, ignore_errors=True)
    for name, (files, expected) in list(CASES.items()) + list(BINARY.items()):
        site = os.path.join(ROOT, name, "site")
        merged = dict(BASE)
        for path, data in files.items():
            if data is None:
                merged.pop(path, None)
            else:
                merged[path] = data
        write(site, merged)
        with open(os.path.join(ROOT, name, "expected.txt"), "w", encoding="utf-8") as f:
            f.write("exit 1\n" + "".join(line + "\n" for line in expected))
    # A symlink that leaves the site folder.
    site = os.path.join(ROOT, "symlink-leaves-site", "site")
    write(site, BASE)
    with open(os.path.join(ROOT, "symlink-leaves-site", "outside.md"), "w") as f:
        f.write("---\nname: Outside\nkind: ngo\n---\n")
    os.symlink("../../../outside.md", os.path.join(site, "content/partners/outside.md"))
    with open(os.path.join(ROOT, "symlink-leaves-site", "expected.txt"), "w") as f:
        f.write("exit 1\ncontent/partners/outside.md: this is a symbolic link to {outside}, outside the site folder\n")
    print(f"{len(CASES) + len(BINARY) + 1} broken sites in {ROOT}")


if __name__ == "__main__":
    main()
