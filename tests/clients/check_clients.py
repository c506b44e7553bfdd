#!/usr/bin/env python3
"""Reads a built site's files for machines with the programs people use to read them, and
checks what they say, not only that they parse:

- the Atom feed with feedparser: well-formed, one id per entry, summaries in plain words
  (no Markdown marks), each celebration with its own words;
- the calendars with icalendar: every event has an end and a description that carries
  the event's page;
- data/partnership.json against data/schema.json with check-jsonschema (formats included);
- data/datapackage.json with frictionless: every table valid against its declared types,
  and the types read back as types;
- data/areas.geojson and data/community-assets.geojson with geojson (RFC 7946 structure)
  and shapely (every boundary a valid polygon, every asset inside the area it names), and
  both against the CSV tables that list the same areas and assets.

With --feed-ids SITE_SOURCE, also builds SITE_SOURCE twice with civic, the second time
with an older update added to a commitment, and checks with feedparser that every entry
keeps its id and exactly one new id appears.

Usage: check_clients.py [--civic CIVIC --feed-ids SITE_SOURCE] BUILT_SITE BASE_URL...
"""
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile

import csv
import json

import feedparser
import frictionless
import geojson
import icalendar
import shapely.geometry
import shapely.validation
import yaml


def check_feed(root, base_url):
    findings = []
    feed = feedparser.parse(os.path.join(root, "feed.xml"))
    if feed.bozo:
        findings.append(f"feed.xml: feedparser reports {feed.bozo_exception}")
    ids = [entry.id for entry in feed.entries]
    if len(ids) != len(set(ids)):
        findings.append("feed.xml: two entries share an id")
    for entry in feed.entries:
        summary = entry.get("summary", "")
        if re.search(r"\]\(|\*\*|(^|\s)_[^_]+_(\s|$)|^#+ ", summary):
            findings.append(f"feed.xml: {entry.id} has Markdown marks in its summary: {summary[:80]!r}")
        if "#celebration-" in entry.id and summary.strip() in ("", "A new celebration."):
            findings.append(f"feed.xml: {entry.id} has no words of its own")
        if not entry.get("link", "").startswith(base_url):
            findings.append(f"feed.xml: {entry.id} links outside the site: {entry.get('link')}")
    print(f"  feedparser: {len(feed.entries)} entries")
    return findings


def check_calendars(root, base_url):
    findings = []
    paths = [os.path.join(root, "conversations.ics")] + sorted(glob.glob(os.path.join(root, "conversations", "*", "event.ics")))
    events = 0
    for path in paths:
        with open(path, "rb") as f:
            calendar = icalendar.Calendar.from_ical(f.read())
        rel = os.path.relpath(path, root)
        for event in calendar.walk("VEVENT"):
            events += 1
            uid = str(event.get("UID"))
            if event.get("DTEND") is None:
                findings.append(f"{rel}: {uid} has no DTEND")
            elif event.decoded("DTEND") <= event.decoded("DTSTART"):
                findings.append(f"{rel}: {uid} ends before it starts")
            description = str(event.get("DESCRIPTION", ""))
            if base_url + "conversations/" not in description:
                findings.append(f"{rel}: {uid} has no page link in its DESCRIPTION")
    print(f"  icalendar: {events} events in {len(paths)} calendars")
    return findings


def check_json(root, venv_bin):
    result = subprocess.run([os.path.join(venv_bin, "check-jsonschema"), "--schemafile", os.path.join(root, "data", "schema.json"),
                             os.path.join(root, "data", "partnership.json")], capture_output=True, text=True)
    print(f"  check-jsonschema: {'ok' if result.returncode == 0 else 'failed'}")
    return [] if result.returncode == 0 else [f"data/partnership.json: {result.stdout.strip()} {result.stderr.strip()}"]


def check_data_package(root):
    findings = []
    path = os.path.join(root, "data", "datapackage.json")
    report = frictionless.validate(path)
    if not report.valid:
        for task in report.tasks:
            for error in task.errors[:5]:
                findings.append(f"data/datapackage.json: {task.name}: {error.message}")
    package = frictionless.Package(path)
    names = sorted(os.path.basename(p)[:-4] for p in glob.glob(os.path.join(root, "data", "*.csv")))
    described = sorted(resource.name for resource in package.resources)
    for name in described:
        if name not in names:
            findings.append(f"data/datapackage.json describes {name}.csv, which is not there")
    commitments = package.get_resource("commitments").read_rows()
    if commitments and not isinstance(commitments[0]["overdue"], bool):
        findings.append("data/commitments.csv: 'overdue' is not read as true or false")
    figures = package.get_resource("figures").read_rows()
    if figures and not all(isinstance(row["value"], (int, float)) or type(row["value"]).__name__ == "Decimal" for row in figures):
        findings.append("data/figures.csv: 'value' is not read as a number")
    print(f"  frictionless: {len(described)} tables, {'valid' if report.valid else 'invalid'}")
    return findings


def feed_ids(civic, source):
    """Builds `source` before and after an older update is added to one commitment."""
    findings = []
    work = tempfile.mkdtemp(prefix="civic-feed-ids-")
    try:
        site = os.path.join(work, "site")
        shutil.copytree(source, site, ignore=shutil.ignore_patterns("public", ".build", ".git", ".venv"))

        def build(name):
            out = os.path.join(work, name)
            subprocess.run([civic, "build", "--site", site, "--output", out, "--as-of", "2026-11-01"], check=True,
                           capture_output=True)
            return [entry.id for entry in feedparser.parse(os.path.join(out, "feed.xml")).entries]

        before = build("before")
        for path in sorted(glob.glob(os.path.join(site, "content", "commitments", "*.md"))):
            text = open(path, encoding="utf-8").read()
            head, body = text[len("---\n"):].split("\n---\n", 1)
            data = yaml.safe_load(head)
            if len(data.get("updates") or []) >= 2:
                data["updates"].insert(0, {"date": "2020-01-02", "note": "An older update, found in the minutes."})
                with open(path, "w", encoding="utf-8") as f:
                    f.write("---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=False) + "---\n" + body)
                break
        after = build("after")
        lost = [i for i in before if i not in after]
        new = [i for i in after if i not in before]
        if lost:
            findings.append(f"feed ids: adding an older update changed or removed {lost}")
        if len(new) != 1:
            findings.append(f"feed ids: adding one update made {len(new)} new ids: {new}")
        print(f"  feed ids: {len(before)} kept, {len(new)} new after adding an older update")
    finally:
        shutil.rmtree(work)
    return findings


def check_geojson(root):
    findings = []
    data = os.path.join(root, "data")
    with open(os.path.join(data, "areas.csv"), newline="", encoding="utf-8") as f:
        areas = list(csv.DictReader(f))
    with open(os.path.join(data, "community-assets.csv"), newline="", encoding="utf-8") as f:
        assets = list(csv.DictReader(f))
    drawn = {row["id"] for row in areas if row["boundary"]}
    located = {row["id"] for row in assets if row["latitude"]}
    shapes = {}
    for name, expected in (("areas.geojson", drawn), ("community-assets.geojson", located)):
        path = os.path.join(data, name)
        if not os.path.exists(path):
            if expected:
                findings.append(f"data/{name} is missing, though {len(expected)} rows of the CSV have a place")
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        collection = geojson.loads(text)
        if not collection.is_valid:
            findings.append(f"data/{name}: not valid GeoJSON: {collection.errors()}")
            continue
        ids = {feature["id"] for feature in collection["features"]}
        if ids != expected:
            findings.append(f"data/{name}: features {sorted(ids)} but the CSV places {sorted(expected)}")
        for feature in collection["features"]:
            shape = shapely.geometry.shape(feature["geometry"])
            if not shape.is_valid or shape.is_empty:
                findings.append(f"data/{name}: {feature['id']} is not a valid shape ({shapely.validation.explain_validity(shape)})")
            longitude, latitude = shape.representative_point().coords[0]
            if not (-180 <= longitude <= 180 and -90 <= latitude <= 90):
                findings.append(f"data/{name}: {feature['id']} is off the map ({longitude}, {latitude})")
            if name == "areas.geojson":
                shapes[feature["id"]] = shape
            elif feature["properties"].get("area") in shapes:
                # Coordinates in longitude-latitude order land the asset in its own area.
                if not shapes[feature["properties"]["area"]].covers(shape):
                    findings.append(f"data/{name}: {feature['id']} is not inside {feature['properties']['area']}")
        print(f"  geojson and shapely: {name}, {len(ids)} features")
    return findings


def main():
    args = sys.argv[1:]
    civic = source = None
    if args[:1] == ["--civic"]:
        civic, args = args[1], args[2:]
    if args[:1] == ["--feed-ids"]:
        source, args = args[1], args[2:]
    venv_bin = os.path.dirname(os.path.abspath(sys.executable))
    findings = []
    for root, base_url in zip(args[0::2], args[1::2]):
        print(f"reading {root} as its clients do")
        findings += check_feed(root, base_url) + check_calendars(root, base_url) + check_json(root, venv_bin)
        findings += check_data_package(root) + check_geojson(root)
    if civic and source:
        findings += feed_ids(civic, source)
    for finding in findings:
        print("  " + finding)
    print(f"clients: {len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
