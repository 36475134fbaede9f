#!/usr/bin/env bash
# Error Prone plugin cost: javac with Error Prone alone against javac with Error Prone and the
# ormlint plugin, on the same sources, in one run. Prints the median wall time of each, the
# difference and the ratio, and how many ormlint warnings javac printed. Not part of `mvn verify`.
#
#   bench/errorprone.sh              the criteria harness's legacy code base (ORM code, 97
#                                    warnings, 9 files migrated by the fixes) and the analyzer
#                                    module's sources (no persistence code)
#   RUNS=5 bench/errorprone.sh       repetitions per measurement (median is shown)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
work="$repo/bench/target/errorprone"
runs=${RUNS:-3}
mkdir -p "$work"

echo "building the plugin jar and the class paths..." >&2
(cd "$repo" && mvn -q -B -DskipTests -Dinvoker.skip=true package -pl errorprone,fixtures/criteria-legacy -am)
(cd "$repo" && mvn -q -B dependency:build-classpath -pl analyzer -Dmdep.outputFile="$work/analyzer.classpath")
plugin="$repo/errorprone/target/ormlint-errorprone-0.1.0-SNAPSHOT.jar"
errorprone=$(cat "$repo/errorprone/target/errorprone-processor-path.txt")
jvm_flags=()
while read -r flag; do
  [ -n "$flag" ] && jvm_flags+=("-J$flag")
done <"$repo/.mvn/jvm.config"

# One compilation; prints its wall time in seconds and leaves javac's output in $work/javac.out.
compile() {
  local processor_path=$1 class_path=$2
  shift 2
  rm -rf "$work/classes" && mkdir -p "$work/classes"
  local start end
  start=$(date +%s%N)
  javac "${jvm_flags[@]}" -XDcompilePolicy=simple --should-stop=ifError=FLOW -Xplugin:ErrorProne \
    -processorpath "$processor_path" -classpath "$class_path" --release 17 -d "$work/classes" "$@" \
    >"$work/javac.out" 2>&1 || { echo "javac failed, see $work/javac.out" >&2; return 1; }
  end=$(date +%s%N)
  echo "scale=2; ($end - $start) / 1000000000" | bc
}

median() {
  printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}

measure() {
  local name=$1 class_path=$2 sources_dir=$3
  local sources alone=() with=()
  mapfile -t sources < <(find "$sources_dir" -name '*.java' | sort)
  local seconds
  for _ in $(seq "$runs"); do
    seconds=$(compile "$errorprone" "$class_path" "${sources[@]}") || exit 1
    alone+=("$seconds")
    seconds=$(compile "$errorprone:$plugin" "$class_path" "${sources[@]}") || exit 1
    with+=("$seconds")
  done
  local warnings a w
  warnings=$(grep -cE 'warning: \[(LegacyCriteriaQuery|EntityPersistLoop|EntityUpdateLoop|ConnectionBesideSession|LoaderOptionOnNativeQuery|PoolMissingValidation|PoolMissingRecycle)\]' "$work/javac.out" || true)
  a=$(median "${alone[@]}")
  w=$(median "${with[@]}")
  printf '| %s | %d | %s s | %s s | %+.2f s | %.2f | %d |\n' "$name" "${#sources[@]}" "$a" "$w" \
    "$(echo "$w - $a" | bc)" "$(echo "scale=4; $w / $a" | bc)" "$warnings"
}

echo "javac $(javac -version 2>&1 | cut -d' ' -f2), $(nproc) cores, median of $runs runs"
echo "| sources | files | Error Prone | Error Prone + ormlint | difference | ratio | ormlint warnings |"
echo "|---|---|---|---|---|---|---|"
measure "criteria harness legacy code" "$(cat "$repo/fixtures/criteria-legacy/target/hibernate5.classpath")" \
  "$repo/fixtures/criteria-legacy/src/main/java"
measure "analyzer module" "$(cat "$work/analyzer.classpath")" "$repo/analyzer/src/main/java"
