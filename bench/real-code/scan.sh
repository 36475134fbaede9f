#!/usr/bin/env bash
# Real-code check: scans each project of projects.txt at its pinned commit and prints per-rule
# finding counts, then the verdict tally of verdicts/*.txt. Not part of `mvn verify`.
#
#   bench/real-code/scan.sh [owner/name ...]    default: every project of projects.txt
#
# Each project's tree is extracted once to $REAL_CODE_DIR/<owner>+<name>@<commit> (default
# bench/target/real-code), from a bare mirror at $MIRROR_DIR/<owner>+<name>/repo when there is one,
# else by cloning https://github.com/<owner>/<name>. Findings of a project are written to
# <tree>.findings.txt (ormlint's text format), the input of verdict reading.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
trees=${REAL_CODE_DIR:-$repo/bench/target/real-code}
mirrors=${MIRROR_DIR:-/work/.mirror}
mkdir -p "$trees"

# checkout OWNER/NAME COMMIT: prints the directory holding the project's tree at COMMIT.
checkout() {
  local project=$1 commit=$2
  local dir="$trees/${project/\//+}@$commit"
  if [ ! -d "$dir" ]; then
    local git_dir="$mirrors/${project/\//+}/repo"
    if [ ! -d "$git_dir" ]; then
      git_dir="$trees/${project/\//+}.git"
      [ -d "$git_dir" ] || git clone -q --bare "https://github.com/$project" "$git_dir" >&2
    fi
    if ! git --git-dir="$git_dir" cat-file -e "$commit^{commit}" 2>/dev/null; then
      echo "$project: commit $commit is not in $git_dir" >&2
      return 1
    fi
    # Only what ormlint reads (sources and configuration): a mirror may lack the large binary blobs.
    # Extracted aside and moved, so that an interrupted run never leaves half a tree behind.
    rm -rf "$dir.partial" && mkdir -p "$dir.partial"
    git --git-dir="$git_dir" ls-tree -r -z --name-only "$commit" \
      | grep -z -E '\.(java|xml|properties|ya?ml|py)$' \
      | xargs -0 -r git --git-dir="$git_dir" archive "$commit" -- 2>/dev/null \
      | tar -x -i -C "$dir.partial" || { echo "$project: cannot extract $commit" >&2; return 1; }
    mv "$dir.partial" "$dir"
  fi
  echo "$dir"
}

wanted=("$@")
printf '%-40s %s\n' project "findings per rule"
while read -r line; do
  line=${line%%#*}
  [ -n "${line// }" ] || continue
  project=${line%@*}
  commit=${line#*@}
  if [ ${#wanted[@]} -gt 0 ] && [[ ! " ${wanted[*]} " == *" $project "* ]]; then
    continue
  fi
  dir=$(checkout "$project" "$commit" </dev/null) || continue
  "$repo/ormlint" scan "$dir" --fail-on never --output "$dir.findings.txt" 2>"$dir.scan-err.txt" </dev/null || {
    echo "$project: scan failed, see $dir.scan-err.txt" >&2
    continue
  }
  counts=$( { grep -o ' \[[A-Za-z]*\] ' "$dir.findings.txt" || true; } | tr -d ' []' | sort | uniq -c \
    | awk '{ printf "%s %s  ", $2, $1 }')
  printf '%-40s %s\n' "$project@$commit" "${counts:-none}"
done <"$here/projects.txt"

echo
"$here/tally.sh"
