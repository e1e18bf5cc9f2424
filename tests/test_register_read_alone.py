"""Reading a WAL register leaves nothing of the reader's beside it.

SQLite reads a WAL register with two files beside it (``-wal``, ``-shm``) and removes them when
the last connection closes — unless that connection is read-only, which cannot checkpoint: a
clerk's ``register list`` or export left them, owned by the clerk, and the register's writer
(another user) then failed with "attempt to write a readonly database". Real processes of
two users (setpriv) on a real register."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import clean_environment, complaint

from kesu_docs.register import Register

WRITER, READER = 4242, 65534
pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() != 0 or shutil.which("setpriv") is None,
    reason="two users on one register: needs root and setpriv (util-linux) to act as each",
)

# the writer: a connection that writes one row to the register, or holds it open until told
WRITE = (
    "import sqlite3, sys\n"
    "conn = sqlite3.connect(sys.argv[1], timeout=5)\n"
    "try:\n"
    "    conn.execute('CREATE TABLE IF NOT EXISTS writer_note (x)')\n"
    "    conn.execute('INSERT INTO writer_note VALUES (1)')\n"
    "    conn.commit()\n"
    "except sqlite3.Error as exc:\n"
    "    print('write failed:', exc)\n"
    "    sys.exit(3)\n"
    "print('open', flush=True)\n"
    "sys.stdin.read()  # holds the register open until its input closes\n"
)


def as_user(uid: int, *args: str) -> list[str]:
    return ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", *args]


@contextlib.contextmanager
def _run_as_reader(script: str, shared: Path) -> Iterator[tuple[dict[str, Any], Path]]:
    """``script`` run by the reader (another user, its own temporary folder) on the ``shared``
    register, whose folder is the writer's and read-only to it: → (what the script printed,
    read as JSON; the reader's temporary folder, removed afterwards)."""
    os.chown(shared.parent, WRITER, WRITER)
    os.chmod(shared.parent, 0o755)
    own_tmp = Path(tempfile.mkdtemp(prefix="kesu-reader-tmp-"))
    os.chown(own_tmp, READER, READER)
    try:
        done = subprocess.run(
            as_user(READER, sys.executable, "-c", script, str(shared)),
            capture_output=True,
            text=True,
            timeout=120,
            cwd=shared.parent,
            env=clean_environment(HOME=str(own_tmp), TMPDIR=str(own_tmp)),
        )
        assert done.returncode == 0, done.stderr
        yield json.loads(done.stdout), own_tmp
    finally:
        shutil.rmtree(own_tmp, ignore_errors=True)


@pytest.fixture
def shared(tmp_path):
    """A folder every user may write (as a shared drive's), holding a WAL register written by WRITER."""
    folder = Path(tempfile.mkdtemp(prefix="kesu-shared-"))  # pytest's folders are private
    os.chmod(folder, 0o1777)
    db = folder / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint(), source_hash="a", source="a.json")
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    os.chown(db, WRITER, WRITER)
    os.chmod(db, 0o644)
    assert sorted(p.name for p in folder.iterdir()) == ["kesu.db"]  # the writer closed: none left
    yield db
    shutil.rmtree(folder, ignore_errors=True)


def read(uid: int, db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        as_user(
            uid, sys.executable, "-m", "kesu_docs.cli", "register", "list", "--db", str(db), "--lang", "en"
        ),
        capture_output=True,
        text=True,
        timeout=120,
        cwd=db.parent,
        env=clean_environment(HOME=str(db.parent)),
    )


def write(db: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        as_user(WRITER, sys.executable, "-c", WRITE, str(db)),
        input="",
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_reader_who_may_not_write_leaves_no_file_and_says_when_it_can_read(shared):
    listed = read(READER, shared)
    assert listed.returncode == 2, listed.stdout
    assert "You may only read the register" in listed.stderr and "while kesu writes it" in listed.stderr
    assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]
    done = write(shared)
    assert done.returncode == 0, done.stdout + done.stderr  # the writer files as before


def test_a_reader_reads_beside_a_writer_that_has_the_register_open_and_the_writer_goes_on(shared):
    writer = subprocess.Popen(
        as_user(WRITER, sys.executable, "-c", WRITE, str(shared)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline().strip() == "open"
        owners = {p.name: p.stat().st_uid for p in shared.parent.iterdir()}
        assert owners == {"kesu.db": WRITER, "kesu.db-wal": WRITER, "kesu.db-shm": WRITER}
        listed = read(READER, shared)
        assert listed.returncode == 0, listed.stderr
        assert "202609001" in listed.stdout
        assert {p.name: p.stat().st_uid for p in shared.parent.iterdir()} == owners  # nothing of the reader's
    finally:
        writer.stdin.close()
        writer.wait(timeout=60)
    assert writer.returncode == 0
    assert write(shared).returncode == 0  # and writes again once closed


def test_the_writers_own_reading_leaves_nothing_behind(shared):
    listed = read(WRITER, shared)
    assert listed.returncode == 0, listed.stderr
    assert "202609001" in listed.stdout
    assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]


def test_an_archive_nobody_may_write_is_read_in_a_read_only_folder(shared):
    os.chmod(shared, 0o444)
    os.chmod(shared.parent, 0o555)
    try:
        listed = read(READER, shared)
        assert listed.returncode == 0, listed.stderr
        assert "202609001" in listed.stdout
        assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]
    finally:
        os.chmod(shared.parent, 0o1777)


def test_reading_only_refuses_a_change_even_where_the_reader_may_write(tmp_path):
    from kesu_docs.register.files import read_only_uri, reading_only

    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue(complaint(), source_hash="a", source="a.json")
    conn = sqlite3.connect(read_only_uri(db), uri=True)
    reading_only(conn)
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        conn.execute("DELETE FROM schema_version")
    conn.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kesu.db"]


def test_a_reader_who_may_not_make_files_in_the_folder_reads_a_copy_and_leaves_nothing(shared):
    """The usual set-up — a folder the service owns, clerks read — while the service is not
    running: the reader can leave no -wal/-shm there, yet was refused with a false reason. It
    reads a copy of the register of its own; the writer files as before."""
    os.chown(shared.parent, WRITER, WRITER)
    os.chmod(shared.parent, 0o755)
    listed = read(READER, shared)
    assert listed.returncode == 0, listed.stderr
    assert "202609001" in listed.stdout
    assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]
    done = write(shared)
    assert done.returncode == 0, done.stdout + done.stderr


# a reader that lists the register twice in one process, as a command does: through the quick
# reader, then the full register beside it, then the full register alone; it reports the files of
# its temporary folder meanwhile and after each reading
READ_TWICE = (
    "import json, os, stat, sys\n"
    "from pathlib import Path\n"
    "from kesu_docs.register import Register\n"
    "from kesu_docs.register.lite import LiteRegister\n"
    "tmp = Path(os.environ['TMPDIR'])\n"
    "def files():\n"
    "    return sorted(str(p.relative_to(tmp)) for p in tmp.rglob('*') if p.is_file())\n"
    "db = Path(sys.argv[1])\n"
    "out = {}\n"
    "lite = LiteRegister.open(db)\n"
    "out['lite'] = lite is not None and len(lite.documents())\n"
    "out['during'] = files()\n"
    "out['private'] = sorted({oct(stat.S_IMODE(p.stat().st_mode)) for p in tmp.iterdir() if p.is_dir()})\n"
    "out['beside'] = len(lite._register().documents())\n"
    "out['during_both'] = files()\n"
    "lite.close()\n"
    "out['after'] = files()\n"
    "with Register.open(db, create=False, read_only=True) as reg:\n"
    "    out['full'] = len(reg.documents())\n"
    "    out['during_full'] = files()\n"
    "out['after_full'] = files()\n"
    "print(json.dumps(out))\n"
)


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_reader_who_may_not_make_files_reads_one_private_copy_removed_when_the_read_ends(shared, journal):
    """The reader's copy of the register (SQLite's backup API) is private to it, one for every
    reading of one command at once, and gone when the reading ends — not when the process
    exits (a server, a long export kept a 1 GB copy in /tmp all along). A WAL register and a
    rollback-journal one; the file read-only to the reader, its folder the writer's."""
    if journal == "delete":
        os.chown(shared, 0, 0)
        conn = sqlite3.connect(shared)
        assert conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0] == "delete"
        conn.close()
        os.chown(shared, WRITER, WRITER)
    with _run_as_reader(READ_TWICE, shared) as (seen, _tmp):
        assert seen["lite"] == seen["beside"] == seen["full"] == 1
        assert len(seen["during"]) == 1 and seen["during"][0].endswith("/kesu.db")  # one copy
        assert seen["private"] == ["0o700"]
        assert seen["during_both"] == seen["during"]  # the full register beside reads the same copy
        assert seen["after"] == [] and seen["after_full"] == []  # gone when each read ended
        assert len(seen["during_full"]) == 1
        assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]
        assert write(shared).returncode == 0


# readers never closed, as library use leaves them: one dropped, two still open at exit; and a
# full register whose opening fails on something else than the register (a kesu.toml named
# but missing); the files of its temporary folder reported after each step
LEFT_OPEN = (
    "import gc, json, os, sys\n"
    "from pathlib import Path\n"
    "from kesu_docs.config import ConfigError\n"
    "from kesu_docs.register import Register\n"
    "from kesu_docs.register.lite import LiteRegister\n"
    "tmp = Path(os.environ['TMPDIR'])\n"
    "def files():\n"
    "    return sorted(str(p.relative_to(tmp)) for p in tmp.rglob('*') if p.is_file())\n"
    "db = Path(sys.argv[1])\n"
    "out = {}\n"
    "lite = LiteRegister.open(db)\n"
    "out['open'] = files()\n"
    "del lite\n"
    "gc.collect()\n"
    "out['dropped'] = files()\n"
    "os.environ['KESU_CONFIG'] = str(tmp / 'missing.toml')\n"
    "try:\n"
    "    Register.open(db, create=False, read_only=True)\n"
    "except ConfigError as exc:\n"
    "    out['refused'] = type(exc).__name__\n"
    "out['after_refused'] = files()\n"
    "del os.environ['KESU_CONFIG']\n"
    "kept = Register.open(db, create=False, read_only=True)\n"
    "beside = LiteRegister.open(db)\n"
    "out['kept'] = len(kept.documents()), len(beside.documents())\n"
    "out['at_exit'] = files()\n"
    "print(json.dumps(out))\n"
)


def test_a_private_copy_never_given_back_is_removed_when_dropped_on_a_failed_open_and_at_exit(shared):
    """A reader never closed (library use) or an opening that failed on something else than the
    register left a full-size copy of the register in the temporary folder for good."""
    with _run_as_reader(LEFT_OPEN, shared) as (seen, own_tmp):
        assert len(seen["open"]) == 1 and seen["open"][0].endswith("/kesu.db")  # a copy was read
        assert seen["dropped"] == []  # the reader dropped unclosed: its copy gone with it
        assert seen["refused"] == "ConfigError" and seen["after_refused"] == []
        assert seen["kept"] == [1, 1] and len(seen["at_exit"]) == 1  # still read at exit
        assert list(own_tmp.iterdir()) == []  # and gone once the process ended
        assert sorted(p.name for p in shared.parent.iterdir()) == ["kesu.db"]


def test_a_copy_being_taken_holds_up_no_reader_of_another_register(tmp_path):
    """Each register's copy is taken under its own lock: a large copy of one register (held
    here by taking its lock) does not keep a reader of another waiting."""
    import threading

    from kesu_docs.register import files

    first, second = tmp_path / "a.db", tmp_path / "b.db"
    for path in (first, second):
        with Register.open(path) as reg:
            reg.issue(complaint(), source_hash="a", source="a.json")
    with files._copies_lock:
        busy = files._copying.setdefault(first, threading.Lock())
    taken: list[Path] = []
    with busy:  # a copy of the first register under way
        reader = threading.Thread(target=lambda: taken.append(files.snapshot(second)))
        reader.start()
        reader.join(timeout=60)
        assert taken and taken[0].name == "b.db"
    files.release(files._uri(taken[0], files.SNAPSHOT_FLAGS))
    assert not taken[0].exists()
