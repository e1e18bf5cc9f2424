"""Round 47's re-read of rounds 45–46 (issue 10): the same rule in one place, each on small forms built here.

- **A count's label said by its word alone** (head_words.a_count_alone, for count_which_unsure): the forms' count
  heads asked, spaces closed (數　量), instead of a hand list beside the vocabulary; Taiwan's 統一編號 for the
  currency's statutory cue from the allowance's own labels (ubn.taiwan_id_labels).
- **A field's own label whole with a head word is that field's attribute** (head_words.own_label_and_head):
  ``Effectiveness check by`` (D6's label + by) stays unread, where a 0.7 cut on the reading's strength also kept
  ``Units sold (batch)`` (a gloss read loosely as the lot) from its head word: ship_qty again, said.
- **A profile's read says the doubts of the form's labels** (profile.LAYOUT_DOUBTS): an unknown label naming the
  field with its own value (``value_beside_unread_label``) and the form's one count under the word for a count alone
  (``count_which_unsure``), where the generic reader read the field at the same place.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None, name: str = "form.xlsx") -> dict:
    return read_doc(sheet_from_rows(folder, rows, name, width=WIDTH), kind)


def _rma(label: str) -> list[list[Any]]:
    """An energy-storage maker's RMA application printing one count (values and names ours)."""
    return [
        ["儲能變流器客訴申請單"],
        ["客訴編號", "KS-1151020-07"],
        ["申請日期", "2026-10-20"],
        ["客戶名稱", "北辰儲能股份有限公司"],
        ["料號", "PCS-250K-TW"],
        [label, "４"],
        ["異常描述", "開機自檢時報絕緣阻抗低，無法併網。"],
    ]


def test_the_forms_one_count_under_the_word_for_a_count_alone_is_doubted_however_spaced(tmp_path) -> None:
    from kesu_docs.parse.label_heads import a_count_alone

    for n, label in enumerate(("數　量", "數 量（台）", "数量(台)")):
        doc = _read(tmp_path, _rma(label), name=f"rma{n}.xlsx")
        assert doc["record"]["ship_qty"] == 4, label
        assert "count_which_unsure" in field_codes(doc, "ship_qty"), label
    doc = _read(tmp_path, _rma("出货数量"), name="named.xlsx")  # a count named: no doubt
    assert "count_which_unsure" not in field_codes(doc, "ship_qty")
    assert all(a_count_alone(t) for t in ("Qty.", "Q t y", "Quantity (units)", "件数", "Pcs"))
    assert not any(a_count_alone(t) for t in ("出货数量", "Shipped qty", "台數", "Menge"))


def test_taiwans_id_words_come_from_the_allowances_labels() -> None:
    from kesu_docs.parse.currency import taiwanese_statutory
    from kesu_docs.parse.ubn import taiwan_id_labels

    assert "統一編號" in taiwan_id_labels() and all("统" not in label for label in taiwan_id_labels())
    assert taiwanese_statutory("營業人 統一編號 12345675") and taiwanese_statutory("營業稅 買受人統編")
    assert not taiwanese_statutory("营业人 统一编号") and not taiwanese_statutory("統一編號 12345675")


def _incident(rows_extra: list[list[Any]]) -> list[list[Any]]:
    """A retailer's product safety incident report (values and names ours)."""
    return [
        ["PRODUCT SAFETY INCIDENT REPORT"],
        ["Incident No.", "PSI-2026-0107", "Date reported", "2026-04-09"],
        ["Retailer", "Brightwell Stores plc", "Store order ref.", "BW-PO-77120"],
        ["Model No.", "QH-1800-UK", "Product", "Oil-filled radiator 1.8 kW"],
        *rows_extra,
        ["Description of incident", "Thermostat knob melted after 6 h on the top setting."],
    ]


def test_a_loose_gloss_beside_a_fields_label_leaves_its_head_word_to_read_and_say(tmp_path) -> None:
    rows = _incident(
        [["Date code", "2603-A", "Units sold (batch)", 2600], ["Incidents reported", 2, "Injury", "None"]]
    )
    doc = _read(tmp_path, rows)
    assert doc["record"]["ship_qty"] == 2600 and doc["record"]["lot_no"] == "2603-A"
    assert "label_by_head_word" in field_codes(doc, "ship_qty")


def test_a_fields_own_label_with_a_head_word_is_its_attribute_never_another_fields() -> None:
    from kesu_docs.parse.head_words import own_label_and_head

    assert own_label_and_head("Effectiveness check by", "effectivenesscheck")
    assert own_label_and_head("Effectiveness check date", "effectivenesscheck")
    assert not own_label_and_head("Units sold (batch)", "batch")  # a gloss in brackets: no head word
    assert not own_label_and_head("Effectiveness check", "effectivenesscheck")  # the label itself


def _profile_read(tmp_path: Any, first: list[list[Any]], second: list[list[Any]], kind: str) -> Any:
    """``second`` read with the profile learned on ``first`` (both one-sheet workbooks of one layout)."""
    from kesu_docs.parse.profile import learn, read_by_profile

    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    profile = learn(sheet_from_rows(tmp_path / "one", first, width=WIDTH), kind)
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "layout.toml").write_text(profile.to_toml(), encoding="utf-8")
    other = sheet_from_rows(tmp_path / "two", second, width=WIDTH)
    found = read_by_profile(other, other.read_bytes(), kind, tmp_path / "profiles")
    assert found
    return found[0]


def test_a_profiles_read_says_the_doubts_of_the_forms_labels_the_generic_read_says(tmp_path) -> None:
    second = _rma("數量(台)")
    second[1][1], second[5][1] = "KS-1151104-02", "６"
    read = _profile_read(tmp_path, _rma("數量(台)"), second, "complaint")
    assert str(read.values["ship_qty"]) in ("6", "６")
    assert any(p.code == "count_which_unsure" and "ship_qty" in p.fields for p in read.problems)


def test_a_profiles_read_says_a_second_label_of_a_field_with_its_own_value(tmp_path) -> None:
    def form(serial: str, batch: str) -> list[list[Any]]:
        return _incident([["Serial No.", serial, "Units sold", 2600], ["Production Batch", batch]])

    read = _profile_read(tmp_path, form("SN-2603-A", "2603-A"), form("SN-2604-C", "2604-C"), "complaint")
    assert (
        read.values["lot_no"] == "SN-2604-C"
    )  # the serial read as the lot, as the generic reader reads it …
    assert any(
        p.code == "value_beside_unread_label" and "lot_no" in p.fields for p in read.problems
    )  # … said


def test_a_one_value_fields_label_with_a_head_word_is_still_read_by_its_head_word(tmp_path) -> None:
    rows = [
        ["CREDIT MEMO"],
        ["Credit Memo No.", "CM-26-0815", "Date", "2026-08-15"],
        ["Customer", "Lindqvist Appliances AB"],
        ["Description", "Qty", "Unit price", "Amount"],
        ["Hinge bracket rework allowance", 400, "1.25", "500.00"],
        ["Total Credit", None, None, "500.00"],
        ["Issued by", "Huang Min"],  # the issue date's label + by: its issuer, no attribute of a date
    ]
    doc = _read(tmp_path, rows, "allowance")
    assert doc["record"]["approved_by_manager"] == "Huang Min"
    assert "label_by_head_word" in field_codes(doc, "approved_by_manager")
