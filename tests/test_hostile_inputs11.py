"""Hostile inputs, the twenty-second round: a credit note whose back page prints its terms and
conditions in 6 pt (a page denser than ``pdf_page_chars``: skipped with a warning, the form's page
read — refused only when the form's own page is the dense one), and more of what an attacker or a
clumsy clerk sends. Real files, through the reader and the commands."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
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


# ------------------------------------------------------------------- crafted workbooks
def _workbooks(folder: Path) -> dict[str, Path]:
    """A table of a million shared strings of which one cell uses one; a cell's style index
    past the styles table (and below it); defined names each the other's (the form's own
    ``kesu.customer`` among them), one of them in a cell's formula."""
    import random
    import re
    import string

    from tests.test_hostile_inputs6 import _parts, _with_cell, _with_strings, _workbook

    folder.mkdir()
    out: dict[str, Path] = {}
    chance = random.Random(22)  # (letters that do not deflate 100 : 1: the zip_ratio limit passes)
    strings = ["".join(chance.choices(string.ascii_letters, k=8)) for _ in range(1_000_000)]
    strings[5] = "华南精密电子"
    parts = _with_cell(_with_strings(_parts(), strings), "B6", '<c r="B6" s="8" t="s"><v>5</v></c>')
    out["strings"] = _workbook(folder / "01-百万共享字符串.xlsx", parts)
    for key, style in (("style_past", "9999"), ("style_below", "-1")):
        cell = f'<c r="B6" s="{style}" t="inlineStr"><is><t>华南精密电子</t></is></c>'
        out[key] = _workbook(folder / f"02-样式{style}.xlsx", _with_cell(_parts(), "B6", cell))
    parts = _parts()
    parts["xl/workbook.xml"] = re.sub(
        rb'<definedName name="kesu.order_no">[^<]*</definedName>',
        b'<definedName name="kesu.order_no">loop_a</definedName><definedName name="loop_a">loop_b'
        b'</definedName><definedName name="loop_b">kesu.order_no</definedName><definedName '
        b'name="itself">itself</definedName><definedName localSheetId="0" name="_xlnm.Print_Area">'
        b"_xlnm.Print_Area</definedName>",
        parts["xl/workbook.xml"],
    )
    parts = _with_cell(parts, "F7", '<c r="F7" s="8" t="str"><f>loop_a</f><v>PN-0001</v></c>')
    out["names"] = _workbook(folder / "03-名称循环.xlsx", parts)
    return out


def test_crafted_workbooks_are_read_in_bounded_time_and_memory_or_said(tmp_path):
    """A million shared strings for one cell (24 MB of XML, within the zip limits: the table is
    counted and read once, 7 s and 170 MB); a style index past the styles table or below it (the
    cell's value read, its style taken as none); defined names in a loop, the form's
    ``kesu.order_no`` among them, and a formula naming one (the cell's cached value stands, the
    order number read by its label, no hang, no Python error)."""
    files = _workbooks(tmp_path / "收件箱")
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", tmp_path / "收件箱", cwd=tmp_path, lang="en", timeout=300)
    spent = time.monotonic() - started
    assert "Traceback" not in err, err
    assert spent < 90 and peak < 400_000, (spent, peak)
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    by = {key: docs[path.name] for key, path in files.items()}
    for key in ("strings", "style_past", "style_below"):
        assert by[key]["valid"] and by[key]["record"]["customer"] == "华南精密电子", by[key]
    assert by["names"]["valid"], by["names"]
    assert by["names"]["record"]["order_no"] and by["names"]["record"]["part_no"] == "PN-0001", by["names"]


# ------------------------------------------------------------------- crafted PDFs
def _stream(data: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def _memo_ops(customer: bytes = b"Continental Automotive") -> list[bytes]:
    """The credit memo's lines as content operators, in Helvetica (codes as ASCII)."""
    ops = []
    for i, line in enumerate(MEMO):
        for x, text in line:
            shown = customer if text == "Continental Automotive (Tianjin)" else text.encode()
            ops.append(b"BT /F1 10 Tf %d %d Td (%s) Tj ET" % (x, 842 - 80 - 30 * i, shown))
    return ops


_CATALOG = b"<< /Type /Catalog /Pages 2 0 R >>"
_PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"


def _in_pieces(count: int = 10_000) -> bytes:
    """The memo's page whose /Contents is an array of ``count`` streams, one operator each."""
    from hostile import _pdf

    ops = _memo_ops()
    streams = [_stream(ops[k] if k < len(ops) else b"q Q") for k in range(count)]
    refs = b" ".join(b"%d 0 R" % (5 + k) for k in range(count))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [" + refs + b"] "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf([_CATALOG, _PAGES, page, font, *streams])


def _mapped(to: dict[int, int], customer: bytes = b"Continental Automotive") -> bytes:
    """The memo in a font whose /ToUnicode maps each code of ``to`` to its character (every
    other code as itself)."""
    from hostile import _pdf

    pairs = [(c, to.get(c, c)) for c in range(0x20, 0x7F)]
    blocks = b"".join(
        b"%d beginbfchar\n" % len(pairs[k : k + 100])
        + b"".join(b"<%02X> <%04X>\n" % pair for pair in pairs[k : k + 100])
        + b"endbfchar\n"
        for k in range(0, len(pairs), 100)
    )
    cmap = (
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry "
        b"(Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 "
        b"def 1 begincodespacerange <00> <FF> endcodespacerange\n"
        + blocks
        + b"endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R "
        b"/Resources << /Font << /F1 4 0 R >> >> >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"
    return _pdf([_CATALOG, _PAGES, page, font, _stream(b"\n".join(_memo_ops(customer))), _stream(cmap)])


def test_crafted_pdfs_are_read_or_said_and_no_bidi_override_is_filed(tmp_path):
    """A page whose /Contents is 10,000 tiny streams: read, in a moment. Fonts whose /ToUnicode
    maps every code to U+FFFD, to C0 or to C1 controls, with the form's kind told: said to be an
    undecodable text layer (it was "not a form (words found: )", an empty quote). A /ToUnicode
    turning one code into U+202E (or U+2067) before the customer's name: refused on that field,
    naming the character; ``kesu render`` files the form beside it and nothing of the crafted
    one reaches the register, its exports or the output folder."""
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    files = {
        "pieces": ("01-万段内容.pdf", _in_pieces()),
        "fffd": ("02-全是FFFD.pdf", _mapped(dict.fromkeys(range(0x20, 0x7F), 0xFFFD))),
        "c0": ("03-C0.pdf", _mapped({c: 1 + c % 31 for c in range(0x20, 0x7F)})),
        "c1": ("04-C1.pdf", _mapped({c: 0x80 + c % 31 for c in range(0x20, 0x7F)})),
        "rlo": ("05-RLO.pdf", _mapped({0x7E: 0x202E}, b"~latnenitnoC Automotive")),
        "rli": ("06-RLI.pdf", _mapped({0x7E: 0x2067}, b"~Continental Automotive")),
    }
    for name, data in files.values():
        (inbox / name).write_bytes(data)
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", "--kind", "allowance", inbox, cwd=tmp_path, lang="en")
    assert "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    by = {key: docs[name] for key, (name, _) in files.items()}
    assert by["pieces"]["record"]["total"] == "1921.00", by["pieces"]
    for key in ("fffd", "c0", "c1"):
        assert [e["code"] for e in by[key]["errors"]] == ["garbled_text_layer"], by[key]["errors"]
    for key, char in (("rlo", "U+202E"), ("rli", "U+2067")):
        [error] = [e for e in by[key]["errors"] if e["code"] == "invalid_characters"]
        assert error["field"] == "buyer" and char in error["message"], error
        assert "\u202e" not in error["message"] and "\u2067" not in error["message"]
    # filed beside a form that is fine: the crafted one is not, nor any of its text
    fine = inbox / "00-fine.json"
    from hostile import complaint, write_json

    write_json(fine, complaint())
    status, out, err, _ = kesu_process(
        "render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "k.db", cwd=tmp_path, lang="en"
    )
    assert status in (1, 2) and "Traceback" not in err, err
    made = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert made == ["complaint-202609001.docx"], made
    status, listed, err, _ = kesu_process(
        "register", "list", "--all", "--format", "csv", "--db", tmp_path / "k.db", cwd=tmp_path
    )
    assert status == 0 and listed.count("\n") == 2, listed + err  # (its heading and the one form)
    assert "\u202e" not in listed and "\u2067" not in listed and "Continental" not in listed


# ------------------------------------------------------------------- names a clerk's inbox brings
def test_names_windows_reserves_or_drops_are_filed_inside_the_output_folder_or_said(tmp_path):
    """Forms named ``CON.xlsx``, ``LPT1.xlsx``, ``com1.XLSX``, ``aux.json`` (Windows' device
    names), ``..xlsx``, ``a..b.xlsx``, `` 前空格.xlsx``: read and filed, every file written inside
    the output folder under a name Windows can open. ``客诉单.xlsx.`` and ``客诉单.xlsx `` (a
    trailing dot or space, which Windows drops: its Explorer can neither open nor rename such a
    file) were passed over in silence in a folder, and said "unsupported file type: .xlsx " when
    named: each is now listed, with the name to give it, in both languages."""
    from hostile import complaint, write_json

    from tests.test_hostile_inputs6 import SAMPLES

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    form = (SAMPLES / "complaint-valid.xlsx").read_bytes()
    for name in ("CON.xlsx", "LPT1.xlsx", "com1.XLSX", "..xlsx", "a..b.xlsx", " 前空格.xlsx"):
        (inbox / name).write_bytes(form)
    write_json(inbox / "aux.json", complaint())
    for name in ("客诉单.xlsx.", "客诉单2.xlsx ", "退货单.pdf..", "记录.json. "):
        (inbox / name).write_bytes(form)
    out = tmp_path / "out"
    status, said, err, _ = kesu_process(
        "render", inbox, "-o", out, "--db", tmp_path / "k.db", cwd=tmp_path, lang="en"
    )
    assert status == 2 and "Traceback" not in err, err  # (a file not read: 2, DESIGN.md)
    assert "11 documents: 7 rendered, 4 not" in said, said
    made = [p for p in out.rglob("*")]
    assert made and all(p.resolve().is_relative_to(out.resolve()) for p in made)
    reserved = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)), *(f"lpt{n}" for n in range(10))}
    for p in made:
        assert p.name == p.name.rstrip(". ") and p.name.split(".")[0].strip().lower() not in reserved, p.name
    status, said, _err, _ = kesu_process(
        "parse", inbox / "客诉单.xlsx.", inbox / "记录.json. ", cwd=tmp_path, lang="en"
    )
    first, second = parsed(said)
    assert [e["code"] for e in first["errors"]] == ["name_ends_in_dot_or_space"], first
    assert (
        "'客诉单.xlsx.'" in first["errors"][0]["message"]
        and "rename it '客诉单.xlsx'" in first["errors"][0]["message"]
    )
    assert "rename it '记录.json'" in second["errors"][0]["message"], second
    status, said, _err, _ = kesu_process("parse", inbox / "客诉单2.xlsx ", cwd=tmp_path)
    [doc] = parsed(said)
    assert (
        "“客诉单2.xlsx ”" in doc["errors"][0]["message"]
        and "改名为“客诉单2.xlsx”" in doc["errors"][0]["message"]
    )


# ------------------------------------------------------------------- a batch of 300
def _broken(path: Path, n: int) -> Path:
    """The ``n``-th kind of broken file a mailbox brings, at ``path`` (its suffix set here)."""
    from hostile import complaint, write_json

    from tests.test_hostile_inputs6 import SAMPLES

    form = (SAMPLES / "complaint-valid.xlsx").read_bytes()
    made = [
        (".xlsx", form[: len(form) // 2]),  # cut short in the download
        (".json", b'{"kind": "complaint", "customer": '),  # JSON cut short
        (".pdf", b""),  # empty
        (".pdf", b"%PDF-1.4\n" + b"\x00garbage" * 100),  # a PDF header and nothing else
        (".xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600),  # an OLE2 header, no workbook
        (".json", None),  # a complaint received on 30 February
        (".pdf", b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog"),  # cut short
        (".xlsx", b"PK\x03\x04" + b"\xff" * 500),  # a zip's first bytes only
        (".json", b"[1, 2, 3]"),  # no records
        (".xlsx", b"<html><body><table><tr><td>x</td></tr></table></body></html>"),  # a web page
    ][n % 10]
    target = path.with_suffix(made[0])
    if made[1] is None:
        return write_json(target, complaint(received_date="2026-02-30"))
    target.write_bytes(made[1])
    return target


def test_a_batch_of_300_with_every_30th_broken_files_the_rest_and_names_each_broken_one(tmp_path):
    """300 forms, every 30th broken in a different way (cut short, empty, another format's
    header, no records, a web page, a date that is none): each broken one listed with its
    reason, the 290 others numbered 202609001–202609290 in order, no gap, one document each;
    exit code 2 (a file that cannot be read, DESIGN.md); run again, nothing new is numbered."""
    from hostile import complaint, write_json

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    broken = []
    for i in range(300):
        if i % 30 == 29:
            broken.append(_broken(inbox / f"{i:03d}", i // 30).name)
        else:
            write_json(inbox / f"{i:03d}.json", complaint(order_no=f"SO-{i:04d}"))
    args = ("render", inbox, "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    status, said, err, _ = kesu_process(*args, cwd=tmp_path, lang="en", timeout=600)
    assert status == 2 and "Traceback" not in err, err
    assert "300 documents: 290 rendered, 10 not" in said, said
    status, parsed_out, err, _ = kesu_process("parse", inbox, cwd=tmp_path, lang="en", timeout=600)
    docs = {Path(d["source"]).name: d for d in parsed(parsed_out)}
    assert len(docs) == 300
    for name in broken:
        assert docs[name]["errors"] and all(e["message"] for e in docs[name]["errors"]), docs[name]
    from kesu_docs.register import Register

    with Register.open(tmp_path / "k.db") as register:
        numbers = [d.number for d in register.documents()]
    assert numbers == [f"202609{n:03d}" for n in range(1, 291)], numbers[:3]
    assert len(list((tmp_path / "out").glob("complaint-*.docx"))) == 290
    status, said, err, _ = kesu_process(*args, cwd=tmp_path, lang="en", timeout=600)
    assert status == 2, err
    with Register.open(tmp_path / "k.db") as register:
        assert len(list(register.documents())) == 290


# ------------------------------------------------------------------- a register held mid-batch
def test_a_register_held_past_the_wait_mid_batch_leaves_no_gap_and_no_number_twice(tmp_path, monkeypatch):
    """Another program (DB Browser left in a write, a colleague's batch) takes the register
    while a batch is between two of its chunks, and holds it past the busy timeout (0.3 s
    here, a minute in use): the clerk is told who holds it, what was numbered and
    written before (the chunk after the one being written is numbered already: its numbers are
    kept, their documents written by the next run) and what to do, exit code 2; no number is
    taken for what was not read; run again once it is free, the batch finishes:
    202609001–202609040 each once, in input order, a document each, no gap."""
    import sqlite3
    import threading

    from click.testing import CliRunner
    from hostile import complaint, write_json

    from kesu_docs import filing
    from kesu_docs.cli import cli
    from kesu_docs.register import Register, database

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    for i in range(40):
        write_json(inbox / f"{i:02d}.json", complaint(order_no=f"SO-{i:04d}"))
    db, out = tmp_path / "k.db", tmp_path / "out"
    with Register.open(db, create=True):
        pass
    monkeypatch.setattr(filing, "CHUNK", 4)  # ten chunks: the other program comes between two
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    held = threading.Event()

    def other_program() -> None:
        while not any(out.glob("*.docx")):  # the batch's first documents are written
            time.sleep(0.005)
        holder = sqlite3.connect(db, timeout=0.001, isolation_level=None, check_same_thread=False)
        try:
            while True:
                try:
                    holder.execute("BEGIN EXCLUSIVE")
                    break
                except sqlite3.OperationalError:  # (the batch is writing: try again at once)
                    continue
            held.set()
            time.sleep(3)
            holder.rollback()
        finally:
            holder.close()

    runner = threading.Thread(target=other_program)
    runner.start()
    try:
        done = CliRunner().invoke(
            cli, ["render", str(inbox), "-o", str(out), "--db", str(db)], env={"KESU_LANG": "en"}
        )
    finally:
        runner.join()
    assert held.is_set()
    assert done.exit_code == 2 and "another program held the register" in done.output, done.output
    assert "Traceback" not in done.output, done.output
    with Register.open(db) as register:
        first = [(d.number, d.source) for d in register.documents()]
    assert 0 < len(first) < 40, first
    assert [n for n, _ in first] == [f"202609{k:03d}" for k in range(1, len(first) + 1)]  # no gap
    assert [Path(s).name for _, s in first] == [f"{k:02d}.json" for k in range(len(first))]
    written = sorted(p.name for p in out.glob("*.docx"))
    # the chunk after the one being written was numbered: its numbers are kept for the next run
    assert written == [f"complaint-{n}.docx" for n, _ in first][: len(written)], (written, first)
    said = f"{len(first)} documents numbered, {len(written)} files written"
    assert said in done.output and "no number skipped or issued twice" in done.output, done.output
    done = CliRunner().invoke(
        cli, ["render", str(inbox), "-o", str(out), "--db", str(db)], env={"KESU_LANG": "en"}
    )
    assert done.exit_code == 0, done.output
    with Register.open(db) as register:
        after = [(d.number, Path(d.source).name) for d in register.documents()]
    assert after == [(f"202609{k + 1:03d}", f"{k:02d}.json") for k in range(40)], after
    assert len(list(out.glob("*.docx"))) == 40


# ------------------------------------------------------------------- forms drawing forms
def _nested_forms(levels: int, fan: int = 10, escaped: bool = False) -> bytes:
    """A page drawing a form XObject that draws the next ``fan`` times, ``levels`` deep, the
    last a line of ten letters: ``fan ** (levels - 1)`` draws from a file of 2.5 kB.
    ``escaped``: each /Form written ``/F#6frm`` (PDFium reads it as /Form)."""
    from hostile import _pdf

    subtype = b"/F#6frm" if escaped else b"/Form"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << "
        b"/Font << /F1 4 0 R >> /XObject << /X 6 0 R >> >> >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [
        _CATALOG,
        _PAGES,
        page,
        font,
        _stream(b"BT /F1 12 Tf 50 800 Td (Customer: ACME) Tj ET q /X Do Q"),
    ]
    for k in range(levels):
        last = k == levels - 1
        body = b"BT /F1 1 Tf 10 10 Td (abcdefghij) Tj ET" if last else b" ".join([b"q /X Do Q"] * fan)
        inner = b"" if last else b"/XObject << /X %d 0 R >> " % (7 + k)
        head = b"<< /Type /XObject /Subtype " + subtype + b" /BBox [0 0 595 842] /Resources << " + inner
        head += b"/Font << /F1 4 0 R >> >> /Length %d >>" % len(body)
        objects.append(head + b"\nstream\n" + body + b"\nendstream")
    return _pdf(objects)


def test_forms_drawing_forms_ten_million_times_are_refused_in_a_moment(tmp_path):
    """Seven form XObjects, each drawing the next ten times: 2.5 kB asking PDFium for ten million
    draws — it aborted the process (and the batch with it) at 2.6 GB after 38 s. Now
    ``pdf_form_draws`` (20,000 a page) refuses it before PDFium loads the page, the /Form name
    escaped too, beside a form that is read; a thousand draws are read (no form in them), and
    refused with the limit lowered in kesu.toml."""
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    (inbox / "01-七层.pdf").write_bytes(_nested_forms(7))
    (inbox / "02-转义.pdf").write_bytes(_nested_forms(7, escaped=True))
    (inbox / "03-千次.pdf").write_bytes(_nested_forms(4))
    _credit_note(inbox / "04-memo.pdf", ["memo"])
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", "--kind", "allowance", inbox, cwd=tmp_path, lang="en")
    assert "Traceback" not in err and status == 2, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    docs = {Path(d["source"]).name: d for d in parsed(out)}
    for name in ("01-七层.pdf", "02-转义.pdf"):
        [error] = docs[name]["errors"]
        assert error["code"] == "limit_exceeded" and "pdf_form_draws" in error["message"], error
        assert "page 1" in error["message"] and "20,000" in error["message"], error
    assert "limit_exceeded" not in [e["code"] for e in docs["03-千次.pdf"]["errors"]]
    assert docs["04-memo.pdf"]["record"]["total"] == "1921.00"
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_form_draws = 1000\n", encoding="utf-8")
    status, out, err, _ = kesu_process("parse", inbox / "03-千次.pdf", cwd=tmp_path)
    [doc] = parsed(out)
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc
    assert "第 1 页" in doc["errors"][0]["message"] and "pdf_form_draws" in doc["errors"][0]["message"]


def _forms_named(levels: int, fan: int, escaped: bool, without_resources: bool) -> bytes:
    """A page drawing /X1, each form /Xk drawing /X(k+1) ``fan`` times, the last a letter; the
    page's resources name them all. ``escaped``: drawn as ``/X#31 Do`` (the name /X1);
    ``without_resources``: the forms have no /Resources (PDFium draws them with the page's)."""
    from hostile import _pdf

    def name(k: int) -> bytes:
        return b"/X#3%d" % k if escaped else b"/X%d" % k

    every = b" ".join(b"/X%d %d 0 R" % (k, 5 + k) for k in range(1, levels + 1))
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 5 0 R /Resources << "
        b"/Font << /F1 4 0 R >> /XObject << " + every + b" >> >> >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objects = [
        _CATALOG,
        _PAGES,
        page,
        font,
        _stream(b"BT /F1 12 Tf 50 800 Td (Customer: ACME) Tj ET " + name(1) + b" Do"),
    ]
    for k in range(1, levels + 1):
        body = (
            b" ".join([b"q " + name(k + 1) + b" Do Q"] * fan)
            if k < levels
            else b"BT /F1 4 Tf 10 10 Td (A) Tj ET"
        )
        own = (
            b""
            if without_resources
            else b"/Resources << /Font << /F1 4 0 R >> /XObject << " + every + b" >> >> "
        )
        head = b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] " + own + b"/Length %d >>" % len(body)
        objects.append(head + b"\nstream\n" + body + b"\nendstream")
    return _pdf(objects)


@pytest.mark.parametrize(("escaped", "without_resources"), [(True, False), (False, True), (True, True)])
def test_forms_drawn_by_escaped_names_or_without_resources_are_counted(escaped, without_resources):
    """Five forms, each drawing the next twenty times (160,000 draws): ``/X#31 Do`` was looked up
    as the name ``/X#31`` and found nothing, and a form without /Resources was counted as
    drawing nothing (PDFium draws with the page's) — both passed ``pdf_form_draws``. The name's
    escapes are undone and the resources inherited: refused; the plain file is refused as before
    and a small one is read."""
    from kesu_docs.parse.limits import check_pdf_form_draws
    from kesu_docs.problems import SourceError

    for data in (_forms_named(5, 20, escaped, without_resources), _forms_named(5, 20, False, False)):
        with pytest.raises(SourceError) as refused:
            check_pdf_form_draws(data)
        assert refused.value.code == "limit_exceeded" and "pdf_form_draws" in str(refused.value)
    check_pdf_form_draws(_forms_named(3, 5, escaped, without_resources))


def test_a_page_of_fine_print_is_said_when_a_layout_profile_reads_the_form(tmp_path):
    """The credit memo learned (``kesu learn``), then a copy with its terms on a back page: read
    by the profile, the page left out is said as the generic reader says it."""
    _credit_note(tmp_path / "memo.pdf", ["memo"])
    _credit_note(tmp_path / "memo-terms.pdf", ["memo", "terms"])
    status, out, err, _ = kesu_process("learn", tmp_path / "memo.pdf", "--kind", "allowance", cwd=tmp_path)
    assert status == 0 and (tmp_path / "profiles").is_dir(), out + err
    status, out, err, _ = kesu_process("parse", tmp_path / "memo-terms.pdf", cwd=tmp_path, lang="en")
    [doc] = parsed(out)
    codes = [w["code"] for w in doc["warnings"]]
    assert "profile_used" in codes and codes.count("dense_page_skipped") == 1, codes
    assert doc["record"]["total"] == "1921.00", doc["record"]


def _complaint_over_its_fine_print_then_a_return(path: Path, title: str) -> Path:
    """Page 1: a complaint form titled ``title`` above 30,000-odd characters of its own 3 pt
    terms; page 2: a return note of the same lot."""
    import random

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=9)
    y = 32
    for caption, value in [
        (title, ""),
        ("Complaint No.", "KQ-26-1184"),
        ("Customer", "Baltic Valves OU"),
        ("Part No.", "BV-SEAT-40"),
        ("Defect description", "seat ring scored"),
    ]:
        pdf.text(40, y, caption)
        pdf.text(200, y, value)
        y += 13
    pdf.set_font("helvetica", size=3)
    pick = random.Random(7)
    words = ["buyer", "seller", "remedy", "notice", "period", "warranty", "claim", "herein"]
    pdf.set_xy(30, y + 10)
    pdf.multi_cell(535, 3.2, " ".join(pick.choice(words) for _ in range(4600)))
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for row, (caption, value) in enumerate(
        [
            ("GOODS RETURN NOTE", ""),
            ("Return No.", "GR-26-0077"),
            ("Customer", "Baltic Valves OU"),
            ("Qty", "12"),
        ]
    ):
        pdf.text(42, 50 + 16 * row, caption)
        pdf.text(152, 50 + 16 * row, value)
    pdf.output(str(path))
    return path


def test_a_form_on_a_page_of_its_own_fine_print_is_refused_not_read_as_the_files_other_form(tmp_path):
    """A complaint form above its own 3 pt terms (over ``pdf_page_chars``) and a return
    note behind it: the dense page was skipped and the file read as the return note, the
    complaint lost but for a note. The dense page's first characters carry the form's title:
    the file is refused, naming the page, as when no form was read."""
    from kesu_docs.parse import parse_paths

    pdf = _complaint_over_its_fine_print_then_a_return(
        tmp_path / "complaint.pdf", "CUSTOMER COMPLAINT REPORT"
    )
    [result] = parse_paths([pdf])
    assert [e.code for e in result.errors] == ["limit_exceeded"], result.errors
    said = result.errors[0].message("en")
    assert "page 1" in said and "pdf_page_chars" in said, said


# ------------------------------------------------------------------- one content stream named again
def _named_again(times: int, mb: int = 16, indirect: bool = False) -> bytes:
    """A page whose /Contents names one stream of ``mb`` MB of ``q Q`` (deflated to 16 kB)
    ``times`` times, after a line of text; ``indirect``: the array is an object of its own
    (``/Contents 6 0 R``, ``6 0 obj [5 0 R 5 0 R …]``)."""
    import zlib

    from hostile import _pdf

    body = b"BT /F1 12 Tf 50 800 Td (Customer: ACME) Tj ET\n" + b"q Q " * (mb * 1024 * 1024 // 4)
    packed = zlib.compress(body, 9)
    content = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream"
    array = b"[" + b" ".join([b"5 0 R"] * times) + b"]"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
        + (b"6 0 R" if indirect else array)
        + b" /Resources << /Font << /F1 4 0 R >> >> >>"
    )
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return _pdf([_CATALOG, _PAGES, page, font, content] + ([array] if indirect else []))


def test_one_content_stream_named_twenty_times_is_counted_twenty_times(tmp_path):
    """17 kB naming one 16 MB stream twenty times in a page's /Contents: each stream was measured
    once (16 MB, under ``pdf_streams_mb``), PDFium parsed 320 MB — 130 s and 730 MB, hours named a
    thousand times. Counted each time it is named, it is refused in a moment; named once, it is
    read as before (a line, no form: not a limit)."""
    (tmp_path / "twenty.pdf").write_bytes(_named_again(20))
    (tmp_path / "once.pdf").write_bytes(_named_again(1, mb=1))
    started = time.monotonic()
    status, out, err, peak = kesu_process(
        "parse", tmp_path / "twenty.pdf", tmp_path / "once.pdf", cwd=tmp_path, lang="en"
    )
    assert "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    twenty, once = parsed(out)
    assert [e["code"] for e in twenty["errors"]] == ["limit_exceeded"], twenty
    assert (
        "pdf_streams_mb" in twenty["errors"][0]["message"] and "named again" in twenty["errors"][0]["message"]
    )
    assert "limit_exceeded" not in [e["code"] for e in once["errors"]], once


def test_one_content_stream_named_forty_times_through_an_array_object_is_counted_forty_times(tmp_path):
    """The array of the page's contents an object of its own (``/Contents 6 0 R``, ``6 0 obj
    [5 0 R 5 0 R …]``): only arrays written in /Contents were counted, so 4 kB naming a 4 MB
    stream forty times kept the reader 21 s and 876 MB. The array is followed: refused in a
    moment; an array object naming its stream once is read as before."""
    from kesu_docs.parse.limits import check_pdf_contents_named_again
    from kesu_docs.problems import SourceError

    with pytest.raises(SourceError) as refused:
        check_pdf_contents_named_again(_named_again(40, mb=4, indirect=True))
    assert refused.value.code == "limit_exceeded" and "pdf_streams_mb" in str(refused.value)
    check_pdf_contents_named_again(_named_again(1, mb=4, indirect=True))
    (tmp_path / "forty.pdf").write_bytes(_named_again(40, mb=4, indirect=True))
    started = time.monotonic()
    status, out, err, peak = kesu_process("parse", tmp_path / "forty.pdf", cwd=tmp_path, lang="en")
    assert "Traceback" not in err, err
    assert time.monotonic() - started < 60 and peak < 300_000, peak
    [forty] = parsed(out)
    assert [e["code"] for e in forty["errors"]] == ["limit_exceeded"], forty


# ------------------------------------------------------------------- names the page is sent
@pytest.mark.parametrize(
    "sent",
    [
        "a\x00b.json",
        "..",
        "../../etc/passwd",
        "a/../../b.json",
        "C:\\x\\..\\y.json",
        "\u202eeslx.json",
        "nul.pdf",
        "x" * 300 + ".xlsx",
    ],
    ids=repr,
)
def test_a_name_the_page_is_sent_is_placed_inside_the_batchs_folder_as_a_name_windows_opens(sent, tmp_path):
    """An upload's name with a NUL, ``..`` or a path, a right-to-left override, a device name,
    300 bytes: the file is placed inside the batch's folder, under a name of at most 255 bytes
    holding none of them."""
    from kesu_docs.web.uploads import place

    placed = place(tmp_path, sent, set())
    assert placed.parent == tmp_path.resolve(), placed
    assert len(placed.name.encode()) <= 255 and placed.name not in ("", ".", "..")
    assert not any(c in placed.name for c in "\x00/\\\u202e"), placed.name
    assert placed.name.split(".")[0].lower() not in ("nul", "con", "aux", "prn"), placed.name
