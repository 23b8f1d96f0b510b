#!/bin/sh
# tools/gen/scan_table.sh -- the languages x CWE table of docs/scan.md, from
# the rules themselves (`trilemma scan --list-rules --format json`).
#
#   sh tools/gen/scan_table.sh [TRILEMMA]          print the table
#   sh tools/gen/scan_table.sh --write [TRILEMMA]  replace it in docs/scan.md
#   sh tools/gen/scan_table.sh --check [TRILEMMA]  exit 1 when docs/scan.md
#                                                  holds another table
#
# A cell is the number of rules of that CWE for that language (rules for
# every language count in each). tests/e2e/scan.sh checks that docs/scan.md
# holds the table the rules give.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
mode=print
case "${1:-}" in --write|--check) mode=${1#--}; shift ;; esac
tri=${1:-${TRILEMMA:-$top/build/trilemma}}
table=$(TRILEMMA_HOME="$top" "$tri" scan --list-rules --format json | jq -r '
  ["c","cpp","python","javascript","java","csharp","go","php","rust","kotlin","swift","ruby"] as $L |
  ["C","C++","Python","JS/TS","Java","C#","Go","PHP","Rust","Kotlin","Swift","Ruby"] as $H |
  .rules as $r |
  ([$r[].cwe] | unique_by(ltrimstr("CWE-") | tonumber) ) as $cwes |
  "| CWE | weakness | " + ($H | join(" | ")) + " |",
  "| --- | --- |" + ([$L[] | " ---: |"] | join("")),
  ($cwes[] as $c |
    ([$r[] | select(.cwe == $c)]) as $rc |
    "| " + ($c | ltrimstr("CWE-")) + " | " + (($rc[0].cwe_name // "") | (capture("\\(\u0027(?<s>[^\u0027]+)\u0027\\)$").s // .) | gsub("\\|"; "\\|")) + " | " +
    ([$L[] as $l | [$rc[] | select(.languages | index($l) or index("all"))] | length |
      if . == 0 then "" else tostring end] | join(" | ")) + " |"),
  "| | **rules** | " + ([$L[] as $l | [$r[] | select(.languages | index($l) or index("all"))] | length | tostring] | join(" | ")) + " |"
')
if [ $mode = print ]; then
	printf '%s\n' "$table"
	exit 0
fi
doc="$top/docs/scan.md"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
printf '%s\n' "$table" >"$tmp.t"
awk -v tf="$tmp.t" '
	/<!-- rules table: begin/ { print; while ((getline l < tf) > 0) print l; skip = 1; next }
	/<!-- rules table: end/ { skip = 0 }
	!skip { print }
' "$doc" >"$tmp"
rm -f "$tmp.t"
if [ $mode = check ]; then
	if ! cmp -s "$tmp" "$doc"; then
		echo "docs/scan.md: the rules table is not the one the rules give; run sh tools/gen/scan_table.sh --write" >&2
		diff "$doc" "$tmp" | head -20 >&2
		exit 1
	fi
	exit 0
fi
cat "$tmp" >"$doc"
