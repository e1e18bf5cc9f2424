"""What a batch asks the system once rather than per document (issue 15, sixteenth round): its
settings (held for the batch), the process id in its temporary names, and each form read in one
open, fstat and read. Shown by behaviour: what is held is what is in force, let go after the
batch and never seen by another thread; a form larger than one read comes back whole; a forked
worker names its temporary files after itself."""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kesu_docs import leftovers
from kesu_docs.parse.reading import extract_file

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))

_HELD_PROBE = """
import json, os, sys, threading
from kesu_docs.config import ConfigError, held_settings, settings

a, b, broken = sys.argv[1:]
seen = {}
os.chdir(a)
with held_settings():
    seen["held"] = settings().limits.file_mb
    os.chdir(b)  # (a batch's folder never changes under it: the held settings stay)
    seen["after_chdir"] = settings().limits.file_mb
    other = []
    thread = threading.Thread(target=lambda: other.append(settings().limits.file_mb))
    thread.start()
    thread.join()
    seen["other_thread"] = other[0]
seen["let_go"] = settings().limits.file_mb
os.chdir(broken)
with held_settings():  # a kesu.toml that cannot be read: said at each look-up, as without
    try:
        settings()
        seen["broken"] = "read"
    except ConfigError as exc:
        seen["broken"] = "ConfigError" if "kesu.toml" in str(exc) else str(exc)
print(json.dumps(seen))
"""


def test_settings_held_for_a_batch_are_those_in_force_then_let_go(tmp_path):
    folders = []
    for name, toml in (
        ("a", "[limits]\nfile_mb = 7\n"),
        ("b", "[limits]\nfile_mb = 9\n"),
        ("c", "[limits\n"),
    ):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "kesu.toml").write_text(toml, encoding="utf-8")
        folders.append(str(folder))
    env = {k: v for k, v in os.environ.items() if k != "KESU_CONFIG"}
    done = subprocess.run(
        [sys.executable, "-c", _HELD_PROBE, *folders], capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout)
    assert seen == {"held": 7, "after_chdir": 7, "other_thread": 9, "let_go": 9, "broken": "ConfigError"}


def test_a_form_larger_than_one_read_is_read_whole(tmp_path):
    """A JSON list of 400 records (≈ 0.5 MB, several reads): every record is there, and the
    source hash is the file's own."""
    records = [dict(COMPLAINT, number=None, order_no=f"SO-{i:04d}", kind="complaint") for i in range(400)]
    path = tmp_path / "many.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    assert path.stat().st_size > 4 * (1 << 16)
    read = extract_file(path)
    assert isinstance(read, tuple)
    extractions, digest = read
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert [e.values["order_no"] for e in extractions] == [f"SO-{i:04d}" for i in range(400)]


def test_an_empty_file_and_a_folder_named_like_a_form_are_said_as_before(tmp_path):
    (tmp_path / "empty.json").write_bytes(b"")
    (tmp_path / "folder.json").mkdir()
    empty, folder = extract_file(tmp_path / "empty.json"), extract_file(tmp_path / "folder.json")
    assert not isinstance(empty, tuple) and empty.problem().code == "empty_file"
    assert not isinstance(folder, tuple) and folder.problem().code == "file_not_found"


def _stage(folder: str) -> None:
    leftovers.stage_file(Path(folder) / "complaint-1.docx", b"child")


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="fork: POSIX")
def test_a_forked_worker_names_its_temporary_files_after_itself(tmp_path):
    """The process id is asked once, and again in a forked child: two processes writing the same
    document never share a temporary name, and a rerun knows whose leftovers they are."""
    parent = leftovers.stage_file(tmp_path / "complaint-1.docx", b"parent").path
    child = multiprocessing.get_context("fork").Process(target=_stage, args=(str(tmp_path),))
    child.start()
    child.join(60)
    assert child.exitcode == 0
    parts = sorted(tmp_path.glob(".kesu-stage-*/.complaint-1.docx.*.part"))
    assert parent in parts and len(parts) == 2
    [theirs] = [p for p in parts if p != parent]
    assert theirs.name.split(".")[3] == str(child.pid) and parent.name.split(".")[3] == str(os.getpid())
    assert theirs.parent.name.startswith(f".kesu-stage-{child.pid}@")
    assert theirs.read_bytes() == b"child"
