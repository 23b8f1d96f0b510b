#!/bin/sh
# tests/e2e/man.sh -- the manual pages in man/ (mdoc(7)): each renders
# without a warning (groff -ww, man -l at 80 columns, mandoc -T lint when
# installed); every command of `trilemma --help` has its page and is listed
# in trilemma(1); every long option a command's --help prints is in its
# page; every key of the README's "Every config key" tables is an entry of
# trilemma.yaml(5); every environment variable the program reads is in
# trilemma(1); and the pages' example config and suites are accepted by
# the built binary.
. "$(dirname "$0")/lib.sh"
top=$(cd "$(dirname "$0")/../.." && pwd)
M="$top/man"
export MANPAGER=cat PAGER=cat

for tool in groff man lexgrog; do
	if ! command -v "$tool" >/dev/null 2>&1; then
		check "$tool is installed (groff-base, man-db: make deps)" false
		done_tests; exit
	fi
done

# ascii PAGE -- the page as plain text on lines too long to break, so an
# option such as --judge-fallback is never split by a line end
ascii() { groff -mdoc -Tascii -P-cbou -rLL=2000n "$1" 2>/dev/null; }

# the commands trilemma --help lists ("  NAME     what it does")
"$TRILEMMA" --help >"$T/help" 2>&1
cmds=$(sed -n 's/^  \([a-z][a-z]*\)  .*/\1/p' "$T/help")
check "trilemma --help lists commands" test -n "$cmds"

# the pages the project ships, whatever the binary has
pages="trilemma.1"
for c in run report select scan suites runs push pull show models init completion; do
	pages="$pages trilemma-$c.1"
done
pages="$pages trilemma.yaml.5 trilemma-suite.5"
for p in $pages; do
	check "man/$p exists" test -s "$M/$p"
done
for f in "$M"/*.[1-9]; do
	b=$(basename "$f")
	case " $pages " in *" $b "*) ;; *) check "man/$b is one of the pages the project ships" false ;; esac
done

# rendering: groff with every warning, man -l as a user reads it, mandoc lint
for f in "$M"/*.[1-9]; do
	b=$(basename "$f")
	check "$b: groff -ww -z -mdoc: exit 0, no warning" \
		sh -c 'groff -ww -z -mdoc "$1" 2>"$2" && ! test -s "$2" || { cat "$2"; exit 1; }' \
		sh "$f" "$T/groff.err"
	check "$b: man -l at 80 columns: text, nothing on stderr" \
		sh -c 'MANWIDTH=80 man -l "$1" >"$2" 2>"$3"; st=$?; cat "$3"
		       [ $st = 0 ] && test -s "$2" && ! test -s "$3"' \
		sh "$f" "$T/man.out" "$T/man.err"
	LC_ALL=C MANWIDTH=80 man -l "$f" >"$T/man80.txt" 2>/dev/null
	check "$b: no line wider than 80 columns" \
		sh -c '! awk "length(\$0) > 80 { print; bad = 1 } END { exit !bad }" "$1"' sh "$T/man80.txt"
	ascii "$f" >"$T/page.txt"
	check "$b: the NAME section names it" grep -q '^NAME' "$T/page.txt"
	# lexgrog reads NAME as mandb, apropos and lintian's whatis check do
	check "$b: lexgrog reads its whatis entry as '${b%.[1-9]} - ...'" \
		sh -c 'lexgrog "$1" | grep -qF "\"$2 - "' sh "$f" "${b%.[1-9]}"
	# every page it refers to (.Xr trilemma... N) is one of ours
	for x in $(sed -n 's/^\.Xr \(trilemma[^ ]*\) \([1-9]\).*/\1.\2/p' "$f" | sort -u); do
		check "$b: its reference to $x is a page in man/" test -s "$M/$x"
	done
	if command -v mandoc >/dev/null 2>&1; then
		check "$b: mandoc -T lint -W warning is silent" mandoc -T lint -W warning "$f"
	fi
done
command -v mandoc >/dev/null 2>&1 || skip "mandoc -T lint (mandoc is not installed)"

# every command: its page, its line in trilemma(1), its options
ascii "$M/trilemma.1" >"$T/trilemma.txt"
nopts=0
for c in $cmds; do
	f="$M/trilemma-$c.1"
	check "trilemma-$c.1: a page for '$c'" test -s "$f"
	[ -s "$f" ] || continue
	check "trilemma.1 lists '$c' with its page" \
		sh -c 'grep -q "^\.It Cm $1\$" "$2" && grep -q "trilemma-$1(1)" "$3"' sh "$c" "$M/trilemma.1" "$T/trilemma.txt"
	check "trilemma-$c.1: .Dt TRILEMMA-$c 1" \
		grep -qx ".Dt $(echo "TRILEMMA-$c" | tr 'a-z' 'A-Z') 1" "$f"
	"$TRILEMMA" "$c" --help >"$T/cmd.help" 2>&1
	check "trilemma $c --help exits 0" test $? = 0
	opts=$(grep -oE -- '--[a-z][a-z-]*[a-z]' "$T/cmd.help" | sort -u)
	nopts=$((nopts + $(echo "$opts" | grep -c .)))
	ascii "$f" >"$T/cmd.txt"
	for o in $opts; do
		check "trilemma-$c.1 documents $o" grep -qF -- "$o" "$T/cmd.txt"
	done
done
check "the commands' --help print long options (got $nopts)" test "$nopts" -ge 40
for c in init completion; do
	case " $(echo $cmds) " in
	*" $c "*) ;;
	*) skip "the options of trilemma-$c.1 ('$c' is not in this build)" ;;
	esac
done

# every key of the README's "Every config key" tables (top level and per
# model) is an entry (.It ... Ic KEY) of trilemma.yaml(5)
keys=$(sed -n '/^### Every config key/,/^## /p' "$top/README.md" |
	grep '^| `' | cut -d'|' -f2 | grep -oE '`[a-z_.]+`' | tr -d '`' | sort -u)
nkeys=$(echo "$keys" | grep -c .)
check "README's config tables give keys (got $nkeys)" test "$nkeys" -ge 20
for k in models spec select.require retries; do
	check "README's config tables hold '$k'" sh -c 'echo "$1" | grep -qx "$2"' sh "$keys" "$k"
done
for k in $keys; do
	check "trilemma.yaml.5 has an entry for '$k'" \
		grep -qE "^\.It .*Ic $k( |\$)" "$M/trilemma.yaml.5"
done

# the environment: what the program reads (getenv in src/, less HOME and a
# scanner debugging switch) and every provider's key variable the README names
vars=$( (grep -ohE 'getenv\("[A-Z_]+"\)' "$top"/src/*.c | sed 's/getenv("\(.*\)")/\1/'
	 grep -ohE '`[A-Z]+_API_KEY`' "$top/README.md" | tr -d '`') |
	grep -vx -e HOME -e TRILEMMA_SCAN_DEBUG | sort -u)
for v in TRILEMMA_DB TRILEMMA_HOME TRILEMMA_CATALOGUE XDG_CACHE_HOME OPENAI_API_KEY; do
	check "the variables to document include $v" sh -c 'echo "$1" | grep -qx "$2"' sh "$vars" "$v"
done
for v in $vars; do
	check "trilemma.1 ENVIRONMENT names $v" grep -qE "^\.It (.* )?Ev $v( |\$)" "$M/trilemma.1"
done

# exit codes: trilemma.1 has an entry for each that trilemma --help names
codes=$(sed -n 's/^exit codes: //p' "$T/help" | grep -oE '(^|, )[0-9]' | tr -dc '0-9\n')
check "trilemma --help names exit codes" test -n "$codes"
for n in $codes; do
	check "trilemma.1 EXIT STATUS has $n" \
		sh -c 'sed -n "/^\.Sh EXIT STATUS/,/^\.Sh /p" "$2" | grep -qx ".It $1"' sh "$n" "$M/trilemma.1"
done

# example N of PAGE: the Nth literal display under EXAMPLES, \e unescaped
example() {
	awk -v want="$2" '/^\.Sh EXAMPLES/ { ex = 1 }
		ex && /^\.Bd/ { n++; inb = 1; next }
		/^\.Ed/ { inb = 0; next }
		ex && inb && n == want' "$1" | sed 's/\\e/\\/g'
}
# a JSON Lines example folded to fit the page: continuation lines rejoined
unfold() {
	awk '/^[{]/ { if (cur != "") print cur; cur = $0; next }
	     { sub(/^ +/, " "); cur = cur $0 }
	     END { if (cur != "") print cur }'
}
example "$M/trilemma.yaml.5" 1 >"$T/example.yaml"
check "trilemma.yaml.5's example config: run --dry-run accepts it" \
	env OPENROUTER_API_KEY=unused "$TRILEMMA" run -c "$T/example.yaml" --dry-run --limit 1 -q
mkdir -p "$T/suite"
example "$M/trilemma-suite.5" 1 >"$T/suite/suite.yaml"
example "$M/trilemma-suite.5" 2 | unfold >"$T/suite/items.jsonl"
example "$M/trilemma-suite.5" 3 | unfold >"$T/leaks.jsonl"
check "trilemma-suite.5's example directory suite loads (3 items)" \
	sh -c '"$1" suites show "$2" >"$3" && grep -qE "^items: +3\$" "$3"' sh "$TRILEMMA" "$T/suite" "$T/show"
check "trilemma-suite.5's example .jsonl suite loads, on the security axis" \
	sh -c '"$1" suites show "$2" >"$3" && grep -qE "^axis: +security\$" "$3"' sh "$TRILEMMA" "$T/leaks.jsonl" "$T/show"
mkdir -p "$T/tools"
example "$M/trilemma-suite.5" 4 >"$T/tools/tools.json"
example "$M/trilemma-suite.5" 5 | unfold >"$T/tools/items.jsonl"
check "trilemma-suite.5's example tools.json and the items that name its tool load (2 items)" \
	sh -c '"$1" suites show "$2" >"$3" && grep -qE "^items: +2\$" "$3"' sh "$TRILEMMA" "$T/tools" "$T/show"

done_tests
