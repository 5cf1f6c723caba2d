# Nianbao: `make run` installs and serves the app on the bundled sample reports;
# `make test` installs what is missing and runs the whole test suite.
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 7860
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: install model run test bench clean-store

$(VENV)/.installed: pyproject.toml requirements.lock
	@command -v $(PYTHON) >/dev/null || { echo "needs $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	# requirements.lock pins every transitive version; torch==2.13.0 is the CPU build
	$(PY) -m pip install -q -c requirements.lock -e '.[test]'
	touch $@

install: $(VENV)/.installed

model: install
	$(PY) -m stores.embedding
	$(PY) -m rag.key_reader
	$(PY) -m rag.kind_reader

run: model
	$(PY) app.py --host $(HOST) --port $(PORT)

test: model
	$(PY) -m pytest -q

bench: model
	$(PY) bench/extract.py
	$(PY) bench/ingest.py
	$(PY) bench/ask.py

clean-store:
	rm -rf data/store
