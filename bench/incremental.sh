#!/usr/bin/env bash
# Incremental scan benchmark: a full scan of a large tree, then re-scans with --cache after
# (a) one method body edited, (b) one entity's field added, (c) one configuration file changed,
# each beside PMD 7's analysis-cache re-scan of the same edit. Prints wall and CPU time (median of
# RUNS) and the ratios against the full scan measured in the same run. Not part of `mvn verify`.
#
#   bench/incremental.sh [TREE...]   default: the generated 1M-line corpus (bench/run.sh's generator)
#   REAL=/path/to/dhis2-core bench/incremental.sh     adds a real tree (it is copied, never edited)
#   RUNS=3 JOBS=2 PMD=0 bench/incremental.sh          repetitions, threads, skip PMD
set -euo pipefail

with_pmd=${PMD:-1}
bench_name=incremental.sh
# shellcheck source=bench/setup.sh
source "$(dirname "$0")/setup.sh"

trees=("$@")
if [ ${#trees[@]} -eq 0 ]; then
  classes="$work/classes"
  mkdir -p "$classes"
  javac -d "$classes" "$here/CorpusGenerator.java" "$here/PlainCode.java"
  corpus="$work/corpus-1000000"
  if [ ! -f "$corpus/seeded-findings.txt" ] || [ -n "$(find "$here" -maxdepth 1 -name '*.java' -newer "$corpus/seeded-findings.txt")" ]; then
    rm -rf "$corpus"
    java -cp "$classes" CorpusGenerator "$corpus" 1000000 >/dev/null
  fi
  trees=("$corpus")
fi
[ -z "${REAL:-}" ] || trees+=("$REAL")

[ "$with_pmd" != 1 ] || fetch_pmd

# time_once CMD...: runs CMD once; prints "wall cpu".
time_once() {
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >"$work/incremental.out" 2>"$work/incremental.err" || true
  read -r wall user sys < <(tail -1 "$work/time.txt")
  awk -v w="$wall" -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f %.2f", w, u + s }'
}

median() {
  sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}

# The commands, as arrays: GNU time runs programs, not shell functions.
ormlint_scan=()
pmd_scan=()
set_commands() {
  ormlint_scan=("$repo/ormlint" scan "$tree" --jobs "$jobs" --fail-on never --format json --output "$work/ormlint.json")
  pmd_scan=(java -cp "$work/pmd-lib/*" net.sourceforge.pmd.cli.PmdCli check --no-progress -t "$jobs" -d "$tree"
    -R rulesets/java/quickstart.xml -f text -r "$work/pmd.txt")
}

# The files each edit touches, chosen once per tree (the first in path order that fits).
body_file() { grep -rlE --include='*.java' '^        return ' "$tree" | sort | head -1; }
entity_file() { grep -rlE --include='*.java' '^@Entity' "$tree" | sort | head -1; }
config_file() {
  find "$tree" -path '*/src/main/resources/*' \( -name 'application*.yml' -o -name 'application*.properties' \
    -o -name '*.properties' \) | sort | head -1
}

edit_body() { perl -0pi -e 's/^        return /        int benchmarkEdit = 0;\n        return /m' "$1"; }
edit_entity() { perl -0pi -e 's/^(\@Entity\b.*?\{\n)/$1\n    private String benchmarkField;\n/ms' "$1"; }
edit_config() {
  case "$1" in
    *.yml) printf -- '---\nbenchmark:\n  edit: true\n' >>"$1" ;;
    *) printf 'benchmark.edit=true\n' >>"$1" ;;
  esac
}

# rescan TOOL EDIT FILE: with the tool's cache up to date, edits FILE, times the re-scan, restores
# FILE and brings the cache up to date again; prints the median "wall cpu" of $runs runs.
rescan() {
  local tool=$1 edit=$2 file=$3 results=()
  for _ in $(seq "$runs"); do
    cp "$file" "$work/edited.orig"
    "edit_$edit" "$file"
    if [ "$tool" = ormlint ]; then
      results+=("$(time_once "${ormlint_scan[@]}" --cache "$work/ormlint-cache.bin")")
    else
      results+=("$(time_once "${pmd_scan[@]}" --cache "$work/pmd-cache.bin")")
    fi
    cp "$work/edited.orig" "$file"
    if [ "$tool" = ormlint ]; then
      time_once "${ormlint_scan[@]}" --cache "$work/ormlint-cache.bin" >/dev/null
    else
      time_once "${pmd_scan[@]}" --cache "$work/pmd-cache.bin" >/dev/null
    fi
  done
  printf '%s\n' "${results[@]}" | median
}

# repeat BEFORE CMD...: runs BEFORE (a shell command, e.g. removing a cache), then times CMD, $runs
# times; prints the median "wall cpu".
repeat() {
  local before=$1 results=()
  shift
  for _ in $(seq "$runs"); do
    eval "$before"
    results+=("$(time_once "$@")")
  done
  printf '%s\n' "${results[@]}" | median
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg), $(uname -sr)"
echo "jvm:     $(java -version 2>&1 | head -1); ormlint options: $ORMLINT_JAVA_OPTS"
echo "threads: $jobs; runs per figure: $runs (median)"
for source in "${trees[@]}"; do
  tree="$work/incremental-tree"
  rm -rf "$tree" "$work/ormlint-cache.bin" "$work/pmd-cache.bin"
  cp -r "$source" "$tree"
  set_commands
  files=$(find "$tree" -name '*.java' | wc -l)
  lines=$(find "$tree" -name '*.java' -print0 | xargs -0 cat | wc -l)
  echo
  echo "tree: $source ($files Java files, $lines lines)"
  echo "  (a) $(body_file | sed "s|$tree/||")  (b) $(entity_file | sed "s|$tree/||")  (c) $(config_file | sed "s|$tree/||")"
  printf '  %-34s %9s %9s %9s\n' measurement wall_s cpu_s vs_full
  read -r fw fc <<<"$(repeat : "${ormlint_scan[@]}")"
  printf '  %-34s %9s %9s %9s\n' "ormlint full scan, no cache" "$fw" "$fc" 1.00
  read -r cw cc <<<"$(repeat 'rm -f "$work/ormlint-cache.bin"' "${ormlint_scan[@]}" --cache "$work/ormlint-cache.bin")"
  printf '  %-34s %9s %9s %9s\n' "ormlint first scan with --cache" "$cw" "$cc" "$(ratio "$cw" "$fw")"
  read -r nw nc <<<"$(repeat : "${ormlint_scan[@]}" --cache "$work/ormlint-cache.bin")"
  printf '  %-34s %9s %9s %9s\n' "ormlint re-scan, nothing changed" "$nw" "$nc" "$(ratio "$nw" "$fw")"
  for edit in body entity config; do
    file=$("${edit}_file")
    [ -n "$file" ] || { printf '  %-34s %9s\n' "($edit: no file to edit)" -; continue; }
    read -r ew ec <<<"$(rescan ormlint "$edit" "$file")"
    printf '  %-34s %9s %9s %9s\n' "ormlint re-scan after $edit edit" "$ew" "$ec" "$(ratio "$ew" "$fw")"
  done
  if [ "$with_pmd" = 1 ]; then
    read -r pw pc <<<"$(repeat : "${pmd_scan[@]}" --no-cache)"
    printf '  %-34s %9s %9s %9s\n' "pmd full scan, no cache" "$pw" "$pc" "$(ratio "$pw" "$fw")"
    time_once "${pmd_scan[@]}" --cache "$work/pmd-cache.bin" >/dev/null
    for edit in body entity config; do
      file=$("${edit}_file")
      [ -n "$file" ] || continue
      read -r ew ec <<<"$(rescan pmd "$edit" "$file")"
      printf '  %-34s %9s %9s %9s\n' "pmd re-scan after $edit edit" "$ew" "$ec" "$(ratio "$ew" "$fw")"
    done
  fi
done
