# tests/e2e/deb.sh -- the Debian package as a user builds it: a copy of the
# tree without its build directories, `dpkg-buildpackage -us -uc -b`, then
# the .deb's files (dpkg-deb -c), its Depends (dpkg-deb -f; libcurl4 is
# loaded with dlopen and must be named by hand), lintian with no error, and
# the packaged binary run from its unpacked tree. Skipped, and counted as
# skipped, when the packaging tools are not installed (make deps installs
# them).
. "$(dirname "$0")/lib.sh"
top=$(pwd)
unset TRILEMMA_HOME TRILEMMA_CATALOGUE
# The package build is a build of its own, not part of a make that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL

finish() {
	done_tests
	exit
}

missing=""
for tool in dpkg-buildpackage dpkg-deb dh lintian; do
	command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
	skip "the Debian package: not installed:$missing (make deps installs them)"
	finish
fi

if "$TRILEMMA" completion bash >/dev/null 2>&1; then
	comp=yes
else
	comp=""
	skip "completions: $TRILEMMA has no 'completion' command; building with COMPLETIONS="
	export COMPLETIONS=
fi

touch "$T/stamp"
# The tree as committed plus what is new and not ignored: never build/.
src="$T/src/trilemma"
mkdir -p "$src"
if git -C "$top" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
	(cd "$top" && git ls-files -co --exclude-standard -z | xargs -0 cp --parents -t "$src")
else
	(cd "$top" && tar -cf - --exclude=./.git --exclude=./build --exclude='./build-*' \
		--exclude=./trilemma --exclude=./debian/build --exclude=./debian/trilemma .) |
		(cd "$src" && tar -xf -)
fi
check "the copy has no build directory" test ! -e "$src/build"

start=$(date +%s)
# as a package is built: Debian's compiler and flags, not those of the make
# that runs the tests (make check CC=clang passes CC and SAN down through
# MAKEFLAGS and the environment)
(cd "$src" && env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL -u CC -u CFLAGS -u SAN -u OPT -u BUILD \
	dpkg-buildpackage -us -uc -b -j2) >"$T/build.log" 2>&1
st=$?
echo "# dpkg-buildpackage: $(($(date +%s) - start)) s"
check "dpkg-buildpackage -us -uc -b exits 0" eq "$st" 0
[ "$st" = 0 ] || { tail -n 30 "$T/build.log"; finish; }
deb=$(ls "$T"/src/trilemma_*_*.deb 2>/dev/null | grep -v dbgsym | head -n 1)
check "a trilemma_*.deb is written beside the tree" test -f "$deb"
[ -f "$deb" ] || finish

dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||' | LC_ALL=C sort >"$T/contents"
{
	echo usr/bin/trilemma
	(cd "$top" && find data suites -type f) | sed 's|^|usr/share/trilemma/|'
	for m in "$top"/man/*.1; do [ -f "$m" ] && echo "usr/share/man/man1/${m##*/}.gz"; done
	for m in "$top"/man/*.5; do [ -f "$m" ] && echo "usr/share/man/man5/${m##*/}.gz"; done
	if [ -n "$comp" ]; then
		echo usr/share/bash-completion/completions/trilemma
		echo usr/share/zsh/vendor-completions/_trilemma
		echo usr/share/fish/vendor_completions.d/trilemma.fish
	fi
	echo usr/share/doc/trilemma/copyright
} | LC_ALL=C sort >"$T/expected"
LC_ALL=C comm -23 "$T/expected" "$T/contents" >"$T/absent"
check "the .deb holds the binary, data, suites, man pages and completions" test ! -s "$T/absent"
sed 's/^/    absent from the .deb: /' "$T/absent" | head -n 10
check "the .deb lists usr/bin/trilemma" grep -qx usr/bin/trilemma "$T/contents"
check "the .deb lists the model catalogue" grep -qx usr/share/trilemma/data/models.yaml "$T/contents"
check "the .deb lists a built-in suite" grep -qx usr/share/trilemma/suites/knowledge/science.jsonl "$T/contents"
check "the .deb lists agency's second item file" grep -qx usr/share/trilemma/suites/agency/twins.jsonl "$T/contents"
check "nothing under /usr/local" eq "$(grep -c '^usr/local' "$T/contents")" 0

deps=$(dpkg-deb -f "$deb" Depends)
echo "# Depends: $deps"
check "Depends names libcurl4 (loaded with dlopen)" \
	sh -c 'echo "$1" | tr , "\n" | sed "s/^ *//" | grep -Eq "^libcurl4( |$)"' sh "$deps"
check "Depends has the linked libraries (shlibs)" \
	sh -c 'echo "$1" | grep -q libsqlite3-0 && echo "$1" | grep -q libvectorscan' sh "$deps"

lintian "$deb" >"$T/lintian" 2>&1
grep -E '^[EW]: ' "$T/lintian" | sed 's/^/# lintian /'
check "lintian reports no error" eq "$(grep -c '^E: ' "$T/lintian")" 0

# The packaged binary, unpacked elsewhere, finds its data beside itself.
dpkg-deb -x "$deb" "$T/root"
(cd / && "$T/root/usr/bin/trilemma" suites list) >"$T/out" 2>&1
check "the packaged binary lists its suites" grep -q '^knowledge ' "$T/out"
printf 'import os\ndef f(h):\n    os.system("ping " + h)\n' >"$T/a.py"
(cd / && "$T/root/usr/bin/trilemma" scan -q "$T/a.py") >"$T/out" 2>&1
check "the packaged binary scans (exit 1 on a finding)" eq "$?" 1

changed=$(find "$top" -path "$top/.git" -prune -o -newer "$T/stamp" -print | head -n 5)
check "the source tree is left as it was" eq "$changed" ""
finish
