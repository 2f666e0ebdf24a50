#!/usr/bin/env bash
# `course check` against python3 (issue 7's benchmark), same machine, same run.
#
#   Benchmarks/bench-check.sh [RUNS] [SUBMISSIONS]    defaults: 10 runs, 10000 submissions
#
# Builds `course` in release mode, then:
# 1. times `course check ID solution.py` (a cold process: content load, database open,
#    the reference run, the learner's run, storing the submission) against
#    `python3 solution.py` for every shipped exercise, with hyperfine, medians side by side;
# 2. stores SUBMISSIONS submissions (the solutions and starters of every exercise, copied
#    with SQL) and times `course dev regrade-submissions` over them: submissions per second.
# Writes Benchmarks/out/check.md.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-10}"
count="${2:-10000}"
scratch="${SCRATCH:-.build}"
swift build -c release --product course --scratch-path "$scratch" >/dev/null
course="$(swift build -c release --show-bin-path --scratch-path "$scratch")/course"
python="$(python3 -c 'import sys; print(sys.executable)')"
out=Benchmarks/out
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export COURSE_DB="$work/bench.sqlite"
"$course" enroll --name "Bench Learner" >/dev/null
table="$out/check.md"
{
    echo "| exercise | course check median (s) | python3 solution.py median (s) | ratio |"
    echo "| --- | --- | --- | --- |"
} >"$table"
for folder in Content/python-weakref/weakref/exercises/*/; do
    id="$(basename "$folder")"
    hyperfine --runs "$runs" --warmup 1 -i --export-json "$out/check-$id.json" \
        "$course check $id ${folder}solution.py" "$python ${folder}solution.py" >/dev/null
    set -- $(python3 -c "import json; r=json.load(open('$out/check-$id.json'))['results']; print(r[0]['median'], r[1]['median'])")
    echo "| $id | $(printf %.3f "$1") | $(printf %.3f "$2") | $(python3 -c "print(f'{$1/$2:.1f}x')") |" >>"$table"
    "$course" check "$id" "${folder}starter.py" >/dev/null || true
done
# Grow the stored submissions to $count by copying the ones the checks stored.
while [ "$(sqlite3 "$COURSE_DB" 'SELECT COUNT(*) FROM exerciseSubmission')" -lt "$count" ]; do
    sqlite3 "$COURSE_DB" "INSERT INTO exerciseSubmission (learnerId, courseId, lessonId, exerciseId, contentVersion,
        source, output, verdict, durationMs, hintsUsed, submittedAt)
        SELECT learnerId, courseId, lessonId, exerciseId, contentVersion, source, output, verdict, durationMs,
        hintsUsed, submittedAt FROM exerciseSubmission
        LIMIT $count - (SELECT COUNT(*) FROM exerciseSubmission)"
done
echo >>"$table"
echo "Batch regrading: $("$course" dev regrade-submissions)" >>"$table"
cat "$table"
