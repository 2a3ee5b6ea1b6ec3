#!/usr/bin/env bash
# Runs every fuzz target of a sanitizer build for a bounded time; fails on any finding.
# Usage: tests/fuzz/run-fuzzers.sh BUILD_DIR SECONDS_PER_TARGET
# The corpus each target grows is kept in BUILD_DIR/fuzz/corpus/<target> (later runs start from
# it); a crashing input is written to BUILD_DIR/fuzz/findings/ and printed. Once fixed, copy it
# into tests/fuzz/regressions/<target>/ so that ctest replays it for ever.
set -uo pipefail
build=$(cd "$1" && pwd) seconds=$2
src=$(cd "$(dirname "$0")" && pwd)
fuzz=$build/fuzz
"$fuzz/make_seeds" "$fuzz/seeds" >/dev/null || exit 1
mkdir -p "$fuzz/findings"
export ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0 passed=0 failed=0
printf '%-14s %10s %8s %8s %s\n' target executions exec/s edges result | tee "$fuzz/summary.txt"
for fuzzer in "$fuzz"/fuzz_*; do
    name=${fuzzer##*/fuzz_}
    corpus=$fuzz/corpus/$name
    mkdir -p "$corpus"
    dirs=("$corpus" "$fuzz/seeds/$name")
    [ -d "$src/regressions/$name" ] && dirs+=("$src/regressions/$name")
    log=$fuzz/$name.log
    "$fuzzer" -max_total_time="$seconds" -timeout=25 -rss_limit_mb=3072 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$fuzz/findings/$name-" "${dirs[@]}" >"$log" 2>&1
    rc=$?
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || echo 0)
    edges=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*' || echo 0)
    result=ok
    if [ $rc -ne 0 ]; then
        result="FINDING (exit $rc, see $log)"
        status=1
        grep -E 'ERROR|SUMMARY|runtime error|Test unit written' "$log" | head -20
    fi
    printf '%-14s %10s %8s %8s %s\n' "$name" "$execs" "$speed" "$edges" "$result" | tee -a "$fuzz/summary.txt"
    if [ $rc -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
exit $status
