# Sourced by the benchmark scripts: where things are, how many runs and threads, the JVM options of
# ormlint, and the tools every benchmark needs (GNU time, the CLI jar built, PMD fetched once).
#   needs: the sourcing script's name in $bench_name
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
work="$repo/bench/target"
runs=${RUNS:-3}
jobs=${JOBS:-$(nproc)}
export ORMLINT_JAVA_OPTS=${ORMLINT_JAVA_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1}

if [ ! -x /usr/bin/time ]; then
  echo "bench/$bench_name needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi

mkdir -p "$work"
echo "building the ormlint jar..." >&2
(cd "$repo" && mvn -q -B -DskipTests package -pl cli -am)
jar="$repo/cli/target/ormlint.jar"
"$repo/ormlint" rules >/dev/null # the launcher archives its classes on the first run after a build

# fetch_pmd: PMD 7 into bench/target/pmd-lib, once (bench/pmd/pom.xml, never part of the build).
fetch_pmd() {
  if [ ! -d "$work/pmd-lib" ]; then
    echo "fetching PMD..." >&2
    mvn -q -B -f "$here/pmd/pom.xml" dependency:copy-dependencies -DoutputDirectory="$work/pmd-lib"
  fi
}

# measure NAME CMD...: runs CMD $runs times; prints "wall cpu rss_mb" of the median-wall run.
measure() {
  local name=$1; shift
  local results=()
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/$name.out" 2>"$work/$name.err" || true
    # GNU time puts "Command exited with non-zero status N" first when the command fails (PMD exits 4
    # when it finds violations): the figures are always the last line.
    read -r wall user sys rss < <(tail -1 "$work/time.txt")
    results+=("$(awk -v w="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN { printf "%.2f %.2f %.0f", w, u + s, r / 1024 }')")
  done
  printf '%s\n' "${results[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p"
}
