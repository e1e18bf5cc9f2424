"""Several real processes opening one new SQLite register at the same moment, round after round.

    python bench/open_race.py [-p 4] [-n 50] [--dir /dev/shm]

The stress check that goes with tests/test_flake29.py (it times nothing): each round makes a new
folder, starts ``-p`` processes that import kesu and wait, releases them together (a byte on
each one's stdin) and has each open the register there (``Register.open``: made by the first,
switched to WAL). Before flake29 one of them now and then was refused "locked, waited 60 s" a
few milliseconds after it asked (on f9a61751: 2 rounds of 270, at a load of 5 to 18 on two
cores); the rounds with a refusal are printed, each with what it said and when. Run it beside a
busy machine (other tests, busy loops) on a tmpfs and on disk. Exit status 1 when a round had a
refusal.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_CLERK = r"""
import sys, time
from kesu_docs.register import Register, RegisterError
print("ready", flush=True)
sys.stdin.read(1)
started = time.monotonic()
try:
    Register.open(sys.argv[1]).close()
    print("ok")
except RegisterError as exc:
    print(f"refused after {time.monotonic() - started:.3f} s: {exc.message('en')}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-p", "--processes", type=int, default=4)
    parser.add_argument("-n", "--rounds", type=int, default=50)
    parser.add_argument("--dir", default=None, help="where the rounds' registers are made")
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    refused = 0
    for n in range(args.rounds):
        folder = Path(tempfile.mkdtemp(prefix="kesu-open-race-", dir=args.dir))
        try:
            clerks = [
                subprocess.Popen(
                    [sys.executable, "-c", _CLERK, str(folder / "kesu.db")],
                    cwd=root,
                    stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE,
                    text=True,
                )
                for _ in range(args.processes)
            ]
            for clerk in clerks:
                assert clerk.stdout is not None and clerk.stdout.readline() == "ready\n"
            for clerk in clerks:
                assert clerk.stdin is not None
                clerk.stdin.write("x")
                clerk.stdin.flush()
            said = [clerk.communicate()[0].strip() for clerk in clerks]
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        wrong = [s for s in said if s != "ok"]
        if wrong:
            refused += 1
            print(f"round {n + 1}: {wrong[0]}", flush=True)
    print(f"rounds with a refusal: {refused} of {args.rounds}")
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main())
