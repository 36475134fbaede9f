#!/usr/bin/env bash
# Tallies the verdict files: per rule, findings judged, TRUE, FALSE, DEBATABLE, precision
# TRUE/(TRUE+FALSE) and the DEBATABLE share. Lines of verdicts/<RuleId>.txt:
#   owner/name@commit path:line RuleId TRUE|FALSE|DEBATABLE reason
# Blank lines and lines starting with # are ignored; a malformed line is reported and not counted.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
shopt -s nullglob
files=("$here"/verdicts/*.txt)
if [ ${#files[@]} -eq 0 ]; then
  echo "no verdict files in $here/verdicts"
  exit 0
fi
awk '
  /^[[:space:]]*(#|$)/ { next }
  NF < 5 || $4 !~ /^(TRUE|FALSE|DEBATABLE)$/ || $1 !~ /@/ || $2 !~ /:[0-9]+$/ {
    printf "%s:%d: malformed verdict line, not counted\n", FILENAME, FNR > "/dev/stderr"; next
  }
  { n[$3]++; v[$3, $4]++; projects[$3, $1] = 1 }
  END {
    printf "| rule | projects | findings read | true | false | debatable | precision | debatable share |\n"
    printf "|---|---|---|---|---|---|---|---|\n"
    for (rule in n) {
      p = 0; for (key in projects) { split(key, parts, SUBSEP); if (parts[1] == rule) p++ }
      t = v[rule, "TRUE"] + 0; f = v[rule, "FALSE"] + 0; d = v[rule, "DEBATABLE"] + 0
      precision = t + f > 0 ? sprintf("%.0f%%", 100 * t / (t + f)) : "-"
      printf "| %s | %d | %d | %d | %d | %d | %s | %.0f%% |\n", rule, p, n[rule], t, f, d, precision, 100 * d / n[rule]
    }
  }
' "${files[@]}" | { read -r h1; read -r h2; echo "$h1"; echo "$h2"; sort; }
