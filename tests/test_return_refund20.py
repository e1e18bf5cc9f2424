"""A return note handled by a refund (退款) or a credit (贷项 / credit note): DOMAIN §5.3's
handling list is open ("rework, scrap, downgrade, replace ..."), and forms print both; they
read as options (never ``invalid_choice``) in Chinese of both scripts, English and the foreign
customers' words, and print back as their Chinese term. Workbooks built here with openpyxl.

Decided: a refund or a credit is the return's own booking (money paid back, or the account
credited for the goods that came back), proved as any return is (§4: the invoice recovered, an
annotated copy, a return certificate) — it asks for no allowance certificate, which is for a
price reduced on goods the customer keeps.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs.forms import get
from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.parse import parse_paths
from kesu_docs.render.display import text


@pytest.mark.parametrize(
    ("word", "member"),
    [
        ("退款", "refund"),
        ("Refund", "refund"),
        ("Reembolso", "refund"),  # Spanish, Portuguese
        ("Rückerstattung", "refund"),
        ("Zwrot pieniędzy", "refund"),  # Polish ("zwrot" alone is a return)
        ("返金", "refund"),
        ("貸項", "credit"),  # traditional script
        ("折讓", "credit"),
        ("Credit note", "credit"),
        ("Credit", "credit"),
        ("Nota de crédito", "credit"),
        ("Gutschrift", "credit"),
        ("☐换货 ☑退款", "refund"),
        ("Reembolso / Refund", "refund"),
    ],
)
def test_refund_and_credit_words(word: str, member: str):
    assert ReturnHandling.lookup(word) == ReturnHandling(member)


def _note(path: Path, handling: str, label: str = "处理方式") -> Path:
    wb = Workbook()
    ws = wb.active
    for row in [
        ["成品退货单"],
        ["退货单号", "TH-202604-0031", "开单日期", "2026-04-12"],
        ["客户名称", "东莞市恒达电器有限公司", "退回依据", "KS-2026-0412"],
        ["料号", "品名", "核定退货量", "实退量", "单价", "金额"],
        ["VX-2210", "阀芯", 300, 300, 2.5, 750],
        ["退货原因", "阀芯内漏"],
        [label, handling],
        ["经(副)理", "刘建国"],
    ]:
        ws.append(row)
    for col in "ABCDEF":
        ws.column_dimensions[col].width = 18
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("label", "handling", "read"),
    [
        ("处理方式", "退款", ["refund"]),
        ("处理方式", "换货、退款", ["replace", "refund"]),
        ("處理方式", "貸項", ["credit"]),
        ("Handling", "Credit note", ["credit"]),
    ],
)
def test_a_note_handled_by_refund_or_credit_reads(tmp_path: Path, label: str, handling: str, read: list[str]):
    [result] = parse_paths([_note(tmp_path / "th.xlsx", handling, label)], kind="return")
    doc = result.to_dict("en")
    assert doc["record"]["handling"] == read
    assert not [p for p in doc["errors"] + doc["warnings"] if p["field"] == "handling"]


def test_printed_back_as_the_chinese_term():
    meta = get("return").fields["handling"]
    assert text(["refund", "credit"], meta) == "退款、贷项"
