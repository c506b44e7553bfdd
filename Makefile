# civic: two commands on a fresh Debian machine.
#   make site   installs what is missing, builds civic, builds content/ into public/
#   make test   installs what is missing, runs every test
.POSIX:
SWIFT ?= swift
# The example site is built at a fixed date, so public/ does not depend on the day it is built.
AS_OF = 2026-11-01
DEBIAN_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config tzdata
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: all deps build site check test theme clean

all: site

deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

build: deps
	$(SWIFT) build -c release --product civic

site: build
	$(SWIFT) run -c release civic build --site . --as-of $(AS_OF)

check: build
	$(SWIFT) run -c release civic check --site .

test: deps
	python3 scripts/embed-theme.py --check || { echo "Sources/Civic/Render/DefaultTheme.swift is out of date: run make theme"; exit 1; }
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Rebuild the default theme built into the binary after changing templates/.
theme:
	python3 scripts/embed-theme.py

clean:
	rm -rf .build
