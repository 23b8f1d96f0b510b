# trilemma -- plain Makefile; every library found with pkg-config.
#
#   make            build ./trilemma and the test server
#   make deps       install missing Debian packages (apt-get; root or sudo)
#   make test       deps + build + the whole test suite ("N passed, N failed")
#   make check      the same tests under AddressSanitizer + UBSan (CC=clang for clang's)
#   make fuzz       libFuzzer (clang) on every parser, FUZZ_TIME seconds each
#   make demo       offline demo against the simulated models of the test server
#   make suites     regenerate the built-in suites from Debian's data packages
#   make install    PREFIX (default /usr/local) and DESTDIR; relocatable
#   make uninstall  the same PREFIX and DESTDIR: removes what install wrote
#   make deb        the Debian package (dpkg-buildpackage; ../trilemma_*.deb)

PREFIX  ?= /usr/local
BUILD   ?= build
CC      ?= cc
OPT     ?= -O2
SAN     ?=
CFLAGS  ?= $(OPT) -g
WARN     = -std=c17 -Wall -Wextra -Werror -Wshadow -Wvla -Wformat=2 \
           -Wno-unused-parameter -Wmissing-prototypes -Wstrict-prototypes
PKGS     = libcurl sqlite3 libpq jansson yaml-0.1 libpcre2-8 libhs nettle
# libcurl is not linked: src/curlx.c loads it when a command first needs it.
LINK_PKGS = sqlite3 libpq jansson yaml-0.1 libpcre2-8 libhs nettle
# TRI_DATADIR is only the last resort of tri_home() (src/util.c): an
# installed binary finds its data at <bindir>/../share/trilemma first, so a
# PREFIX given to "make install" that differs from the one "make" built
# with still gives a working install.
BINDIR   = $(PREFIX)/bin
DATADIR  = $(PREFIX)/share/trilemma
MANDIR   = $(PREFIX)/share/man
BASH_COMPDIR = $(PREFIX)/share/bash-completion/completions
ZSH_COMPDIR  = $(PREFIX)/share/zsh/vendor-completions
FISH_COMPDIR = $(PREFIX)/share/fish/vendor_completions.d
# The shells whose completion scripts install writes ("make install
# COMPLETIONS=" for none).
COMPLETIONS ?= bash zsh fish
MAN1 = $(sort $(wildcard man/*.1))
MAN5 = $(sort $(wildcard man/*.5))
ALL_CPPFLAGS = -D_GNU_SOURCE -iquote src -DTRI_DATADIR='"$(DATADIR)"' \
           $(shell pkg-config --cflags $(PKGS) 2>/dev/null) $(CPPFLAGS)
ALL_CFLAGS   = $(WARN) $(CFLAGS) $(SAN)
LIBS     = $(shell pkg-config --libs $(LINK_PKGS) 2>/dev/null) -lunistring -lm
SRV_LIBS = $(shell pkg-config --libs libmicrohttpd jansson 2>/dev/null) -lpthread -lm

SRCS     = $(sort $(wildcard src/*.c))
LIB_OBJS = $(patsubst src/%.c,$(BUILD)/%.o,$(filter-out src/main.c,$(SRCS)))
UNIT_SRCS = $(sort $(wildcard tests/unit/test_*.c))
UNIT_BINS = $(patsubst tests/unit/%.c,$(BUILD)/tests/%,$(UNIT_SRCS))
SRV_SRCS = $(sort $(wildcard tests/server/*.c))

# Debian packages: libraries, the test tools, the data the suites come from,
# and the packaging tools tests/e2e/deb.sh builds the .deb with.
DEB_PKGS = build-essential pkg-config clang libclang-rt-14-dev libcurl4-openssl-dev libsqlite3-dev libpq-dev \
           libjansson-dev libyaml-dev libpcre2-dev libvectorscan-dev libmicrohttpd-dev \
           libunistring-dev nettle-dev sqlite3 postgresql jq python3 python3-jsonschema curl time \
           iso-codes unicode-data pci.ids usb.ids ieee-data netbase tzdata unicode-cldr-core \
           linux-libc-dev media-types distro-info-data python3-periodictable units bsdgames \
           wordnet-base wamerican-small wamerican wamerican-large wamerican-huge \
           libxml2-utils manpages-dev man-db \
           dpkg-dev debhelper lintian fakeroot groff-base mandoc zsh fish python3-yaml

# libFuzzer targets (tests/fuzz/), built with clang, ASan and UBSan.
FUZZ_BUILD ?= build-fuzz
FUZZ_TIME ?= 60
FUZZ_SAN  = -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
FUZZ_NAMES = $(patsubst tests/fuzz/fuzz_%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_BINS = $(patsubst %,$(FUZZ_BUILD)/fuzz_%,$(FUZZ_NAMES))

.PHONY: all deps test check demo suites install uninstall deb clean unit-bins bench fuzz fuzz-bins
all: trilemma $(BUILD)/trisim

trilemma: $(BUILD)/trilemma
	cp $< $@

$(BUILD)/trilemma: $(BUILD)/main.o $(BUILD)/libtri.a
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $^ $(LIBS)

$(BUILD)/libtri.a: $(LIB_OBJS)
	rm -f $@ && ar rcs $@ $^

$(BUILD)/%.o: src/%.c $(wildcard src/*.h) | $(BUILD)
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/tests/%: tests/unit/%.c tests/unit/t.h $(BUILD)/libtri.a
	@mkdir -p $(BUILD)/tests
	$(CC) $(ALL_CPPFLAGS) -Itests/unit $(ALL_CFLAGS) -o $@ $< $(BUILD)/libtri.a $(LIBS)

# The simulation behind bench/adaptive.
$(BUILD)/adaptive_sim: bench/adaptive_sim.c $(BUILD)/libtri.a
	$(CC) $(ALL_CPPFLAGS) $(ALL_CFLAGS) -o $@ $< $(BUILD)/libtri.a $(LIBS)

$(BUILD)/trisim: $(SRV_SRCS) $(wildcard tests/server/*.h) | $(BUILD)
	$(CC) -D_GNU_SOURCE $(shell pkg-config --cflags libmicrohttpd jansson 2>/dev/null) \
	  $(ALL_CFLAGS) -o $@ $(SRV_SRCS) $(SRV_LIBS)

$(BUILD):
	mkdir -p $(BUILD)

unit-bins: $(UNIT_BINS)

deps:
	@missing=""; for p in $(DEB_PKGS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo=sudo; fi; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq $$missing; \
	fi

test: deps
	$(MAKE) all unit-bins
	$(MAKE) fuzz-bins
	BUILD=$(BUILD) FUZZ_BUILD=$(FUZZ_BUILD) sh tests/run.sh

# One sanitizer build per compiler: build-san-cc, build-san-clang, ...
SAN_BUILD = build-san-$(notdir $(CC))
check: deps
	$(MAKE) BUILD=$(SAN_BUILD) SAN='-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all' OPT=-O1 \
	  $(SAN_BUILD)/trilemma $(SAN_BUILD)/trisim unit-bins
	$(MAKE) fuzz-bins
	BUILD=$(SAN_BUILD) FUZZ_BUILD=$(FUZZ_BUILD) ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 sh tests/run.sh

# The project's objects again, with clang and the sanitizers (and the
# coverage hooks libFuzzer needs), then one binary per target.
fuzz-bins:
	$(MAKE) -j$$(nproc) BUILD=$(FUZZ_BUILD) CC=clang OPT=-O1 \
	  SAN='-fsanitize=fuzzer-no-link $(FUZZ_SAN)' $(FUZZ_BUILD)/libtri.a
	$(MAKE) $(FUZZ_BINS)

$(FUZZ_BUILD)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_BUILD)/libtri.a
	clang $(ALL_CPPFLAGS) $(WARN) -O1 -g -fsanitize=fuzzer $(FUZZ_SAN) -o $@ $< \
	  $(FUZZ_BUILD)/libtri.a $(LIBS)

# Each target for FUZZ_TIME seconds from the committed seeds; what it finds
# new goes to $(FUZZ_BUILD)/corpus-NAME, a crash to $(FUZZ_BUILD)/crash-*.
fuzz: fuzz-bins
	@for t in $(FUZZ_NAMES); do \
	  mkdir -p $(FUZZ_BUILD)/corpus-$$t; \
	  echo "fuzz_$$t: $(FUZZ_TIME) s"; \
	  $(FUZZ_BUILD)/fuzz_$$t -max_total_time=$(FUZZ_TIME) -artifact_prefix=$(FUZZ_BUILD)/ \
	    $(FUZZ_BUILD)/corpus-$$t tests/fuzz/corpus/$$t || exit 1; \
	done

demo: deps
	$(MAKE) all
	sh tools/demo.sh

suites:
	sh tools/gen/make-suites.sh

bench: all
	sh bench/throughput
	sh bench/scan
	sh bench/adaptive
	sh bench/vs-promptfoo

# install needs only the binary, never a rebuild: the objects do not depend
# on PREFIX, so "make install PREFIX=..." after "make" installs what was
# built (and "sudo make install" writes nothing into the tree). Data files
# are installed one by one so that uninstall can remove exactly those; the
# completion scripts are written by the built binary itself.
install: $(BUILD)/trilemma
	install -d '$(DESTDIR)$(BINDIR)' '$(DESTDIR)$(DATADIR)'
	install -m 755 $(BUILD)/trilemma '$(DESTDIR)$(BINDIR)/trilemma'
	find data suites -type d | LC_ALL=C sort | while IFS= read -r d; do \
	  install -d -m 755 "$(DESTDIR)$(DATADIR)/$$d" || exit 1; done
	find data suites -type f | LC_ALL=C sort | while IFS= read -r f; do \
	  install -m 644 "$$f" "$(DESTDIR)$(DATADIR)/$$f" || exit 1; done
	$(if $(MAN1),install -d '$(DESTDIR)$(MANDIR)/man1' && install -m 644 $(MAN1) '$(DESTDIR)$(MANDIR)/man1/')
	$(if $(MAN5),install -d '$(DESTDIR)$(MANDIR)/man5' && install -m 644 $(MAN5) '$(DESTDIR)$(MANDIR)/man5/')
	@for sh in $(COMPLETIONS); do \
	  case $$sh in \
	    bash) d='$(BASH_COMPDIR)'; f=trilemma ;; \
	    zsh)  d='$(ZSH_COMPDIR)';  f=_trilemma ;; \
	    fish) d='$(FISH_COMPDIR)'; f=trilemma.fish ;; \
	    *) echo "make install: COMPLETIONS: no shell '$$sh' (bash, zsh, fish)" >&2; exit 2 ;; \
	  esac; \
	  if ! script=$$($(BUILD)/trilemma completion $$sh) || [ -z "$$script" ]; then \
	    echo "make install: '$(BUILD)/trilemma completion $$sh' failed: this build cannot" \
	      "write its completion scripts (src/cmd_completion.c missing?);" \
	      "install without them with: make install COMPLETIONS=" >&2; exit 1; \
	  fi; \
	  echo "install completion $$sh -> $(DESTDIR)$$d/$$f"; \
	  install -d "$(DESTDIR)$$d" && printf '%s\n' "$$script" >"$(DESTDIR)$$d/$$f" && \
	    chmod 644 "$(DESTDIR)$$d/$$f" || exit 1; \
	done

# Removes what install wrote for the same PREFIX and DESTDIR, then the
# directories under share/trilemma that are left empty.
uninstall:
	rm -f '$(DESTDIR)$(BINDIR)/trilemma'
	find data suites -type f | while IFS= read -r f; do \
	  rm -f "$(DESTDIR)$(DATADIR)/$$f" || exit 1; done
	if [ -d '$(DESTDIR)$(DATADIR)' ]; then \
	  find '$(DESTDIR)$(DATADIR)' -depth -type d -empty -delete; fi
	rm -f $(patsubst man/%,'$(DESTDIR)$(MANDIR)/man1/%',$(MAN1)) \
	  $(patsubst man/%,'$(DESTDIR)$(MANDIR)/man5/%',$(MAN5))
	rm -f '$(DESTDIR)$(BASH_COMPDIR)/trilemma' '$(DESTDIR)$(ZSH_COMPDIR)/_trilemma' \
	  '$(DESTDIR)$(FISH_COMPDIR)/trilemma.fish'

# The Debian package, built from this tree by debian/rules (in its own
# build directory, debian/build); the .deb is written to the parent directory.
deb:
	dpkg-buildpackage -us -uc -b

clean:
	rm -rf build build-san-* build-fuzz trilemma
