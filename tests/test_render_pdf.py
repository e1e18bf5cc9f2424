"""Rendered documents as printed: converted by LibreOffice to PDF, read back page by page."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import COMPLAINT, NUMBER
from helpers import checked_complaint as complaint

from kesu_docs.config import Settings
from kesu_docs.render import Renderer, to_pdf

pytestmark = [
    pytest.mark.libreoffice,
    pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"),
    pytest.mark.skipif(
        shutil.which("pdftotext") is None, reason="pdftotext (poppler-utils) is not installed"
    ),
]

CUSTOMER = "A&B <Ltd> {{ 7*7 }}"
DESCRIPTION = "{% if true %}划伤{% endif %}"
COPY_LABEL = re.compile(r"第([一二三四五])联")


def pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [page for page in text.split("\f") if page.strip()]


def by_copy(pdf: Path) -> dict[str, list[str]]:
    """Pages grouped by the copy whose routing stamp they carry (each page carries exactly one)."""
    out: dict[str, list[str]] = {}
    for page in pages(pdf):
        labels = set(COPY_LABEL.findall(page))
        assert len(labels) == 1, f"a page with copy labels {labels}:\n{page}"
        out.setdefault(labels.pop(), []).append(page)
    return out


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, Path]:
    """One LibreOffice run for all the documents the tests read."""
    out = tmp_path_factory.mktemp("pdf")
    r = Renderer(settings=Settings())
    record = complaint(customer=CUSTOMER, description=DESCRIPTION)
    docs = {
        "issued": r.render_to(out / "issued.docx", record, number=NUMBER, issued_date=dt.date(2026, 9, 4)),
        "void": r.render_to(out / "void.docx", record, number=NUMBER, status="void", void_reason="客户撤回"),
        "reprint": r.render_to(
            out / "reprint.docx", record, number=NUMBER, status="reprint", issued_date=dt.date(2026, 9, 4)
        ),
        "long": r.render_to(
            out / "long.docx",
            complaint(root_cause="\n".join(f"原因第 {i} 条：包装材料强度不足" for i in range(60))),
            number=NUMBER,
        ),
    }
    made = to_pdf(docs.values(), out)
    assert made == [out / f"{name}.pdf" for name in docs]
    return dict(zip(docs, made))


def test_the_pdf_holds_five_copies_each_with_its_stamp_number_and_form_code(pdfs):
    copies = by_copy(pdfs["issued"])
    assert sorted(copies) == sorted("一二三四五")
    for copy in COMPLAINT.copies:
        for page in copies[copy.ordinal_zh[1]]:
            flat = re.sub(r"\s+", " ", page)
            assert copy.label in flat, copy.label
            assert NUMBER in page
            assert "QR-047-01-A2" in page
            assert "受控" in page and "CONTROLLED COPY" in page
            assert "不得影印送客户" in flat
            assert re.search(r"第 1 页 共 \d+ 页", page)


def test_names_with_markup_and_template_syntax_print_literally_in_the_pdf(pdfs):
    for page in pages(pdfs["issued"]):
        assert CUSTOMER in page
        assert DESCRIPTION in page
        assert "49" not in page.replace("2026-09-03", "")


def test_a_void_document_says_void_on_every_copy(pdfs):
    copies = by_copy(pdfs["void"])
    assert len(copies) == 5
    for group in copies.values():
        assert any("作废" in page and "VOID" in page and "客户撤回" in page for page in group)
        assert not any("CONTROLLED COPY" in page for page in group)


def test_a_reprint_says_reprint_with_the_original_issue_date_on_every_copy(pdfs):
    copies = by_copy(pdfs["reprint"])
    assert len(copies) == 5
    for group in copies.values():
        assert any("补印" in page and "2026-09-04" in page for page in group)


def test_chinese_text_is_set_in_a_cjk_font(pdfs):
    if shutil.which("pdffonts") is None:
        pytest.skip("pdffonts (poppler-utils) is not installed")
    fonts = subprocess.run(
        ["pdffonts", str(pdfs["issued"])], capture_output=True, text=True, check=True
    ).stdout
    assert "CJK" in fonts or "Song" in fonts or "Sim" in fonts, fonts
    # every font embedded (pdffonts' "emb" column), so the copies print the same on any machine
    rows = fonts.splitlines()[2:]
    embedded = [re.search(r"\s(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$", row) for row in rows]
    assert rows and all(m is not None and m.group(1) == "yes" for m in embedded), fonts


def test_a_copy_longer_than_a_page_numbers_its_pages_page_x_of_y(pdfs):
    copies = by_copy(pdfs["long"])
    assert len(copies) == 5
    for group in copies.values():
        count = len(group)
        assert count >= 2
        for n, page in enumerate(group, start=1):
            assert f"第 {n} 页 共 {count} 页" in page and f"Page {n} of {count}" in page


def test_pdfs_land_in_a_folder_on_another_file_system_than_the_temporary_one(tmp_path):
    # a USB stick or network share as the output folder, the system's temp folder elsewhere:
    # the page-count pass of a long document must still put its PDF in place
    import os
    import tempfile

    shm = Path("/dev/shm")
    if not shm.is_dir() or os.stat(shm).st_dev == os.stat(tempfile.gettempdir()).st_dev:
        pytest.skip("needs /dev/shm on another file system than the temporary folder")
    out = Path(tempfile.mkdtemp(dir=shm, prefix="kesu-test-"))
    try:
        long = complaint(root_cause="\n".join(f"原因第 {i} 条：包装材料强度不足" for i in range(60)))
        source = Renderer(settings=Settings()).render_to(out / "long.docx", long, number=NUMBER)
        [pdf] = to_pdf([source], out)
        assert pdf == out / "long.pdf"
        group = by_copy(pdf)["一"]
        assert f"第 1 页 共 {len(group)} 页" in group[0]
        assert sorted(p.name for p in out.iterdir()) == ["long.docx", "long.pdf"]
    finally:
        shutil.rmtree(out, ignore_errors=True)
