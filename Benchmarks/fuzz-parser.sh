#!/bin/sh
# Long fuzz run of the PySyntax lexer and parser: random token soups and mutated
# programs, a fresh seed per round, until the time is up. A crash or a hang (a round
# over its time limit) stops the run and leaves the offending input in $OUT.
#
#   Benchmarks/fuzz-parser.sh [SECONDS=600] [INPUTS_PER_ROUND=20000]
#
# Turn a finding into a test by adding the saved input to RobustnessTests.
set -u
DURATION=${1:-600}
COUNT=${2:-20000}
SCRATCH=${SCRATCH:-.build-syntax}
OUT=${OUT:-/tmp/fuzz-parser-input.py}
cd "$(dirname "$0")/.." || exit 1
swift build --scratch-path "$SCRATCH" --build-tests >/dev/null || exit 1
# Run a copy of the test binary itself: no SwiftPM lock held on the scratch folder meanwhile.
BINARY=$(mktemp /tmp/fuzz-parser-tests.XXXXXX)
cp "$SCRATCH/debug/coursePackageTests.xctest" "$BINARY" && chmod +x "$BINARY" || exit 1
trap 'rm -f "$BINARY"' EXIT
END=$(( $(date +%s) + DURATION ))
ROUND=0
while [ "$(date +%s)" -lt "$END" ]; do
    SEED=$(od -An -N6 -tu8 /dev/urandom | tr -d ' ')
    ROUND=$((ROUND + 1))
    if ! PYSYNTAX_FUZZ_SEED=$SEED PYSYNTAX_FUZZ_COUNT=$COUNT PYSYNTAX_FUZZ_INPUT_FILE=$OUT \
        timeout 300 "$BINARY" --testing-library swift-testing \
        --filter 'RobustnessTests/(randomTokenSoupNeverCrashes|mutatedProgramsNeverCrash)' >/tmp/fuzz-parser.log 2>&1
    then
        echo "round $ROUND, seed $SEED: failure (crash, hang or insane error); input in $OUT"
        tail -20 /tmp/fuzz-parser.log
        exit 1
    fi
    echo "round $ROUND, seed $SEED: $((COUNT * 2)) inputs fine"
done
rm -f "$OUT"
echo "no failure in $ROUND rounds"
