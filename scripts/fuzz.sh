#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS seconds each, starting from the seed corpus in
# Tests/CivicTests/Fixtures/fuzz/TARGET. A crash, a hang (over 10 s for one input) or an
# AddressSanitizer report fails the run and leaves the input in .build-fuzz/findings/.
# Leak detection is off: Swift's one-time global initialisers look like leaks to it.
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "$0")/.."
swift build --product civic-fuzz --scratch-path .build-fuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DCIVIC_FUZZING
mkdir -p .build-fuzz/findings
failed=0
passed=0
for target in frontmatter entry csv markdown; do
  work=.build-fuzz/corpus/$target
  mkdir -p "$work"
  cp -n Tests/CivicTests/Fixtures/fuzz/$target/* "$work"/ 2>/dev/null || true
  if ASAN_OPTIONS=detect_leaks=0 CIVIC_FUZZ_TARGET=$target .build-fuzz/debug/civic-fuzz -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -detect_leaks=0 -artifact_prefix=.build-fuzz/findings/$target- -print_final_stats=1 "$work" \
       > .build-fuzz/$target.log 2>&1; then
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' .build-fuzz/$target.log | grep -o '[0-9]*$' || echo "?")
    echo "fuzz $target: $runs executions in $seconds s, no finding"
    passed=$((passed + 1))
  else
    echo "fuzz $target: FINDING (see .build-fuzz/$target.log and .build-fuzz/findings/)"
    tail -30 .build-fuzz/$target.log
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
[ "$failed" = 0 ]
