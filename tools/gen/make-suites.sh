#!/bin/sh
# tools/gen/make-suites.sh -- regenerate the built-in suites (make suites).
#
# Installs the Debian data packages the generators read when missing
# (apt-get; as root or through sudo), then runs every generator. The
# generated suites/*/ files are committed; run this after a data package
# update and review the diff. Usage: sh tools/gen/make-suites.sh [--out DIR]
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
PY=/usr/bin/python3
DATA_PKGS="iso-codes unicode-data pci.ids usb.ids ieee-data netbase tzdata unicode-cldr-core manpages-dev sqlite3
linux-libc-dev media-types distro-info-data python3-periodictable units bsdgames wordnet-base
wamerican-small wamerican wamerican-large wamerican-huge"

missing=""
for p in $DATA_PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "make-suites: installing:$missing" >&2
	if [ "$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing
fi
if [ ! -x "$PY" ]; then
	echo "make-suites: $PY is needed (apt-get install python3)" >&2
	exit 2
fi

for g in knowledge fabricated reasoning impossible tools; do
	echo "make-suites: $g" >&2
	"$PY" "tools/gen/$g.py" "$@"
done
# The security suites have their own generators (owned separately).
for g in security secure_code agency; do
	if [ -f "tools/gen/$g.py" ]; then
		echo "make-suites: $g" >&2
		"$PY" "tools/gen/$g.py" "$@"
	fi
done
echo "make-suites: done; review with git diff --stat suites/" >&2
