# Build, install and package Limber: the release binary (static Swift runtime, stripped), the
# routine library, shell completions and the manual page, all generated from this checkout.
#
#   make install PREFIX=~/.local     build and install (default PREFIX: /usr/local)
#   make uninstall PREFIX=~/.local   remove what install put there
#   make deb                         a Debian package, in .build-release/
#
# The release build has a folder of its own (.build-release), so it never disturbs the debug
# build that `swift build` and `swift test` use.

PREFIX ?= /usr/local
DESTDIR ?=
SCRATCH := .build-release
BIN := $(SCRATCH)/release
STAGE := $(SCRATCH)/stage
ZSH_DIR ?= share/zsh/site-functions
# What install puts under PREFIX, and so what uninstall removes.
INSTALLED := bin/limber share/limber share/man/man1/limber.1.gz share/bash-completion/completions/limber \
	$(ZSH_DIR)/_limber share/fish/vendor_completions.d/limber.fish

.PHONY: all build stage install uninstall deb

all: stage

build:
	swift build -c release --static-swift-stdlib --scratch-path $(SCRATCH) --product limber
	swift build -c release --scratch-path $(SCRATCH) --product generate-manual

# Everything install copies, laid out as it will be under PREFIX.
stage: build
	rm -rf $(STAGE)
	install -d $(STAGE)/bin $(STAGE)/share/limber $(STAGE)/share/man/man1 \
		$(STAGE)/share/bash-completion/completions $(STAGE)/$(ZSH_DIR) $(STAGE)/share/fish/vendor_completions.d
	install -m 755 $(BIN)/limber $(STAGE)/bin/limber
	strip $(STAGE)/bin/limber
	cp -R Routines $(STAGE)/share/limber/Routines
	$(STAGE)/bin/limber --generate-completion-script bash > $(STAGE)/share/bash-completion/completions/limber
	$(STAGE)/bin/limber --generate-completion-script zsh > $(STAGE)/$(ZSH_DIR)/_limber
	$(STAGE)/bin/limber --generate-completion-script fish > $(STAGE)/share/fish/vendor_completions.d/limber.fish
	$(BIN)/generate-manual $(STAGE)/bin/limber --date "$$(git log -1 --format=%cs 2>/dev/null || date +%F)" \
		--output-directory $(STAGE)/share/man/man1
	gzip -9nf $(STAGE)/share/man/man1/limber.1

# A library left from an older version is replaced as a whole, never merged into.
install: stage
	rm -rf $(DESTDIR)$(PREFIX)/share/limber
	install -d $(DESTDIR)$(PREFIX)
	cp -R $(STAGE)/. $(DESTDIR)$(PREFIX)/

uninstall:
	for path in $(INSTALLED); do rm -rf "$(DESTDIR)$(PREFIX)/$$path"; done

deb:
	$(MAKE) stage ZSH_DIR=share/zsh/vendor-completions
	scripts/make-deb $(STAGE) $(SCRATCH)
