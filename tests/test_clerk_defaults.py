"""Defaults as the help says: ./kesu.db is the register when present; paths shown as the clerk gave them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def kesu(*args: str):
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "100", "KESU_DB": ""}, catch_exceptions=False)


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_DB", raising=False)
    shutil.copytree(SAMPLES, "samples")
    return tmp_path


def test_validate_and_parse_check_follow_up_documents_against_kesu_db_when_it_is_here(folder):
    unchecked = kesu("validate", "samples/8d-valid.json")
    assert (
        "未连接登记簿" in unchecked.output and not Path("kesu.db").exists()
    )  # no register: said so, none made
    assert kesu("render", "samples/complaint-from-system.json", "-o", "out").exit_code == 0  # ./kesu.db
    checked = kesu("validate", "samples/8d-valid.json")
    assert checked.exit_code == 0 and "未连接登记簿" not in checked.output
    [line] = [json.loads(x) for x in kesu("parse", "samples/8d-valid.json").output.splitlines()]
    assert line["valid"] and not line["warnings"]
    Path("samples/8d-other.json").write_text(
        json.dumps(
            json.loads(Path("samples/8d-valid.json").read_text(encoding="utf-8"))
            | {"complaint_number": "202609077"},
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    missing = kesu("validate", "samples/8d-other.json")
    assert missing.exit_code == 1 and "登记簿中没有客诉编号“202609077”" in missing.output


@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_render_prints_pdf_paths_as_the_clerk_gave_the_folder(folder):
    result = kesu("render", "samples/complaint-valid.xlsx", "-o", "受控文件", "--pdf")
    assert result.exit_code == 0, result.output
    assert "→ 受控文件/complaint-202609001.pdf" in result.output
    assert str(folder) not in result.output  # never an absolute path the clerk did not type
    assert Path("受控文件/complaint-202609001.pdf").is_file()
