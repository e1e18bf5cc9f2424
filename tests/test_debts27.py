"""Round 26's review debts (debts27): the work the reader did twice or the words it typed where
they can be derived. Real files (openpyxl, LibreOffice), the reader's own functions counted where
it matters how often they run."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import behind_a_cover, read_doc

from kesu_docs.parse import excel, xlsx_parts


# ---------------------------------------------------------------------------------- hidden sheets
@pytest.fixture
def counted(monkeypatch):
    """How often the reader opens a workbook's parts (``xlsx_parts.read_parts``) and which
    sheets it makes into boxes (``excel._xlsx_sheet``), the real functions run."""
    seen: dict[str, list[str]] = {"opened": [], "boxed": []}
    read_parts, xlsx_sheet = xlsx_parts.read_parts, excel._xlsx_sheet

    def opened(archive):
        seen["opened"].append("parts")
        return read_parts(archive)

    def boxed(title, *args, **kwargs):
        seen["boxed"].append(title)
        return xlsx_sheet(title, *args, **kwargs)

    # (the Excel reader holds its own name for read_parts since its imports stand at its top:
    # both names counted, as the reader and print_notes / excel_copy each call it)
    monkeypatch.setattr(xlsx_parts, "read_parts", opened)
    monkeypatch.setattr(excel, "read_parts", opened)
    monkeypatch.setattr(excel, "_xlsx_sheet", boxed)
    return seen


def test_a_form_on_a_hidden_sheet_is_read_from_the_workbook_opened_once(tmp_path, counted):
    """Before: the shown sheets were read, then the whole workbook again for its hidden ones."""
    sent = behind_a_cover(tmp_path, "hidden")
    doc = read_doc(sent)
    assert doc["record"]["customer"] and "form_on_hidden_sheet" in {w["code"] for w in doc["warnings"]}
    assert counted["opened"] == ["parts"]
    # the cover, then the hidden form: its drop-down lists (选项, hidden, no title) never made boxes
    assert counted["boxed"] == ["Cover", "成品退货单"]


def test_a_very_hidden_form_is_refused_from_the_workbook_opened_once(tmp_path, counted):
    """Refused once its form is read from the file opened once (fixd27: a very hidden sheet with a
    form's title and no form — a blank master copy — is no refusal; see test_fixd27)."""
    sent = behind_a_cover(tmp_path, "veryHidden")
    error = read_doc(sent)["errors"][0]
    assert error["code"] == "form_sheet_very_hidden"
    assert counted["opened"] == ["parts"] and counted["boxed"] == ["Cover", "成品退货单"]


# ---------------------------------------------------------------------------------- a zip of files
@pytest.mark.parametrize("name", ["scans.pdf", "scans.xlsx"])
def test_a_zip_of_files_under_a_forms_name_is_said_with_its_files_whatever_the_name(tmp_path, name):
    """One rule (``packed.zip_of``, given the zip's members) for a .pdf and a workbook's name:
    before, a zip named .pdf was "a zip archive" with no word of what it holds."""
    import zipfile

    sent = tmp_path / name
    with zipfile.ZipFile(sent, "w") as z:
        for each in ("scan-1.pdf", "scan-2.pdf", "photos/", "readme.txt"):
            z.writestr(each, b"" if each.endswith("/") else b"x")
    [error] = read_doc(sent)["errors"]
    assert "a zip archive (holding scan-1.pdf, scan-2.pdf, readme.txt), not the form" in error["message"]
    assert "unpack it first" in error["message"]


def test_an_office_package_is_no_zip_of_files():
    from kesu_docs.parse.packed import zip_of

    assert zip_of(["[Content_Types].xml", "xl/workbook.xml"]) is None
    said = zip_of(["a.txt", "b/", "c.pdf", "d.pdf", "e.pdf"])
    assert said is not None and "holding a.txt, c.pdf, d.pdf (+1)" in said.en


# ---------------------------------------------------------------------------------- ditto marks
def test_the_ditto_signs_are_unicodes_ditto_and_double_primes_and_a_keyboards_double_quotes():
    from kesu_docs.values import DITTO_MARKS

    assert set('〃″"“”〞') <= set(DITTO_MARKS)  # (the ones typed by hand before)
    assert set("ʺ‶〝〟") <= set(DITTO_MARKS)  # a modifier letter's, reversed and low double primes
    assert not set("„‟«»'") & set(DITTO_MARKS)  # a low or reversed-9 quotation mark, guillemets: no ditto


@pytest.mark.parametrize(
    ("right", "apart"),
    [
        ("〃", True),
        ("″", True),
        ("ʺ", True),
        ("‶", True),
        ("ʺ x", False),
        ('"', True),
        ("〃 同上", True),
        ("〝A〟", False),
        ("“A”", False),
    ],
)
def test_a_pdf_figure_parts_from_a_ditto_mark_but_no_quotation_or_inches(right: str, apart: bool) -> None:
    """``300│〃``: a figure and the ditto after it are two cells; ``40ʺ x`` (inches) and ``3〝…〟``
    (a quotation) are one text (fixc27: before, every ditto sign split them)."""
    from kesu_docs.parse.pdf_text import _figure_meets_text

    assert _figure_meets_text("40", right) is apart


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize("mark", ["ʺ", "‶"])
def test_a_double_prime_unicode_names_so_is_a_ditto_too(tmp_path: Path, form: str, mark: str) -> None:
    """U+02BA MODIFIER LETTER DOUBLE PRIME (a Mac's ″) and U+2036 REVERSED DOUBLE PRIME: before,
    read as the part's name and no price."""
    from helpers import book_as, field_codes
    from test_reader_holdout26_fixes import _return_with_ditto

    doc = read_doc(book_as(_return_with_ditto(tmp_path, "Shaft seal 40 mm", "5.50", mark), form), "return")
    items = doc["record"]["items"]
    assert [i["part_name"] for i in items] == ["Shaft seal 40 mm"] * 3
    assert [i["unit_price"] for i in items] == ["5.50"] * 3
    assert "value_ditto" in field_codes(doc, "items[2].part_name")


# ---------------------------------------------------------------------------------- lines over a value
@pytest.mark.parametrize("team", [["陈静", "质量部"], ["陈静", "质量部", "组长"]], ids=["two", "three"])
def test_a_tables_line_over_a_bottom_aligned_text_is_never_its_first_line(tmp_path, team):
    """A line with a cell of its own on its right is a row of its own, whatever the count of its
    cells (before: two cells beside it made a table's line, one cell made the text's first line:
    ``陈静`` read as the description's first line)."""
    from helpers import merged_description, parse_cli, soffice_convert

    # four lines filling A9:D12, right under a contacts table's line with nothing in the label's column
    lines = [f"批次 {k}：端盖螺纹滑牙 {k + 2} 件，扭矩不足。" for k in (1, 2, 3, 4)]
    book = merged_description(
        tmp_path / "cc.xlsx", lines, rows=4, between=[["联系人", "姓名", "部门"], ["", *team]]
    )
    pdf = soffice_convert(book, "pdf", tmp_path / "printed")
    _code, [doc] = parse_cli(pdf, "--kind", "complaint")
    lines = doc["record"]["description"].split("\n")
    assert lines[0].startswith("批次 1") and len(lines) == 4 and "陈静" not in doc["record"]["description"]


# ---------------------------------------------------------------------------------- totals captions
def test_every_word_of_the_one_totals_vocabulary_is_a_totals_caption():
    """terms.TOTALS_LINE_WORDS is the one list: guards' captions are made from it (before, 共计, 总额
    and the German words were typed again in guards, and a caption beginning with a bare total
    word of another language than English and German was none)."""
    from kesu_docs.parse.guards import totals_caption
    from kesu_docs.terms import TOTAL_WORDS, TOTALS_LINE_WORDS

    assert set(TOTAL_WORDS) <= set(TOTALS_LINE_WORDS)
    assert all(totals_caption(w) and totals_caption(f"{w}:") for w in TOTALS_LINE_WORDS)
    for caption in ("Total credit", "Net total", "Sub total", "Subtotals", "Summe netto", "Total credit 合计",
                    "Celkem bez DPH", "Totale merce", "Suma netto", "Toplam tutar", "共计金额"):  # fmt: skip
        assert totals_caption(caption), caption
    for text in ("Lump sum", "Shaft seal 40 mm", "Totally new part", "Summary of the defect", "合格",
                 "Gesamtübersicht", "Toplamında", "Sumário", "Sumário executivo"):  # fmt: skip
        assert not totals_caption(text), text  # (fixc27: ü, ı, á are letters of the word, no break)
    assert totals_caption("Total金額") and totals_caption("Total à créditer")


# ---------------------------------------------------------------------------------- lettered dollars
_DOLLARS = (
    "import json, sys\nimport babel.localedata as data\nfrom kesu_docs.parse.currency import dollar_signs\n"
    "table = dollar_signs()\nprint(json.dumps({'locales': len(data._cache), 'table': table}))"
)


def _dollars(cache: Path) -> dict:
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, "KESU_CACHE": str(cache)}
    run = subprocess.run(
        [sys.executable, "-c", _DOLLARS], capture_output=True, text=True, check=True, env=env
    )
    return json.loads(run.stdout)


def test_the_lettered_dollars_are_read_from_the_cldr_once_then_from_the_private_cache(tmp_path):
    """Before: every process loaded every Babel locale (some 1-3 s) at its first lettered ``$``."""
    first, second = _dollars(tmp_path / "cache"), _dollars(tmp_path / "cache")
    assert first["locales"] > 500  # (the CLDR's every locale, once)
    assert second["locales"] == 0 and second["table"] == first["table"]
    assert {first["table"][s] for s in ("NZ$", "AR$", "RD$", "CL$")} == {"NZD", "ARS", "DOP", "CLP"}
    assert "C$" not in first["table"]  # (Canada's and Nicaragua's)


def test_a_lettered_dollars_table_others_could_write_is_never_read(tmp_path):
    import babel

    cache = tmp_path / "cache"
    _dollars(cache)
    [kept] = (cache / "cldr").glob("dollar-signs-*.json")
    assert kept.name.startswith(f"dollar-signs-{babel.__version__}-") and kept.stat().st_mode & 0o777 == 0o600
    kept.write_text('{"NZ$": "XXX"}')
    kept.chmod(0o666)  # planted, or left writable by others
    assert _dollars(cache)["table"]["NZ$"] == "NZD"
    kept.chmod(0o600)
    kept.write_text("{damaged")
    assert _dollars(cache)["table"]["NZ$"] == "NZD"
