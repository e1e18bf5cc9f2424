"""What a clerk sees in a terminal: every finding readable at 80 columns, a table when wide."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.cells import cell_len

from kesu_docs.cli import cli
from kesu_docs.parse import parse_paths

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def kesu(*args: str, columns: int, **env: str):
    runner = CliRunner()
    return runner.invoke(cli, list(args), env={"COLUMNS": str(columns), **env}, catch_exceptions=False)


def unwrapped(output: str) -> str:
    """The screen text with its line breaks and indents taken out: a wrapped message reads whole."""
    return "".join(line.strip() for line in output.splitlines())


def test_validate_at_80_columns_gives_each_finding_its_own_lines_within_the_width():
    broken = SAMPLES / "complaint-broken.xlsx"
    result = kesu("validate", str(broken), columns=80)
    assert result.exit_code == 1
    assert max(cell_len(line) for line in result.output.splitlines()) <= 80
    assert "┃" not in result.output  # no table squeezed into 80 columns
    [parsed] = parse_paths([broken])
    text = unwrapped(result.output)
    for problem in parsed.errors:
        assert problem.message("zh") in text  # the whole message, not a 7-character sliver
        assert f"{problem.location} · {problem.label}" in result.output  # location and field on a line
    assert result.output.splitlines()[0].startswith(f"{broken}  客户抱怨处理单  不通过")
    assert "共 1 份：通过 0，不通过 1" in result.output


def test_validate_in_a_wide_terminal_keeps_the_table_one_finding_per_line():
    broken = SAMPLES / "complaint-broken.xlsx"
    result = kesu("validate", str(broken), columns=200)
    assert "┃ 文件" in result.output and "┃ 说明" in result.output
    [parsed] = parse_paths([broken])
    rows = result.output.splitlines()
    for problem in parsed.errors:
        assert any(problem.location in row and problem.message("zh") in row for row in rows)
    assert "│ 客户抱怨处理单 │ 不通过 │" in rows[3]  # kinds by their names, not `complaint`


def test_validate_in_english_names_kinds_and_counts_with_plurals():
    result = kesu("validate", str(SAMPLES / "8d-valid.json"), "--lang", "en", columns=80)
    assert "8d-valid.json  8d  valid" in result.output
    assert "1 document: 1 valid, 0 not" in result.output
    two = kesu(
        "validate",
        str(SAMPLES / "8d-valid.json"),
        str(SAMPLES / "return-valid.json"),
        "--lang",
        "en",
        columns=80,
    )
    assert "2 documents: 2 valid, 0 not" in two.output


def test_user_text_that_looks_like_markup_is_printed_as_typed(tmp_path):
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    src = tmp_path / "[red]客诉.json"
    src.write_text(json.dumps(record | {"market": "[bold]外销"}, ensure_ascii=False), encoding="utf-8")
    narrow = kesu("validate", str(src), columns=80)
    # (the path folded at 80 columns wherever the run's temporary folder puts it: compared unfolded)
    assert "[red]客诉.json" in "".join(narrow.output.split()) and "“[bold]外销”" in narrow.output
    assert "“[bold]外销”" in kesu("validate", str(src), columns=200).output


@pytest.fixture
def batch(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SAMPLES, "samples")
    return tmp_path


def test_render_summary_at_80_columns_is_one_block_per_document(batch):
    args = [
        "render",
        "samples/complaint-valid.xlsx",
        "samples/complaint-broken.xlsx",
        "-o",
        "受控文件",
        "--db",
        "kesu.db",
    ]
    result = kesu(*args, columns=80)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert max(cell_len(line) for line in lines) <= 80 and "┃" not in result.output
    assert "samples/complaint-valid.xlsx" in lines
    assert "  客户抱怨处理单 · 202609001 · 已生成" in lines
    assert "  → 受控文件/complaint-202609001.docx" in lines  # the path as the clerk gave it
    assert "  客户抱怨处理单!F23 · 责任代码" in lines
    assert "责任代码的值“Z”不在可选项中" in unwrapped(result.output)
    wide = kesu(*args, columns=200)
    assert "┃ 文件" in wide.output
    assert any(
        "complaint-valid.xlsx" in row and "受控文件/complaint-202609001.docx" in row
        for row in wide.output.splitlines()
    )


def test_render_summary_carries_the_late_closure_warning_validate_shows(batch):
    record = json.loads(Path("samples/complaint-from-system.json").read_text(encoding="utf-8"))
    record |= {"number": None, "closed_date": "2026-10-30"}  # received 2026-09-08: 15 days domestic
    Path("late.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    checked = kesu("validate", "late.json", columns=80)
    assert "结案逾期" in checked.output
    for columns in (80, 200):
        result = kesu("render", "late.json", "-o", f"out{columns}", "--db", f"k{columns}.db", columns=columns)
        assert result.exit_code == 0, result.output
        assert "结案逾期" in result.output and "已生成" in result.output


def test_register_list_fits_80_columns_and_is_a_table_when_wide(batch):
    kesu(
        "render",
        "samples/complaint-valid.xlsx",
        "samples/complaint-from-system.json",
        "-o",
        "out",
        "--db",
        "kesu.db",
        columns=200,
    )
    narrow = kesu("register", "list", "--db", "kesu.db", columns=80)
    lines = narrow.output.splitlines()
    assert max(cell_len(line) for line in lines) <= 80 and "┃" not in narrow.output
    assert lines[0] == "登记簿（2 份）"
    assert "202609001  客户抱怨处理单  已编号  2026-09-08" in lines
    assert "  客户：深圳市华星光电技术有限公司" in lines
    wide = kesu("register", "list", "--db", "kesu.db", columns=200)
    assert "┃ 编号" in wide.output and "客户抱怨处理单" in wide.output
    english = kesu("register", "list", "--db", "kesu.db", "--lang", "en", columns=200)
    assert "Register (2 documents)" in english.output and "complaint" in english.output
