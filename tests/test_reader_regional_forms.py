"""Forms of Hong Kong, Singapore and Malaysia, team lists and workbooks packed again
(holdout14 patterns 5, 6 and 8, and its odd Deflate64 file).

- Hong Kong wording: ``客戶投訴報告`` is a complaint sheet; ``收到日期``, ``送貨日期``, ``即時處理``,
  ``跟進人``, ``營業主管`` name their fields; ``貨品編號`` is a return line's part number.
- Singapore / Malaysia English: ``CCF No.``, ``GRN No.``, ``Sales Manager``, ``Against Invoice``;
  ``GST Reg. No.`` is the buyer's tax number only likely (read, always warned); amounts in ringgit
  (``RM 4.80``) read as figures in another currency, and no 人民币 words made for them.
- Two members' names either side of a slash (``鄧永康／周詠詩``) are two members; a name and the
  member's department (``张伟/品质部``) stay one member.
- A label with a sentence beside it on its line (``D5 Corrective action | Insertion force …``)
  is no column header: the team table under it is not read as D5's rows.
- A workbook packed again by a zip tool with a method Python cannot inflate (Deflate64) is
  refused in a clerk's words (bzip2 too: neither Excel nor the cell reader opens it); one with a
  zip password is an encrypted file.
"""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import Any

from helpers import parse_cli


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _warned(doc: dict[str, Any], field: str) -> list[str]:
    return [w["code"] for w in doc["warnings"] if w["field"] == field]


def _sheet(path: Path, cells: dict[str, Any], title: str = "Form") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


# ---------------------------------------------------------------------------------- Hong Kong
def test_a_hong_kong_complaint_report_is_a_complaint_sheet_and_its_wording_read(tmp_path):
    path = _sheet(
        tmp_path / "hk.xlsx",
        {
            "A1": "客戶投訴報告",
            "A2": "投訴編號",
            "B2": "CC-HK-77001",
            "C2": "收到日期",
            "D2": "2026-05-11",
            "A3": "客戶名稱",
            "B3": "永昌五金製品有限公司",
            "A4": "產品編號",
            "B4": "YC-BRK-220",
            "C4": "產品名稱",
            "D4": "不鏽鋼支架",
            "A5": "送貨日期",
            "B5": "2026-04-28",
            "C5": "送貨數量",
            "D5": 12000,
            "A6": "不良數量",
            "B6": 75,
            "A7": "投訴內容",
            "B7": "支架焊點開裂，客戶組裝時發現 75 件。",
            "A8": "即時處理",
            "B8": "倉存 2,000 件全數檢查。",
            "A9": "跟進人",
            "B9": "何詠欣",
            "C9": "營業主管",
            "D9": "黃志明",
        },
    )
    doc = _doc(path)  # no --kind: the title says which form it is
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["received_date"] == "2026-05-11" and record["ship_date"] == "2026-04-28"
    assert record["short_term_action"] == "倉存 2,000 件全數檢查。"
    assert record["reporter"] == "何詠欣" and record["sales_supervisor"] == "黃志明"


def test_a_hong_kong_return_notes_goods_code_column_is_the_part_number(tmp_path):
    path = _sheet(
        tmp_path / "return.xlsx",
        {
            "A1": "退貨單",
            "A2": "退貨單號",
            "B2": "RT-HK-0310",
            "C2": "開單日期",
            "D2": "2026-03-10",
            "A3": "客戶",
            "B3": "德昌電機控股有限公司",
            "C3": "客訴編號",
            "D3": "CC-HK-26031",
            "A5": "貨品編號",
            "B5": "品名",
            "C5": "退貨數量",
            "A6": "HK-MTR-520",
            "B6": "微型馬達端蓋",
            "C6": 420,
            "A7": "HK-MTR-521",
            "B7": "微型馬達後蓋",
            "C7": 80,
        },
    )
    items = _doc(path, "--kind", "return")["record"]["items"]
    assert [i["part_no"] for i in items] == ["HK-MTR-520", "HK-MTR-521"]


# ------------------------------------------------------------------------- Singapore / Malaysia
def test_singapore_and_malaysia_labels_name_their_fields(tmp_path):
    complaint = _sheet(
        tmp_path / "ccf.xlsx",
        {
            "A1": "CUSTOMER COMPLAINT FORM",
            "A2": "CCF No.",
            "B2": "CCF-SG-26-0412",
            "C2": "Date Received",
            "D2": "2026-04-12",
            "A3": "Customer",
            "B3": "Venture Corporation Ltd",
            "A9": "Raised by",
            "B9": "Tan Wei Ming",
            "C9": "Sales Manager",
            "D9": "Nur Aisyah binte Rahman",
        },
    )
    record = _doc(complaint, "--kind", "complaint")["record"]
    assert record["number"] == "CCF-SG-26-0412"
    assert record["sales_supervisor"] == "Nur Aisyah binte Rahman"

    grn = _sheet(
        tmp_path / "grn.xlsx",
        {
            "A1": "GOODS RETURN NOTE",
            "A2": "GRN No.",
            "B2": "GRN-JB-26-0051",
            "A3": "Customer",
            "B3": "ViTrox Corporation Berhad",
            "C3": "Complaint Ref.",
            "D3": "CCF-SG-26-0412",
            "A4": "Part No.",
            "B4": "Description",
            "C4": "Qty",
            "D4": "Unit Price",
            "E4": "Amount",
            "A5": "SG-HSG-7410",
            "B5": "Scanner housing, rear",
            "C5": 132,
            "D5": "RM 4.80",
            "E5": "RM 633.60",
        },
    )
    doc = _doc(grn, "--kind", "return")
    assert doc["record"]["number"] == "GRN-JB-26-0051"
    line = doc["record"]["items"][0]
    assert (line["unit_price"], line["amount"]) == ("4.80", "633.60")  # figures of another currency
    assert "amount_in_currency" in _warned(doc, "items[0].unit_price")


def test_a_gst_credit_notes_invoice_is_read_and_its_gst_number_shown_for_checking(tmp_path):
    path = _sheet(
        tmp_path / "cn.xlsx",
        {
            "A1": "CREDIT NOTE",
            "A2": "Credit Note No.",
            "B2": "CN-SG-26-0420",
            "C2": "Date",
            "D2": "2026-04-20",
            "A3": "Bill To",
            "B3": "Creative Technology Ltd",
            "A4": "GST Reg. No.",
            "B4": "M2-0035960-7",
            "C4": "Against Invoice",
            "D4": "INV-SG-26-0177",
            "A5": "Description",
            "B5": "Qty",
            "C5": "Unit Price",
            "D5": "Amount",
            "A6": "Speaker grille SG-2",
            "B6": 600,
            "C6": "S$0.95",
            "D6": "S$570.00",
        },
    )
    doc = _doc(path, "--kind", "allowance")
    record = doc["record"]
    assert record["invoice_no"] == "INV-SG-26-0177"
    assert record["buyer_tax_id"] == "M2-0035960-7" and _warned(doc, "buyer_tax_id")  # likely, checked
    assert record["total_in_words"] is None or "人民币" not in record["total_in_words"]  # not renminbi


# ------------------------------------------------------------------------------------ team lists
def test_two_names_either_side_of_a_slash_are_two_members_a_name_and_a_department_one(tmp_path):
    from kesu_docs.parse.guards import people_in

    assert people_in("鄧永康／周詠詩") == ["鄧永康", "周詠詩"]
    assert people_in("Kevin Yeo / Siti Hajar") == ["Kevin Yeo", "Siti Hajar"]
    assert people_in("张伟/品质部") is None  # one member and what they do
    assert people_in("OK/NG") is None  # no given and family name either side

    path = _sheet(
        tmp_path / "8d.xlsx",
        {
            "A1": "8D 改善報告",
            "A2": "報告編號",
            "B2": "8D-DG-2605-02",
            "A3": "客戶",
            "B3": "萬寶至馬達有限公司",
            "A4": "小組成員",
            "B4": "鄧永康／周詠詩",
            "A6": "問題描述",
            "B6": "齒輪齒面崩缺，客戶組裝後噪音超標。",
        },
    )
    team = _doc(path, "--kind", "8d")["record"]["team"]
    assert [m["name"] for m in team] == ["鄧永康", "周詠詩"]


def test_a_label_with_its_answer_beside_it_is_no_header_over_the_next_table(tmp_path):
    from fpdf import FPDF

    pdf = FPDF(format="A4", unit="pt")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    y = 60.0

    def line(label: str, value: str) -> None:
        nonlocal y
        pdf.rect(36, y, 160, 21)
        pdf.rect(196, y, 350, 21)
        pdf.text(40, y + 14, label)
        if value:
            pdf.text(200, y + 14, value)
        y += 21

    pdf.text(40, 50, "8D Report")
    line("8D No.", "8D-FX-26-0501")
    line("Customer", "Jabil Circuit Singapore")
    line("Part No.", "FX-CON-330")
    line("D2 Problem description", "Connector pin 4 recessed; 45 pcs open at ICT.")
    line("D3 Containment", "Sorted 3,200 pcs at the hub; 11 more rejected.")
    line("D4 Root cause", "Pin insertion depth not monitored after tool change.")
    line("D5 Corrective action", "Insertion force and depth monitored in-line.")
    y += 8
    for text in ("Team member", "Kevin Yeo", "Siti Hajar"):  # a table of its own, one column wide
        pdf.rect(36, y, 510, 21)
        pdf.text(40, y + 14, text)
        y += 21
    path = tmp_path / "8d.pdf"
    pdf.output(str(path))

    record = _doc(path, "--kind", "8d")["record"]
    assert [a["action"] for a in record["corrective_actions"]] == [
        "Insertion force and depth monitored in-line."
    ]
    assert [m["name"] for m in record["team"]] == ["Kevin Yeo", "Siti Hajar"]


# ----------------------------------------------------------------------- workbooks packed again
def _repacked(tmp_path: Path, method: int | None = None, flag: int = 0, bzip2: bool = False) -> Path:
    """A workbook of ours whose zip entries say compression ``method`` (patched in the local and
    central headers: Python writes no Deflate64), or carry the ``flag`` bits, or are bzip2'd."""
    source = _sheet(tmp_path / "plain.xlsx", {"A1": "退货单", "A2": "退货单号", "B2": "RT-0001"})
    out = io.BytesIO()
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            kind = zipfile.ZIP_BZIP2 if bzip2 else zipfile.ZIP_DEFLATED
            zout.writestr(info.filename, zin.read(info), compress_type=kind)
    data = bytearray(out.getvalue())
    if method is not None or flag:
        for sig, at_flag, at_method in ((b"PK\x03\x04", 6, 8), (b"PK\x01\x02", 8, 10)):
            start = 0
            while (i := data.find(sig, start)) >= 0:
                if flag:
                    (bits,) = struct.unpack_from("<H", data, i + at_flag)
                    struct.pack_into("<H", data, i + at_flag, bits | flag)
                if method is not None:
                    struct.pack_into("<H", data, i + at_method, method)
                start = i + 4
    path = tmp_path / "repacked.xlsx"
    path.write_bytes(bytes(data))
    return path


def test_a_workbook_packed_again_with_deflate64_is_refused_in_a_clerks_words(tmp_path):
    doc = _doc(_repacked(tmp_path, method=9))
    assert doc["record"] is None and [e["code"] for e in doc["errors"]] == ["corrupt_file"]
    message = doc["errors"][0]["message"]
    assert "Deflate64" in message and "save it as .xlsx" in message
    assert "NotImplementedError" not in message
    zh = parse_cli(_repacked(tmp_path, method=9))[1][0]["errors"][0]["message"]
    assert "另存为 .xlsx" in zh


def test_a_zip_password_is_an_encrypted_file_and_bzip2_is_refused_by_name(tmp_path):
    doc = _doc(_repacked(tmp_path, flag=0x1))
    assert [e["code"] for e in doc["errors"]] == ["encrypted_file"]
    bzipped = _doc(_repacked(tmp_path, bzip2=True), "--kind", "return")
    assert bzipped["record"] is None and "bzip2" in bzipped["errors"][0]["message"]
