"""Each held-out set's manifest, ``tests/<set>/generated.json``: what the set's generator depends
on and the digest of every committed file, so that tests/test_reader_holdouts_generated.py runs
a generator only when something it depends on changed.

The generator side (``inputs``) is recorded while the generator runs: the digest of every file of
the checkout it loaded or read (its own source, tests/holdout_kit.py, the other generators and
tests/ modules it imports from, kesu_docs modules, its assets), of every folder it listed and of
every other file it read (fonts), the versions of the packages it imported, Python's and zlib's.
``files`` holds the digest of every file under the set's folders (``expected/``, ``filled/``,
``templates/``, ``copy2/``, ``odd/``, …).

The check: when the generator side is what the manifest says, the committed files must be the
manifest's, digest for digest (a hand-edited, added or removed file fails); when it is not, the
generator is run as before (``--no-pdf``) and its files compared byte for byte with the committed
ones, and a warning says to rewrite the manifest. Rewriting it runs the generator and checks its
files first, writing nothing for a set whose files are not what its generator writes::

    .venv/bin/python tests/holdout_manifest.py holdout12 holdout13   # no name: every set

(fpdf2 must be installed: without it the drawn PDFs are not regenerated, so not checked.)
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import inspect
import json
import os
import platform
import subprocess
import sys
import tempfile
import warnings
import zlib
from pathlib import Path

from holdout_checks import check_written_files_are_the_committed_ones
from holdout_sets import SETS, HoldoutSet

MANIFEST = "generated.json"
REWRITE = ".venv/bin/python tests/holdout_manifest.py {name}"

# Run in a fresh interpreter: the generator, as ``python <script> <args>`` would run it, with an
# audit hook noting every file opened for reading, every folder it listed (not the import system's
# look-ups along sys.path: the modules imported are noted) and every program started;
# the modules it imported are noted when it ends.
_RECORDER = """
import json, os, runpy, sys
record, script, *args = sys.argv[1:]
seen = {"opened": set(), "listed": set(), "started": set()}
def by_the_import_system(frame):
    while frame is not None and not frame.f_code.co_filename.startswith("<frozen importlib"):
        frame = frame.f_back
    return frame is not None
def note(event, a):
    if event == "open" and isinstance(a[0], (str, bytes, os.PathLike)):
        flags = a[2] if isinstance(a[2], int) else 0
        if (a[1] is None or set(str(a[1])) <= set("rbt")) and not flags & (os.O_WRONLY | os.O_RDWR):
            seen["opened"].add(os.fsdecode(a[0]))
    elif event in ("os.listdir", "os.scandir") and isinstance(a[0], (str, bytes, os.PathLike)):
        if not by_the_import_system(sys._getframe(1)):
            seen["listed"].add(os.fsdecode(a[0]))
    elif event in ("subprocess.Popen", "os.exec", "os.posix_spawn", "os.spawn"):
        seen["started"].add(repr(a[:2]))
before = set(sys.modules)
sys.addaudithook(note)
sys.argv = [script, *args]
sys.path[0] = os.path.dirname(script)
try:
    runpy.run_path(script, run_name="__main__")
finally:
    modules = {n: getattr(m, "__file__", None) for n, m in list(sys.modules.items()) if n not in before}
    with open(record, "w", encoding="utf-8") as f:
        json.dump({"modules": modules, **{k: sorted(v) for k, v in seen.items()}}, f)
"""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def committed_files(home: Path) -> dict[str, str]:
    """The digest of every file under the set's folders (not its README, generator or manifest, nor
    what an office program or a file browser leaves beside a file: ``.~lock.…#``, ``.DS_Store``; an
    Excel owner file ``~$…`` is one of holdout13's odd files)."""
    return {
        p.relative_to(home).as_posix(): digest(p)
        for p in sorted(home.glob("*/**/*"))
        if p.is_file() and not _left_beside(p.relative_to(home))
    }


def _left_beside(relative: Path) -> bool:
    return any(part == "__pycache__" or part.startswith(".") for part in relative.parts)


def check_code(held: HoldoutSet) -> str:
    """The digest of the code that compares what the generator wrote with the committed files: a
    stricter check runs on every set once (the manifest's fast path does not run it)."""
    check = held.committed or check_written_files_are_the_committed_ones
    return hashlib.sha256(inspect.getsource(check).encode()).hexdigest()


# ---------------------------------------------------------------------------------- the generator side
def run_generator(held: HoldoutSet, out: Path) -> dict:
    """Runs ``make_<set>.py --no-pdf --out out`` and returns what it depended on (``inputs``)."""
    record = out.parent / f"{out.name}.record.json"
    subprocess.run(
        [sys.executable, "-c", _RECORDER, str(record), str(held.generator), "--no-pdf", "--out", str(out)],
        check=True,
        capture_output=True,
    )
    seen = json.loads(record.read_text(encoding="utf-8"))
    record.unlink()
    return {**_inputs(seen, out, held.tests.parent.resolve()), "check": check_code(held)}


def _inputs(seen: dict, out: Path, root: Path) -> dict:
    """The generator side, its files named from ``root`` (the checkout: tests/'s parent)."""
    files = {f for f in seen["modules"].values() if f} | set(seen["opened"])
    paths = [Path(f).resolve() for f in files if not _covered_by_a_version(Path(f), out)]
    listed = [Path(d).resolve() for d in seen["listed"] if not _covered_by_a_version(Path(d), out)]
    return {
        "python": platform.python_version(),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "packages": _packages([name for name, f in seen["modules"].items() if f]),
        "read": {_shown(p, root): digest(p) for p in sorted(paths) if p.is_file()},
        "listed": {_shown(d, root): _listing(d) for d in sorted(listed) if d.is_dir()},
        "started": seen["started"],
    }


def _covered_by_a_version(path: Path, out: Path) -> bool:
    """A file of Python or of an installed package (their versions are recorded), one the
    generator wrote itself, a compiled module or a device."""
    p = Path(os.path.abspath(path))
    installed = {Path(sys.prefix), Path(sys.base_prefix), Path(sys.exec_prefix), Path(sys.base_exec_prefix)}
    return (
        any(p.is_relative_to(prefix) for prefix in installed)
        or p.is_relative_to(out.resolve())
        or "__pycache__" in p.parts
        or p.parts[1:2] in (("dev",), ("proc",), ("sys",))
    )


def _packages(modules: list[str]) -> dict[str, str]:
    """The installed distributions whose modules the generator imported, with their versions."""
    of = importlib.metadata.packages_distributions()
    tops = {name.partition(".")[0] for name in modules} - set(sys.stdlib_module_names)
    return {dist: importlib.metadata.version(dist) for top in sorted(tops) for dist in of.get(top, ())}


def _shown(path: Path, root: Path) -> str:
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)


def _listing(folder: Path) -> str:
    return hashlib.sha256("\n".join(sorted(os.listdir(folder))).encode()).hexdigest()


def inputs_now(recorded: dict, root: Path, held: HoldoutSet) -> dict:
    """The generator side as it is now, for the files, folders and packages the manifest names."""

    def where(shown: str) -> Path:
        return Path(shown) if Path(shown).is_absolute() else root / shown

    def version(dist: str) -> str | None:
        try:
            return importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:
            return None

    return {
        "python": platform.python_version(),
        "zlib": zlib.ZLIB_RUNTIME_VERSION,
        "packages": {dist: version(dist) for dist in recorded["packages"]},
        "read": {f: digest(where(f)) if where(f).is_file() else None for f in recorded["read"]},
        "listed": {d: _listing(where(d)) if where(d).is_dir() else None for d in recorded["listed"]},
        "started": recorded["started"],
        "check": check_code(held),
    }


def _changed(recorded: dict, now: dict) -> list[str]:
    """What differs between the manifest's generator side and today's."""
    changed = [key for key in ("python", "zlib", "started", "check") if recorded.get(key) != now[key]]
    for key in ("packages", "read", "listed"):
        changed += [name for name in recorded[key] if recorded[key][name] != now[key][name]]
    return changed


# ---------------------------------------------------------------------------------- the check
def check_committed_files_are_what_the_generator_writes(held: HoldoutSet, tmp_path: Path) -> None:
    """The committed files are what the set's generator writes: by the manifest's digests when
    nothing the generator depends on changed since it was written, else by running it."""
    manifest_path = held.home / MANIFEST
    manifest = json.loads(manifest_path.read_text(encoding="utf-8")) if manifest_path.is_file() else None
    changed = (
        _changed(manifest["inputs"], inputs_now(manifest["inputs"], held.tests.parent.resolve(), held))
        if manifest
        else ["no manifest"]
    )
    if not changed:
        assert manifest is not None
        now = committed_files(held.home)
        differ = sorted(
            n for n in now.keys() | manifest["files"].keys() if now.get(n) != manifest["files"].get(n)
        )
        assert not differ, (
            f"tests/{held.name}: not what its generator wrote (its {MANIFEST}): {differ}; a file is "
            f"generated, not edited: change make_{held.name}.py, regenerate, then "
            f"`{REWRITE.format(name=held.name)}`"
        )
        return
    run_generator(held, tmp_path / "written")
    held.check_written(tmp_path / "written")
    warnings.warn(
        f"tests/{held.name}/{MANIFEST} is out of date ({', '.join(changed[:5])}): its generator was "
        f"run; rewrite it with `{REWRITE.format(name=held.name)}`",
        stacklevel=2,
    )


def write_manifest(held: HoldoutSet) -> None:
    """Runs the set's generator, checks its files are the committed ones, then writes the
    manifest (whole or not at all)."""
    with tempfile.TemporaryDirectory() as tmp:
        inputs = run_generator(held, Path(tmp) / "written")
        held.check_written(Path(tmp) / "written")
    manifest = {"inputs": inputs, "files": committed_files(held.home)}
    text = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    part = held.home / f".{MANIFEST}.part"
    part.write_text(text, encoding="utf-8")
    os.replace(part, held.home / MANIFEST)


def main(names: list[str]) -> int:
    if importlib.util.find_spec("fpdf") is None:
        print("fpdf2 is not installed: the drawn PDFs would not be checked (pip install fpdf2)")
        return 2
    unknown = set(names) - {held.name for held in SETS}
    if unknown:
        print(f"no such held-out set: {', '.join(sorted(unknown))}")
        return 2
    failed = []
    for held in [held for held in SETS if held.name in names or not names]:
        try:
            write_manifest(held)
        except (AssertionError, subprocess.CalledProcessError) as e:
            failed.append(held.name)
            print(f"tests/{held.name}: not what its generator writes, no manifest written: {e}")
        else:
            print(f"tests/{held.name}/{MANIFEST} written")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
