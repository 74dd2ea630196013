# Dateline: every target installs what it needs into .venv on a fresh machine.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install demo test test-all eval bench clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

install: $(STAMP)

## Run the pipeline on the bundled demo corpus and print the events.
demo: $(STAMP)
	$(VENV)/bin/dateline demo

## Run the default test suite (pytest exit 5, "no tests collected", is a failure).
test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider; rc=$$?; \
	if [ $$rc -eq 5 ]; then echo "error: no tests were collected" >&2; exit 1; fi; exit $$rc

## Including the slow tests.
test-all: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider -m "" ; rc=$$?; [ $$rc -ne 5 ] && exit $$rc || exit 1

## Score the pipeline on every gold set in ../shared/gold; writes docs/EVALUATION.md.
eval: $(STAMP)
	$(VENV)/bin/dateline evaluate all --jobs 2 --floors tests/quality_floors.json --write-doc docs/EVALUATION.md

## Throughput benchmark against spaCy parsing alone.
bench: $(STAMP)
	$(PY) benchmarks/throughput.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
