#!/usr/bin/env bash
# Usage: Benchmarks/run.sh   (from the package root; needs sqlite3 and hyperfine)
# Builds `course` in release mode, then measures:
#   1. cold start: `course progress` on a small database vs `sqlite3 DB 'select 1'`;
#   2. export: `course report --csv --kind attempts` vs `sqlite3 -csv` running the
#      same query on 10,000 learners x 1,000,000 attempts, plus peak memory.
# Prints the medians and ratios that BENCHMARKS.md records.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-foundation}
swift build -c release --scratch-path "$scratch" --product course >/dev/null
course="$scratch/release/course"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== cold start"
small="$work/small.sqlite"
"$course" enroll --name "Ada Lovelace" --db "$small" >/dev/null
hyperfine --warmup 5 --runs 50 -N --export-json "$work/cold.json" \
    "$course progress --db $small" "sqlite3 $small 'select 1'" >/dev/null
python3 - "$work/cold.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
c, s = r[0]["median"], r[1]["median"]
print(f"course progress median {c*1000:.2f} ms, sqlite3 select 1 median {s*1000:.2f} ms, ratio {c/s:.2f}x")
PY

echo "== export"
big="$work/big.sqlite"
Benchmarks/make-large-db.sh "$course" "$big" 10000 1000000
hyperfine --warmup 1 --runs 5 --export-json "$work/export.json" \
    "$course report --csv --kind attempts --db $big > /dev/null" \
    "sqlite3 -csv $big < Benchmarks/attempts-query.sql > /dev/null" >/dev/null
python3 - "$work/export.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
c, s = r[0]["median"], r[1]["median"]
print(f"course report median {c:.3f} s, sqlite3 -csv median {s:.3f} s, course throughput = {s/c:.2f}x sqlite3's")
PY
for label in course sqlite3; do
    if [ "$label" = course ]; then
        /usr/bin/time -v "$course" report --csv --kind attempts --db "$big" >/dev/null 2>"$work/time.txt" || true
    else
        /usr/bin/time -v sqlite3 -csv "$big" <Benchmarks/attempts-query.sql >/dev/null 2>"$work/time.txt" || true
    fi
    echo "$label peak RSS: $(awk -F: '/Maximum resident/ {gsub(/ /,"",$2); print $2}' "$work/time.txt") KB"
done
"$course" report --csv --kind attempts --db "$big" | head -3
