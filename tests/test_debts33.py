"""Round 32's final read and its small debts (debts33), each on real files: the line-amount rule
written once for both forms; PostgreSQL's holders said from the catalogue; the 8D's sub-steps of
each step that prints them; the stale columns' index and fixd32's messages in the catalogue; a
named pipe at ``report monthly -o`` refused before it is opened; a page batch that no longer
reads every earlier batch's folder again."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import book_as, clean_environment, find, landscape_book, python_process, read_doc

import kesu_docs
from kesu_docs.parse import parse_paths
from kesu_docs.problems import MESSAGES

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


# ------------------------------------------------------------------ D5: one line-amount rule
def _parsed(tmp_path: Path, name: str, record: dict):
    path = tmp_path / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [result] = parse_paths([path])
    return result


def test_the_line_amount_rule_is_one_for_the_allowance_and_the_return_note(tmp_path: Path) -> None:
    """Both forms said ``line_amount_mismatch`` each with its own copy of qty × price: one rule
    (``forms.base.line_amount_rule``), the same finding and words on both."""
    from kesu_docs.forms.base import line_amount_rule

    finding = line_amount_rule(2, "amount", Decimal("1.06"), Decimal("7"), Decimal("0.15"))
    assert finding is not None and (finding.code, finding.field) == (
        "line_amount_mismatch",
        "items[2].amount",
    )
    assert finding.params["expected"] == Decimal("1.05")
    assert line_amount_rule(0, "amount", Decimal("1.05"), Decimal("7"), Decimal("0.15")) is None
    assert line_amount_rule(0, "amount", None, Decimal("7"), Decimal("0.15")) is None

    allowance = json.loads((SAMPLES / "allowance-valid.json").read_text(encoding="utf-8"))
    line = allowance["items"][0]
    line["allowance_amount"] = str(Decimal(line["allowance_amount"]) + 1)
    returned = json.loads((SAMPLES / "return-valid.json").read_text(encoding="utf-8"))
    returned["items"][0]["amount"] = str(Decimal(returned["items"][0]["amount"]) + 1)
    [a] = find(_parsed(tmp_path, "a.json", allowance).errors, "line_amount_mismatch")
    [r] = find(_parsed(tmp_path, "r.json", returned).errors, "line_amount_mismatch")
    assert (a.field, r.field) == ("items[0].allowance_amount", "items[0].amount")
    for problem in (a, r):
        assert problem.message("zh").startswith("金额 ") and "与数量×单价不符" in problem.message("zh")
        english = problem.message("en")
        assert english.startswith("Amount ") and "does not match qty × unit price" in english
        assert problem.params["expected"] == round(problem.params["qty"] * problem.params["price"], 2)


# ------------------------------------------------------------------ D7: the holders from the catalogue
def _holders():
    from kesu_docs.register.database import PgHolder

    since = dt.datetime(2026, 9, 3, 10, 4, 5)
    return [
        (
            PgHolder(41, None, None, None, None),
            "服务器进程 41（本用户看不到是谁）",
            "server process 41 (this user cannot see who)",
        ),
        (
            PgHolder(42, "kesu render on pc7", None, None, "clerk"),
            "kesu render on pc7（角色 clerk，服务器进程 42；客户端地址和开始时间不向本用户显示，需 pg_read_all_stats 权限）",
            "kesu render on pc7 (role clerk, server process 42; its address and start are not shown to "
            "this user without pg_read_all_stats)",
        ),
        (
            PgHolder(43, None, None, None, "clerk"),
            "另一个连接（角色 clerk，服务器进程 43；客户端地址和开始时间不向本用户显示，需 pg_read_all_stats 权限）",
            "another session (role clerk, server process 43; its address and start are not shown to "
            "this user without pg_read_all_stats)",
        ),
        (
            PgHolder(44, "psql", "10.1.2.3", since, "clerk"),
            "psql（客户端 10.1.2.3，服务器进程 44，事务始于 2026-09-03 10:04:05）",
            "psql (from 10.1.2.3, server process 44, in its transaction since 2026-09-03 10:04:05)",
        ),
        (
            PgHolder(45, None, None, since, "clerk"),
            "未具名程序（客户端地址不向本用户显示，服务器进程 45，事务始于 2026-09-03 10:04:05）",
            "an unnamed program (its address not shown to this user, server process 45, in its "
            "transaction since 2026-09-03 10:04:05)",
        ),
        (
            PgHolder(46, "kesu serve", "127.0.0.1", None, "clerk"),
            "kesu serve（客户端 127.0.0.1，服务器进程 46，开始时间不向本用户显示）",
            "kesu serve (from 127.0.0.1, server process 46, its start not shown to this user)",
        ),
    ]


def test_a_postgresql_holder_is_said_from_the_message_catalogue() -> None:
    """``_session_said`` wrote each of its three shapes twice, in Chinese and in English, inline:
    its words are catalogue messages now (``register_holder*``), said as before."""
    from kesu_docs.register.register import _session_said

    assert all(
        code in MESSAGES for code in ("register_holder", "register_holder_hidden", "register_holder_unseen")
    )
    for holder, zh, en in _holders():
        assert (_session_said(holder, "zh"), _session_said(holder, "en")) == (zh, en)


# ------------------------------------------------------------------ the 8D's sub-steps, each step's parts
_HEAD = [
    ["8D REPORT"],
    ["Report No.", "8D-X-0412", "Opened", "2026-03-14"],
    ["Customer", "Ramsey Fittings Ltd"],
    ["D1 Team", "Orry Kinvig"],
    ["D2 Problem", "Couplings crack at the thread."],
    ["D3.1 Stock / Containment: warehouse", "Warehouse stock of 900 sorted."],
    ["D3.2 Transit / Containment: in transit", "Shipment 44 held at the port."],
]
_TAIL = [["D8 Closed", "2026-04-02"]]


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
def test_sub_steps_of_the_root_cause_and_its_actions_are_rows_of_their_step(
    tmp_path: Path, form: str
) -> None:
    """Real 8Ds split D4, D5 and D6 by the cause's kind (``D4.1 … / Root cause: occurrence``,
    ``… escape``), as D3 by where it looked: each sub-step a row of its step's table, its words
    after the colon no value of it (they named D3's places only: ``occurrence`` was read as the
    root cause's value). D3's rows (holdout32's) are read as before."""
    rows = [
        *_HEAD,
        ["D4.1 Why made / Root cause: occurrence", "Thread rolled too deep."],
        ["D4.2 Why shipped / Root cause: escape", "No thread gauge at the final check."],
        ["D5.1 Action / Corrective action: occurrence", "Roll depth limited by a stop."],
        ["D5.2 Action / Corrective action: why shipped", "Thread gauge added at the final check."],
        *_TAIL,
    ]
    book = landscape_book(tmp_path / "8d.xlsx", rows, {"A": 44, "B": 44, "C": 12})
    record = read_doc(book_as(book, form), "8d")["record"]
    assert [c["action"] for c in record["containment"]] == [
        "Warehouse stock of 900 sorted.",
        "Shipment 44 held at the port.",
    ]
    assert [c["cause"] for c in record["root_cause"]] == [
        "Thread rolled too deep.",
        "No thread gauge at the final check.",
    ]
    assert [c["action"] for c in record["corrective_actions"]] == [
        "Roll depth limited by a stop.",
        "Thread gauge added at the final check.",
    ]


def test_a_sub_steps_words_name_a_part_of_their_own_step_only() -> None:
    """A step's parts are its own: ``D3.1 …: occurrence`` names none of D3's places, ``D4.1 …:
    warehouse`` no kind of cause, ``D4.1 Root cause: unknown`` neither (a value, split off)."""
    from kesu_docs.parse.anchor import _split_line

    assert _split_line("D4.1 Why made / Root cause: occurrence") == [
        ("D4.1 Why made / Root cause: occurrence", True)
    ]
    assert _split_line("D6.2 Implemented / Verification: escape")[-1][1] is True
    for line in (
        "D3.1 Stock / Containment: occurrence",
        "D4.1 Root cause: warehouse",
        "D4.1 Root cause: unknown",
    ):
        assert _split_line(line)[-1][1] is False, line


# ------------------------------------------------------------------ the stale columns' index in the catalogue
def test_a_stale_columns_index_is_refused_with_a_catalogue_message_in_both_languages(tmp_path: Path) -> None:
    """fixj32's refusal was an English ``RuntimeError``: it is ``register_columns_stale`` now, a
    :class:`RegisterError` said in Chinese or English, naming the command that writes it again."""
    package = tmp_path / "src" / "kesu_docs"
    shutil.copytree(Path(kesu_docs.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    with (package / "register" / "schema.py").open("a", encoding="utf-8") as schema_file:
        schema_file.write("\n# a table changed here\n")
    opening = (
        f"import kesu_docs; assert kesu_docs.__file__.startswith({str(package)!r}), kesu_docs.__file__\n"
        "from kesu_docs.register import Register\n"
        "from kesu_docs.register.errors import RegisterError\n"
        "try:\n"
        "    Register.open('kesu.db').close()\n"
        "except RegisterError as exc:\n"
        "    print(exc.code); print(exc.message('zh')); print(exc.message('en'))\n"
    )
    refused = python_process("-c", opening, cwd=tmp_path, PYTHONPATH=str(tmp_path / "src"))
    code, zh, en = refused.stdout.strip().splitlines()
    assert code == "register_columns_stale", refused.stderr
    assert "列索引" in zh and "重新写出" in zh and "write_columns_index()" in zh
    assert "columns' index" in en and en.endswith('write_columns_index()"')
    assert not (tmp_path / "kesu.db").exists()


def test_fixd32s_messages_are_in_the_catalogue() -> None:
    """fixd32 wrote a re-print's placing failure and the monthly report's refusal inline: they
    are catalogue messages now, said as before."""
    from kesu_docs.filing import _reprint_not_placed

    said = _reprint_not_placed(1, Path("out/complaint-202609001-补印1.docx"), FileExistsError())
    assert (
        said.zh
        == "登记册已计入补印 1，但其文件 complaint-202609001-补印1.docx 未能放到位（其临时文件两次被另一个文件替换）；请再次补印"
    )
    assert said.en.startswith("the register counted re-print 1, but its file complaint-202609001-补印1.docx")
    codes = (
        "reprint_not_placed",
        "reprint_staged_replaced",
        "report_output_not_ours",
        "report_output_no_file",
    )
    assert all(code in MESSAGES for code in codes)


# ------------------------------------------------------------------ a named pipe at report monthly -o
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this system")
@pytest.mark.parametrize(("lang", "words"), [("zh", "不是普通文件"), ("en", "is no regular file")])
@pytest.mark.parametrize("force", [False, True])
def test_a_named_pipe_at_the_monthly_reports_output_is_refused_before_it_is_opened(
    tmp_path: Path, lang: str, words: str, force: bool
) -> None:
    """``kesu report monthly -o PIPE`` waited for ever: the mark's check opened the pipe (which
    waits for a writer). It is refused before anything opens it, ``--force`` or not (a report
    replaces no pipe, no device), said in the command's language; the pipe is left as it was."""
    pipe = tmp_path / "report.xlsx"
    os.mkfifo(pipe)
    args = [sys.executable, "-m", "kesu_docs", "report", "monthly", "2026-09", "-o", str(pipe)]
    args += ["--db", str(tmp_path / "kesu.db"), "--lang", lang] + (["--force"] if force else [])
    try:
        done = subprocess.run(
            args, cwd=tmp_path, env=clean_environment(), capture_output=True, text=True, timeout=60
        )
    except subprocess.TimeoutExpired:
        pytest.fail("kesu report monthly waited on the named pipe at -o")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    assert words in said and "report.xlsx" in said and "Traceback" not in said, said
    assert pipe.is_fifo() and not (tmp_path / "kesu.db").exists()


# ------------------------------------------------------------------ a page batch and the earlier batches' folders
def test_the_earlier_batches_folders_are_read_again_only_when_they_changed(
    tmp_path: Path, monkeypatch
) -> None:
    """A page batch looks through every earlier batch's ``out`` for files a register put back
    would number over (robust32): each batch listed all of them again, however many were kept.
    A folder unchanged since it was read (its times) is known without reading it: with 50 earlier
    batches, a batch reads none of their folders the second time — the one a file was added to
    since is read again, and its file found."""
    from kesu_docs.register import folder_ahead

    batches = tmp_path / "work" / "batches"
    olds = []
    for n in range(50):
        out = batches / f"b{n:03d}" / "out"
        (out / "archive").mkdir(parents=True)
        (out / f"complaint-2026090{n:02d}.docx").write_bytes(b"PK")
        (out / "archive" / f"complaint-2026080{n:02d}-修订2.docx").write_bytes(b"PK")
        olds.append(out)
    own = batches / "b050" / "out"
    own.mkdir(parents=True)
    time.sleep(2.2)  # (the folders settled, past SETTLED_S: a later change is seen by their times)

    read: list[str] = []
    scandir = os.scandir

    def counted(path=".", *rest):
        read.append(os.fspath(path))
        return scandir(path, *rest)

    monkeypatch.setattr(os, "scandir", counted)
    first = folder_ahead.listing(own, *olds)
    assert len(first.stems) == 100 and first.files["complaint-202608007"][0][0] == 2
    assert len([p for p in read if str(batches) in p and str(own) not in p]) == 100  # (out, archive)

    read.clear()
    (olds[7] / "complaint-202610001.docx").write_bytes(b"PK")  # a file added to one earlier batch
    second = folder_ahead.listing(own, *olds)
    assert [p for p in read if str(own) not in p] == [str(olds[7]), str(olds[7] / "archive")]
    assert set(second.stems) == set(first.stems) | {"complaint-202610001"}
    assert second.files["complaint-202610001"] == ((1, str(olds[7] / "complaint-202610001.docx")),)
    assert second.files["complaint-202608007"] == first.files["complaint-202608007"]
