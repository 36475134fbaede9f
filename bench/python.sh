#!/usr/bin/env bash
# Python scan benchmark: ormlint's scan of Python code against a bare tree-sitter parse of the same
# files (bench/PythonBareParse.java, the floor of its design), in one run. Prints wall time, CPU time
# (user + system) and peak RSS of each, their ratios, lines per second, and the findings seeded in
# the generated corpus next to those ormlint found. Not part of `mvn verify`.
#
#   bench/python.sh [FILES...]      generated corpora of FILES Python files each, default 10000
#   REAL="DIR..." bench/python.sh   also real trees (fetched code; never committed)
#   RUNS=3 JOBS=2 bench/python.sh   repetitions per measurement (median is shown), threads
#   ORMLINT_JAVA_OPTS=...           JVM options of ormlint (through its launcher) and of the bare
#                                   parse, default the launcher's
set -euo pipefail

sizes=("$@")
bench_name=python.sh
# shellcheck source=bench/setup.sh
source "$(dirname "$0")/setup.sh"
read -r -a jvm_opts <<<"$ORMLINT_JAVA_OPTS"
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
read -r -a real <<<"${REAL:-}"

classes="$work/classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$jar" "$here"/*.java

# row LABEL DIR [SEEDED_FILE]: measures the bare parse and the scan of DIR and prints them.
row() {
  local label=$1 dir=$2 seeded=${3:-}
  local lines
  lines=$(java -cp "$classes:$jar" PythonBareParse "$dir" 1 --lines)
  read -r pw pc pr <<<"$(measure parse java "${jvm_opts[@]}" -cp "$classes:$jar" PythonBareParse "$dir" "$jobs")"
  read -r ow oc or <<<"$(measure ormlint "$repo/ormlint" scan "$dir" --jobs "$jobs" --fail-on never --format json --output "$work/python.json")"
  local found
  found=$(grep -o '"ruleId" : "[A-Za-z]*"' "$work/python.json" | wc -l)
  printf '%-12s %9s %-8s %9s %9s %8s %10s\n' "$label" "$lines" parse "$pw" "$pc" "$pr" -
  printf '%-12s %9s %-8s %9s %9s %8s %10s\n' "$label" "$lines" ormlint "$ow" "$oc" "$or" "$found"
  awk -v ow="$ow" -v oc="$oc" -v pw="$pw" -v pc="$pc" -v l="$lines" -v s="$label" 'BEGIN {
    printf "%-12s ratios   ormlint/parse cpu %.2f wall %.2f   lines/s (cpu) parse %.0f ormlint %.0f\n",
      s, oc / pc, ow / pw, l / pc, l / oc }'
  if [ -n "$seeded" ]; then
    echo "             seeded: $(grep -v -e '^lines' -e '^files' "$seeded" | tr '\n' ' ')"
    echo "             found:  $(grep -o '"ruleId" : "[A-Za-z]*"' "$work/python.json" | cut -d'"' -f4 | sort | uniq -c | awk '{ printf "%s %s ", $2, $1 }')"
  fi
}

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1 /proc/loadavg)"
echo "jvm:     $(java -version 2>&1 | head -1)"
echo "jvm options: $ORMLINT_JAVA_OPTS for ormlint (./ormlint launcher, with its class data archive) and the bare parse"
echo "threads: $jobs (ormlint --jobs, bare parse); runs per figure: $runs (median)"
echo
printf '%-12s %9s %-8s %9s %9s %8s %10s\n' corpus lines tool wall_s cpu_s rss_mb findings
for size in "${sizes[@]}"; do
  corpus="$work/python-corpus-$size"
  # Regenerated when the generator changed since the corpus was written.
  if [ ! -f "$corpus/seeded-findings.txt" ] || [ "$here/PythonCorpusGenerator.java" -nt "$corpus/seeded-findings.txt" ]; then
    rm -rf "$corpus"
    java -cp "$classes" PythonCorpusGenerator "$corpus" "$size" >/dev/null
  fi
  row "$size-files" "$corpus" "$corpus/seeded-findings.txt"
done
for dir in "${real[@]}"; do
  row "$(basename "$dir")" "$dir"
done
