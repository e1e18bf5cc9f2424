# kesu-docs: two commands on a fresh machine — `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kesu demo -o demo-output

# pytest exits 5 when no test ran: that must fail, never pass silently. The order is random
# (pytest-randomly), its seed said at the start and the end: PYTEST_ARGS=--randomly-seed=N repeats it.
# The suite runs on the machine's CPUs (pytest-xdist, at most 4 workers; CI has 2), each test
# file on one worker (its module's fixtures made once); TEST_WORKERS=0 runs it in one process.
# The 25 slowest tests are named at the end. Its temporary folders under /tmp/ktPID: a worker's
# own (popen-gwN/) would make every test's path 11 characters longer than a run in one process.
TEST_WORKERS ?= logical
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile --durations 25 --basetemp=/tmp/kt$$$$ $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) demo-output build *.egg-info
