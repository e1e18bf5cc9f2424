"""``kesu register list | show | void | export`` through click's CliRunner, on a real SQLite file."""

from __future__ import annotations

import errno

import pytest
from click.testing import CliRunner
from helpers import complaint, dead_port
from openpyxl import load_workbook

from kesu_docs.cli import cli
from kesu_docs.register import Register


@pytest.fixture
def db(tmp_path):
    """A register holding two September complaints and one October complaint."""
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint("华东精密"), source_hash="a", source="客诉-华东.xlsx")
        reg.issue(complaint("A&B <Ltd>"), source_hash="b", source="客诉-AB.json")
        reg.issue(complaint("南方电器", received="2026-10-08"), source_hash="c", source="客诉-南方.xlsx")
    return str(path)


def kesu(*args: str, env: dict[str, str] | None = None):
    runner = CliRunner(env={"KESU_DB": "", **(env or {})})
    return runner.invoke(cli, list(args), catch_exceptions=False)


def test_register_list_shows_the_documents_of_a_period(db):
    result = kesu("register", "list", "--period", "202609", "--db", db)
    assert result.exit_code == 0, result.output
    assert "登记簿（2 份）" in result.output
    assert "202609001" in result.output and "202609002" in result.output and "202610001" not in result.output
    assert "A&B <Ltd>" in result.output


def test_register_list_in_english_and_by_status(db):
    kesu("register", "void", "202610001", "--reason", "录入错误", "--db", db)
    result = kesu("register", "list", "--status", "void", "--db", db, "--lang", "en")
    assert result.exit_code == 0, result.output
    assert "Register (1 document)" in result.output  # plural minded (issue 13)
    assert "202610001" in result.output and "void" in result.output and "202609001" not in result.output


def test_a_period_that_is_not_yyyymm_is_a_usage_error(db):
    result = kesu("register", "list", "--period", "2026-9", "--db", db)
    assert result.exit_code == 2
    assert "YYYYMM" in result.output
    assert kesu("register", "list", "--period", "2026-09", "--db", db).exit_code == 0


def test_register_takes_the_database_from_kesu_db(db):
    result = kesu("register", "list", env={"KESU_DB": db})
    assert result.exit_code == 0 and "202610001" in result.output


def test_register_show_prints_the_entry_the_record_and_the_case_log(db):
    result = kesu("register", "show", "202609001", "--db", db)
    assert result.exit_code == 0, result.output
    for text in ("编号 202609001", "客诉-华东.xlsx", "客户名称", "华东精密", "内外销", "国内", "案件日志"):
        assert text in result.output
    # the case log speaks the chosen language, as the export does: 编号 / issued
    assert "issued" not in result.output
    assert "issued" in kesu("register", "show", "202609001", "--db", db, "--lang", "en").output


def test_register_show_and_export_print_the_severity_as_the_form_does(db, tmp_path):
    with Register.open(db) as reg:
        reg.issue(complaint("东方电机", severity="一般"), source_hash="d", source="客诉-东方.xlsx")
    shown = kesu("register", "show", "202609003", "--db", db)
    assert "一般" in shown.output and "general" not in shown.output
    assert kesu("register", "export", "-o", str(tmp_path / "r.xlsx"), "--db", db).exit_code == 0
    sheet = load_workbook(tmp_path / "r.xlsx")["登记簿"]
    column = [c.value for c in sheet[1]].index("严重度")
    assert [row[column] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] == "202609003"] == [
        "一般"
    ]


def test_register_void_marks_the_number_void_with_its_reason(db):
    result = kesu("register", "void", "202609002", "--reason", "客户撤回", "--db", db)
    assert result.exit_code == 0, result.output
    assert "已作废" in result.output and "客户撤回" in result.output
    with Register.open(db) as reg:
        assert (reg.get("202609002").status, reg.get("202609002").void_reason) == ("void", "客户撤回")
    again = kesu("register", "void", "202609002", "--reason", "再次", "--db", db)
    assert again.exit_code == 1
    assert "已于" in again.output and "作废" in again.output


def test_register_void_needs_a_reason(db):
    result = kesu("register", "void", "202609002", "--db", db)
    assert result.exit_code == 2
    assert "--reason" in result.output


def test_an_unknown_number_exits_1_with_a_message(db):
    shown = kesu("register", "show", "202609404", "--db", db)
    assert shown.exit_code == 1
    assert "登记簿中没有编号 202609404" in shown.output
    voided = kesu("register", "void", "202609404", "--reason", "x", "--db", db, "--lang", "en")
    assert voided.exit_code == 1
    assert "Number 202609404 is not in the register" in voided.output


def test_register_export_writes_a_spreadsheet(db, tmp_path):
    out = tmp_path / "登记簿.xlsx"
    result = kesu("register", "export", "-o", str(out), "--db", db)
    assert result.exit_code == 0, result.output
    assert "3 份文件" in result.output
    rows = list(load_workbook(out)["登记簿"].values)
    assert [r[0] for r in rows[1:]] == ["202609001", "202609002", "202610001"]


def test_a_missing_register_exits_2_and_says_so(tmp_path):
    result = kesu("register", "list", "--db", str(tmp_path / "absent.db"))
    assert result.exit_code == 2
    assert "无法打开登记簿" in result.output and "absent.db" in result.output
    assert not (tmp_path / "absent.db").exists()  # listing never creates an empty register


def test_an_unreachable_database_server_exits_2_with_a_clear_message():
    with dead_port() as port:  # held while the command runs: nobody can listen there meanwhile
        result = kesu(
            "register", "list", "--db", f"postgresql://clerk:secret@127.0.0.1:{port}/kesu", "--lang", "en"
        )
    assert result.exit_code == 2
    assert "Cannot open the register" in result.output and f"127.0.0.1:{port}" in result.output
    assert "secret" not in result.output


def test_the_port_nobody_listens_on_is_held_until_the_test_is_done():
    """The port the two tests above connect to was picked free and let go before the connection:
    another program could listen there meanwhile. Held bound (never listening), nothing else can
    bind it, and a connection to it is refused, until the block ends."""
    import socket

    with dead_port() as port:
        with socket.socket() as other, pytest.raises(OSError) as taken:
            other.bind(("127.0.0.1", port))
        assert taken.value.errno == errno.EADDRINUSE
        with socket.socket() as client, pytest.raises(ConnectionRefusedError):
            client.connect(("127.0.0.1", port))


@pytest.mark.parametrize("command", ["list", "show", "void", "export"])
def test_register_help_ends_with_a_runnable_example(command):
    for lang, heading in (("zh", "选项:"), ("en", "Options:")):  # help in the clerk's language (issue 13)
        result = kesu("register", command, "--help", "--lang", lang)
        assert result.exit_code == 0
        description = result.output.split(heading)[0].rstrip()
        assert description.splitlines()[-1].strip().startswith("kesu register " + command)


def test_a_number_shared_by_a_complaint_and_its_8d(db):
    import json

    from helpers import ROOT

    from kesu_docs import forms
    from kesu_docs.config import Settings

    sample = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    sample.pop("kind")
    bare = Settings(numbering={"8d": "{date:%Y%m}{serial:0{width}d}"})  # numbered as before prefixes
    with Register.open(db, settings=bare) as reg:
        reg.issue(forms.get("8d").model.model_validate(sample), source_hash="8d", source="8D.json")
    shown = kesu("register", "show", "202609001", "--db", db)
    assert shown.exit_code == 0
    assert "complaint" in shown.output and "8d" in shown.output  # both, one after the other
    ambiguous = kesu("register", "void", "202609001", "--reason", "x", "--db", db)
    assert ambiguous.exit_code == 2
    assert "--kind" in ambiguous.output
    chosen = kesu("register", "void", "202609001", "--kind", "8d", "--reason", "重开", "--db", db)
    assert chosen.exit_code == 0 and "8D报告 202609001" in chosen.output  # kinds by their names (issue 13)


def test_a_register_that_cannot_be_written_exits_2_with_a_message_not_a_traceback(db):
    read_only = f"sqlite:///file:{db}?mode=ro&uri=true"
    result = kesu("register", "void", "202609001", "--reason", "重复登记", "--db", read_only)
    assert result.exit_code == 2
    assert "只读" in result.output and "Traceback" not in result.output
