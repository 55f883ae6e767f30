# `make brief` and `make test` set up .venv by themselves (idempotent, quick when nothing changed).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: brief test bench score clean distclean

brief: $(STAMP)
	$(PY) -m briefing build

test: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) bench/run.py

$(STAMP): requirements.lock requirements-model.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

clean:
	rm -f out/brief.html out/brief.pdf out/brief.json out/bench.json

distclean: clean
	rm -rf $(VENV) .pytest_cache .hypothesis .cache

# Extraction scores against the gold files in ../shared/eval (seeds and every dev event).
EVAL ?= ../shared/eval
score: $(STAMP)
	@$(PY) -m briefing build --format json -q --output .cache/score/seeds && \
	  echo "== seeds" && $(PY) $(EVAL)/score.py .cache/score/seeds/brief.json $(EVAL)/gold/seeds.yaml
	@for d in $(EVAL)/dev/*/; do n=$$(basename $$d); \
	  $(PY) -m briefing build --format json -q --input $$d --output .cache/score/$$n && \
	  echo "== $$n" && $(PY) $(EVAL)/score.py .cache/score/$$n/brief.json $$d/gold.yaml; done
