# Quick start: `make run`, then `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run serve test lint typecheck build browser bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Bytecode for the package, as a wheel install would leave it: an editable install
# does not, and a cold start would otherwise compile every module it imports.
build: $(STAMP)
	$(BIN)/python -m compileall -q src
	$(BIN)/rift build

run: build
	$(BIN)/rift overview --format table
	$(BIN)/rift check --format text examples/albania-soviet-essay.txt

serve: build
	$(BIN)/rift serve --host 127.0.0.1 --port 8000

# Debian's Chromium for the browser tests (tests/test_web_browser.py): installed through
# apt-get when missing and we are root; quick when already there.
browser:
	@if [ -x /usr/bin/chromium ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "installing chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "make: chromium is missing and cannot be installed (not root, or no apt-get): the browser tests will fail" >&2; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck browser
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py
	$(BIN)/python benchmarks/bench_cli.py
	$(BIN)/python benchmarks/bench_measure.py
	$(BIN)/python benchmarks/bench_check.py
	$(BIN)/python benchmarks/mutations.py

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache .mypy_cache .ruff_cache
