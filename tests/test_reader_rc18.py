"""Reader gaps of the eighteenth round (dev18-rc), each on a form of our own built in the test:

- a Taiwanese date's weekday alone in brackets (``115/3/5 (四)``, ``2026/03/05（四）``) is the
  date's weekday, held to it as ``星期四`` is — in the generic reader and in a profile;
- labels printed short of their field's words, read by what stands beside them (said): a date
  beside ``Received`` / ``签收`` (``Date received``, 签收日期), a name beside ``Item`` next to
  ``Item No.`` (the part's name); a date is never a person's name;
- an 8D workbook with a sheet per D-step: a step's sheet gives its step's fields (however loosely
  read) and another field only where a label of its own reads it surely — never a loose value of
  the header or of another step;
- a German (VDA) 8D's team: ``Teamleiter: Jonas Keller`` alone in D1's cell, ``Teamleiter: …;
  Mitglied: …`` (no ``;`` left on a name), ``Teammitglieder:`` over the members.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from helpers import field_codes, read_doc
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side

from kesu_docs.parse.profile import _as_date, learn
from kesu_docs.values import parse_date, roc_date

THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
WRAP = Alignment(wrap_text=True, vertical="top")


# ---------------------------------------------------------------------------------- 1. weekdays
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("115/3/5 (四)", "2026-03-05"),
        ("115/03/05(四)", "2026-03-05"),
        ("2026/03/05（四）", "2026-03-05"),
        ("中華民國115年3月8日(日)", "2026-03-08"),
        ("115.4.6 ( 一 )", "2026-04-06"),
    ],
)
def test_a_weekday_alone_in_brackets_is_the_dates_weekday(text, iso):
    assert parse_date(text).isoformat() == iso
    if not text.startswith("2026"):  # a profile reads the Republic's years by values.roc_date too
        assert _as_date(text, "") == dt.date.fromisoformat(iso)


@pytest.mark.parametrize("text", ["115/3/5 (五)", "2026/03/05（一）", "中華民國115年3月8日(六)"])
def test_a_bracketed_weekday_that_disagrees_is_no_date(text):
    with pytest.raises(ValueError):
        parse_date(text)
    assert roc_date(text) is None


def test_a_bracket_among_words_is_not_taken_for_the_dates_weekday():
    # the era says the date; the (一) closing the sentence is an item's number, not a weekday
    assert roc_date("依中華民國115年3月5日通知辦理 (一)", among_words=True) == dt.date(2026, 3, 5)


def _roc_complaint(path: Path, number: str, received: str) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "客訴"
    ws.append(["客戶抱怨處理單"])
    ws.append(["客訴編號", number, "受理日期", received])
    ws.append(["客戶名稱", "宏碁精密股份有限公司", "料號", "TX-2207"])
    ws.append(["不良數量", 120, "出貨數量", 3000])
    ws.append(["不良描述", "端子壓接高度超差"])
    wb.save(path)
    return path


def test_the_generic_reader_reads_a_roc_date_with_its_weekday_unwarned(tmp_path):
    doc = read_doc(_roc_complaint(tmp_path / "c.xlsx", "KS-1150305", "115/03/05 (四)"), "complaint")
    assert doc["record"]["received_date"] == "2026-03-05"
    assert not field_codes(doc, "received_date")


def test_a_profile_reads_a_roc_date_with_its_weekday(office):
    first = _roc_complaint(office / "roc.xlsx", "KS-001", "115/03/05")
    profile = learn(first, "complaint", {"number": "客訴!B2", "received_date": "客訴!D2"})
    (office / "profiles" / "roc.toml").write_text(profile.to_toml(), encoding="utf-8")
    doc = read_doc(_roc_complaint(office / "second.xlsx", "KS-002", "115/04/06 (一)"))
    assert "profile_used" in {p["code"] for p in doc["warnings"]}
    assert doc["record"]["received_date"] == "2026-04-06"
    assert not field_codes(doc, "received_date")
    wrong = read_doc(_roc_complaint(office / "third.xlsx", "KS-003", "115/04/06 (二)"))
    # a weekday the date is not: never read silently (at most the date before the brackets, said)
    assert field_codes(wrong, "received_date"), wrong["warnings"]


# ---------------------------------------------------------------------------------- 2. short labels
def _rows(tmp_path: Path, rows: list[list[object]], name: str = "form.xlsx") -> Path:
    from helpers import sheet_from_rows

    return sheet_from_rows(tmp_path, rows, name, width=20)


def _rma(received: list[object], lines_header: list[str]) -> list[list[object]]:
    return [
        ["RETURN MATERIAL AUTHORIZATION"],
        ["RMA No.", "RMA-26-03-118", "Issue Date", dt.datetime(2026, 3, 12)],
        ["Customer", "Jabil Circuit Guangzhou"],
        ["Complaint Ref.", "CC-2603-33", *received],
        [],
        lines_header,
        ["IND-4R7-1210", "Power inductor 4.7 uH", 2000, 0.08, 160],
        ["CAP-EL-470", "E-cap 470 uF 25 V", 1500, 0.12, 180],
    ]


HEADER = ["Part Number", "Description", "Qty", "Unit Price", "Ext. Price"]


@pytest.mark.parametrize("received", [dt.datetime(2026, 3, 16), "2026/03/16", "16-Mar-2026"])
def test_a_date_beside_a_bare_received_is_the_receipts_date_said(tmp_path, received):
    doc = read_doc(_rows(tmp_path, _rma(["Received", received], HEADER)), "return")
    assert doc["record"]["received_date"] == "2026-03-16"
    assert doc["provenance"]["received_date"]["label"] == "Received"
    assert "low_confidence" in field_codes(doc, "received_date")  # read by the date beside it: said
    assert doc["record"]["issue_date"] == "2026-03-12"


def test_a_bare_received_over_figures_or_beside_a_word_reads_no_date(tmp_path):
    # the received quantity's column header (no date beside it), and a status word beside it
    header = ["Part Number", "Description", "Received", "Unit Price", "Ext. Price"]
    doc = read_doc(_rows(tmp_path, _rma(["Status", "Received"], header)), "return")
    assert doc["record"].get("received_date") is None
    # a form printing the date's own label keeps its date: the bare word beside a date names nothing
    rows = _rma(["Received", dt.datetime(2026, 3, 16)], HEADER) + [
        ["Date received", dt.datetime(2026, 3, 18)]
    ]
    doc = read_doc(_rows(tmp_path, rows, "own.xlsx"), "return")
    assert doc["record"]["received_date"] == "2026-03-18"
    assert doc["provenance"]["received_date"]["label"] == "Date received"


def test_a_chinese_act_without_its_date_word_beside_a_date(tmp_path):
    rows = [
        ["成品退货单"],
        ["退货单号", "TH-2603-0118", "开单日期", dt.datetime(2026, 3, 12)],
        ["客户名称", "华东电子有限公司", "签收", dt.datetime(2026, 3, 16)],
        ["料号", "品名", "退货数量", "单价", "金额"],
        ["IND-4R7-1210", "功率电感", 2000, 0.08, 160],
        ["退货原因", "标识错误"],
    ]
    doc = read_doc(_rows(tmp_path, rows), "return")
    assert doc["record"]["received_date"] == "2026-03-16"
    assert "low_confidence" in field_codes(doc, "received_date")


def _complaint(item_no_label: str, item: object) -> list[list[object]]:
    return [
        ["SUPPLIER COMPLAINT"],
        ["Complaint #", "SC-HW-260311", "Issued on", dt.datetime(2026, 3, 11)],
        ["Customer", "Hanwei Sourcing Ltd."],
        [item_no_label, "HW-PSU-65W", "Item", item],
        ["Qty received", 3000, "Qty rejected", 45],
        ["Nonconformity", "Output voltage drops to 4.2 V under 3 A load on 45 units."],
    ]


@pytest.mark.parametrize("item_no_label", ["Item No.", "Item #", "Item code", "Item Number"])
def test_a_things_name_beside_its_bare_word_next_to_its_number(tmp_path, item_no_label):
    doc = read_doc(_rows(tmp_path, _complaint(item_no_label, "65 W USB-C adapter")), "complaint")
    assert doc["record"]["part_no"] == "HW-PSU-65W"
    assert doc["record"]["part_name"] == "65 W USB-C adapter"
    assert "low_confidence" in field_codes(doc, "part_name")


@pytest.mark.parametrize(
    ("item_no_label", "item"), [("Part No.", "65 W USB-C adapter"), ("Item No.", "HW-2")]
)
def test_a_bare_item_names_no_part_beside_another_label_or_a_code(tmp_path, item_no_label, item):
    # the part's number labelled otherwise (Item is then a header or a line's caption), or a code
    doc = read_doc(_rows(tmp_path, _complaint(item_no_label, item)), "complaint")
    assert doc["record"].get("part_name") is None


def test_a_customers_quality_engineer_sends_the_notice(tmp_path):
    rows = [
        ["客訴通知單"],
        ["客訴單號", "QCN-1150910-06", "發出日期", "2026/09/10"],
        ["客戶", "台達電子工業股份有限公司", "料號", "DE-FAN-1208"],
        ["不良數量", 42, "進料數量", 3600],
        ["異常說明", "風扇啟動時異音。"],
        ["品質工程師", "謝佩君", "主管", None],
    ]
    doc = read_doc(_rows(tmp_path, rows), "complaint")
    assert doc["record"]["reporter"] == "謝佩君"
    assert doc["provenance"]["reporter"]["label"] == "品質工程師"


# ---------------------------------------------------------------------------------- 3. step sheets
def _step_sheets(path: Path, *, part_on_d2: bool = False) -> Path:
    """A cover and a sheet per D-step, each step's text a block under its title, each step signed
    ``填写 | 李工 | 日期 | …`` (the step's own date: no date of the report)."""
    wb = Workbook()
    cover = wb.active
    cover.title = "首页"
    rows = [
        ["8D 报告"],
        ["报告编号", "8D-HX-2609-011", "客户", "宁波华翔电子股份有限公司"],
        ["客诉编号", "KS-260988"],
    ]
    if not part_on_d2:
        rows[2] += ["料号", "HX-CL-2201"]
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            cover.cell(r, c, value).border = RULED
    steps = [
        ("D2 问题描述", "卡扣高度超差 0.15mm，装配卡滞 96 件。"),
        ("D3 临时围堵", "库存 2,400 件全数复检卡扣高度。"),
        ("D5 永久对策", "模具镶件修模并增加首件三坐标检测。"),
    ]
    for k, (title, text) in enumerate(steps):
        ws = wb.create_sheet(title.split()[0])
        ws["A1"] = title
        ws.merge_cells("A1:D1")
        ws["A3"] = text
        ws["A3"].alignment = WRAP
        ws.merge_cells("A3:D7")
        ws["A9"], ws["B9"] = "填写：", "李工"
        ws["C9"], ws["D9"] = "日期", dt.datetime(2026, 9, 3 + k)
        if part_on_d2 and k == 0:
            for c, value in enumerate(["料号", "HX-CL-2201"], start=1):
                ws.cell(10, c, value).border = RULED
    d8 = wb.create_sheet("D8")
    d8["A1"] = "D8 结案"
    d8["A3"], d8["B3"] = "结案日期", dt.datetime(2026, 9, 28)
    d8["C3"], d8["D3"] = "批准", "邬建华"
    wb.save(path)
    return path


def test_a_step_sheet_gives_its_steps_fields_not_a_loose_date_of_the_report(tmp_path):
    doc = read_doc(_step_sheets(tmp_path / "8d.xlsx"), "8d")
    record = doc["record"]
    assert record["problem"]["statement"] == "卡扣高度超差 0.15mm，装配卡滞 96 件。"
    assert record["containment"][0]["action"] == "库存 2,400 件全数复检卡扣高度。"
    assert record["corrective_actions"][0]["action"] == "模具镶件修模并增加首件三坐标检测。"
    assert record["closure"] == {**record["closure"], "closed_date": "2026-09-28", "approved_by": "邬建华"}
    assert record["part_no"] == "HX-CL-2201"
    # the D2 sheet's own 日期 (the step signed) is no date of the report's: not its opened date
    assert record["opened_date"] is None
    assert not any(
        p["location"].startswith("D2!") for k, p in doc["provenance"].items() if k == "opened_date"
    )


def test_a_header_label_of_its_own_on_a_step_sheet_still_completes_the_form(tmp_path):
    doc = read_doc(_step_sheets(tmp_path / "8d.xlsx", part_on_d2=True), "8d")
    assert doc["record"]["part_no"] == "HX-CL-2201"
    assert doc["provenance"]["part_no"]["location"] == "D2!B10"


def test_a_sheet_naming_two_steps_gives_both(tmp_path):
    path = _step_sheets(tmp_path / "8d.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for name in ("D3", "D5"):
        del wb[name]
    ws = wb.create_sheet("D3-D5")
    ws["A1"] = "D3 临时围堵"
    ws["A2"] = "库存 2,400 件全数复检卡扣高度。"
    ws.merge_cells("A2:D4")
    ws["A6"] = "D5 永久对策"
    ws["A7"] = "模具镶件修模并增加首件三坐标检测。"
    ws.merge_cells("A7:D9")
    wb.save(path)
    record = read_doc(path, "8d")["record"]
    assert record["containment"][0]["action"] == "库存 2,400 件全数复检卡扣高度。"
    assert record["corrective_actions"][0]["action"] == "模具镶件修模并增加首件三坐标检测。"


# ---------------------------------------------------------------------------------- 4. German teams
def _vda_team(path: Path, rows: list[tuple[str, str | None]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    head = [
        ("8D-Bericht", None),
        ("Reklamationsnummer", "RK-2611-0042"),
        ("Kunde", "Brose Fahrzeugteile GmbH"),
    ]
    tail = [
        ("Problembeschreibung", "Steckergehäuse gerissen, 37 Teile"),
        ("Ursache", "Werkzeugeinsatz verschlissen"),
    ]
    for r, (label, value) in enumerate([*head, ("Erstelldatum", "2026-11-12"), *rows, *tail], start=1):
        ws.cell(r, 1, label)
        if value is not None:
            ws.cell(r, 2, value)
    ws.column_dimensions["A"].width, ws.column_dimensions["B"].width = 26, 50
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("rows", "team"),
    [
        ([("D1 Team", "Teamleiter: Jonas Keller")], [("Jonas Keller", "leader")]),
        (
            [("D1 Team", "Teamleiter: Jonas Keller; Mitglied: Anna Schulz")],
            [("Jonas Keller", "leader"), ("Anna Schulz", "member")],
        ),
        (
            [
                ("D1 Team", None),
                ("Teamleiter:", "Jonas Keller"),
                ("Teammitglieder:", "Anna Schulz, Paul Wagner"),
            ],
            [("Jonas Keller", "leader"), ("Anna Schulz", "member"), ("Paul Wagner", "member")],
        ),
    ],
)
def test_a_german_8ds_team_with_its_roles(tmp_path, rows, team):
    doc = read_doc(_vda_team(tmp_path / "vda.xlsx", rows), "8d")
    assert [(m["name"], m["role"]) for m in doc["record"]["team"]] == team
    assert not any(
        e["code"] in ("required", "team_leader_count") for e in doc["errors"] if e["field"] == "team"
    )
