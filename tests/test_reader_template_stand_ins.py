"""What a template leaves for the clerk and what a form leaves unsaid (the thirteenth round,
dev13-rh13b): a template's stand-in (``XXXX``, ``请输入``, ``<Customer name>``) is no value;
a date without its year on a form with no full date takes the year of the form's number
(``CS-2026-0412-03``), warned; a part's ``Description`` beside its number is the part's name
when the form has its own ``Problem`` row. Each on a workbook written here."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kesu_docs.parse import parse_paths


def read(tmp_path: Path, title: str, rows: list[list[str]], kind: str | None = "complaint") -> dict:
    wb = Workbook()
    ws = wb.active
    ws["A1"] = title
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    path = tmp_path / "form.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind=kind)
    return result.to_dict("en")


def read_named_by_its_title(tmp_path: Path, title: str, *rows: list[str]) -> dict:
    """A form read with no kind given (``kind=None``): its title alone names it."""
    return read(tmp_path, title, list(rows), kind=None)


def codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_a_templates_stand_ins_are_no_value_and_are_said(tmp_path):
    doc = read(
        tmp_path,
        "客户投诉处理单",
        [
            ["投诉编号", "TS-2026-0301-02", "受理日期", "2026/3/1"],
            ["客户名称", "<Customer name>", "业务主管", "请输入"],
            ["核准", "XXXX", "填写人", "邹海燕"],
        ],
    )
    record = doc["record"]
    for field in ("customer", "sales_supervisor", "approver"):
        assert record[field] is None
        assert "value_template_placeholder" in codes(doc, field)
    assert record["reporter"] == "邹海燕"  # a name is read as it stands (填写人: who filled it in)
    assert codes(doc, "reporter") == []


def test_a_date_without_its_year_takes_the_year_of_the_forms_number_when_no_date_has_one(tmp_path):
    doc = read(
        tmp_path,
        "客訴處理單",
        [["客訴編號", "CS-2026-0412-03", "收件日期", "4月12日"], ["出貨日", "4/2", "結案日", "4月24日"]],
    )
    record = doc["record"]
    assert (record["received_date"], record["ship_date"], record["closed_date"]) == (
        "2026-04-12",
        "2026-04-02",
        "2026-04-24",
    )
    for field in ("received_date", "ship_date", "closed_date"):
        assert codes(doc, field) == ["date_year_from_number"]


def test_a_number_holding_two_years_gives_no_year(tmp_path):
    doc = read(tmp_path, "客訴處理單", [["客訴編號", "CS-2025-2026-7", "收件日期", "4月12日"]])
    assert doc["record"] is None or doc["record"]["received_date"] is None
    assert "invalid_date" in codes(doc, "received_date")


def test_a_parts_description_beside_its_number_is_its_name_when_the_form_has_a_problem_row(tmp_path):
    doc = read_named_by_its_title(
        tmp_path,
        "QUALITY COMPLAINT",
        ["Complaint No.", "QC-26-0301", "Received", "2026-03-01"],
        ["Customer", "Acme Pumps Inc."],
        ["Part No.", "AP-VLV-220", "Description", "Check valve seat"],
        ["Problem", "Seat leaks at 1.2 MPa; 12 pcs failed the air test."],
    )
    assert doc["kind"] == "complaint"
    record = doc["record"]
    assert record["part_name"] == "Check valve seat"
    assert record["description"] == "Seat leaks at 1.2 MPa; 12 pcs failed the air test."


def test_a_forms_european_amounts_decide_its_comma_and_stk_is_a_count(tmp_path):
    doc = read_named_by_its_title(  # the British spelling of the title names the form
        tmp_path,
        "RETURN MATERIAL AUTHORISATION",
        ["RMA No.", "RMA-DE-26-0301", "Date", "01.03.2026"],
        ["Customer", "Beispiel GmbH"],
        ["Part no.", "Description", "Qty", "Unit price", "Amount"],
        ["BX-100", "Bracket", "1000 Stk", "1,50 €", "1.500,00 €"],
        ["BX-200", "Cover", "100 Stk", "1,250 €", "125,00 €"],
    )
    assert doc["kind"] == "return"
    first, second = doc["record"]["items"]
    assert (first["qty_returned"], first["unit_price"], first["amount"]) == (1000, "1.50", "1500.00")
    assert (second["qty_returned"], second["amount"]) == (100, "125.00")
    # 1,250 beside 1.500,00 is one euro twenty-five, never 1250: read so, said
    assert second["unit_price"] == "1.25"
    assert "european_decimal_comma" in codes(doc, "items[1].unit_price")


def test_a_comma_before_three_digits_on_a_form_without_european_amounts_stays_thousands(tmp_path):
    doc = read_named_by_its_title(
        tmp_path,
        "RETURN MATERIAL AUTHORIZATION",
        ["RMA No.", "RMA-US-26-0301", "Date", "2026-03-01"],
        ["Part no.", "Description", "Qty", "Unit price", "Amount"],
        ["BX-100", "Bracket", "2", "1,250.00", "2,500.00"],
    )
    [row] = doc["record"]["items"]
    assert (row["unit_price"], row["amount"]) == ("1250.00", "2500.00")
    assert "european_decimal_comma" not in codes(doc, "items[0].unit_price")
