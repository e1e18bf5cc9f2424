"""Mends of the eleventh round's review (each a finding a clerk would have met)."""

from __future__ import annotations

import datetime as dt
import json
from functools import partial
from pathlib import Path

from helpers import parse_cli, sheet_from_rows

from kesu_docs import forms
from kesu_docs.config import settings
from kesu_docs.parse.guards import derived_in_doubt
from kesu_docs.parse.pdf import _across_doubts
from kesu_docs.problems import Problem
from kesu_docs.validation import derive

ROOT = Path(__file__).resolve().parents[1]


def test_figures_computed_from_lines_read_on_pages_printed_across_are_in_doubt_too() -> None:
    # one printed_across_pages warning a document names its fields in params["fields"]; the totals,
    # tax and amount in words the form computes from those lines must be reported as their
    # inputs are (before the mend only a warning's own ``field`` counted: they passed silently)
    spec = forms.get("allowance")
    data = json.loads((ROOT / "samples" / "allowance-valid.json").read_text(encoding="utf-8"))
    data.pop("kind", None)
    for key in ("total_excl_tax", "total_tax", "total", "total_in_words"):
        data.pop(key)  # left for the form to compute
    record = spec.model.model_validate(data)
    derived = derive(record, settings(), copy=True)
    read_at = {
        f"items[{i}].{k}": "p2 · x" for i in range(2) for k in ("qty", "unit_price", "allowance_amount")
    }
    read_at |= {"buyer": "p1 · x", "invoice_no": "p1 · x"}
    provenance = {path: object() for path in read_at}

    across = _across_doubts(spec, read_at, {2})
    assert (
        len(across) == 1
        and across[0].field == ""
        and set(across[0].fields) == {p for p in read_at if p.startswith("items")}
    )
    found = {p.field for p in derived_in_doubt(spec, record, derived, provenance, across)}
    assert {"total_excl_tax", "total_tax", "total", "total_in_words"} <= found
    # and nothing is in doubt without the warning
    assert derived_in_doubt(spec, record, derived, provenance, []) == []


def test_a_finding_on_one_field_is_on_that_field_only() -> None:
    assert Problem("x", field="customer").fields == ("customer",)
    assert Problem("x", params={"fields": ["a", "b"]}).fields == ("a", "b")
    assert Problem("x").fields == ()
    assert "fields" not in Problem("x", field="customer", params={"fields": ["a"]}).to_dict()


def test_a_finding_names_its_fields_in_any_collection_never_dropped() -> None:
    # a producer giving a tuple or a set (not a list) must not drop its finding from the
    # in-doubt checks: before the mend these were () and the totals computed from them passed
    assert Problem("x", params={"fields": ("a", "b")}).fields == ("a", "b")
    assert Problem("x", params={"fields": {"b", "a"}}).fields == ("a", "b")  # sorted: steady output
    assert Problem("x", params={"fields": frozenset({"c"})}).fields == ("c",)
    assert Problem("x", params={"fields": "ab"}).fields == ()  # a text is no list of fields
    spec = forms.get("allowance")
    data = json.loads((ROOT / "samples" / "allowance-valid.json").read_text(encoding="utf-8"))
    data.pop("kind", None)
    for key in ("total_excl_tax", "total_tax", "total", "total_in_words"):
        data.pop(key)
    record = spec.model.model_validate(data)
    derived = derive(record, settings(), copy=True)
    lines = (f"items[{i}].{k}" for i in range(2) for k in ("qty", "unit_price", "allowance_amount"))
    provenance: dict[str, object] = {path: object() for path in lines}
    doubt = Problem("printed_across_pages", params={"fields": tuple(provenance)})
    found = {p.field for p in derived_in_doubt(spec, record, derived, provenance, [doubt])}
    assert {"total_excl_tax", "total_tax", "total"} <= found


# ---------------------------------------------------------------- mends of the attack on the labels
_sheet = partial(sheet_from_rows, width=22)


def _read(path: Path) -> tuple[dict, dict, set[str]]:
    _code, [doc] = parse_cli(path, "--lang", "en")
    assert doc["record"] is not None, doc["errors"]
    warned = {f for p in doc["warnings"] + doc["errors"] for f in [p.get("field"), *p.get("fields", [])] if f}
    return doc["record"], doc["provenance"], warned


def test_a_complaint_after_the_part_number_stays_the_description(tmp_path):
    # ``Part No. | FX-220-B | Description | <a sentence>`` on a form with no other description
    # label: the complaint's description (the part-name rule took it, silently)
    text = "Housing cracked at the latch on 36 pcs found at IQC."
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No.", "CC-2611-07", "Date", dt.datetime(2026, 11, 3)],
            ["Customer", "Flex Ltd.", "Defect qty", 36],
            ["Part No.", "FX-220-B", "Description", text],
        ],
    )
    record, _prov, warned = _read(path)
    assert record["part_name"] is None or "part_name" in warned
    assert record["description"] == text


def test_a_sentence_after_the_part_number_is_no_name_even_beside_a_defect_row(tmp_path):
    # another description label on the form, but what the bare Description heads is a sentence
    # with a count of pieces: not a part's name
    text = "Housing cracked at the latch on 36 pcs found at IQC."
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No.", "CC-2611-07", "Date", dt.datetime(2026, 11, 3)],
            ["Part No.", "FX-220-B", "Description", text],
            ["Defect", "Latch cracked."],
        ],
    )
    record, _prov, warned = _read(path)
    assert record["part_name"] != text or "part_name" in warned


def test_a_one_word_category_under_problem_does_not_hide_the_complaint(tmp_path):
    # ``Problem | Cosmetic`` (a category) over ``Details of the complaint | <text>``: the bare
    # ``Problem`` named the description and took the category, silently
    text = "Scratches on the lens of 36 housings, found at IQC."
    path = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No.", "CC-2611-07", "Received", dt.datetime(2026, 11, 3)],
            ["Customer", "Flex Ltd.", "Part No.", "FX-220-B"],
            ["Defect qty", 36],
            ["Problem", "Cosmetic"],
            ["Details of the complaint", text],
        ],
    )
    record, _prov, warned = _read(path)
    assert record["description"] != "Cosmetic" or "description" in warned
    assert record["description"] in (text, None) or "description" in warned


def test_an_exact_received_or_opened_label_beats_a_bare_created(tmp_path):
    # a web tool's ``Created`` (the record's creation) beside the exact ``Received`` / ``8D opened``
    complaint = _sheet(
        tmp_path,
        [
            ["CUSTOMER COMPLAINT"],
            ["Complaint No.", "CC-2611-07", "Created", "2026-11-20T10:02:00+08:00"],
            ["Customer", "Flex Ltd.", "Received", dt.datetime(2026, 11, 3)],
            ["Part No.", "FX-220-B", "Defect qty", 36],
            ["Description", "Solder bridge on U7, 36 boards."],
        ],
        "complaint.xlsx",
    )
    record, prov, _warned = _read(complaint)
    assert record["received_date"] == "2026-11-03" and prov["received_date"]["label"] == "Received"
    eightd = _sheet(
        tmp_path,
        [
            ["8D Report"],
            ["Report ID", "8D-WEB-000320", "Created", dt.datetime(2026, 3, 20)],
            ["Customer", "Valeo Shenzhen", "Part number", "VL-SW-2290"],
            ["Complaint received", dt.datetime(2026, 3, 2), "8D opened", dt.datetime(2026, 3, 3)],
            ["D2 Problem description", "Switch actuation force below 2.5 N on 75 pcs."],
        ],
        "8d.xlsx",
    )
    record, prov, _warned = _read(eightd)
    assert record["opened_date"] == "2026-03-03" and prov["opened_date"]["label"] == "8D opened"


def _duice(tmp_path: Path, rows: list[list[object]], name: str) -> Path:
    head: list[list[object]] = [
        ["客訴處理單"],
        ["客訴編號", "CS-WR-2603-09", "受理日期", dt.datetime(2026, 3, 9)],
        ["客戶", "鴻海精密工業", "料號", "WR-USB-C-1M"],
        ["不良描述", "端子焊點冷焊。"],
        ["原因分析", "焊接溫度設定偏低。"],
    ]
    return _sheet(tmp_path, head + rows, name)


def test_a_bare_duice_heading_a_table_or_sections_does_not_merge_the_actions(tmp_path):
    # 對策 over a table of actions (對策 | 負責人 | 完成日期) or over 臨時 / 永久 sections: the
    # temporary and the permanent actions were merged into the long-term action
    table = _duice(
        tmp_path,
        [
            ["對策", "負責人", "完成日期"],
            ["庫存全數重工", "王小明", dt.datetime(2026, 3, 12)],
            ["焊接溫度上修並每 2 小時量測", "李大同", dt.datetime(2026, 3, 20)],
        ],
        "table.xlsx",
    )
    sections = _duice(
        tmp_path,
        [["對策"], ["臨時", "庫存全數重工"], ["永久", "焊接溫度上修並每 2 小時量測"]],
        "sections.xlsx",
    )
    for path in (table, sections):
        record, _prov, warned = _read(path)
        long_term = record.get("long_term_action") or ""
        assert "庫存全數重工" not in long_term or "long_term_action" in warned
        assert "庫存全數重工" not in long_term, "the temporary action is no long-term action"
