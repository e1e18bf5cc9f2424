"""One error base: every error kesu raises on purpose is a KesuError with a stable code and its
message in Chinese and English from the one catalogue (issue 9)."""

from __future__ import annotations

import pytest

from kesu_docs import KesuError
from kesu_docs.blank.pdf import FontMissing
from kesu_docs.parse.excel import read_workbook
from kesu_docs.problems import MESSAGES, SourceError
from kesu_docs.register import NumberTaken, Register, RegisterError, UnknownNumber
from kesu_docs.render import PdfError


def _raised(call) -> KesuError:
    with pytest.raises(KesuError) as info:
        call()
    return info.value


def test_an_unreadable_workbook_is_a_source_error_with_both_messages():
    err = _raised(lambda: read_workbook(b"<html><body>not excel</body></html>"))
    assert isinstance(err, SourceError) and err.code == "not_a_spreadsheet"
    assert "HTML" in err.message("zh") and "HTML page" in err.message("en")


def test_a_missing_register_is_a_register_error_in_the_language_asked(tmp_path):
    err = _raised(lambda: Register.open(tmp_path / "none" / "kesu.db"))
    assert isinstance(err, RegisterError)
    assert err.message("zh") != err.message("en")
    assert str(tmp_path / "none") in err.message("en")


def test_the_register_refusals_are_kesu_errors_too(tmp_path):
    with Register.open(tmp_path / "kesu.db") as reg:
        err = _raised(lambda: reg.get("209901999"))
    assert isinstance(err, UnknownNumber) and isinstance(err, LookupError)
    assert err.message("zh") == "登记簿中没有编号 209901999"
    assert err.message("en") == "Number 209901999 is not in the register"
    assert issubclass(NumberTaken, KesuError)


@pytest.mark.parametrize("error", [PdfError("office_missing"), FontMissing()], ids=["pdf", "font"])
def test_pdf_and_font_errors_take_their_messages_from_the_catalogue(error):
    assert isinstance(error, KesuError) and isinstance(error, RuntimeError)
    assert error.code in MESSAGES
    zh, en = error.message("zh"), error.message("en")
    assert zh and en and zh != en and error.code not in (zh, en)


def test_str_of_an_error_follows_kesu_lang(monkeypatch):
    monkeypatch.setenv("KESU_LANG", "en")
    assert str(KesuError("file_not_found", path="a.xlsx")) == "File not found: a.xlsx"
    monkeypatch.setenv("KESU_LANG", "zh")
    assert str(KesuError("file_not_found", path="a.xlsx")) == "找不到文件：a.xlsx"


def test_the_catalogue_is_declared_not_filled_by_whichever_module_was_imported_first():
    """A fresh process that imported no form, no register and no reader still says every
    message: each module declares its codes (MESSAGES), the catalogue reads them all."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from kesu_docs.problems import Problem\n"
        "assert 'kesu_docs.forms.allowance' not in sys.modules and 'kesu_docs.parse.excel' not in sys.modules\n"
        "for code in ('total_in_words_invalid', 'not_a_spreadsheet', 'register_missing', 'office_missing'):\n"
        "    print(Problem(code, params={'reason': 'x', 'url': 'u'}).message('en'))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    lines = done.stdout.splitlines()
    assert len(lines) == 4 and not any(
        line.startswith(("total_in", "not_a", "register_", "office_")) for line in lines
    )
    assert "Not an Excel workbook" in lines[1] and "does not exist" in lines[2]
