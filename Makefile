# The two commands of the README: `make run` (set up .venv and build the seeds), `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
OUT := out

.PHONY: run test browser lint evaluate bench clean

run: $(STAMP)
	$(BIN)/pactgraph build seeds -o $(OUT)/seeds.ttl --store $(OUT)/store
	$(BIN)/pactgraph validate $(OUT)/seeds.ttl
	$(BIN)/pactgraph stats $(OUT)/seeds.ttl

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

browser:
	bash tests/setup_browser.sh

test: $(STAMP) browser
	$(BIN)/python -m pytest

evaluate: $(STAMP)
	$(BIN)/pactgraph evaluate --gold tests/data/gold_seeds.yaml --docs seeds
	$(BIN)/pactgraph evaluate --gold tests/data/gold_dev.yaml --docs tests/data/dev
	$(BIN)/pactgraph evaluate --gold tests/data/gold_dev2.yaml --docs tests/data/dev2
	$(BIN)/pactgraph evaluate --gold tests/data/gold_dev3.yaml --docs tests/data/dev3
	$(BIN)/pactgraph evaluate --gold tests/data/gold_dev4.yaml --docs tests/data/dev4
	$(BIN)/pactgraph evaluate --gold tests/data/gold_dev5.yaml --docs tests/data/dev5
	$(BIN)/pactgraph evaluate --gold tests/data/gold_holdout.yaml --docs tests/data/holdout
	$(BIN)/pactgraph evaluate --gold tests/data/gold_blind.yaml --docs tests/data/blind

lint: $(STAMP)
	$(BIN)/ruff check src tests

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py
	$(BIN)/python benchmarks/bench_reason.py

clean:
	rm -rf $(OUT) .pactgraph test-artifacts
