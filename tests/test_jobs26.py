"""``--jobs N`` (issue 15), the twenty-sixth round: a worker that dies (killed by the system for
lack of memory, a crash in PDFium's C code, ``os._exit``) costs the file it was reading, not the
batch. That file is reported (``worker_stopped``: the worker's signal or exit code, zh and en),
a new worker is started in its place, every other file is read as one job reads it, and the exit
code says a file could not be read (2).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from helpers import child_processes

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def _batch(folder: Path, count: int) -> list[Path]:
    """``count`` real forms (the samples' Excel and PDF forms over and over), in name order."""
    forms = sorted([*SAMPLES.glob("*.xlsx"), *SAMPLES.glob("*.pdf")])
    folder.mkdir()
    made = []
    for i in range(count):
        source = forms[i % len(forms)]
        made.append(folder / f"{i:03d}-{source.name}")
        shutil.copyfile(source, made[-1])
    return made


def _read_or_die(files: list[str], kind: str | None) -> list:
    """A part of reading in which the worker is killed (SIGKILL, as the OOM killer does) when it
    comes to a file named ``…kill…``; every other file is read as a batch reads it."""
    from kesu_docs.parse.reading import read_files

    for name in files:
        if "kill" in Path(name).name:
            os.kill(os.getpid(), signal.SIGKILL)
    return read_files([Path(name) for name in files], kind)


def _lines(results) -> list[dict]:
    return [result.to_dict("en") for result in results]


def test_a_worker_killed_reading_a_file_costs_that_file_alone_and_is_replaced(tmp_path):
    from kesu_docs.parse.reading import read_files, stopped_reading
    from kesu_docs.workers import Workers

    files = _batch(tmp_path / "inbox", 24)
    victim = files[1].with_name("001-kill-me.xlsx")  # the worker's first part (it takes the front)
    files[1].rename(victim)
    files[1] = victim
    with Workers(2, rendering=False, share=True) as workers:
        first = workers.own.processes[0].pid
        read = workers.parts(_read_or_die, [str(f) for f in files], None, most=4, lost=stopped_reading)
        results = read.result()
        replaced = workers.own.processes[0].pid
        assert workers.to(0, os.getpid).result(timeout=120) == replaced  # the new worker works
    assert replaced != first
    expected = read_files([f for f in files if f != victim], None)
    assert len(results) == len(files)
    assert _lines(results[:1] + results[2:]) == _lines(expected)  # every other file, as read alone
    lost = results[1].to_dict("en")
    assert lost["source"] == str(victim) and lost["record"] is None
    [problem] = lost["errors"]
    assert problem["code"] == "worker_stopped"
    assert "SIGKILL" in problem["message"] and "lack of memory" in problem["message"]
    assert "SIGKILL" in results[1].to_dict("zh")["errors"][0]["message"]


def _ticks(pid: int) -> int:
    """CPU ticks (user + system) process ``pid`` has used, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])


def test_kesu_parse_goes_on_when_its_worker_is_killed_mid_batch(tmp_path):
    """The OOM killer's SIGKILL on the worker of ``kesu parse --jobs 2`` while it reads: the file
    it was reading is reported with the signal, every other file is printed as one job prints
    it, in order, and the exit code is 2."""
    files = _batch(tmp_path / "inbox", 160)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KESU_")}
    one = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "parse", "--lang", "en", str(tmp_path / "inbox")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    batch = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kesu_docs.cli",
            "parse",
            "--jobs",
            "2",
            "--lang",
            "en",
            str(tmp_path / "inbox"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    try:
        deadline = time.monotonic() + 120
        worker = None
        while worker is None and time.monotonic() < deadline and batch.poll() is None:
            found = child_processes(batch.pid)
            worker = found[0] if found else None
            time.sleep(0.005)
        assert worker is not None, "no worker started"
        start = _ticks(worker)
        while _ticks(worker) < start + 10 and time.monotonic() < deadline:  # 0.1 s into its files
            time.sleep(0.005)
        os.kill(worker, signal.SIGKILL)
        out, err = batch.communicate(timeout=300)
    finally:
        if batch.poll() is None:
            batch.kill()
            batch.communicate()
    lines = [json.loads(line) for line in out.splitlines()]
    assert [Path(line["source"]).name for line in lines] == [f.name for f in files]
    stopped = [line for line in lines if any(p["code"] == "worker_stopped" for p in line["errors"])]
    assert len(stopped) == 1, (len(stopped), err[-2000:])
    assert "SIGKILL" in stopped[0]["errors"][0]["message"]
    expected = [
        line for line in one.stdout.splitlines() if json.loads(line)["source"] != stopped[0]["source"]
    ]
    assert [
        line for line in out.splitlines() if json.loads(line)["source"] != stopped[0]["source"]
    ] == expected
    assert batch.returncode == 2
    assert "Traceback" not in err


class _KillsItsSender:
    """A result whose pickling kills the process sending it: a worker that dies after its last
    item was done, as it sends the part's results (no item is to blame)."""

    def __reduce__(self):
        os.kill(os.getpid(), signal.SIGKILL)


def _unsendable(items: list[str]) -> list:
    return [_KillsItsSender() if item == "bad" else item for item in items]


def test_a_part_whose_worker_dies_between_items_is_handed_out_again_then_given_up():
    """A worker that dies with no item under way (here: sending its results) is replaced and its
    part handed to a worker again — never done by the command — and after ``RETRIES`` more deaths
    the part's items are each given as lost; every other part is done."""
    from kesu_docs.workers import RETRIES, Workers

    items = ["bad", "a1", *[f"x{i:02d}" for i in range(14)]]
    with Workers(2, layouts=False, rendering=False, share=True) as workers:
        first = workers.own.processes[0].pid
        done = workers.parts(
            _unsendable, items, per_worker=4, lost=lambda item, how: [("lost", item, how[1])]
        ).result()
        assert workers.own.processes[0].pid != first
    assert done[:2] == [("lost", item, done[0][2]) for item in ("bad", "a1")]  # the part of two
    assert "SIGKILL" in done[0][2]
    assert done[2:] == items[2:]
    assert RETRIES >= 1


def test_a_worker_dead_as_a_part_is_handed_to_it_never_holds_more_than_ahead(tmp_path):
    """The worker dies between the dispatcher's look at it and the hand-over of a part (killed
    here, SIGKILL, just before the call is handed over, once the pool has seen it die): the call
    fails at once and its part goes to the worker started in the dead one's place. Before, the
    dispatcher's loop kept the count of parts the worker held in a local variable and wrote its
    stale count back over the one the failed call's handling had set: the new worker was handed
    three parts (more than ``AHEAD``) and the count ended at -1. Every file is read once, as
    one job reads it."""
    from kesu_docs.parse.reading import read_files, read_paths
    from kesu_docs.workers import AHEAD, Workers

    files = _batch(tmp_path / "inbox", 24)
    with Workers(2, rendering=False, share=True) as workers:
        own = workers.own
        first = own.processes[0].pid
        real = own.submit
        held = [0] * len(own.processes)  # calls handed to each worker not done yet
        most = [0]

        def handed_back(worker, _future):
            held[worker] -= 1

        def submit(worker, fn, *args):
            if own.processes[worker].pid == first and not own.ended[worker]:
                os.kill(first, signal.SIGKILL)
                deadline = time.monotonic() + 60
                while not own.ended[worker] and time.monotonic() < deadline:
                    time.sleep(0.005)
                assert own.ended[worker], "the pool never saw its worker die"
            held[worker] += 1
            future = real(worker, fn, *args)
            future.add_done_callback(functools.partial(handed_back, worker))  # (at once if failed)
            most[0] = max(most[0], held[worker])
            return future

        own.submit = submit
        results = read_paths(files, workers=workers)
        assert own.processes[0].pid != first  # replaced
        assert workers.shares.held == [0]
    assert most[0] <= AHEAD, most
    assert _lines(results) == _lines(read_files(files, None))  # each file once, none lost


_COUNTED: list[str] = []  # in a worker: what _count_looks counts


def _count_looks() -> int:
    """In a worker: from now on each look at the folder of layout profiles and each file read
    are counted (:func:`_counted`), the look and the read made as before."""
    import pathlib

    from kesu_docs.parse import reading

    is_dir, extract_file = pathlib.Path.is_dir, reading.extract_file

    def looked(path, *args, **kwargs):
        if path.name == "profiles":
            _COUNTED.append("profiles")
        return is_dir(path, *args, **kwargs)

    def read(*args, **kwargs):
        _COUNTED.append("file")
        return extract_file(*args, **kwargs)

    pathlib.Path.is_dir, reading.extract_file = looked, read
    return os.getpid()


def _counted() -> tuple[int, int]:
    return _COUNTED.count("profiles"), _COUNTED.count("file")


def test_a_worker_looks_for_profiles_once_a_part_not_once_a_file(tmp_path, monkeypatch):
    """A worker of ``--jobs`` reads its part a file at a time (a file that kills it costs that
    file alone), but what every file of a batch shares is looked up once a part, as one job
    looks it up once a batch (the settings, whether there are layout profiles, the collector's
    pace): before, each file of a worker's part looked at the profiles folder again."""
    from kesu_docs.parse.reading import read_files, read_paths
    from kesu_docs.workers import Workers

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    files = _batch(tmp_path / "inbox", 24)
    with Workers(2, rendering=False, share=True) as workers:
        workers.to(0, _count_looks).result(timeout=120)
        results = read_paths(files, workers=workers)
        handed = next(workers.shares.calls)  # the parts handed to the worker
        looks, read = workers.to(0, _counted).result(timeout=120)
    assert _lines(results) == _lines(read_files(files, None))
    assert read > handed >= 2, (read, handed)  # (the front parts hold several files each)
    assert looks == handed, (looks, handed, read)
