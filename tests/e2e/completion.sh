#!/bin/sh
# completion.sh -- `trilemma completion bash|zsh|fish`: every option of every
# command (read from `trilemma completion --list`, and checked against what
# getopt itself accepts) is in each of the three scripts with the words its
# value takes; the scripts parse; bash and fish complete as a user would see.
. "$(dirname "$0")/lib.sh"
top=$(pwd)
cd "$T" || exit 2
tab=$(printf '\t')

# the commands, from the top-level help (not from the completion code)
"$TRILEMMA" --help > help.txt 2>&1
check "trilemma --help exits 0" eq "$?" 0
sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p' help.txt > commands.txt
check "the help lists the commands" test "$(wc -l < commands.txt)" -ge 9
check "the help lists completion" grep -qx completion commands.txt

"$TRILEMMA" completion --list > list.tsv 2> list.err
check "--list exits 0: every option has a description and a kind" eq "$?" 0
check "--list says nothing on stderr" eq "$(cat list.err)" ""
check "--list has 5 tab-separated fields a line" eq \
	"$(awk -F '\t' 'NF != 5' list.tsv | wc -l)" 0
check "--list knows only the documented kinds" eq \
	"$(cut -f4 list.tsv | grep -cvE '^(none|file|dir|word|suite|model|number|text)$')" 0
while read -r c; do
	check "$c: has options in --list" grep -q "^$c$tab--help$tab" list.tsv
	"$TRILEMMA" "$c" --help > h.txt 2>&1
	check "$c --help exits 0" eq "$?" 0
	check "$c --help prints its usage" grep -q "^usage: trilemma $c" h.txt
done < commands.txt
check "--list names no command the help does not" eq \
	"$(cut -f1 list.tsv | sort -u | grep -cvxF -f commands.txt)" 0

# The kinds agree with getopt: a flag (kind none) refuses --flag=x; an option
# with a value takes --opt=x and getopt goes on to the next word (an unknown
# one, so that nothing runs). A short option is one getopt knows, and wants
# a value when its long one does.
bad_kind=""; bad_short=""
while IFS="$tab" read -r c l s k w; do
	"$TRILEMMA" "$c" "$l=x" --no-such-flag-zz > /dev/null 2> e.txt
	if [ "$k" = none ]; then
		grep -q "doesn't allow an argument" e.txt || bad_kind="$bad_kind $c$l"
	else
		grep -q "doesn't allow an argument" e.txt && bad_kind="$bad_kind $c$l"
	fi
	[ "$s" != - ] || continue
	if [ "$k" = none ]; then
		"$TRILEMMA" "$c" "$s" --no-such-flag-zz > /dev/null 2> e.txt
		grep -q "invalid option" e.txt && bad_short="$bad_short $c$s"
	else
		"$TRILEMMA" "$c" "$s" > /dev/null 2> e.txt < /dev/null
		grep -q "requires an argument -- '${s#-}'" e.txt || bad_short="$bad_short $c$s"
	fi
done < list.tsv
check "a kind 'none' is exactly a flag getopt refuses a value for" eq "$bad_kind" ""
check "every short option is one getopt accepts, with a value as its long one" eq "$bad_short" ""

for sh in bash zsh fish; do
	"$TRILEMMA" completion "$sh" > "c.$sh" 2> e.txt
	check "completion $sh exits 0" eq "$?" 0
	check "completion $sh prints a script" test -s "c.$sh"
done
check "zsh script starts with #compdef" eq "$(head -n 1 c.zsh)" "#compdef trilemma"
check "bash script registers with complete -F" grep -q '^complete -F _trilemma trilemma$' c.bash

# every option of every command in each script, in that command's part
missing_b=""; missing_z=""; missing_f=""; missing_w=""
while IFS="$tab" read -r c l s k w; do
	bopts=$(sed -n "s/^	$c) opts='\([^']*\)'.*/ \1 /p" c.bash)
	case "$bopts" in *" $l "*) ;; *) missing_b="$missing_b $c$l" ;; esac
	[ "$s" = - ] || case "$bopts" in *" $s "*) ;; *) missing_b="$missing_b $c$s" ;; esac
	zpart=$(sed -n "/^		$c)\$/,/^			;;\$/p" c.zsh)
	echo "$zpart" | grep -qE "'\\*$l(=|=-)?\\[" || missing_z="$missing_z $c$l"
	[ "$s" = - ] || echo "$zpart" | grep -qE "'\\*$s\\+?\\[" || missing_z="$missing_z $c$s"
	fline=$(grep -E "__fish_seen_subcommand_from $c' (.* )?-l ${l#--} " c.fish)
	[ -n "$fline" ] || missing_f="$missing_f $c$l"
	[ "$s" = - ] || echo "$fline" | grep -q -- "-s ${s#-} " || missing_f="$missing_f $c$s"
	[ "$k" = word ] || continue
	# the words of an enumerated value, in each script
	bcase=$(sed -n "/^	$c)\$/,/^		;;\$/p" c.bash | grep -E "^		$l(\\|-.)?\\) ")
	zline=$(echo "$zpart" | grep -E "'\\*$l=\\[")
	for word in $w; do
		echo "$bcase" | grep -q "words='.*\\b$word\\b" || missing_w="$missing_w bash:$c$l:$word"
		echo "$zline" | grep -q "($w)" || missing_w="$missing_w zsh:$c$l:$word"
		echo "$fline" | grep -q -- "-a '.*\\b$word\\b" || missing_w="$missing_w fish:$c$l:$word"
	done
done < list.tsv
check "bash: every option of every command" eq "$missing_b" ""
check "zsh: every option of every command" eq "$missing_z" ""
check "fish: every option of every command" eq "$missing_f" ""
check "every fixed word in each script" eq "$missing_w" ""
check "the options counted" test "$(wc -l < list.tsv)" -ge 60

check "bash -n accepts the bash script" bash -n c.bash
if command -v zsh > /dev/null; then
	check "zsh -n accepts the zsh script" zsh -n c.zsh
else
	skip "zsh -n (zsh not installed)"
fi
if command -v fish > /dev/null; then
	check "fish --no-execute accepts the fish script" fish --no-execute c.fish
else
	skip "fish --no-execute (fish not installed)"
fi

# bash completes as a user sees it: the script sourced, the words set
bindir=$(dirname "$TRILEMMA")
mkdir -p proj && : > proj/trilemma.yaml
cat > complete.bash <<'EOF'
source "$1"; shift
COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=()
_trilemma
printf '%s\n' "${COMPREPLY[@]}"
EOF
bc() { (cd proj && PATH="$bindir:$PATH" bash ../complete.bash ../c.bash "$@"); }
check "bash: trilemma run --pre offers --prefer" eq "$(bc trilemma run --pre)" "--prefer"
check "bash: report --format offers html" sh -c 'echo "$1" | grep -qx html' _ \
	"$(bc trilemma report --format '')"
check "bash: report --format=h (split at =) offers html" eq \
	"$(bc trilemma report --format = h)" html
check "bash: trilemma offers scan" sh -c 'echo "$1" | grep -qx scan' _ "$(bc trilemma '')"
check "bash: trilemma offers every command" eq \
	"$(bc trilemma '' | grep -vc -- '^--')" "$(wc -l < commands.txt)"
check "bash: scan --fail-on h offers high" eq "$(bc trilemma scan --fail-on h)" high
check "bash: run -c offers the file" eq "$(bc trilemma run -c tri)" trilemma.yaml
check "bash: completion offers the shells" eq "$(bc trilemma completion '' | sort | tr '\n' ' ')" \
	"bash fish zsh "
ls "$top/suites" | sort > suites.txt
bc trilemma run --suite '' | sort > offered.txt
check "bash: --suite offers every built-in suite" sh -c \
	'while read -r s; do grep -qx "$s" offered.txt || { echo "missing $s"; exit 1; }; done < suites.txt'
check "bash: suites show offers the suites" sh -c 'echo "$1" | grep -qx injection' _ \
	"$(bc trilemma suites show inj)"
check "bash: --model offers the provider prefix" eq "$(bc trilemma run --model oll)" "ollama:"
check "completion --suites lists the suites directory" eq \
	"$("$TRILEMMA" completion --suites | sort | tr '\n' ' ')" "$(tr '\n' ' ' < suites.txt)"

if command -v fish > /dev/null; then
	fc() { PATH="$bindir:$PATH" fish -c "source c.fish; complete -C '$1'" | cut -f1; }
	check "fish: report --format offers html" sh -c 'echo "$1" | grep -qx html' _ \
		"$(fc 'trilemma report --format ')"
	check "fish: run --pre offers --prefer" eq "$(fc 'trilemma run --pre')" "--prefer"
	check "fish: trilemma sc offers scan" eq "$(fc 'trilemma sc')" scan
fi

# usage errors
"$TRILEMMA" completion nosh > o.txt 2> e.txt
check "an unknown shell exits 2" eq "$?" 2
check "an unknown shell names the three" grep -q "bash, zsh or fish" e.txt
check "an unknown shell prints no script" eq "$(wc -c < o.txt)" 0
"$TRILEMMA" completion > /dev/null 2> e.txt
check "no shell exits 2" eq "$?" 2
"$TRILEMMA" completion bash zsh > /dev/null 2> e.txt
check "two shells exit 2" eq "$?" 2

done_tests
