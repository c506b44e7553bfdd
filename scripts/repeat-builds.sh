#!/usr/bin/env bash
# Builds each site COUNT times into fresh folders with one civic binary and checks that
# every build exits 0 and publishes the same bytes as the first (same input, same bytes).
# Usage: scripts/repeat-builds.sh CIVIC COUNT SITE...
set -uo pipefail
civic=$1 count=$2
shift 2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
for site in "$@"; do
  first=""
  crashes=0 differing=0
  for i in $(seq 1 "$count"); do
    out="$work/out-$i"
    "$civic" build --site "$site" --output "$out" --as-of 2025-06-01 >/dev/null 2>"$work/stderr"
    status=$?
    if [ "$status" != 0 ]; then
      crashes=$((crashes + 1)); echo "$site build $i: exit $status"; tail -3 "$work/stderr"
      continue
    fi
    sum=$(cd "$out" && find . -type f ! -name '.*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
    if [ -z "$first" ]; then first=$sum
    elif [ "$sum" != "$first" ]; then
      differing=$((differing + 1)); echo "$site build $i: bytes differ from build 1"
      diff -r "$work/out-1" "$out" | head -5
    fi
    [ "$i" = 1 ] || rm -rf "$out"
  done
  rm -rf "$work/out-1"
  echo "$site: $count builds, $crashes failed, $differing differed from the first ($first)"
  [ "$crashes" = 0 ] && [ "$differing" = 0 ] || failed=1
done
exit $failed
