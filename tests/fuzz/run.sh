#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for SECONDS each, on a copy of its seed corpus (the repository's corpus
# never grows), and fails when any target finds a crash, sanitizer report, leak, timeout or out-of-memory.
#   tests/fuzz/run.sh BUILD_DIR SECONDS [TARGET...]     e.g. tests/fuzz/run.sh build/fuzz 30
# BUILD_DIR is a build of the `fuzz` preset (cmake --preset fuzz && cmake --build --preset fuzz).
# A failing input is kept as BUILD_DIR/fuzz-artifacts/<target>-crash-<sha1> (or -leak-, -timeout-, -oom-); the
# message says how to rerun it. Add it to tests/fuzz/corpus/<target>/ as a regression seed once fixed.
# FUZZ_SEED=N fixes libFuzzer's random seed (CI uses 1, so its findings reproduce); unset, each run differs.
set -euo pipefail

usage() {
    echo "usage: $0 BUILD_DIR SECONDS [fuzz_snapshot|fuzz_rulepack|fuzz_policy|fuzz_context ...]" >&2
    exit 2
}
[[ $# -ge 2 && $2 =~ ^[0-9]+$ ]] || usage
BUILD=$(cd "$1" && pwd)
SECONDS_EACH=$2
shift 2
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

TARGETS=("$@")
[[ ${#TARGETS[@]} -gt 0 ]] || TARGETS=(fuzz_snapshot fuzz_rulepack fuzz_policy fuzz_context)

# Largest input per target: a little above its largest seed, so mutations stay fast.
max_len() {
    case $1 in
    fuzz_snapshot) echo 65536 ;;
    fuzz_rulepack) echo 16384 ;;
    *) echo 4096 ;;
    esac
}

ARTIFACTS=$BUILD/fuzz-artifacts
mkdir -p "$ARTIFACTS"
# Memory-backed scratch space when there is some: the corpus copy is rewritten constantly.
SCRATCH_PARENT=/tmp
[[ -d /dev/shm && -w /dev/shm ]] && SCRATCH_PARENT=/dev/shm
SCRATCH=$(mktemp -d "$SCRATCH_PARENT/hullcheck-fuzz.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# UB aborts (the build also uses -fno-sanitize-recover); leaks count, except the system libraries' (lsan.supp).
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$HERE/../lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

failed=()
report=()
for target in "${TARGETS[@]}"; do
    binary=$BUILD/tests/fuzz/$target
    name=${target#fuzz_}
    if [[ ! -x $binary ]]; then
        echo "run.sh: $binary is missing: build the fuzz preset first (cmake --build --preset fuzz)" >&2
        exit 2
    fi
    corpus=$SCRATCH/$name
    mkdir -p "$corpus"
    cp "$HERE/corpus/$name"/* "$corpus/"
    dict=()
    [[ -f $HERE/$name.dict ]] && dict=("-dict=$HERE/$name.dict")
    log=$SCRATCH/$target.log
    find "$ARTIFACTS" -maxdepth 1 -name "$target-*" | sort >"$SCRATCH/$target.before"
    printf '\n==> %s for %ss (max_len %s)\n' "$target" "$SECONDS_EACH" "$(max_len "$target")"
    rc=0
    "$binary" "$corpus" "${dict[@]}" -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$target")" -timeout=10 \
        -seed="${FUZZ_SEED:-0}" -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target-" >"$log" 2>&1 || rc=$?
    grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|Done [0-9]+ runs|stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb))' \
        "$log" | sed 's/^/    /' || true
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    reproducers=$(find "$ARTIFACTS" -maxdepth 1 -name "$target-*" | sort | comm -13 "$SCRATCH/$target.before" -)
    if [[ $rc -ne 0 || -n $reproducers ]]; then
        tail -n 60 "$log" | sed 's/^/    | /'
        echo "FAILED: $target (exit $rc)"
        for reproducer in $reproducers; do
            echo "  reproducer: $reproducer"
            echo "  rerun:      $binary -timeout=10 -rss_limit_mb=2048 $reproducer"
        done
        failed+=("$target")
        report+=("$(printf '%-14s FAILED (exit %s)' "$target" "$rc")")
    else
        report+=("$(printf '%-14s ok  %9s runs  %6s exec/s' "$target" "${execs:-?}" "${rate:-?}")")
    fi
done

printf '\n==> fuzzing summary (%ss each)\n' "$SECONDS_EACH"
printf '  %s\n' "${report[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "run.sh: ${#failed[@]} target(s) found a problem: ${failed[*]}" >&2
    exit 1
fi
