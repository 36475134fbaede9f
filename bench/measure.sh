# Sourced by the benchmark scripts. Needs $runs (repetitions) and $work (a scratch folder).
#
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

if [ ! -x /usr/bin/time ]; then
  echo "the benchmark needs GNU time (/usr/bin/time): apt-get install time" >&2
  exit 2
fi
