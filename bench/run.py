#!/usr/bin/env python3
"""The benchmark: civic against Hugo on the same pages, at several sizes.

For each size N it generates the synthetic site (generate.py), then times `civic build`
(release) and `hugo` alternately (A B A B ...), both into an empty output folder ("fresh")
and over the output of earlier builds after one content file changed ("rebuild"), civic
again with nothing changed ("unchanged"), and reports medians, the civic/hugo
ratio of each pair, peak memory (GNU time's maximum resident set size), pages per second,
and two floors on the same machine: cmark-gfm rendering every body, and copying the corpus.

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
    """Wall seconds, peak resident memory in MiB, and processor seconds (user and system) of
    one run. The processor time varies less than the wall time on a shared VM."""
    start = time.monotonic()
    result = subprocess.run(["/usr/bin/time", "-v"] + command, cwd=cwd, capture_output=True, text=True)
    wall = time.monotonic() - start
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    cpu = sum(float(m.group(1)) for m in re.finditer(r"(?:User|System) time \(seconds\): ([0-9.]+)", result.stderr))
    return wall, int(peak.group(1)) / 1024 if peak else float("nan"), cpu


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
        for folder in (civic_out, same_out, hugo_out):
            shutil.rmtree(folder, ignore_errors=True)
        fresh_root = os.path.join(site, "fresh")
        shutil.rmtree(fresh_root, ignore_errors=True)
        os.makedirs(fresh_root)
        fresh_count = iter(range(1_000_000))

        def fresh(name):
            """A new output folder, never used before. Freshly deleted folders are not reused:
            ext4 without a journal (this machine's) skips inodes freed in the last minutes
            when it creates files, so deleting the last output just before a timed build
            slows the next build of either tool, more with every run. Fresh outputs are
            deleted only once every run of this size is done."""
            return os.path.join(fresh_root, f"{name}-{next(fresh_count)}")

        def civic_build(source, out):
            return timed([civic, "build", "--site", os.path.join(site, source), "--output", out, "--as-of", "2026-01-01"])

        def hugo_build(out):
            return timed(["hugo", "--quiet", "--source", os.path.join(site, "hugo"), "--destination", out])

        def edit(run, *folders):
            """Adds a sentence to one celebration's story in each of `folders` (a site's content
            folder): the same one-file change for both tools."""
            for folder in folders:
                with open(os.path.join(site, folder, "celebrations", "celebration-0.md"), "a", encoding="utf-8") as f:
                    f.write(f"\nA sentence added before rebuild {run}.\n")

        # Two ways to build, each timed for both tools, alternating civic and hugo:
        # "fresh" into an empty output folder (a first build), and "rebuild" over the
        # output of the builds before after one content file changed (what an editor's or a
        # CI's next build does; civic then rewrites only the files that changed, hugo
        # overwrites every file). With nothing changed at all, civic stops after a look at
        # its inputs and output (`BuildStamp`): timed on the full site as "unchanged".
        full_fresh, full_rebuild, full_unchanged = [], [], []
        civic_fresh, civic_rebuild, hugo_fresh, hugo_rebuild = [], [], [], []
        ratios_fresh, ratios_rebuild = [], []
        for run in range(runs):
            full_fresh.append(civic_build("civic", fresh("full")))
            civic_build("civic", civic_out)
            edit(run, "civic/content")
            full_rebuild.append(civic_build("civic", civic_out))
            # A file modified in the last two seconds is not trusted to show its next
            # change in its times, so a build that soon after keeps no stamp.
            time.sleep(2.1)
            civic_build("civic", civic_out)
            full_unchanged.append(civic_build("civic", civic_out))

            civic_fresh.append(civic_build("civic-same", fresh("civic")))
            if have_hugo:
                hugo_fresh.append(hugo_build(fresh("hugo")))
                ratios_fresh.append(civic_fresh[-1][0] / hugo_fresh[-1][0])
            civic_build("civic-same", same_out)
            if have_hugo:
                hugo_build(hugo_out)
            edit(run, "civic-same/content", "hugo/content")
            civic_rebuild.append(civic_build("civic-same", same_out))
            if have_hugo:
                hugo_rebuild.append(hugo_build(hugo_out))
                ratios_rebuild.append(civic_rebuild[-1][0] / hugo_rebuild[-1][0])
        # Floors: cmark-gfm on every body, and copying the whole corpus.
        bodies = sorted(glob.glob(os.path.join(site, "civic", "content", "**", "*.md"), recursive=True))
        start = time.monotonic()
        for chunk in range(0, len(bodies), 500):
            subprocess.run(["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter"]
                           + bodies[chunk:chunk + 500], check=True, capture_output=True)
        cmark_floor = time.monotonic() - start
        copy_target = fresh("copy")
        start = time.monotonic()
        shutil.copytree(os.path.join(site, "civic"), copy_target)
        copy_floor = time.monotonic() - start
        shutil.rmtree(fresh_root, ignore_errors=True)
        median = lambda runs_: statistics.median(w for w, _, _ in runs_)
        peak = lambda runs_: max(m for _, m, _ in runs_)
        median_cpu = lambda runs_: statistics.median(c for _, _, c in runs_)
        row = {
            "n": n, "civic_pages": count_pages(same_out), "cmark_s": cmark_floor, "copy_s": copy_floor,
            "civic_fresh_s": median(civic_fresh), "civic_rebuild_s": median(civic_rebuild),
            "civic_mb": peak(civic_fresh + civic_rebuild),
            "full_pages": count_pages(civic_out), "full_fresh_s": median(full_fresh),
            "full_rebuild_s": median(full_rebuild), "full_unchanged_s": median(full_unchanged),
            "full_rebuild_cpu_s": median_cpu(full_rebuild),
            "full_mb": peak(full_fresh + full_rebuild),
        }
        if have_hugo:
            row.update({"hugo_pages": count_pages(hugo_out), "hugo_fresh_s": median(hugo_fresh),
                        "hugo_rebuild_s": median(hugo_rebuild), "hugo_mb": peak(hugo_fresh + hugo_rebuild),
                        "ratio_fresh": statistics.median(ratios_fresh), "ratio_rebuild": statistics.median(ratios_rebuild)})
        rows.append(row)
        print(f"N={n}: full partnership fresh {row['full_fresh_s']:.2f} s, rebuild {row['full_rebuild_s']:.2f} s, "
              f"unchanged {row['full_unchanged_s']:.2f} s "
              f"({row['full_pages']} pages, {row['full_mb']:.0f} MiB); same pages: civic fresh {row['civic_fresh_s']:.2f} s, "
              f"rebuild {row['civic_rebuild_s']:.2f} s ({row['civic_pages']} pages, {row['civic_mb']:.0f} MiB)"
              + (f"; hugo fresh {row['hugo_fresh_s']:.2f} s, rebuild {row['hugo_rebuild_s']:.2f} s "
                 f"({row['hugo_pages']} pages, {row['hugo_mb']:.0f} MiB); ratios fresh {row['ratio_fresh']:.2f}, "
                 f"rebuild {row['ratio_rebuild']:.2f}" if have_hugo else ""), flush=True)
    print()
    print("Full partnership site (N entries):")
    print()
    print("| N entries | pages | fresh (median) | rebuild, one file changed (median) | its processor time (median) "
          "| nothing changed (median) | peak memory | pages/s (fresh) |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in rows:
        print(f"| {r['n']:,} | {r['full_pages']:,} | {r['full_fresh_s']:.2f} s | {r['full_rebuild_s']:.2f} s | "
              f"{r['full_rebuild_cpu_s']:.2f} s | "
              f"{r['full_unchanged_s']:.2f} s | "
              f"{r['full_mb']:.0f} MiB | {r['full_pages'] / r['full_fresh_s']:,.0f} |")
    print()
    print("The same celebration pages in civic and Hugo (N/2 pages); ratios are medians of the civic/hugo ratios of each pair:")
    print()
    print("| N entries | civic pages | civic fresh | civic rebuild | civic peak | hugo pages | hugo fresh | hugo rebuild | hugo peak "
          "| ratio fresh | ratio rebuild | cmark-gfm floor | copy floor |")
    print("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for r in rows:
        hugo = (f"{r['hugo_pages']:,} | {r['hugo_fresh_s']:.2f} s | {r['hugo_rebuild_s']:.2f} s | {r['hugo_mb']:.0f} MiB | "
                f"{r['ratio_fresh']:.2f} | {r['ratio_rebuild']:.2f} | ") if "hugo_fresh_s" in r else "– | – | – | – | – | – | "
        print(f"| {r['n']:,} | {r['civic_pages']:,} | {r['civic_fresh_s']:.2f} s | {r['civic_rebuild_s']:.2f} s | "
              f"{r['civic_mb']:.0f} MiB | " + hugo + f"{r['cmark_s']:.2f} s | {r['copy_s']:.2f} s |")
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)
    print(f"bench: {len(rows)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
