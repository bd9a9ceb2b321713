# Two commands set everything up from nothing: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PIP := $(BIN)/python -m pip install -q --disable-pip-version-check -c requirements.lock

.PHONY: demo test bench lint clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# pip compiles the packages it installs to bytecode; an editable install is not, so
# (where PYTHONDONTWRITEBYTECODE is set, as on CI) every process would compile
# synoptic's source anew: about 0.1 s of a 30-cluster batch. Compile it as pip would,
# and its regular expressions beside it (synoptic.patterns: 0.08 s of the same batch).
COMPILE := PYTHONDONTWRITEBYTECODE= $(BIN)/python -m compileall -q src \
	&& PYTHONDONTWRITEBYTECODE= $(BIN)/python -m synoptic.patterns

$(VENV)/.core: $(BIN)/python pyproject.toml requirements.lock
	$(PIP) -e .
	$(COMPILE)
	touch $@

$(VENV)/.dev: $(VENV)/.core
	$(PIP) -e '.[eval,dev]'
	$(COMPILE)
	touch $@

demo: $(VENV)/.core
	$(BIN)/synoptic brief examples/kerry-lavrov

test: $(VENV)/.dev
	$(BIN)/python -m pytest

lint: $(VENV)/.dev
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

# tilse (timeline metrics) pins old textacy/numba that would move spaCy: its scoring needs
# only numpy, scipy and nltk, which are already here, so it goes in without dependencies.
$(VENV)/.bench: $(VENV)/.dev
	$(PIP) --no-deps tilse==0.2.1
	touch $@

bench: $(VENV)/.bench
	$(COMPILE)
	$(BIN)/python benchmarks/run.py
	$(BIN)/python benchmarks/batch_memory.py
	$(BIN)/python benchmarks/batch_memory.py --workers 2
	$(BIN)/python benchmarks/noise_check.py
	$(BIN)/python benchmarks/recurring_text.py
	$(BIN)/python benchmarks/full_pages.py --briefs
	$(BIN)/python benchmarks/ceiling.py
	$(BIN)/python benchmarks/timeline17.py --out benchmarks/results
	$(BIN)/python benchmarks/quotes_eval.py --spacy | tee benchmarks/results/quotes.txt
	$(BIN)/python benchmarks/conflicts_precision.py --embedder both \
		| tee benchmarks/results/conflicts.txt

clean:
	rm -rf $(VENV) build .pytest_cache .mypy_cache .ruff_cache
