# tests/e2e/install.sh -- `make install` as a user runs it after `make`:
# into a prefix other than the one the tree was built with, then run from
# another directory; a DESTDIR staged install moved elsewhere (relocatable);
# `make uninstall` removes exactly what install wrote; the source tree is
# left as it was. The completion scripts are checked when the built binary
# has `trilemma completion` (counted as skipped otherwise).
. "$(dirname "$0")/lib.sh"
top=$(pwd)
# tests/run.sh points every other test at the tree; an installed binary must
# find its data by itself.
unset TRILEMMA_HOME TRILEMMA_CATALOGUE
touch "$T/stamp"

mk() { make -s --no-print-directory -C "$top" "$@" >>"$T/make.log" 2>&1; }
# files (and symlinks) under a directory, relative to it, sorted
files() { (cd "$1" && find . ! -type d | LC_ALL=C sort); }

if "$TRILEMMA" completion bash >/dev/null 2>&1; then
	comp="bash zsh fish"
else
	comp=""
	skip "completions: $TRILEMMA has no 'completion' command; installing with COMPLETIONS="
fi

# What install must write, computed from the tree.
{
	echo ./bin/trilemma
	(cd "$top" && find data suites -type f) | sed 's|^|./share/trilemma/|'
	for m in "$top"/man/*.1; do [ -f "$m" ] && echo "./share/man/man1/${m##*/}"; done
	for m in "$top"/man/*.5; do [ -f "$m" ] && echo "./share/man/man5/${m##*/}"; done
	if [ -n "$comp" ]; then
		echo ./share/bash-completion/completions/trilemma
		echo ./share/zsh/vendor-completions/_trilemma
		echo ./share/fish/vendor_completions.d/trilemma.fish
	fi
} | LC_ALL=C sort >"$T/expected"
# a directory is a suite when it holds suite.yaml or items.jsonl
suites_expected=$(cd "$top/suites" && ls -d */suite.yaml */items.jsonl 2>/dev/null | sed 's|/[^/]*$||' |
	LC_ALL=C sort -u | tr '\n' ' ')
# agency's items are in the two files its suite.yaml lists
agency_expected=$(cat $(suite_item_files "$top/suites/agency") | grep -c .)
model_expected=$(sed -n 's/^  - id: *//p' "$top/data/models.yaml" | head -n 1)

# A home directory like a user's: it holds data/ and a project's suites/,
# which must not be taken for the source tree of ~/.local/bin/trilemma.
H="$T/home"
mkdir -p "$H/data" "$H/suites"
P="$H/.local"

mk install PREFIX="$P" DESTDIR= COMPLETIONS="$comp"
check "install into another prefix exits 0" eq "$?" 0
check "the binary was built for another prefix" eq "$(grep -a -c "$P" "$BUILD/trilemma")" 0
files "$P" >"$T/got"
check "install writes the expected files" diff "$T/expected" "$T/got"
check "data files are readable by all" eq "$(find "$P/share/trilemma" -type f ! -perm -444 | wc -l)" 0
check "the binary is executable" test -x "$P/bin/trilemma"

# A suite only the installed data has: proves where the data came from.
mkdir "$P/share/trilemma/suites/zz-installed"
echo '{"id":"m1","input":"What is 2 + 2?","answer":4}' >"$P/share/trilemma/suites/zz-installed/items.jsonl"

run() { # BIN ARGS... : from /, as a user would, output in $T/out
	bin=$1; shift
	(cd / && "$bin" "$@") >"$T/out" 2>&1
}
run "$P/bin/trilemma" --version
check "--version from / exits 0" eq "$?" 0
check "--version names the program" grep -q '^trilemma [0-9]' "$T/out"
run "$P/bin/trilemma" suites list
check "suites list from / exits 0" eq "$?" 0
check "suites list shows the installed suites" \
	eq "$(awk 'NR > 1 {print $1}' "$T/out" | LC_ALL=C sort | tr '\n' ' ')" "$suites_expected"'zz-installed '
run "$P/bin/trilemma" suites show agency
check "the installed agency suite has the items of all its files ($agency_expected)" \
	grep -q "^items: *$agency_expected\$" "$T/out"
run "$P/bin/trilemma" models
check "models from / exits 0" eq "$?" 0
check "models lists the catalogue" grep -q "^$model_expected " "$T/out"
printf 'import os\ndef f(h):\n    os.system("ping " + h)\n' >"$T/a.py"
run "$P/bin/trilemma" scan -q "$T/a.py"
check "scan finds the finding (exit 1)" eq "$?" 1
check "scan reports it with its rule" grep -qx "$T/a.py:3:5: high CWE-78 .*\[py.os-system\]" "$T/out"
mkdir "$T/bin"
ln -s "$P/bin/trilemma" "$T/bin/trilemma"
run "$T/bin/trilemma" suites list
check "through a symlink, the data beside the real binary" grep -q '^zz-installed ' "$T/out"

if [ -n "$comp" ]; then
	check "bash completion parses" bash -n "$P/share/bash-completion/completions/trilemma"
	check "bash completion names the program" grep -q trilemma "$P/share/bash-completion/completions/trilemma"
	check "zsh completion starts with #compdef" grep -q '^#compdef trilemma' "$P/share/zsh/vendor-completions/_trilemma"
	check "fish completion uses complete -c trilemma" grep -q 'complete -c trilemma' "$P/share/fish/vendor_completions.d/trilemma.fish"
fi

mk uninstall PREFIX="$P" DESTDIR=
check "uninstall exits 0" eq "$?" 0
files "$P" >"$T/got"
check "uninstall leaves only what the user added" eq "$(cat "$T/got")" "./share/trilemma/suites/zz-installed/items.jsonl"
check "uninstall keeps the directory holding the user's file" test -d "$P/share/trilemma/suites"
check "uninstall removes the empty data directories" test ! -e "$P/share/trilemma/data"

# A staged install (as a package build does), then the tree moved.
S="$T/stage"
mk install DESTDIR="$S" PREFIX=/usr COMPLETIONS="$comp"
check "staged install exits 0" eq "$?" 0
files "$S/usr" >"$T/got"
check "staged install writes the same files under DESTDIR/PREFIX" diff "$T/expected" "$T/got"
check "staged install writes nothing else under DESTDIR" eq "$(ls "$S")" usr
mv "$S/usr" "$T/moved"
run "$T/moved/bin/trilemma" suites list
check "a moved install still finds its suites" grep -q '^knowledge ' "$T/out"
run "$T/moved/bin/trilemma" scan -q "$T/a.py"
check "a moved install still scans (exit 1)" eq "$?" 1
mk uninstall PREFIX="$T/moved"
files "$T/moved" >"$T/got"
check "uninstall of the moved tree leaves no file" test ! -s "$T/got"
check "uninstall of the moved tree removes share/trilemma" test ! -e "$T/moved/share/trilemma"

changed=$(find "$top" -path "$top/.git" -prune -o -newer "$T/stamp" -print | head -n 5)
check "the source tree is left as it was" eq "$changed" ""
[ "$E2E_FAIL" = 0 ] || sed 's/^/    make: /' "$T/make.log" | tail -n 20

done_tests
