# eventwire — the two commands README opens with: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= eventwire.duckdb

.PHONY: demo test lint bench bench-query serve clean

# (Re)install whenever the dependency pins change; pip only fetches what is missing.
$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

# reprocess first re-extracts what an older eventwire stored in $(DB) (if there is one), so
# ingest, which adds only what is new, has no stale rows left to warn about.
demo: $(STAMP)
	[ ! -e $(DB) ] || $(BIN)/eventwire reprocess --db $(DB)
	$(BIN)/eventwire ingest examples/ --db $(DB)
	$(BIN)/eventwire events --db $(DB) --limit 0
	$(BIN)/eventwire timeline "Kim Jong Un" --db $(DB)

test: $(STAMP)
	$(BIN)/ruff check src tests benchmarks scripts
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

bench-query: $(STAMP)
	$(BIN)/python benchmarks/query.py

serve: $(STAMP)
	$(BIN)/eventwire serve --db $(DB)

clean:
	rm -rf $(VENV) $(DB) build src/*.egg-info
