#!/usr/bin/env bash
# Scan cost on a real tree: `ormlint scan` (all rules) against a bare JavaParser parse of the same
# Java files (BareParse, same parser configuration, threads and JVM options), in one run. Prints
# wall and CPU time of each and the ratios scan/parse; issue 16 asks for at most 1.25 on dhis2-core.
# CPU time is the figure to read on a shared machine: wall time counts other people's work too.
# Not part of `mvn verify`.
#
#   bench/real-tree.sh [DIR]     default: dhis2-core as bench/real-code/scan.sh extracts it
#   RUNS=3 JOBS=2 bench/real-tree.sh
set -euo pipefail

bench_name=real-tree.sh
# shellcheck source=bench/setup.sh
source "$(dirname "$0")/setup.sh"
read -r -a jvm_opts <<<"$ORMLINT_JAVA_OPTS"
tree=${1:-$work/real-code/dhis2+dhis2-core@3f8c14a}
if [ ! -d "$tree" ]; then
  echo "bench/real-tree.sh: no tree at $tree (bench/real-code/scan.sh dhis2/dhis2-core extracts it)" >&2
  exit 2
fi

classes="$work/classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$jar" "$here"/BareParse.java

echo "tree:    $tree ($(find "$tree" -name '*.java' | wc -l) Java files)"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); threads $jobs; runs per figure $runs (median)"
read -r pw pc _ <<<"$(measure parse java "${jvm_opts[@]}" -cp "$classes:$jar" BareParse "$tree" "$jobs")"
read -r ow oc _ <<<"$(measure ormlint "$repo/ormlint" scan "$tree" --jobs "$jobs" --fail-on never --format json \
  --output "$work/real-tree.json")"
printf '%-8s %9s %9s\n' "" wall_s cpu_s
printf '%-8s %9s %9s\n' parse "$pw" "$pc"
printf '%-8s %9s %9s\n' ormlint "$ow" "$oc"
awk -v ow="$ow" -v pw="$pw" -v oc="$oc" -v pc="$pc" \
  'BEGIN { printf "ratio scan/parse: cpu %.2f, wall %.2f (issue 16: at most 1.25)\n", oc / pc, ow / pw }'
