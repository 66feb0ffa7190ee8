#!/usr/bin/env bash
# Side-by-side benchmark: site-gen (mvn site-gen:build, whole process, as an outside project
# runs it) against MkDocs, and optionally Hugo and Jekyll, on 1x, 10x, 100x mutated copies of
# content/. See bench/README.md.
set -euo pipefail

usage() {
  cat <<EOF
usage: bench/run.sh [--scales 1,10,100] [--runs 3] [--tools site-gen,mkdocs] [--work DIR] [--gen-only]
  --scales  comma-separated copy counts of content/            (default 1,10,100)
  --runs    builds per tool and scale, alternating tools        (default 3)
  --tools   any of site-gen, site-gen-noanki, site-gen-tuned, site-gen-init, mkdocs, hugo, jekyll;
            the site-gen ones also time a second, unchanged build (the build
            cache); "site-gen-noanki" builds without the Anki export;
            "site-gen-tuned" adds the JVM options the README recommends
            for .mvn/jvm.config (TUNED_OPTS); "site-gen-init" builds the project
            site-gen:init makes (its pom, its .mvn/jvm.config) with the scale's
            notes in place of its example notes                  (default site-gen,mkdocs)
  --work    where notes, projects and logs go                   (default target/bench)
  --gen-only  generate the scaled notes and stop
environment:
  SITEGEN_REPO     local Maven repository holding the installed plugin (default ~/.m2/repository)
  SITEGEN_VERSION  plugin version (default: the version in pom.xml)
  MAVEN_OPTS       JVM options of the site-gen builds (default -Xmx1g)
  TUNED_OPTS       added for site-gen-tuned (default: C1 only, serial GC, and a class-data
                   archive that one untimed build at the first scale makes)
EOF
}

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
scales=1,10,100
runs=3
tools=site-gen,mkdocs
work=$root/target/bench
gen_only=false
while [ $# -gt 0 ]; do
  case $1 in
    --scales) scales=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --tools) tools=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --gen-only) gen_only=true; shift ;;
    -h|--help) usage; exit 0 ;;
    *) usage >&2; exit 2 ;;
  esac
done

repo=${SITEGEN_REPO:-$HOME/.m2/repository}
version=${SITEGEN_VERSION:-$(sed -n 's:^  <version>\(.*\)</version>:\1:p' "$root/pom.xml" | head -1)}
export MAVEN_OPTS=${MAVEN_OPTS:--Xmx1g}
if [ ! -x /usr/bin/time ]; then
  echo "installing GNU time (for peak memory)" >&2
  apt-get install -y -q time >/dev/null
fi
mkdir -p "$work"
results=$work/results.tsv
: > "$results"
: > "$work/anki-sizes.tsv"
rm -f "$work/site-gen.jsa" # the class-data archive of site-gen-tuned belongs to the plugin installed now

generate() { # scale -> $work/x<scale>, reused while the generator and content/ are unchanged
  local scale=$1 dir=$work/x$1
  local stamp
  stamp=$(cat "$here/gen_notes.py" "$root"/content/* | sha256sum | cut -c1-16)-$scale
  if [ "$(cat "$dir/.stamp" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    /usr/bin/python3 "$here/gen_notes.py" "$root/content" "$dir/content" "$scale"
    sed -e "s:@VERSION@:$version:" "$here/project-pom.xml" > "$dir/pom.xml"
    printf 'site_name: Bench x%s\ndocs_dir: content\nsite_dir: mkdocs-site\nuse_directory_urls: false\n' "$scale" > "$dir/mkdocs.yml"
    echo "$stamp" > "$dir/.stamp"
  fi
  peer_config "$scale"
  echo "x$scale: $(find "$dir/content" -name '*.md' | wc -l) notes, $(cat "$dir"/content/*.md "$dir"/content/*/*.md 2>/dev/null | wc -c) bytes" >&2
}

peer_config() { # scale -> Hugo's and Jekyll's minimal configuration next to mkdocs.yml, every run
  # (cheap, and so a change here applies without regenerating the notes). Both render every note
  # into the same bare page (title + converted Markdown), both with their default Markdown
  # renderer and server-side code highlighting; neither gets a navigation, unlike MkDocs and
  # site-gen. Nothing is written into content/, which MkDocs and site-gen read.
  local dir=$work/x$1
  # Hugo: without a layout it writes no page for a note; single.html renders each note. Home,
  # section and taxonomy pages have no layout and are skipped (a WARN in the log), the built-in
  # RSS feeds and sitemap.xml are written as by default.
  printf 'baseURL = "http://localhost/"\ntitle = "Bench x%s"\ncontentDir = "content"\npublishDir = "hugo-site"\nlayoutDir = "hugo-layouts"\n' \
    "$1" > "$dir/config.toml"
  mkdir -p "$dir/hugo-layouts/_default"
  printf '%s\n' '<!DOCTYPE html>' '<html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>' \
    '<body>' '{{ .Content }}' '</body></html>' > "$dir/hugo-layouts/_default/single.html"
  # Jekyll: the notes have front matter, so it converts every one. Its layouts must live inside
  # its source folder, so the source is jekyll-src/: the layout plus content/ hard-linked (the
  # same files, no extra disk; symlinks would do for the notes, but Jekyll copies a symlinked
  # static file such as topics.yml as a symlink), giving the same URLs as MkDocs' without a file
  # in content/. render_with_liquid: false because the notes quote Django templates
  # ({% url %}, {{ form }}): Liquid stops at the first unknown tag, or blanks the variables.
  printf '%s\n' 'source: jekyll-src' 'destination: jekyll-site' 'defaults:' '  - scope: {path: ""}' \
    '    values: {layout: default, render_with_liquid: false}' > "$dir/_config.yml"
  rm -rf "$dir/jekyll-src"
  mkdir -p "$dir/jekyll-src/_layouts"
  printf '%s\n' '<!DOCTYPE html>' '<html><head><meta charset="utf-8"><title>{{ page.title }}</title></head>' \
    '<body>' '{{ content }}' '</body></html>' > "$dir/jekyll-src/_layouts/default.html"
  cp -al "$dir/content/." "$dir/jekyll-src/"
}

init_guide() { # scale -> $work/x<scale>/guide: what site-gen:init writes, its example notes replaced by the scale's
  local dir=$work/x$1
  [ -f "$dir/guide/pom.xml" ] && return
  rm -rf "$dir/guide"
  mkdir -p "$dir/guide"
  ( cd "$dir/guide" && mvn -B -o -q -Dmaven.repo.local="$repo" "io.github.sitegen:site-gen-maven-plugin:$version:init" )
  rm -rf "$dir/guide/content"
  cp -al "$dir/content" "$dir/guide/content"
}

measure() { # scale tool run label output-dir command...
  local scale=$1 tool=$2 run=$3 out=$4; shift 4
  local log=$work/x$scale/$tool-$run.log
  local rc=0
  ( cd "$work/x$scale" && /usr/bin/time -v -o "$log.time" "$@" > "$log" 2>&1 ) || rc=$?
  local wall rss bytes in_bytes
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time" \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
  bytes=0
  [ -d "$work/x$scale/$out" ] && bytes=$(du -sb "$work/x$scale/$out" | cut -f1)
  in_bytes=$(find "$work/x$scale/content" -name '*.md' -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
  local note=-
  if [ $rc -ne 0 ]; then
    note=$(grep -m1 -E 'OutOfMemory|site-gen:|ERROR|^Error: |Liquid Exception' "$log" | sed -e 's/.*on project [^:]*: //' -e 's/\x1b\[[0-9;]*m//g' -e 's/^ *//' \
      | cut -c1-200 | tr '\t' ' ')
    [ -n "$note" ] || note="exit $rc"
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$scale" "$tool" "$run" "$rc" "$wall" "$rss" "$bytes" "$in_bytes" "$note" >> "$results"
  printf '  x%-4s %-18s run %s: %s s, %s MiB%s\n' "$scale" "$tool" "$run" "$wall" "$((rss / 1024))" \
    "$([ $rc -eq 0 ] || echo ", FAILED: $note")" >&2
}

IFS=, read -r -a scale_list <<< "$scales"
IFS=, read -r -a tool_list <<< "$tools"
for scale in "${scale_list[@]}"; do
  generate "$scale"
done
$gen_only && exit 0

for scale in "${scale_list[@]}"; do
  dir=$work/x$scale
  for run in $(seq 1 "$runs"); do
    for tool in "${tool_list[@]}"; do
      case $tool in
        site-gen)
          rm -rf "$dir/target" "$dir/site-output"
          measure "$scale" site-gen "$run" site-output mvn -B -o -Dmaven.repo.local="$repo" site-gen:build
          measure "$scale" site-gen-2nd "$run" site-output mvn -B -o -Dmaven.repo.local="$repo" site-gen:build
          # what the Anki package and text file weigh (the same bytes every run: they are deterministic)
          for f in "$dir"/site-output/*.apkg "$dir"/site-output/*.tsv; do
            [ -f "$f" ] && printf 'x%s	%s	%s bytes
' "$scale" "$(basename "$f")" "$(stat -c %s "$f")"
          done | sort -u >> "$work/anki-sizes.tsv" ;;
        site-gen-noanki) # the same cold build without the Anki files: what they add to a build
          rm -rf "$dir/target" "$dir/site-output"
          measure "$scale" site-gen-noanki "$run" site-output mvn -B -o -Dmaven.repo.local="$repo" -DsiteGen.anki=false site-gen:build ;;
        site-gen-tuned) # the README's .mvn/jvm.config, here through MAVEN_OPTS, which the mvn script reads alike
          jsa=$work/site-gen.jsa
          jvm_config="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC" # the README's two lines
          tuned=${TUNED_OPTS:-$jvm_config -XX:SharedArchiveFile=$jsa}
          if [ -z "${TUNED_OPTS:-}" ] && [ ! -f "$jsa" ]; then # made once per bench run, untimed, by the first scale
            rm -rf "$dir/target" "$dir/site-output"
            ( cd "$dir" && MAVEN_OPTS="$MAVEN_OPTS $jvm_config -XX:ArchiveClassesAtExit=$jsa" \
              mvn -B -o -q -Dmaven.repo.local="$repo" site-gen:build > "$dir/archive.log" 2>&1 )
          fi
          rm -rf "$dir/target" "$dir/site-output"
          MAVEN_OPTS="$MAVEN_OPTS $tuned" measure "$scale" site-gen-tuned "$run" site-output mvn -B -o -Dmaven.repo.local="$repo" site-gen:build
          MAVEN_OPTS="$MAVEN_OPTS $tuned" measure "$scale" site-gen-tuned-2nd "$run" site-output mvn -B -o -Dmaven.repo.local="$repo" site-gen:build ;;
        site-gen-init) # mvn finds guide/.mvn/jvm.config from -f's folder, as from a user's own
          init_guide "$scale"
          rm -rf "$dir/guide/target" "$dir/guide/site-output"
          measure "$scale" site-gen-init "$run" guide/site-output mvn -B -o -Dmaven.repo.local="$repo" -f guide/pom.xml site-gen:build
          measure "$scale" site-gen-init-2nd "$run" guide/site-output mvn -B -o -Dmaven.repo.local="$repo" -f guide/pom.xml site-gen:build ;;
        mkdocs)
          rm -rf "$dir/mkdocs-site"
          measure "$scale" mkdocs "$run" mkdocs-site mkdocs build -q ;;
        hugo)
          rm -rf "$dir/hugo-site"
          measure "$scale" hugo "$run" hugo-site hugo --quiet ;;
        jekyll) # .jekyll-cache holds converted Markdown: removed, so every run is a cold build
          rm -rf "$dir/jekyll-site" "$dir/jekyll-src/.jekyll-cache"
          measure "$scale" jekyll "$run" jekyll-site jekyll build --quiet ;;
        *) echo "unknown tool $tool" >&2; exit 2 ;;
      esac
    done
  done
done

/usr/bin/python3 "$here/summary.py" "$results"
if [ -s "$work/anki-sizes.tsv" ]; then
  echo
  echo "Anki files (site-gen rows):"
  sort -u "$work/anki-sizes.tsv"
fi
