#!/usr/bin/env python3
"""The preview's benchmark: how long `civic serve` takes from a save to the edited page
shown again, and whether its memory stays flat over many edits.

It copies a site, starts `civic serve` on it, listens to the reload events, and saves one
content file EDITS times, each time with new text. After each save it waits for the reload
event (an event, not a timer), then fetches the edited page as the browser does on that
event and checks that it shows the new text. It reports the median and 90th percentile of
save-to-reload-event and of save-to-page (the event and the page's fetch: what an editor
waits for), and the server's resident memory (Linux /proc) after its first build, after
each tenth of the edits and at the end.

Usage: serve.py CIVIC_BINARY SITE_DIR [--edits 500] [--file content/pages/about.md]
           [--max-growth-mib 20] [--timings]
With --timings, the server runs with `--timings` and the median time of each stage of its
rebuilds after a save is printed too.
The site is SITE_DIR/content (the example site, or bench/generate.py's DIR/civic).
Exits 1 when a reload does not arrive, when the page does not show the edit, or when
memory grew by more than --max-growth-mib from the first tenth of the edits to the end.
"""
import argparse
import glob
import os
import queue
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request


def resident_mib(pid):
    with open(f"/proc/{pid}/status", encoding="utf-8") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def listen(port, events):
    """Puts the time of each reload event on the queue."""
    stream = urllib.request.urlopen(f"http://127.0.0.1:{port}/_civic/events", timeout=600)
    name = None
    for raw in stream:
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line == "" and name:
            if name == "reload":
                events.put(time.monotonic())
            name = None


def page_url(content_path):
    """The address of the page made from a content file (`pages/about.md` is `/about/`)."""
    folder, name = os.path.split(content_path)
    entry = os.path.splitext(name)[0]
    return f"/{entry}/" if folder == "pages" else f"/{folder}/{entry}/"


def print_stages(path, start):
    """The median of each stage the server timed after `start` (the first build's lines)."""
    times = {}
    with open(path, encoding="utf-8") as lines:
        lines.seek(start)
        for line in lines:
            parts = line.strip().split("  ", 1)
            if len(parts) == 2 and parts[0].endswith(" ms"):
                times.setdefault(parts[1], []).append(float(parts[0][:-3]))
    for stage, values in times.items():
        print(f"  {stage}: median {statistics.median(values):.1f} ms over {len(values)} rebuilds")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("civic")
    parser.add_argument("site")
    parser.add_argument("--edits", type=int, default=500)
    parser.add_argument("--file", default=None, help="the content file to edit (default: the first page or celebration)")
    parser.add_argument("--max-growth-mib", type=float, default=20)
    parser.add_argument("--timings", action="store_true", help="print the median time of each stage of a rebuild")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="civic-serve-bench-")
    copy = os.path.join(work, "site")
    shutil.copytree(os.path.join(args.site, "content"), os.path.join(copy, "content"))
    if args.file:
        edited = os.path.join(copy, args.file)
    else:
        candidates = sorted(glob.glob(os.path.join(copy, "content/pages/*.md"))) or \
            sorted(glob.glob(os.path.join(copy, "content/celebrations/*.md")))
        edited = candidates[0]
    original = open(edited, encoding="utf-8").read()
    entries = len(glob.glob(os.path.join(copy, "content", "**", "*.md"), recursive=True))

    stages = open(os.path.join(work, "timings.txt"), "w+", encoding="utf-8") if args.timings else subprocess.DEVNULL
    server = subprocess.Popen([args.civic, "serve", "--site", copy, "--port", "0", "--as-of", "2026-11-01"]
                              + (["--timings"] if args.timings else []),
                              stdout=subprocess.PIPE, stderr=stages, text=True)
    failed = False
    try:
        line = server.stdout.readline()
        if "127.0.0.1:" not in line:
            sys.exit(f"civic serve did not say where it listens: {line!r}")
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        events = queue.Queue()
        threading.Thread(target=listen, args=(port, events), daemon=True).start()
        # The event stream is open once the server has answered a request after it.
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=60).read()
        time.sleep(0.5)
        memory = [("after the first build", resident_mib(server.pid))]
        first_build_lines = os.path.getsize(stages.name) if args.timings else 0
        latencies, visible = [], []
        url = page_url(os.path.relpath(edited, os.path.join(copy, "content")))
        for n in range(args.edits):
            saved = time.monotonic()
            with open(edited, "w", encoding="utf-8") as f:
                f.write(original + f"\nEdit {n} of the preview benchmark.\n")
            try:
                reloaded = events.get(timeout=120)
            except queue.Empty:
                print(f"  FAILED: no reload event after edit {n}")
                failed = True
                break
            # What an editor waits for: the reload event, then the page itself, fetched
            # as the browser does on that event, showing the edit.
            page = urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=120).read().decode("utf-8")
            shown = time.monotonic()
            if f"Edit {n} of the preview benchmark." not in page:
                print(f"  FAILED: the page {url} does not show edit {n}")
                failed = True
                break
            latencies.append((reloaded - saved) * 1000)
            visible.append((shown - saved) * 1000)
            if (n + 1) % max(1, args.edits // 10) == 0:
                memory.append((f"after {n + 1} edits", resident_mib(server.pid)))
        if latencies:
            p90 = lambda values: sorted(values)[min(len(values) - 1, int(len(values) * 0.9))]
            print(f"civic serve, {entries} content files, {len(latencies)} edits of {os.path.relpath(edited, copy)}: "
                  f"save to reload event median {statistics.median(latencies):.0f} ms, 90th percentile {p90(latencies):.0f} ms; "
                  f"save to the page fetched with the edit median {statistics.median(visible):.0f} ms, "
                  f"90th percentile {p90(visible):.0f} ms")
        if args.timings:
            print_stages(stages.name, first_build_lines)
        print("resident memory: " + ", ".join(f"{what} {mib:.0f} MiB" for what, mib in memory))
        if len(memory) > 2:
            growth = memory[-1][1] - memory[1][1]
            flat = growth <= args.max_growth_mib
            print(f"  {'ok' if flat else 'FAILED'}: memory grew {growth:.1f} MiB from the first tenth of the edits "
                  f"to the end (limit {args.max_growth_mib:.0f} MiB)")
            failed = failed or not flat
    finally:
        server.terminate()
        server.wait(timeout=30)
        if args.timings:
            stages.close()
        shutil.rmtree(work, ignore_errors=True)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
