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
# The 25 slowest tests are named at the end. Its temporary folders under /tmp/ktXXXX (four random
# letters: always as long, where /tmp/ktPID grew with the PID's digits and wrapped a path in a table);
# a worker's own (popen-gwN/) would make every test's path 11 characters longer than in one process.
TEST_WORKERS ?= logical
test: $(STAMP)
	$(BIN)/python -m pytest -q -n $(TEST_WORKERS) --maxprocesses 4 --dist loadfile --durations 25 --basetemp=$$(mktemp -u /tmp/ktXXXX) $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) demo-output build *.egg-info
