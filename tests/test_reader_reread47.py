"""Round 47's re-read of rounds 45–46 (issue 10): the same rule in one place, each on small forms built here.

- **The watt is one rule** (units.in_watts): a capital W after a figure, alone, in a label's unit brackets or after
  its slash is the watt, never the 万 a clerk abbreviates as a lower-case w — for a label's unit (scale_of) and a
  figure's own word (scale_word, own_unit) alike. The only W that stays 万 is in the brackets of a label naming a
  count of pieces by its head word (出货数量(W), Qty (W)): a count is never in watts. Before, the watt was known only
  where a label held one of 功率 / 功耗 / 瓦 / power / output / watt, so 补偿容量(W) and Capacity (W) multiplied by
  10 000, 瓦楞 (corrugated) read as the watt, ``2,283 W`` in a line was 22 830 000 and ``单价(元/W)`` a price per
  10 000 pieces.
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

from kesu_docs.parse.units import scale_of, scale_word

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None, name: str = "form.xlsx") -> dict:
    return read_doc(sheet_from_rows(folder, rows, name, width=WIDTH), kind)


def _per_watt_allowance(qty_head: str, price_head: str, qty: Any) -> list[list[Any]]:
    """A module maker's allowance priced per watt (values and names ours)."""
    return [
        ["组件功率衰减补偿折让单"],
        ["折让单号", "ZR-QA-0711", None, "开具日期", "2026-10-15"],
        ["购买方", "青海北辰新能源有限公司", None, "原发票号码", "26632000000031107752"],
        [],
        ["组件型号 / 品名", qty_head, price_head, "折让金额(元)", "税额(元)"],
        ["QA-560M 功率衰减补偿", qty, 0.62, 1064.54, 138.39],
        [],
        ["合计", None, None, 1064.54],
        ["税额合计", None, None, 138.39],
        ["价税合计", None, None, 1202.93],
    ]


def test_a_capital_w_in_a_labels_unit_is_the_watt_unless_the_label_names_a_count() -> None:
    for label in (
        "补偿容量(W)",
        "Capacity (W)",
        "Rated (W)",
        "装机容量(W)",
        "Nameplate (W)",
        "衰减补偿(W)",
        "功率(W)",
    ):
        assert scale_of(label) is None, label  # no power word needed: the W itself is the watt
    for label in ("单价(元/W)", "Rate ($/W)"):
        assert scale_of(label) is None, label  # a price per watt, no price per 10 000 pieces
    for label in ("瓦楞箱出货数量(W)", "出货数量(W)", "Qty (W)", "Shipped Qty (W)", "數　量(W)", "数量(w)"):
        scale = scale_of(label)  # a count is never in watts: its W is 万 (瓦楞 is corrugated, no watt)
        assert scale is not None and scale.of("qty") == 10_000, label
    price = scale_of("单价(元/w)")  # a lower-case w: 万, a price per 10 000 pieces as before
    assert price is not None and price.per and price.factor == 10_000
    assert scale_word("W") is None and scale_word("w") == 10_000 and scale_word("万") == 10_000


def test_a_per_watt_line_is_read_in_watts(tmp_path) -> None:
    doc = _read(tmp_path, _per_watt_allowance("补偿容量(W)", "单价(元/W)", 1717), "allowance")
    line = doc["record"]["items"][0]
    assert (
        line["qty"] == 1717 and line["unit_price"] == "0.62"
    )  # not 17 170 000, nor a price dropped per 10 000
    assert "unit_price_per_thousand" not in field_codes(doc, "items[0].unit_price")


def test_a_figure_in_watts_in_a_lines_count_is_said_never_multiplied(tmp_path) -> None:
    for typed in ("1,717 W", "1717W"):
        folder = tmp_path / ("spaced" if " " in typed else "joined")
        folder.mkdir()
        doc = _read(folder, _per_watt_allowance("数量", "单价", typed), "allowance")
        line = doc["record"]["items"][0]
        assert line["qty"] != 17_170_000, typed
        assert line["qty"] is None and "invalid_qty" in field_codes(doc, "items[0].qty"), typed


def test_a_corrugated_boxes_count_in_w_is_ten_thousands(tmp_path) -> None:
    rows = [
        ["Warranty Claim"],
        ["Claim No.", "WC-26-0418"],
        ["Claim Date", "2026-04-18"],
        ["Customer", "Hollis Packaging Ltd"],
        ["Part No.", "CB-0420"],
        ["瓦楞箱出货数量(W)", "3"],
        ["Defect Qty", "300"],
        ["Description", "Flaps split at the score line."],
    ]
    assert _read(tmp_path, rows, "complaint")["record"]["ship_qty"] == 30_000


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
    from kesu_docs.parse.head_words import a_count_alone

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
