# willay: the two commands of the README are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= sqlite:///willay.db
# Our own sample reports, plus the founding article where ../shared is present.
SAMPLES ?= samples $(wildcard ../shared/seeds/*.txt)

.PHONY: run test install install-dev system-deps lint bench clean

$(BIN)/willay: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/willay gazetteer build --fetch
	touch $(BIN)/willay

install: $(BIN)/willay

## run: set up, extract the sample articles into a SQLite file, print the event table
run: install
	$(BIN)/willay ingest $(SAMPLES) --db $(DB)
	$(BIN)/willay events --db $(DB)

## system-deps: Chromium and its driver for the browser tests (Debian packages)
system-deps:
	@if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium chromium-driver >/dev/null; fi; \
	fi

## test: set up everything (venv, packages, Chromium) and run the whole test suite
test: install system-deps
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy

## bench: every benchmark in benchmarks/, one after the other (figures, not tests)
bench: install
	@for script in benchmarks/bench_*.py; do \
	  echo "== $$script"; $(BIN)/python $$script || exit 1; \
	done

clean:
	rm -rf $(VENV) willay.db .pytest_cache .mypy_cache .ruff_cache
