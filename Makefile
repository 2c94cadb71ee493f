# Two commands on a fresh machine:  `make demo`  and  `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DB     ?= demo.db
export UPSIGNAL_CATALOG ?= corpora/demo/catalog.toml
export HF_HUB_OFFLINE := 1

.PHONY: install demo test test-all bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# torch first: 2.13.0 is the local CPU build here; anything else pulls GBs of CUDA packages
	$(BIN)/python -m pip install -q torch==2.13.0
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/upsignal accounts import corpora/demo/accounts.csv --db $(DB)
	$(BIN)/upsignal ingest corpora/demo/tickets corpora/demo/calls corpora/demo/reviews --db $(DB)
	$(BIN)/upsignal status --db $(DB)

test: $(STAMP)
	$(BIN)/python -m pytest -q

test-all: $(STAMP)
	$(BIN)/python -m pytest -q -m ''

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm
