#!/bin/sh
# Builds public note collections of other subjects and generators with site-gen and measures what a
# reader meets (see bench/README.md, "Markdown and code of other generators"). Not part of mvn install.
#
#   bench/markdown-coverage.sh [dev|held-out|dev,held-out] [collection,...]
#
# Environment: CORPORA (default /work/corpora), MAVEN_REPO (passed as -Dmaven.repo.local when set),
# BROWSER=false to skip Chromium (then the "highlighted" column shows -).
set -eu
cd "$(dirname "$0")/.."
SETS=${1:-dev}
ONLY=${2:-}
REPO_OPT=${MAVEN_REPO:+-Dmaven.repo.local=$MAVEN_REPO}
mvn -B -q $REPO_OPT test -Dtest=MarkdownCoverageBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dfuzz.skip=true -Dinvoker.skip=true \
  -Dcoverage.sets="$SETS" -Dcoverage.only="$ONLY" -Dcoverage.corpora="${CORPORA:-/work/corpora}" \
  -Dcoverage.browser="${BROWSER:-true}"
echo "report: target/markdown-coverage/report.md"
cat target/markdown-coverage/report.md
