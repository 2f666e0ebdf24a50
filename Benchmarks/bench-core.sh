#!/usr/bin/env bash
# The weakref core against python3, same machine, same run (issue 3's benchmark).
#
#   Benchmarks/bench-core.sh [RUNS]        default 5 runs per command after a warm-up
#
# Builds `course` in release mode, then times `course run X.py` and `python3 X.py` for
# every program in Benchmarks/core/ with hyperfine (installed from Debian if missing),
# checks both print the same thing, and writes a table of medians, the ratio
# course/python3 and peak memory (from /usr/bin/time) to Benchmarks/out/core.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-5}"
command -v hyperfine >/dev/null || { apt-get install -y -qq hyperfine >/dev/null; }
scratch="${SCRATCH:-.build}"
swift build -c release --scratch-path "$scratch" --product course >/dev/null 2>&1
course="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/course"
python="$(python3 -c 'import sys; print(sys.executable)')"   # the real binary, not a shim
out=Benchmarks/out
mkdir -p "$out"
table="$out/core.md"
{
    echo "| program | course median (s) | python3 median (s) | ratio course/python3 | course peak MB | python3 peak MB |"
    echo "| --- | --- | --- | --- | --- | --- |"
} >"$table"

peak_mb() { /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%.1f", $1/1024}'; }

# Benchmarks are bigger than exercises: lift the sandbox's default limits.
limits="--max-steps 2000000000 --max-objects 50000000 --max-memory 8000"
for program in Benchmarks/core/*.py; do
    name="$(basename "$program" .py)"
    if ! diff <("$course" run $limits "$program" 2>&1) <("$python" "$program" 2>&1) >/dev/null; then
        echo "| $name | output differs from python3 | | | | |" >>"$table"
        continue
    fi
    hyperfine --runs "$runs" --warmup 1 --export-json "$out/$name.json" \
        "$course run $limits $program" "$python $program" >/dev/null
    medians=$(python3 -c "import json,sys; r=json.load(open('$out/$name.json'))['results']; print(r[0]['median'], r[1]['median'])")
    set -- $medians
    ratio=$(python3 -c "print(f'{$1/$2:.2f}x')")
    echo "| $name | $(printf %.3f "$1") | $(printf %.3f "$2") | $ratio | $(peak_mb "$course" run $limits "$program") | $(peak_mb "$python" "$program") |" >>"$table"
done
cat "$table"
