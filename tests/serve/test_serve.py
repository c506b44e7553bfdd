#!/usr/bin/env python3
"""End-to-end test of `civic serve`: start it on a free loopback port with a copy of a
site, open the event stream, edit a content file and see the reload event and the new
text; break a file and see every diagnostic in the page; fix it and see the site again.
Measures the time from saving a file to the reload event (median of several edits).

Usage: test_serve.py CIVIC_BINARY SITE_DIR
"""
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

results = {"passed": 0, "failed": 0}


def check(condition, what):
    if condition:
        results["passed"] += 1
        print(f"  ok: {what}")
    else:
        results["failed"] += 1
        print(f"  FAILED: {what}")


def fetch(port, path):
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


def listen(port, events):
    """Puts (time, event name) on the queue for each Server-Sent Event."""
    request = urllib.request.urlopen(f"http://127.0.0.1:{port}/_civic/events", timeout=60)
    name = None
    for raw in request:
        line = raw.decode("utf-8").rstrip("\n")
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line == "" and name:
            events.put((time.monotonic(), name))
            name = None


def wait_for_reload(events, timeout=10):
    try:
        while True:
            _, name = events.get(timeout=timeout)
            if name == "reload":
                return time.monotonic()
    except queue.Empty:
        return None


def main():
    binary, site = sys.argv[1:3]
    work = tempfile.mkdtemp(prefix="civic-serve-")
    copy = os.path.join(work, "site")
    shutil.copytree(os.path.join(site, "content"), os.path.join(copy, "content"))
    # With --timings, each rebuild's stages are printed on standard error (checked at the end).
    log = open(os.path.join(work, "stderr.txt"), "w+", encoding="utf-8")
    server = subprocess.Popen([binary, "serve", "--site", copy, "--port", "0", "--as-of", "2026-11-01", "--timings"],
                              stdout=subprocess.PIPE, stderr=log, text=True)
    try:
        line = server.stdout.readline()
        check("serving http://127.0.0.1:" in line, f"the server says where it listens ({line.strip()})")
        port = int(line.split("127.0.0.1:")[1].split("/")[0])
        status, page = fetch(port, "/pages-do-not-exist/")
        check(status == 404, "an unknown page is a 404")
        status, page = fetch(port, "/about/")
        check(status == 200 and "EventSource" in page, "pages carry the reload script in serve mode")
        check(not os.path.exists(os.path.join(copy, "public")), "serve writes no public/ folder")

        events = queue.Queue()
        threading.Thread(target=listen, args=(port, events), daemon=True).start()
        time.sleep(0.3)
        about = os.path.join(copy, "content/pages/about.md")
        original = open(about, encoding="utf-8").read()

        latencies = []
        for n in range(7):
            text = original.replace("## How we work", f"## How we work\n\nEdit number {n} of the preview test.")
            saved = time.monotonic()
            with open(about, "w", encoding="utf-8") as f:
                f.write(text)
            reloaded = wait_for_reload(events)
            if reloaded is None:
                check(False, f"edit {n}: a reload event arrives")
                continue
            latencies.append((reloaded - saved) * 1000)
            status, page = fetch(port, "/about/")
            check(f"Edit number {n} of the preview test." in page, f"edit {n}: the page shows the new text")
            time.sleep(0.2)
        if latencies:
            print(f"  save-to-reload latency over {len(latencies)} edits: median {statistics.median(latencies):.0f} ms, "
                  f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms")

        partner = os.path.join(copy, "content/partners/green-futures.md")
        good = open(partner, encoding="utf-8").read()
        with open(partner, "w", encoding="utf-8") as f:
            f.write(good.replace("kind: voluntary", "kind: volunteers"))
        check(wait_for_reload(events) is not None, "breaking a file sends a reload event")
        status, page = fetch(port, "/about/")
        check(status == 200 and 'role="alert"' in page, "the page shows an alert with the problems")
        check("content/partners/green-futures.md:3:7" in page and "volunteers" in page,
              "the alert names the file, line and column of the problem")
        check("Edit number 6 of the preview test." in page, "the last good build is still served")

        with open(partner, "w", encoding="utf-8") as f:
            f.write(good)
        check(wait_for_reload(events) is not None, "fixing the file sends a reload event")
        status, page = fetch(port, "/about/")
        check(status == 200 and 'role="alert"' not in page, "the site is back without the alert")

        # A page is made when it is asked for; the rest of the site is made after each build,
        # in the background, for the problems only making a page finds. A broken link in a
        # page nobody has open reaches the alert of the page that is open: its pages reload.
        line = good.count("\n") + 1
        with open(partner, "w", encoding="utf-8") as f:
            f.write(good + "See [our plans](/no-such-page/).\n")
        def alert_after_reloads(wanted):
            for _ in range(4):
                if wait_for_reload(events) is None:
                    return False
                _, shown = fetch(port, "/about/")
                if ('role="alert"' in shown and f"content/partners/green-futures.md:{line}:5" in shown) == wanted:
                    return True
            return False
        check(alert_after_reloads(True), "a broken link in another page is named, at its line, on the open page")
        with open(partner, "w", encoding="utf-8") as f:
            f.write(good)
        check(alert_after_reloads(False), "once the link is gone, so is the alert")
        check(server.poll() is None, "the server is still running")
        log.flush()
        log.seek(0)
        printed = log.read()
        stages = ["look at every file's status", "load", "validate", "theme and resolve", "plan and shared views"]
        check(all(f" ms  {stage}\n" in printed for stage in stages),
              "--timings prints the time of each stage of a rebuild: " + ", ".join(stages))
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    print(f"serve: {results['passed']} passed, {results['failed']} failed")
    return 1 if results["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
