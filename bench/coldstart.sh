#!/usr/bin/env bash
# Cold start of `mvn site-gen:build` at one scale (default the seeds, 1x): plain JVM against an
# application class-data-sharing archive (AppCDS), C1 only, and a newer JDK, in alternating
# rounds; prints the median wall time of each and the classes the JVM loaded. Run bench/run.sh
# --gen-only first (it makes the project this builds).
# usage: bench/coldstart.sh [rounds] [scale]   env: SITEGEN_REPO, JDK25 (default Temurin 25 under /usr/lib/jvm)
set -euo pipefail
rounds=${1:-5}
scale=${2:-1}
here=$(cd "$(dirname "$0")" && pwd)
dir=$here/../target/bench/x$scale
repo=${SITEGEN_REPO:-$HOME/.m2/repository}
jdk25=${JDK25:-$(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | head -1)}
build() { (cd "$dir" && rm -rf target site-output && "$@" mvn -B -o -q -Dmaven.repo.local="$repo" -DsiteGen.cache=false site-gen:build >/dev/null 2>&1); }
jsa17=$dir/../app17.jsa
jsa25=$dir/../app25.jsa
# the archives are made by one training build each
build env MAVEN_OPTS="-Xmx1g -XX:ArchiveClassesAtExit=$jsa17"
[ -n "$jdk25" ] && build env JAVA_HOME="$jdk25" MAVEN_OPTS="-Xmx1g -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$jsa25"
declare -A variants=(
  [jdk17]="MAVEN_OPTS=-Xmx1g"
  [jdk17-appcds]="MAVEN_OPTS='-Xmx1g -XX:SharedArchiveFile=$jsa17'"
  [jdk17-c1]="MAVEN_OPTS='-Xmx1g -XX:TieredStopAtLevel=1'"
)
if [ -n "$jdk25" ]; then
  variants[jdk25]="JAVA_HOME=$jdk25 MAVEN_OPTS=-Xmx1g"
  variants[jdk25-appcds]="JAVA_HOME=$jdk25 MAVEN_OPTS='-Xmx1g -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$jsa25'"
fi
declare -A times
for round in $(seq 1 "$rounds"); do
  for name in "${!variants[@]}"; do
    start=$(date +%s.%N)
    eval "build env ${variants[$name]}"
    times[$name]+="$(echo "$(date +%s.%N) - $start" | bc) "
  done
done
for name in $(printf '%s\n' "${!variants[@]}" | sort); do
  echo "$name: median $(printf '%s\n' ${times[$name]} | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}') s of ${times[$name]}"
done
build env MAVEN_OPTS="-Xmx1g -Xlog:class+load:file=$dir/../classes.txt"
echo "classes loaded (jdk17): $(wc -l < "$dir/../classes.txt"), of them site-gen's own: $(grep -c 'io.github.sitegen' "$dir/../classes.txt")"
