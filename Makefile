# Winnow: `make run` builds and scores the sample pages; `make test` runs every test.
SHELL := /bin/bash
SWIFT ?= swift
SHARED ?= ../shared/data
BIN := .build/release/winnow
MODEL := Models/winnow.model
OUT := out
STDBUF := $(shell command -v stdbuf >/dev/null && echo stdbuf -oL -eL)

.PHONY: all deps build run test lint format bench bench-peers model fuzz split-layouts obfuscation offtopic adapt-curve spark-test clean

all: build

# System packages: ICU's and zlib's headers, libxml2 (Foundation's XML parser) and
# pkg-config (Debian names). Installed when we are
# root with apt-get; otherwise the exact command to run is printed.
deps:
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is required: https://www.swift.org/install/linux/"; exit 1; }
	@missing=""; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	[ -f /usr/include/unicode/ubrk.h ] || pkg-config --exists icu-uc 2>/dev/null || missing="$$missing libicu-dev"; \
	[ -f /usr/include/zlib.h ] || pkg-config --exists zlib 2>/dev/null || missing="$$missing zlib1g-dev"; \
	ldconfig -p 2>/dev/null | grep -q libxml2.so.2 || missing="$$missing libxml2"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	  else echo "missing system packages; run: sudo apt-get install$$missing"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product winnow

# Scores the sample pages in Data/ with the shipped model.
run: build
	@mkdir -p $(OUT)
	$(BIN) score Data/pages --output $(OUT)/verdicts.csv --quiet
	@echo "Open $(OUT)/verdicts.csv in a spreadsheet, or: $(BIN) report $(OUT)/verdicts.csv --output $(OUT)/report.html"

# Line-buffered so a CI log shows every finished test; a deadline turns a hang into a
# failure that says so (the suite takes under a minute here).
test: deps
	$(SWIFT) build --build-tests
	@$(STDBUF) timeout 1200 $(SWIFT) test --skip-build; rc=$$?; \
	if [ $$rc = 124 ]; then echo "make test: the tests ran over 20 minutes and were stopped"; fi; exit $$rc

# Formatting drift fails: swift-format ships with the Swift 6 toolchain; the rules are in
# .swift-format. `make format` rewrites the tree to match.
lint:
	@command -v swift-format >/dev/null || $(SWIFT) format --version >/dev/null 2>&1 || { echo "lint: swift-format is missing (it ships with Swift 6 toolchains)"; exit 1; }
	$(SWIFT) format lint --strict --recursive Sources Tests Package.swift

format:
	$(SWIFT) format --in-place --recursive Sources Tests Package.swift

bench: deps
	$(SWIFT) build -c release --product winnow
	$(SWIFT) build -c release --product winnow-bench
	.build/release/winnow-bench $(if $(wildcard $(SHARED)),--shared $(SHARED),)

bench-peers: build
	@command -v python3 >/dev/null && python3 bench/peers.py $(SHARED) || echo "bench-peers: python3 absent; skipped"

# Retrains the default model from the shared labeled data and prints its dev numbers.
model: build
	@[ -d $(SHARED)/labeled ] || { echo "needs $(SHARED)/labeled"; exit 1; }
	$(BIN) train $(SHARED)/labeled/*.csv --domains Models/domains.csv --output $(MODEL)
	$(BIN) evaluate $(SHARED)/dev/unhealthy-val.csv --model $(MODEL)
	$(BIN) evaluate $(SHARED)/offtopic/globe-moved-comments.csv --article-column article --model $(MODEL)

# Seeded random inputs for the splitter, normalizer and CSV reader, ten times the CI rounds,
# and damaged copies of the databases, BSON, Parquet and web archives the tests read.
fuzz: deps
	WINNOW_FUZZ_ROUNDS=1000000 $(SWIFT) test -c release --filter 'FuzzTests|NeverCrash'

clean:
	rm -rf .build $(OUT)

# The splitter on the dev pages re-rendered in layouts the dev set does not have.
split-layouts: build
	@t=$$(mktemp -d); for g in layouts layouts_more layouts_world layouts_sites html_pages html_pages_world html_pages_sites text_nodes browser_dumps pages_without_comments; do \
	  python3 Tools/$$g.py $$t/$$g $(SHARED)/pages/dev >/dev/null && echo "== Tools/$$g.py" && \
	  $(BIN) split $$t/$$g --output $$t/$$g.jsonl && python3 ../shared/tools/split_score.py $$t/$$g $$t/$$g.jsonl || exit 1; \
	done; rm -rf $$t

# Hostile ROC-AUC on obfuscated copies of the news dev set, against the clean copy, on
# each half of it (split by the MD5 of the id: tune on one, confirm on the other); then on
# held-out fifths of Wikipedia and tweets, a model trained on the rest.
obfuscation: build
	@t=$$(mktemp -d); python3 Tools/obfuscate.py $(SHARED)/dev/unhealthy-val.csv $$t >/dev/null; \
	cp $(SHARED)/dev/unhealthy-val.csv $$t/clean.csv; \
	echo "hostile ROC-AUC per half (by the MD5 of the id), then its difference from the clean copy's, 95 % bootstrap intervals"; \
	$(BIN) score --comments $$t/clean.csv --quiet --output $$t/v-clean.csv 2>/dev/null; \
	for f in $$t/clean.csv $$t/homoglyph.csv $$t/fullwidth.csv $$t/zerowidth.csv $$t/spacing.csv $$t/dots.csv $$t/stretch.csv $$t/leet.csv $$t/masked.csv; do \
	  n=$$(basename $$f .csv); $(BIN) score --comments $$f --quiet --output $$t/v.csv 2>/dev/null; \
	  printf '%-10s %s\n' "$$n" "$$(python3 Tools/auc_halves.py $$f $$t/v.csv --against $$t/v-clean.csv)"; \
	done; rm -rf $$t; \
	echo "the same where hostility is spelled out: held-out fifths of Wikipedia talk comments and tweets"; \
	python3 Tools/obfuscation_heldout.py $(BIN) $(SHARED)

# Site adaptation: the dev sites (Tools/dev_sites.py, built from ../shared at run time)
# taught by a simulated moderator, 5 rounds of 100 (../shared/tools/adapt_curve.py, with
# scikit-learn peers when it is installed), then each YouTube video as an unseen spam site.
adapt-curve: build
	@[ -d $(SHARED)/labeled ] && [ -f $(SHARED)/../tools/adapt_curve.py ] || { echo "needs $(SHARED)/labeled and $(SHARED)/../tools"; exit 1; }
	@t=$$(mktemp -d); python3 Tools/dev_sites.py $(SHARED) $$t; \
	for s in news-A news-B hate-A hate-B hatedense-A hatedense-B; do \
	  python3 $(SHARED)/../tools/adapt_curve.py $(BIN) $$t/$$s.csv --peers $(SHARED)/labeled || exit 1; \
	done; python3 Tools/spam_sites.py $(BIN) $(SHARED); rm -rf $$t

# Off-topic on comments moved between discussions, both halves of each set, beside TF-IDF
# cosine (Tools/offtopic.py says how the sets are built from ../shared at run time).
offtopic: build
	@[ -d $(SHARED)/offtopic ] || { echo "needs $(SHARED)/offtopic"; exit 1; }
	python3 Tools/offtopic.py $(BIN) $(SHARED)

# Runs the Spark job in local mode and checks it against single-machine results; installs
# PySpark from PyPI when pip can, and skips (saying why) without Java or PySpark.
spark-test: build
	@python3 -c 'import pyspark' 2>/dev/null || timeout 900 pip install -q pyspark 2>/dev/null || true
	@python3 spark/test_spark.py
