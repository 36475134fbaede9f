#!/usr/bin/env bash
# Scan benchmark: ormlint against a bare JavaParser parse (the floor of its design) and PMD 7, on
# the same generated corpora, in one run. Prints wall time, CPU time and peak RSS of each, and the
# ratios ormlint/parse and PMD/ormlint. Not part of `mvn verify`.
#
#   bench/run.sh [SIZE...]        sizes in lines, default: 100000 500000 1000000
#   RUNS=3 JOBS=2 bench/run.sh    repetitions per measurement (median is shown), threads
#   ORMLINT_JAVA_OPTS=...          JVM options of ormlint (through its launcher) and of the bare
#                                  parse, default the launcher's; PMD runs with the JVM's defaults
set -euo pipefail

sizes=("$@")
bench_name=run.sh
# shellcheck source=bench/setup.sh
source "$(dirname "$0")/setup.sh"
read -r -a jvm_opts <<<"$ORMLINT_JAVA_OPTS"
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 500000 1000000)
fetch_pmd
pmd_version=$(ls "$work/pmd-lib" | sed -n 's/^pmd-java-\(.*\)\.jar$/\1/p')

# Compiled once rather than run as single-file source programs, so that no figure includes javac.
classes="$work/classes"
mkdir -p "$classes"
javac -d "$classes" -cp "$jar" "$here"/*.java

echo
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr)"
echo "jvm:     $(java -version 2>&1 | head -1)"
echo "jvm options: $ORMLINT_JAVA_OPTS for ormlint (./ormlint launcher, with its class data archive) and the bare parse"
echo "threads: $jobs (ormlint --jobs, bare parse, PMD -t); runs per figure: $runs (median)"
echo "pmd:     $pmd_version, rulesets/java/quickstart.xml"
echo
printf '%-9s %-8s %9s %9s %8s %12s\n' lines tool wall_s cpu_s rss_mb findings
for size in "${sizes[@]}"; do
  corpus="$work/corpus-$size"
  # Regenerated when the generator changed since the corpus was written.
  if [ ! -f "$corpus/seeded-findings.txt" ] || [ -n "$(find "$here" -maxdepth 1 -name '*.java' -newer "$corpus/seeded-findings.txt")" ]; then
    rm -rf "$corpus"
    java -cp "$classes" CorpusGenerator "$corpus" "$size" >/dev/null
  fi
  read -r pw pc pr <<<"$(measure parse java "${jvm_opts[@]}" -cp "$classes:$jar" BareParse "$corpus" "$jobs")"
  read -r ow oc or <<<"$(measure ormlint "$repo/ormlint" scan "$corpus" --jobs "$jobs" --fail-on never --format json --output "$work/ormlint.json")"
  of=$(grep -o '"ruleId"' "$work/ormlint.json" | wc -l)
  read -r mw mc mr <<<"$(measure pmd java -cp "$work/pmd-lib/*" net.sourceforge.pmd.cli.PmdCli check --no-cache --no-progress -t "$jobs" -d "$corpus" -R rulesets/java/quickstart.xml -f text -r "$work/pmd.txt")"
  mf=$(wc -l <"$work/pmd.txt")
  printf '%-9s %-8s %9s %9s %8s %12s\n' "$size" parse "$pw" "$pc" "$pr" -
  printf '%-9s %-8s %9s %9s %8s %12s\n' "$size" ormlint "$ow" "$oc" "$or" "$of"
  printf '%-9s %-8s %9s %9s %8s %12s\n' "$size" pmd "$mw" "$mc" "$mr" "$mf"
  awk -v o="$ow" -v p="$pw" -v m="$mw" -v s="$size" \
    'BEGIN { printf "%-9s ratios   ormlint/parse %.2f   pmd/ormlint %.2f\n", s, o / p, m / o }'
  echo "          seeded: $(grep -v -e '^lines' -e '^modules' "$corpus/seeded-findings.txt" | tr '\n' ' ')"
  echo "          found:  $(grep -o '"ruleId" : "[A-Za-z]*"' "$work/ormlint.json" | cut -d'"' -f4 | sort | uniq -c | awk '{ printf "%s %s ", $2, $1 }')"
done

criteria="$repo/fixtures/criteria-legacy"
if [ -d "$criteria" ]; then
  echo
  read -r cw cc cr <<<"$(measure migrate "$repo/ormlint" migrate "$criteria")"
  echo "ormlint migrate (dry run) on fixtures/criteria-legacy: wall ${cw}s, cpu ${cc}s, rss ${cr} MB"
fi
