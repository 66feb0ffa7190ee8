#!/usr/bin/env bash
# How well deduplication agrees with a reader, on labelled pairs of questions from this guide's
# notes and from public collections of other subjects (bench/README.md, "Measuring deduplication").
#   bench/dedup-labels.sh [CORPORA] [--misses] [guide ...]
# CORPORA is the folder holding the collections named in src/test/resources/dedup/labels/guides.tsv
# (default /work/corpora); MAVEN_REPO, if set, is passed as -Dmaven.repo.local.
set -euo pipefail
cd "$(dirname "$0")/.."
corpora=${1:-/work/corpora}
shift || true
# exec.arguments (comma-separated), not exec.args: that one would also replace the arguments of
# the pom's own exec execution (git rev-parse) run on the way to test-compile
args=$(IFS=,; echo "$corpora${*:+,$*}")
mvn -B -q ${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO} -DskipTests test-compile exec:java \
    -Dexec.classpathScope=test -Dexec.mainClass=io.github.sitegen.dedup.DedupLabelBenchmark \
    -Dexec.arguments="$args"
