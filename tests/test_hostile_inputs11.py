"""Hostile inputs, the twenty-second round: a credit note whose back page prints its terms and
conditions in 6 pt (a page denser than ``pdf_page_chars``: skipped with a warning, the form's page
read — refused only when the form's own page is the dense one), and more of what an attacker or a
clumsy clerk sends. Real files, through the reader and the commands."""

from __future__ import annotations

import time
from pathlib import Path

from fpdf import FPDF

from kesu_docs.parse import parse_paths
from tests.test_hostile_inputs6 import CJK, kesu_process, parsed

# ------------------------------------------------------------------- a page of fine print
MEMO = [
    [(60, "CREDIT MEMO")],
    [(60, "Credit memo no."), (200, "9100045521")],
    [(60, "Sold-to party"), (200, "Continental Automotive (Tianjin)")],
    [(60, "Reference invoice"), (200, "9000381177")],
    [(60, "Description"), (260, "Quantity"), (360, "Net value"), (460, "Tax")],
    [(60, "Sensor bracket SB-12"), (260, "2,000"), (360, "1,700.00"), (460, "221.00")],
    [(260, "Total net"), (360, "1,700.00")],
    [(260, "Output tax 13 %"), (360, "221.00")],
    [(260, "Final amount"), (360, "1,921.00")],
]

TERMS = (
    "Goods remain the seller's property until paid in full. Claims for shortage or damage must be "
    "notified in writing within seven days of delivery. Liability is limited to the invoice value. "
)


def _memo_lines(pdf: FPDF) -> None:
    pdf.set_font("Helvetica", size=10)
    for i, line in enumerate(MEMO):
        for x, text in line:
            pdf.text(x, 80 + 30 * i, text)


def _fine_print(pdf: FPDF, chars: int, size: float = 4, top: float = 12) -> None:
    """``chars`` characters of terms and conditions in ``size`` pt, line under line from ``top``."""
    pdf.set_font("Helvetica", size=size)
    text = (TERMS * (chars // len(TERMS) + 1))[:chars]
    per_line = int(570 / (size * 0.5))
    step = size * 1.1
    for n, start in enumerate(range(0, len(text), per_line)):
        pdf.text(12, top + n * step, text[start : start + per_line])


def _credit_note(path: Path, pages: list[str], chars: int = 40_000, size: float = 4) -> Path:
    """A credit note of ``pages``: "memo" the form, "terms" a page of ``chars`` characters of
    fine print, "memo+terms" the form with the fine print under it on one page, "cover" a
    covering note."""
    pdf = FPDF(unit="pt", format="A4")
    for page in pages:
        pdf.add_page()
        if page in ("memo", "memo+terms"):
            _memo_lines(pdf)
        if page == "terms":
            _fine_print(pdf, chars, size)
        if page == "memo+terms":
            _fine_print(pdf, chars, 2.2, top=380)
        if page == "cover":
            pdf.set_font("Helvetica", size=11)
            pdf.text(60, 80, "Please find our documents attached. Kind regards, Accounts")
    pdf.output(str(path))
    return path


def _read(path: Path) -> dict:
    [result] = parse_paths([path], kind="allowance")
    return result.to_dict("en")


def test_a_back_page_of_terms_in_fine_print_is_skipped_with_a_warning_and_the_form_read(tmp_path):
    """A credit note's back page of 40,000 characters in 4 pt (over ``pdf_page_chars``, 30,000)
    refused the whole file; now the form's page is read and the document warns which page was
    left out, why, and what to do — in English and in Chinese. The terms first works alike."""
    for order in (["memo", "terms"], ["terms", "memo"]):
        path = _credit_note(tmp_path / f"{'-'.join(order)}.pdf", order)
        doc = _read(path)
        assert not [e for e in doc["errors"] if e["code"] == "limit_exceeded"], doc["errors"]
        assert doc["record"]["total"] == "1921.00", doc["record"]
        [said] = [w for w in doc["warnings"] if w["code"] == "dense_page_skipped"]
        dense = order.index("terms") + 1
        assert f"Page(s) {dense} " in said["message"] and "pdf_page_chars" in said["message"], said
        assert "at most 30,000" in said["message"] and "(40," in said["message"], said  # (with line ends)
        [result] = parse_paths([path], kind="allowance")
        zh = result.to_dict("zh")
        [said_zh] = [w for w in zh["warnings"] if w["code"] == "dense_page_skipped"]
        assert f"第 {dense} 页" in said_zh["message"] and CJK.search(said_zh["message"]), said_zh


def test_the_forms_own_page_too_dense_refuses_the_file_naming_that_page(tmp_path):
    """The form's page itself over the limit (its fine print under the form on one page, after a
    covering note): no form on the pages read, so the file is refused naming the dense page —
    never the covering note read as "not a form", never a form read from half the file. Every
    page dense: refused too."""
    path = _credit_note(tmp_path / "dense-form.pdf", ["cover", "memo+terms"])
    doc = _read(path)
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    message = doc["errors"][0]["message"]
    assert "page 2" in message and "pdf_page_chars" in message, message
    assert doc["record"] is None or not doc["record"].get("total"), doc["record"]
    path = _credit_note(tmp_path / "all-terms.pdf", ["terms", "terms"])
    doc = _read(path)
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]


def test_a_dense_page_skipped_costs_little_time_and_memory_under_a_lowered_limit(tmp_path):
    """``pdf_page_chars`` lowered to 1,000 in kesu.toml: a back page of 3,000 characters is
    skipped (warned), raised to 100,000 it is read (no warning). A back page of 250,000
    characters (a page of 200,000 one-letter words kept the reader 42 s and 430 MB) behind the
    form costs a moment: PDFium counts its characters before any is placed, and it is left."""
    path = _credit_note(tmp_path / "memo.pdf", ["memo", "terms"], chars=3_000, size=6)
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_chars = 1000\n", encoding="utf-8")
    status, out, err, _ = kesu_process("parse", "--kind", "allowance", path, cwd=tmp_path, lang="en")
    [doc] = parsed(out)
    assert "Traceback" not in err, err
    assert ["dense_page_skipped"] == [w["code"] for w in doc["warnings"] if w["code"] == "dense_page_skipped"]
    assert doc["record"]["total"] == "1921.00", doc
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_chars = 100000\n", encoding="utf-8")
    status, out, err, _ = kesu_process("parse", "--kind", "allowance", path, cwd=tmp_path, lang="en")
    [doc] = parsed(out)
    assert "dense_page_skipped" not in [w["code"] for w in doc["warnings"]], doc["warnings"]
    (tmp_path / "kesu.toml").unlink()
    heavy = tmp_path / "heavy.pdf"
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    _memo_lines(pdf)
    pdf.add_page()
    pdf.set_font("Helvetica", size=1)
    for row in range(500):  # 500 lines of 250 one-letter words: 250,000 characters with their spaces
        pdf.text(5, 5 + row * 1.6, " ".join("abcdefghij"[(row + k) % 10] for k in range(250)))
    pdf.output(str(heavy))
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", "--kind", "allowance", heavy, cwd=tmp_path, lang="en")
    spent = time.monotonic() - started
    [doc] = parsed(out)
    assert "dense_page_skipped" in [w["code"] for w in doc["warnings"]], doc
    assert doc["record"]["total"] == "1921.00", doc
    assert spent < 30 and peak < 400_000, (spent, peak)
