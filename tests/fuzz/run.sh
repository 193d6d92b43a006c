#!/bin/sh
# run.sh — run one citekit fuzz target for a while.
#
#   tests/fuzz/run.sh TARGET SECONDS [EXTRA-SEED-DIR …]
#   tests/fuzz/run.sh list
#
# TARGET is a key of ck_fuzz_targets in tests/fuzz/meson.build (bibtex,
# biblatex, ris, mods, csljson, anyformat, extract, roundtrip).  Builds
# build-fuzz/ on first use (clang + libFuzzer + ASan/UBSan; Debian needs
# the packages clang-14 and libclang-rt-14-dev), then fuzzes with the
# committed corpus tests/fuzz/corpora/TARGET plus any extra seed folders
# (e.g. ../shared/corpus/bib — read, never written).  New interesting
# inputs go to tests/fuzz/work/TARGET and crashers to
# tests/fuzz/crashes/TARGET/ (both git-ignored); replay a crasher with
# build/tests/fuzz/fuzz-replay-TARGET FILE, or under valgrind.
#
# Environment: CK_FUZZ_BUILD (build folder, default ./build-fuzz),
# CK_FUZZ_JOBS (parallel fuzzing processes, default 1),
# CK_FUZZ_MAX_LEN (largest generated input, default 65536).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

if [ "${1:-}" = list ]; then
  sed -n "s/^  '\([a-z]*\)': *\[.*/\1/p" "$here/meson.build"
  exit 0
fi
if [ $# -lt 2 ]; then
  echo "usage: $0 TARGET SECONDS [EXTRA-SEED-DIR …] | $0 list" >&2
  exit 2
fi
target=$1
seconds=$2
shift 2

build=${CK_FUZZ_BUILD:-$root/build-fuzz}
jobs=${CK_FUZZ_JOBS:-1}
max_len=${CK_FUZZ_MAX_LEN:-65536}

if [ ! -f "$build/build.ninja" ]; then
  # -fsanitize=fuzzer-no-link instruments the library for coverage; only
  # the fuzz-* executables link libFuzzer itself (tests/fuzz/meson.build).
  # A static library keeps the instrumented code in the fuzzer binary;
  # b_lundef=false because clang's sanitizer runtimes are linked into
  # executables only.  werror is off: clang warns differently from gcc,
  # and the gcc build is the one that gates warnings.
  CC=clang meson setup "$build" "$root" \
    -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false \
    -Ddefault_library=static -Dwerror=false \
    -Dc_args="-fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
fi
meson compile -C "$build" "fuzz-$target" >/dev/null

corpus=$here/corpora/$target
work=$here/work/$target
crashes=$here/crashes/$target
mkdir -p "$work" "$crashes"

# CK_FUZZ_KEEP_GOING=1: fork mode, which records a crasher or a hang and
# carries on (for targets that trip over a known bug at once).
keep_going=
if [ "${CK_FUZZ_KEEP_GOING:-0}" = 1 ]; then
  keep_going="-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1"
fi

# -jobs=N (even 1) makes libFuzzer fork and log to fuzz-N.log: only ask for it when wanted.
parallel=
if [ "$jobs" -gt 1 ]; then
  parallel="-jobs=$jobs -workers=$jobs"
fi

dict=
if [ -f "$here/dicts/$target.dict" ]; then
  dict=-dict=$here/dicts/$target.dict
fi

log=$here/work/$target.log
echo "fuzzing $target for ${seconds}s (log: $log)" >&2
start=$(date +%s)
set +e
# The first corpus folder receives new inputs: keep the committed one read-only.
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1} \
LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/lsan.supp} \
UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1} \
"$build/tests/fuzz/fuzz-$target" \
  -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len="$max_len" \
  $parallel $keep_going \
  -artifact_prefix="$crashes/" -print_final_stats=1 $dict \
  "$work" "$corpus" "$@" >"$log" 2>&1
status=$?
set -e
elapsed=$(( $(date +%s) - start ))

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
if [ -z "$execs" ]; then
  # fork mode, or a run cut short: take the last progress line "#N … exec/s: R"
  execs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  rate=$(grep -o 'exec/s: [0-9]*' "$log" | tail -n 1 | sed 's/exec\/s: //')
fi
cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
found=$(find "$crashes" -type f | wc -l)
echo "$target: ${elapsed}s of ${seconds}s, ${execs:-?} executions, ${rate:-?} exec/s, $cov, exit $status, crashers in $crashes: $found"
exit $status
