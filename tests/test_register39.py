"""The register's rows at 100,000 documents under a second (issue 15; register39).

``kesu register list`` written to a file or a pipe draws its page of rows as the fixed-width lines
rich would print (cli/fixed_table.py) instead of rich laying out 2,000 cells one by one: the same
characters, byte for byte, compared here with rich's own table; rich still draws where it must (a
terminal showing styles, a table wider than the console, text rich would change).
"""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
import rich.table
from click.testing import CliRunner
from rich.console import Console

from kesu_docs.cli import cli
from kesu_docs.cli.fixed_table import drawn
from kesu_docs.cli.plain_table import PlainTable
from tests.helpers import complaint, filed_register

ROWS = 12


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real SQLite register of ``ROWS`` complaints, customers and sources of mixed widths."""
    return filed_register(
        tmp_path_factory.mktemp("register39") / "kesu.db",
        ROWS,
        lambda i: complaint(customer=f"客户{i}" + "精密机械" * (i % 3), order_no=f"PO-{i}"),
        lambda i: f"收件箱/客诉 {i}.xlsx",
    )


def _rich(console: Console, title: str, headings: list[str], rows: list[list[str]]) -> None:
    """The table as views.register_rows had rich draw it."""
    table = PlainTable(title=title)
    for heading in headings:
        table.add_column(heading, no_wrap=heading != "来源文件", overflow="fold")
    for row in rows:
        table.add_row(*row)
    console.print(table)


def _console(width: int = 200, encoding: str = "utf-8", **options) -> tuple[Console, io.BytesIO]:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", write_through=True)
    return Console(file=stream, width=width, highlight=False, soft_wrap=False, **options), raw


TABLES = [
    (
        "登记簿（共 100000 份，显示前 3 份）",
        ["编号", "种类", "状态", "客户", "来源文件"],
        [
            ["202609001", "客户抱怨处理单", "已编号", "华东精密机械有限公司", "客诉-1.xlsx"],
            ["202609002", "客户抱怨处理单", "作废", "", "a  b .xlsx"],
            ["202609003", "8D 报告", "已编号", " 北方重工 ", ""],
        ],
    ),
    ("Register (2 documents)", ["Number", "Kind", "Stage"], [["1", "complaint", ""], ["2", "8d", "D3"]]),
    ("  odd  ", ["N", "M"], [["1", "22"]]),  # centred as rich does: its end's spaces dropped
    ("한국 ＡＢＣ é", ["Ａ", "b"], [["e\u0301tude", "ｶﾀｶﾅ"], ["", "🙂"]]),  # wide, combining, emoji
]


@pytest.mark.parametrize("title, headings, rows", TABLES)
@pytest.mark.parametrize("encoding", ["utf-8", "cp936"])  # cp936: rich's ASCII box
def test_the_fixed_lines_are_richs_own(title, headings, rows, encoding) -> None:
    ours, our_bytes = _console(encoding=encoding)
    theirs, their_bytes = _console(encoding=encoding)
    assert drawn(ours, title, headings, rows)
    _rich(theirs, title, headings, rows)
    assert our_bytes.getvalue() == their_bytes.getvalue()
    if encoding == "cp936":
        assert b"+" in our_bytes.getvalue() and "┃".encode("cp936", "replace") not in our_bytes.getvalue()


@pytest.mark.parametrize(
    "console_options, title, headings, rows",
    [
        ({"force_terminal": True}, "t", ["a"], [["1"]]),  # a terminal: bold heading, italic title
        ({}, "t", ["a", "b"], [["x" * 150, "y" * 60]]),  # wider than the console: rich wraps
        ({}, "a title wider than the table", ["N"], [["1"]]),  # rich wraps the title
        ({}, "t", ["a"], [["two\nlines"]]),
        ({}, "t", ["a"], [["a\ttab"]]),
        ({}, "t", ["a"], [["\x1b[31mred"]]),
        ({}, "t", ["[bold]a"], [["1"]]),  # rich's markup in a heading
        ({}, "t", ["a"], []),
    ],
)
def test_rich_draws_what_it_must_lay_out(console_options, title, headings, rows) -> None:
    ours, our_bytes = _console(**console_options)
    assert not drawn(ours, title, headings, rows)
    assert our_bytes.getvalue() == b""


def _listed(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["register", "list", *args, "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_the_list_into_a_pipe_is_richs_table_not_laid_out_by_rich(db: Path, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    headings, *rows = [line.split("\t") for line in _listed(db, "--format", "tsv").splitlines()]
    shown = [i for i, h in enumerate(headings) if i < 3 or any(r[i] for r in rows)]  # as the list shows
    theirs, their_bytes = _console(200)
    _rich(theirs, f"登记簿（{ROWS} 份）", [headings[i] for i in shown], [[r[i] for i in shown] for r in rows])
    laid_out: list[rich.table.Table] = []
    monkeypatch.setattr(
        rich.table.Table, "__rich_console__", lambda table, *_: laid_out.append(table) or iter(())
    )
    listed = _listed(db)
    assert laid_out == []  # the page's lines written as they are
    assert listed == their_bytes.getvalue().decode()
    assert "客户11精密机械精密机械" in listed and "客诉 11.xlsx" in listed and "收件箱" not in listed


def test_the_list_names_its_kinds_from_the_titles_index(db: Path) -> None:
    """Each kind's Chinese title from the forms' titles' index: the page names its complaints
    without importing the complaint's module (which builds its model)."""
    from kesu_docs import forms
    from kesu_docs.cli.layout import kind_name

    with CliRunner().isolation():  # (no --lang: Chinese)
        assert [kind_name(kind) for kind in forms.kinds()] == [forms.get(k).title_zh for k in forms.kinds()]
        assert kind_name("a kind of another installation") == "a kind of another installation"
    script = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        f"cli.main(['register', 'list', '--db', {str(db)!r}], standalone_mode=False)\n"
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.forms.') and m[16:] != 'base'))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "客户抱怨处理单" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "['kesu_docs.forms._titles']", done.stdout[-300:]
