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
