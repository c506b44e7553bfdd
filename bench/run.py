#!/usr/bin/env python3
"""The benchmark: civic against Hugo on the same pages, at several sizes.

For each size N it generates the synthetic site (generate.py), then times `civic build`
(release) and `hugo` alternately (A B A B ...), and reports medians, the civic/hugo ratio of
each pair, peak memory (GNU time's maximum resident set size), pages per second, and two
floors on the same machine: cmark-gfm rendering every body, and copying the corpus.

Usage: run.py CIVIC_BINARY [--sizes 1000,10000] [--runs 5] [--quick] [--work DIR]
"""
import argparse
import glob
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, cwd=None):
    """Wall seconds and peak resident memory in MiB of one run."""
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    return wall, int(peak.group(1)) / 1024 if peak else float("nan")


def count_pages(folder):
    return len(glob.glob(os.path.join(folder, "**", "*.html"), recursive=True))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("civic")
    parser.add_argument("--sizes", default="1000,10000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="one small size, one run: a smoke test")
    parser.add_argument("--work", default=None)
    args = parser.parse_args()
    sizes = [200] if args.quick else [int(s) for s in args.sizes.split(",")]
    runs = 1 if args.quick else args.runs
    work = args.work or tempfile.mkdtemp(prefix="civic-bench-")
    civic = os.path.abspath(args.civic)
    have_hugo = shutil.which("hugo") is not None
    rows = []
    for n in sizes:
        site = os.path.join(work, f"n{n}")
        shutil.rmtree(site, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), str(n), site], check=True, capture_output=True)
        civic_out = os.path.join(site, "civic-out")
        same_out = os.path.join(site, "civic-same-out")
        hugo_out = os.path.join(site, "hugo-out")
        full_runs, civic_runs, hugo_runs, ratios = [], [], [], []
        for _ in range(runs):
            full_runs.append(timed([civic, "build", "--site", os.path.join(site, "civic"), "--output", civic_out, "--as-of", "2026-01-01"]))
            c = timed([civic, "build", "--site", os.path.join(site, "civic-same"), "--output", same_out, "--as-of", "2026-01-01"])
            civic_runs.append(c)
            if have_hugo:
                shutil.rmtree(hugo_out, ignore_errors=True)
                h = timed(["hugo", "--quiet", "--source", os.path.join(site, "hugo"), "--destination", hugo_out])
                hugo_runs.append(h)
                ratios.append(c[0] / h[0])
        # Floors: cmark-gfm on every body, and copying the whole corpus.
        bodies = sorted(glob.glob(os.path.join(site, "civic", "content", "**", "*.md"), recursive=True))
        start = time.monotonic()
        for chunk in range(0, len(bodies), 500):
            subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]
                           + bodies[chunk:chunk + 500], check=True, capture_output=True)
        cmark_floor = time.monotonic() - start
        copy_target = os.path.join(site, "copy")
        shutil.rmtree(copy_target, ignore_errors=True)
        start = time.monotonic()
        shutil.copytree(os.path.join(site, "civic"), copy_target)
        copy_floor = time.monotonic() - start
        civic_pages = count_pages(same_out)
        civic_wall = statistics.median(w for w, _ in civic_runs)
        full_wall = statistics.median(w for w, _ in full_runs)
        row = {
            "n": n, "civic_pages": civic_pages, "civic_s": civic_wall, "civic_mb": max(m for _, m in civic_runs),
            "pages_per_s": civic_pages / civic_wall, "cmark_s": cmark_floor, "copy_s": copy_floor,
            "full_pages": count_pages(civic_out), "full_s": full_wall, "full_mb": max(m for _, m in full_runs),
        }
        if hugo_runs:
            row.update({"hugo_pages": count_pages(hugo_out), "hugo_s": statistics.median(w for w, _ in hugo_runs),
                        "hugo_mb": max(m for _, m in hugo_runs), "ratio": statistics.median(ratios)})
        rows.append(row)
        print(f"N={n}: full partnership {full_wall:.2f} s ({row['full_pages']} pages, {row['full_mb']:.0f} MiB); "
              f"same pages: civic {civic_wall:.2f} s ({civic_pages} pages, {row['civic_mb']:.0f} MiB)"
              + (f", hugo {row['hugo_s']:.2f} s ({row['hugo_pages']} pages, {row['hugo_mb']:.0f} MiB), ratio {row['ratio']:.2f}" if hugo_runs else ""),
              flush=True)
    print()
    print("Full partnership site (N entries):")
    print()
    print("| N entries | pages | wall (median) | peak memory | pages/s |")
    print("|--:|--:|--:|--:|--:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['full_pages']:,} | {r['full_s']:.2f} s | {r['full_mb']:.0f} MiB | {r['full_pages'] / r['full_s']:,.0f} |")
    print()
    print("The same celebration pages in civic and Hugo (N/2 pages):")
    print()
    print("| N entries | civic pages | civic wall (median) | civic peak | pages/s | hugo pages | hugo wall (median) | hugo peak | civic/hugo (median of pairs) | cmark-gfm floor | copy floor |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['civic_pages']:,} | {r['civic_s']:.2f} s | {r['civic_mb']:.0f} MiB | {r['pages_per_s']:,.0f} | "
              + (f"{r['hugo_pages']:,} | {r['hugo_s']:.2f} s | {r['hugo_mb']:.0f} MiB | {r['ratio']:.2f} | " if "hugo_s" in r else "– | – | – | – | ")
              + f"{r['cmark_s']:.2f} s | {r['copy_s']:.2f} s |")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    print(f"bench: {len(rows)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
