"""What review38 found in fix38's rules (issue 10: no silent misreads), each rule read on small
forms of our own (values and wording not the review's).

- **A system's code of an option is one** (:meth:`kesu_docs.values.Term._lookup_coded`): its
  letters an abbreviation of the words it is paired with (``RTV - return to vendor``), never a
  negation or a refusal (``No - return``) nor a code of another option (``RW - return``).
- **A prefix refused as a system's key is said** (:func:`kesu_docs.parse.system_ids.refused_key`):
  ``[7] 王强``, ``ENG (Eric Ng)`` kept as written, warned ``name_with_prefix``.
- **A sheet joined to the form's is named, and each field it gave** (``fields_from_other_sheet``
  naming the joined sheet, ``value_from_other_sheet`` on each borrowed field), wherever it stands.
- **A step's number in another table's column is no step heading** (``Model | Type | Qty`` over
  ``D5 | Housing | 5``).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.forms.return_note import ReturnHandling
from kesu_docs.terms import Disposition

_WIDTH = 22


def test_a_code_counts_only_as_the_options_abbreviation() -> None:
    assert ReturnHandling.lookup("RTV - return to vendor") is not None
    assert Disposition.lookup("RW - rework") is Disposition.lookup("rework")
    for refused in ("No - return", "Not - scrap", "Reject - return", "Cancel - return", "NA - return"):
        assert ReturnHandling.lookup(refused) is None, refused
        assert Disposition.lookup(refused) is None, refused
    assert Disposition.lookup("RTV - rework") is None  # RTV is no code of rework
    assert Disposition.lookup("RW - return") is None  # nor RW of return
    assert ReturnHandling.lookup("RW - return") is None


def _return_note(handling: str) -> list[list[Any]]:
    return [
        ["退货单"],
        ["退货单号", "RN-2611-037", "日期", "2026-11-04"],
        ["客户名称", "嘉兴锐达机械有限公司", "关联客诉编号", "KS-2611-015"],
        ["处理方式", handling],
        ["退货原因", "端面毛刺"],
        ["品号", "数量", "原因"],
        ["KM-PIN-227", "24", "毛刺"],
    ]


def test_a_refusal_before_an_option_is_no_code_of_it(tmp_path: Path) -> None:
    path = sheet_from_rows(tmp_path, _return_note("No - return"), "no.xlsx", width=_WIDTH)
    doc = read_doc(path, "return")
    assert doc["record"].get("handling") in (None, [])
    assert "invalid_choice" in field_codes(doc, "handling")


def _complaint(reporter: str, customer: str, sales: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-2611-118", "接收日期", "2026-11-02"],
        ["客户", customer, "料号", "KM-SHF-512"],
        ["投诉数量", 80, "登记人", reporter],
        ["销售经理", sales],
        ["问题描述", "轴端倒角缺失。"],
    ]


def test_a_prefix_refused_as_a_key_is_said(tmp_path: Path) -> None:
    rows = _complaint("[4] 刘洋", "[2] 台州恒力泵业有限公司", "MGR (Nora Voss)")
    doc = read_doc(sheet_from_rows(tmp_path, rows, "prefix.xlsx", width=_WIDTH), "complaint")
    assert doc["record"]["reporter"] == "[4] 刘洋"  # kept as written …
    assert "name_with_prefix" in field_codes(doc, "reporter")  # … and said
    assert "name_with_prefix" in field_codes(doc, "customer")
    said = [w for w in doc["warnings"] if w["code"] == "name_with_prefix" and "Nora Voss" in w["message"]]
    assert said, doc["warnings"]


def test_what_prefix_is_said() -> None:
    from kesu_docs.parse.system_ids import refused_key

    roles = {"MGR", "ENG"}.__contains__
    assert refused_key("[4] 刘洋") == ("刘洋", "4")
    assert refused_key("MGR (Nora Voss)", roles) == ("Nora Voss", "MGR")
    assert refused_key("[C0031] 台州恒力泵业有限公司") is None  # a real key: name_with_system_key
    assert refused_key("VOSSN (Nora Voss)", roles) is None
    assert refused_key("BOSCH (Bosch Rexroth)", roles) is None  # a name, then its whole
    assert refused_key("刘洋", roles) is None


def test_a_joined_sheet_before_the_form_is_named_and_each_field_it_gave(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    form = wb.active
    form.title = "客诉"
    for row in (
        ["客户投诉处理单"],
        ["投诉编号", "KS-2611-022", "投诉日期", "2026-11-05"],
        ["客户名称", "", "产品型号", ""],
        ["不良数量", "6", "发货数量", "300"],
        ["问题描述", "外壳开裂"],
        ["客户诉求", "退货"],
    ):
        form.append(row)
    example = wb.create_sheet("Sheet3")
    for row in (["客户名称", "示例客户"], ["订单号", "PO-9999"], ["出货日期", "2024-12-31"]):
        example.append(row)
    wb.move_sheet("Sheet3", offset=-1)  # the untitled sheet first
    path = tmp_path / "joined.xlsx"
    wb.save(path)
    doc = read_doc(path, "complaint")
    joined = [w for w in doc["warnings"] if w["code"] == "fields_from_other_sheet"]
    assert joined and all("'Sheet3'" in w["message"] for w in joined)
    borrowed = {w["field"] for w in doc["warnings"] if w["code"] == "value_from_other_sheet"}
    got = {k for k in ("order_no", "ship_date", "customer") if doc["record"].get(k)}
    assert got and got <= borrowed  # every value from Sheet3 warned on its field
    assert "number" not in borrowed  # the form's own fields are not


def test_a_step_number_in_another_tables_column_is_no_step(tmp_path: Path) -> None:
    rows = [
        ["8D Report"],
        ["8D No.", "8D-2611-004", "Customer", "Lakeshore Pump Works"],
        ["Part No.", "LP-IMP-090", "Open date", "2026-11-03"],
        ["D1 Team"],
        ["Leader", "Nora Voss"],
        ["D2 Problem description", "Impeller chipped on the variants below"],
        ["Model", "Type", "Qty"],
        ["D5", "Impeller", "4"],
        ["D3 Containment", "Quarantined the lot"],
        ["D4 Root cause", "Worn trimming die"],
        ["D5 Corrective action", "Replace the trimming die"],
        ["D6 Verification", "2 lots OK"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, "d5.xlsx", width=_WIDTH), "8d")
    actions = [row.get("action") for row in doc["record"].get("corrective_actions") or []]
    assert "Impeller" not in " ".join(a or "" for a in actions)
    assert actions == ["Replace the trimming die"]
