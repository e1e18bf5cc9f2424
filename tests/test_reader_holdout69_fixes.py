"""What the sixty-ninth held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A contract's number yields to the order's own label**: a trading company's 客诉处理单 prints its
  ``合同号`` (and PI号) beside the buyer's ``客户订单号``, a buyer's claim note ``Contract No.`` beside ``PO No.``,
  a Russian рекламация ``Контракт № / 合同号`` beside ``Спецификация № / 订单号``; the contract's number, a label
  of the order as strong as the order's own and printed first, was read for the order — silently where the
  order's label was unknown (``客户订单号``). A contract covers many of the buyer's orders: 合同号 / Contract No.
  now name the order only loosely (still sure, alone on a mill's form), below any label naming the order
  itself; ``客户订单号`` / ``Customer order No.`` are the order's labels.
- **A totals caption with its currency in brackets ends the lines**: a buyer's DEBIT NOTE closes its lines with
  ``Total amount debited (USD)``; four words with the bracket's, it was no totals caption (three at most) and was read as a
  third line, silently. A bracket's words (a currency, a unit) are no words of the caption now.
- **A remark wholly in brackets under the lines is no line**: a Taiwanese trading company's 銷貨折讓單 notes
  ``（單價依 USD 3.00 × 匯率 32.00 換算）`` under its lines; read as a line's name, silently. A line holding one
  bracketed text and nothing else is passed (``anchor._bracketed_note``).
- **An export trade's words**: a 退运货物接收单 (goods shipped back under a 退运 declaration) and a 索赔折让确认书 (a
  buyer's claim settled) were no kind; ``退运单`` / ``退运货物`` are a return's titles now, ``退运单号`` / ``Return Ref.``
  its number; ``折让确认书`` an allowance's title, ``确认书编号`` its number, ``索赔书编号`` / ``索赔单号`` the claim it
  settles; a рекламация's ``Артикул`` the part's number, ``Сумма претензии`` the claim's amount.

Workbooks built here with openpyxl, a PDF with fpdf2.
"""

from __future__ import annotations

from typing import Any

from helpers import cjk_pdf, read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _claim(contract: str, order: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉编号", "TS-2026-0412"],
        ["投诉日期", "2026-10-09"],
        ["客户名称", "Atlas Home Goods BV"],
        [contract, "KY-ATL-2026-017"],
        [order, "PO-88341"],
        ["产品型号", "AT-LP-220"],
        ["出货数量", "1500 只"],
        ["不良数量", "64 只"],
        ["问题描述", "灯罩卡扣断裂。"],
    ]


def test_the_buyers_order_wins_over_the_trading_companys_contract(tmp_path) -> None:
    doc = _read(tmp_path, _claim("合同号", "客户订单号"), "complaint")
    assert doc["record"]["order_no"] == "PO-88341"


def test_a_po_number_wins_over_a_contract_number_printed_before_it(tmp_path) -> None:
    rows = _claim("Contract No.", "PO No.")
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["order_no"] == "PO-88341"


def test_a_contract_number_alone_is_still_the_order(tmp_path) -> None:
    rows = [r for r in _claim("合同号", "客户订单号") if r[0] != "客户订单号"]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["order_no"] == "KY-ATL-2026-017"


# ---------------------------------------------------------------------------------- fix 2
def _debit(total_caption: str, note: str | None = None) -> list[list[Any]]:
    rows: list[list[Any]] = [
        ["DEBIT NOTE"],
        ["Debit Note No.", "DN-2611-044"],
        ["Date", "2026-11-18"],
        ["Buyer", "Kestrel Outdoor AB"],
        ["Invoice No.", "EX-26-3310"],
        ["Description", "Qty", "Unit price", "Amount"],
        ["Tent poles, cracked", 120, 8.5, 1020.0],
        ["Re-inspection at our warehouse", 1, 380.0, 380.0],
    ]
    if note:
        rows.append([note])
    rows.append([total_caption, None, None, 1400.0])
    return rows


def test_a_total_with_its_currency_in_brackets_ends_the_lines(tmp_path) -> None:
    doc = _read(tmp_path, _debit("Total amount debited (USD)"), "allowance")
    assert [i["name"] for i in doc["record"]["items"]] == [
        "Tent poles, cracked",
        "Re-inspection at our warehouse",
    ]


def test_a_remark_in_brackets_under_the_lines_is_no_line(tmp_path) -> None:
    pdf = cjk_pdf()
    pdf.add_page()
    pdf.set_font("cjk", size=14)
    pdf.text(80, 16, "銷貨折讓單")
    pdf.set_font("cjk", size=9)
    for y, (cap, val) in enumerate((("折讓單號：", "ZR-115-0230"), ("日　　期：", "115/12/02"), ("買 受 人：", "永豐家飾股份有限公司"),
                                    ("統一編號：", "24536817"), ("原發票號碼：", "QK-30581122")), start=0):  # fmt: skip
        pdf.text(15, 30 + 7 * y, cap)
        pdf.text(45, 30 + 7 * y, val)
    cols = (15, 85, 105, 130, 165)
    for x, head in zip(cols, ("品名", "數量", "單價", "折讓金額", "稅額")):
        pdf.text(x, 74, head)
    for i, line in enumerate(
        (("置物架 80 cm 折讓", "200", "45", "9,000", "450"), ("重驗工時", "1", "1,800", "1,800", "90"))
    ):
        for x, v in zip(cols, line):
            pdf.text(x, 82 + 8 * i, v)
    pdf.set_font("cjk", size=8)
    pdf.text(15, 100, "（單價依 USD 1.50 × 匯率 30.00 換算）")
    pdf.set_font("cjk", size=9)
    for y, (cap, val) in enumerate((("合　　計：", "10,800"), ("營業稅：", "540"), ("總　　計：", "11,340"))):
        pdf.text(15, 112 + 7 * y, cap)
        pdf.text(45, 112 + 7 * y, val)
    path = tmp_path / "zherang.pdf"
    pdf.output(str(path))
    doc = read_doc(path, "allowance")
    assert [i["name"] for i in doc["record"]["items"]] == ["置物架 80 cm 折讓", "重驗工時"]


# ---------------------------------------------------------------------------------- fix 3
def test_a_tuiyun_note_is_a_return_by_its_title_and_number(tmp_path) -> None:
    rows = [
        ["退运单"],
        ["退运单号", "TY-2612-015"],
        ["日期", "2026-12-04"],
        ["客户", "Kestrel Outdoor AB"],
        ["原客诉编号", "KS-2611-087"],
        ["货号", "品名", "核准数量", "实收数量", "单价", "金额"],
        ["KO-TP-20", "帐篷杆", 120, 118, 8.5, 1003.0],
        ["退运原因", "杆体开裂"],
        ["处理方式", "返工"],
    ]
    doc = _read(tmp_path, rows)
    assert doc["kind"] == "return"
    assert doc["record"]["number"] == "TY-2612-015"


def test_a_claim_settlement_is_an_allowance_with_its_numbers(tmp_path) -> None:
    rows = [
        ["索赔折让确认书"],
        ["确认书编号", "ZR-2612-003"],
        ["日期", "2026-12-05"],
        ["买方", "Kestrel Outdoor AB"],
        ["原发票号", "EX-26-3310"],
        ["对应索赔书编号", "KO-CL-2611/09"],
        ["品名", "数量", "单价", "折让金额"],
        ["帐篷杆开裂赔偿", 120, 8.5, 1020.0],
    ]
    doc = _read(tmp_path, rows)
    assert doc["kind"] == "allowance"
    assert doc["record"]["number"] == "ZR-2612-003"
    assert doc["record"]["complaint_number"] == "KO-CL-2611/09"


def test_a_russian_articul_is_the_part_number(tmp_path) -> None:
    rows = [r for r in _claim("合同号", "订单号") if r[0] != "产品型号"] + [["Артикул / 货号", "KO-TP-20"]]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["part_no"] == "KO-TP-20"


def test_a_return_ref_is_the_return_notes_number(tmp_path) -> None:
    rows = [
        ["GOODS RETURNED — RECEIVING NOTE"],
        ["Return Ref.", "RS-26-0588"],
        ["Date", "2026-12-02"],
        ["Customer", "Kestrel Outdoor AB"],
        ["Claim Ref.", "KO-CL-2611/09"],
        ["Item Code", "Description", "Qty Authorised", "Qty Received", "Unit Price", "Amount"],
        ["KO-TP-20", "Tent pole", 120, 118, 8.5, 1003.0],
        ["Reason", "Cracked poles"],
        ["Disposition", "Rework"],
    ]
    doc = _read(tmp_path, rows, "return")
    assert doc["record"]["number"] == "RS-26-0588"
