"""Every output of the project is byte-identical between runs (issue 15's acceptance).

Each output is made twice, each time by a fresh ``kesu`` process (``python -m kesu_docs.cli``)
on a fresh copy of the same register, with another hash seed (set and dict orders of strings
differ between the two processes), in another time zone (UTC, then Asia/Shanghai: as on two
machines; a time written with the local offset would differ) and a few seconds apart (a date or time taken from the
clock, a zip entry's 2-second stamp, would differ): the register export in Chinese and in
English, the monthly report (.xlsx with its native charts, .html with its SVG charts), the
reminders and follow-up inquiries of ``kesu overdue``, the penalty notices, the rendered DOCX
of ``kesu render`` (and the numbered working copies of its Excel inputs), ``kesu blank`` (.xlsx
and the fillable .pdf) and the validation report (.xlsx, .html); the rendered PDF
(LibreOffice) under the ``libreoffice`` mark. A day every output names is given
(``--as-of``, ``--date``, a month) where the command takes one; rendering stamps today's date,
the same in both runs. Real files, compared byte for byte; a difference names the part of the
zip (or the file) that differs.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from helpers import complaint
from test_register_export_rows import eightd

from kesu_docs.register import Register

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
AS_OF = "2026-10-31"


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> Path:
    """A register of 60 complaints of three months (open, closed on time and late, one with a
    penalty), an 8D filed against one, a void and a log line."""
    path = tmp_path_factory.mktemp("identical") / "kesu.db"
    batch = []
    for i in range(60):
        month, day = 7 + i % 3, 1 + i % 28
        extra: dict = {}
        if i % 3 == 0:
            late = 25 if i % 2 else 5
            extra = dict(disposition="退货", loss_amount="120.50", cause_category="包装")
            extra["closed_date"] = (dt.date(2026, month, day) + dt.timedelta(days=late)).isoformat()
            extra.update(responsible_unit="生产部" if i % 2 else "品保部", severity="general")
        if i == 3:
            extra["penalties"] = [{"target": "包装组", "code": "I", "kind": "警告", "amount": 100}]
        customer = ["华东精密机械有限公司", "南方电器股份有限公司", f"客户{i:02d}"][i % 3]
        batch.append(
            (complaint(customer, received=f"2026-{month:02d}-{day:02d}", **extra), f"h{i}", f"{i}.xlsx")
        )
    with Register.open(path) as reg:
        issued = reg.issue_many(batch)
        reg.issue(eightd(issued[1].number), source_hash="8d-1", source="8D-1.json")
        reg.void(issued[5].number, "重复登记")
        reg.log(issued[7].number, "reminder", "催办 <第一次>")
        penalised = issued[3].number
    (path.parent / "penalised").write_text(penalised, encoding="utf-8")
    return path


def _outputs(register: Path) -> dict[str, list[str]]:
    """Each output's ``kesu`` arguments; ``{out}`` a file or folder, ``{db}`` the register."""
    penalised = (register.parent / "penalised").read_text(encoding="utf-8")
    inputs = [
        str(SAMPLES / name)
        for name in (
            "complaint-from-system.json",
            "complaint-valid.xlsx",
            "8d-valid.xlsx",
            "return-valid.xlsx",
        )
    ]
    return {
        "register export (zh)": ["register", "export", "--as-of", AS_OF, "-o", "{out}.xlsx"],
        "register export (en)": ["register", "export", "--as-of", AS_OF, "--lang", "en", "-o", "{out}.xlsx"],
        "monthly report .xlsx (charts)": ["report", "monthly", "2026-09", "-o", "{out}.xlsx"],
        "monthly report .html (charts)": ["report", "monthly", "2026-09", "-o", "{out}.html"],
        "reminders and follow-ups": ["overdue", "--as-of", AS_OF, "-o", "{out}"],
        "penalty notices": ["penalty", penalised, "--date", AS_OF, "-o", "{out}"],
        "render DOCX": ["render", *inputs, "-o", "{out}", "--db", "{new}"],
        "blank .xlsx": ["blank", "complaint", "-o", "{out}.xlsx"],
        "blank 8D .xlsx": ["blank", "8d", "-o", "{out}.xlsx"],
        "blank .pdf": ["blank", "complaint", "-o", "{out}.pdf"],
        "validation report .xlsx": ["validate", *inputs, "--report", "{out}.xlsx"],
        "validation report .html": ["validate", *inputs, "--report", "{out}.html"],
    }


ZONES = ("UTC", "Asia/Shanghai")  # the first run's, the second's
LOCAL_TIMES = {"register export (zh)", "register export (en)"}
"""Outputs that show the register's times (its case log) in the reader's local time, by design:
made in one zone both times (their workbook's created / modified dates are checked in two zones
by the monthly report's and the blanks')."""


def _run(args: list[str], register: Path, work: Path, seed: int, zone: str = "") -> dict[str, bytes]:
    """``kesu args`` in a fresh process on a fresh copy of ``register`` (``{new}``: a new
    register; ``blank`` none), in the time zone ``zone`` (else ``ZONES[seed - 1]``); the files
    it wrote, the register and its numbered copies aside."""
    work.mkdir(parents=True)
    db = work / "kesu.db"
    shutil.copyfile(register, db)
    out = work / "out"
    filled = [a.replace("{out}", str(out)).replace("{new}", str(work / "new.db")) for a in args]
    if filled[0] not in ("blank", "validate") and "--db" not in filled:
        filled += ["--db", str(db)]
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "KESU_LANG": "zh", "TZ": zone or ZONES[seed - 1]}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", *filled],
        capture_output=True,
        text=True,
        env=env,
        cwd=work,
    )
    assert done.returncode in (0, 1) if filled[0] == "validate" else done.returncode == 0, (
        args,
        done.stdout[-2000:],
        done.stderr[-2000:],
    )
    written = [p for p in (work / "out").parent.rglob("out*") if p.is_file()]
    written += [p for p in out.rglob("*") if p.is_file()] if out.is_dir() else []
    assert written, (args, done.stdout)
    return {str(p.relative_to(work)): p.read_bytes() for p in sorted(written)}


def _difference(first: dict[str, bytes], second: dict[str, bytes]) -> list[str]:
    """What differs between two runs' files: a file, or a zip's part (name, sizes, CRCs)."""
    if first.keys() != second.keys():
        return [f"files: {sorted(first)} vs {sorted(second)}"]
    found = []
    for name, data in first.items():
        other = second[name]
        if data == other:
            continue
        if data[:2] == b"PK" and other[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(data)) as a, zipfile.ZipFile(io.BytesIO(other)) as b:
                for x, y in zip(a.infolist(), b.infolist()):
                    same = (x.filename, x.compress_size, x.CRC, x.date_time) == (
                        y.filename,
                        y.compress_size,
                        y.CRC,
                        y.date_time,
                    )
                    if not same:
                        found.append(
                            f"{name} {x.filename}: {x.compress_size}/{x.CRC:08x}/{x.date_time} vs "
                            f"{y.filename} {y.compress_size}/{y.CRC:08x}/{y.date_time}"
                        )
        found.append(f"{name}: {len(data)} vs {len(other)} bytes")
    return found


def test_every_output_is_byte_identical_between_runs_in_fresh_processes(register, tmp_path):
    outputs = _outputs(register)
    first = {
        name: _run(args, register, tmp_path / "1" / str(k), 1)
        for k, (name, args) in enumerate(outputs.items())
    }
    time.sleep(2.1)  # (every output of the second run at least one zip date step later)
    second = {
        name: _run(args, register, tmp_path / "2" / str(k), 2, ZONES[0] if name in LOCAL_TIMES else "")
        for k, (name, args) in enumerate(outputs.items())
    }
    differences = {name: _difference(first[name], second[name]) for name in outputs}
    assert {name: found for name, found in differences.items() if found} == {}
    docx = [n for files in first.values() for n in files if n.endswith(".docx")]
    assert len(docx) >= 5  # rendered documents, reminders, penalty notices


@pytest.mark.libreoffice
def test_the_rendered_pdf_is_byte_identical_between_runs(register, tmp_path):
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    args = ["render", str(SAMPLES / "complaint-valid.xlsx"), "--pdf", "-o", "{out}"]
    first = _run(args, register, tmp_path / "1", 1)
    time.sleep(2.1)
    second = _run(args, register, tmp_path / "2", 2)
    assert any(name.endswith(".pdf") for name in first)
    assert _difference(first, second) == []


def test_a_workbook_made_here_carries_source_date_epoch_when_it_is_set(tmp_path):
    """The moment a blank names (its created / modified properties) is ``SOURCE_DATE_EPOCH``
    when set (the reproducible-builds convention), the zip entries' dates stay fixed."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1790812800"}  # 2026-10-01 00:00 UTC
    out = tmp_path / "blank.xlsx"
    done = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "blank", "complaint", "-o", str(out)],
        env=env,
        capture_output=True,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as z:
        core = z.read("docProps/core.xml").decode()
        dates = {info.date_time for info in z.infolist()}
    assert core.count("2026-10-01T00:00:00Z") == 2, core
    assert dates == {(1980, 1, 1, 0, 0, 0)}


def test_the_pdf_creation_date_is_the_moment_in_utc_whatever_offset_it_was_written_with(
    tmp_path, monkeypatch
):
    """Where LibreOffice still writes its machine's offset (it runs with TZ=UTC, which Windows
    does not heed), the creation date's offset is written over with the digits, as many
    characters: ``SOURCE_DATE_EPOCH``'s UTC time is not labelled +08:00."""
    from kesu_docs.render.pdf import without_moment

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1790812800")  # 2026-10-01 00:00 UTC
    for written, meant in (
        (b"D:20261201073000+08'00'", b"D:20261001000000+00'00'"),
        (b"D:20261201073000-05'00", b"D:20261001000000+00'00"),
        (b"D:20261201073000Z", b"D:20261001000000Z"),
    ):
        pdf = tmp_path / "a.pdf"
        data = b"%PDF-1.7\n1 0 obj <</CreationDate(" + written + b")/Producer(LibreOffice)>> endobj\n%%EOF\n"
        pdf.write_bytes(data)
        without_moment(pdf)
        assert pdf.read_bytes() == data.replace(written, meant)


@pytest.mark.parametrize("value", ["abc", "-1", "1e9", "1790812800000", "²", "253402300800", "1" * 5000])
def test_a_source_date_epoch_that_is_no_time_is_an_error_said_in_the_chosen_language(value, tmp_path):
    """The reproducible-builds specification: an invalid SOURCE_DATE_EPOCH is an error, never a
    silent fallback to another time nor a traceback; exit 2, nothing written, no number issued."""
    env = {**os.environ, "SOURCE_DATE_EPOCH": value, "KESU_LANG": "zh"}
    kesu = [sys.executable, "-m", "kesu_docs.cli"]
    for extra, said in (
        ([], "环境变量 SOURCE_DATE_EPOCH 无效"),
        (["--lang", "en"], "SOURCE_DATE_EPOCH is not valid"),
    ):
        out = tmp_path / f"blank{len(extra)}.xlsx"
        done = subprocess.run(
            [*kesu, "blank", "complaint", "-o", str(out), *extra], env=env, capture_output=True, text=True
        )
        assert done.returncode == 2 and said in done.stderr, done.stderr[-2000:]
        assert "Traceback" not in done.stderr and not out.exists()
    db = tmp_path / "kesu.db"
    rendered = subprocess.run(
        [
            *kesu,
            "render",
            str(SAMPLES / "complaint-valid.xlsx"),
            "-o",
            str(tmp_path / "out"),
            "--db",
            str(db),
        ],
        env=env,
        capture_output=True,
        text=True,
    )
    assert rendered.returncode == 2 and "SOURCE_DATE_EPOCH" in rendered.stderr, rendered.stderr[-2000:]
    assert "Traceback" not in rendered.stderr and not db.exists()
