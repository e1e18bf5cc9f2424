"""Dates written short on another company's layout: without their year (``10月28日``, ``1/5``)
or with two digits for it (``3-Sep-26``). The year taken is the one a clerk means, and said
whenever the form does not confirm it — one rule for our own blank and every other layout."""

from __future__ import annotations

from pathlib import Path

from helpers import read_doc
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def _form(path: Path, sheet: str, title: str, rows: list[tuple[str, str]]) -> dict:
    """A complaint form of label | value ``rows`` (the labels shaded) under ``title`` on the
    sheet ``sheet``, read as a complaint."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws["A1"] = title
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    wb.save(path)
    return read_doc(path, "complaint")


def complaint(tmp_path: Path, rows: list[tuple[str, str]], name: str = "form.xlsx") -> dict:
    return _form(tmp_path / name, "客户投诉处理单", "客户投诉处理单", [("投诉编号", "TS-2612-07"), *rows])


def codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_a_date_without_its_year_takes_the_year_nearest_the_forms_other_dates_across_new_year(tmp_path):
    doc = complaint(
        tmp_path, [("受理日期", "2026-12-20"), ("发货日期", "2026/12/12"), ("结案日期", "1月5日")]
    )
    assert doc["record"]["closed_date"] == "2027-01-05"
    assert codes(doc, "closed_date") == ["date_year_inferred"]


def test_a_slashed_date_without_its_year_reads_month_first_under_a_chinese_label(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/10/3"), ("发货日期", "2026/9/20"), ("结案日期", "10/8")])
    assert doc["record"]["closed_date"] == "2026-10-08"
    assert codes(doc, "closed_date") == ["date_year_inferred"]


def test_a_date_without_its_year_far_from_every_other_date_is_an_error(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/1/3"), ("发货日期", "2026/1/2"), ("结案日期", "7月4日")])
    assert doc["record"]["closed_date"] is None
    assert "invalid_date" in codes(doc, "closed_date")


def test_a_two_digit_year_agreeing_with_the_forms_dates_is_read_without_a_word(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/9/8"), ("发货日期", "3-Sep-26")])
    assert doc["record"]["ship_date"] == "2026-09-03"
    assert codes(doc, "ship_date") == []


def test_a_two_digit_year_the_forms_dates_contradict_is_warned(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "2026/9/8"), ("发货日期", "3-Sep-16")])
    assert doc["record"]["ship_date"] == "2016-09-03"
    assert "two_digit_year" in codes(doc, "ship_date")


def test_a_two_digit_year_that_would_lie_in_the_future_is_warned(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "8-Sep-99")])
    assert doc["record"]["received_date"] == "2099-09-08"
    assert codes(doc, "received_date") == ["two_digit_year"]


def test_a_slashed_date_whose_day_and_month_are_the_same_number_is_that_day(tmp_path):
    doc = complaint(tmp_path, [("受理日期", "09/09/2026")])
    assert doc["record"]["received_date"] == "2026-09-09"


def eightd(tmp_path: Path, labels: tuple[str, ...], rows: list[tuple], name: str = "8d.xlsx") -> dict:
    """Another company's 8D: its opening date a date cell, its D3 table's dates typed short."""
    import datetime as dt

    wb = Workbook()
    ws = wb.active
    ws.title = "8D Report"
    ws["A1"] = "8D Report"
    opened, number, customer, part, heading, *columns = labels
    for r, (label, value) in enumerate(
        [(number, "202612007"), (customer, "Acme Ltd"), (opened, dt.datetime(2026, 12, 28)), (part, "PCB-1")],
        start=2,
    ):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
    ws["A7"] = heading
    for c, column in enumerate(columns, start=1):
        ws.cell(8, c, column)
    for r, row in enumerate(rows, start=9):
        for c, value in enumerate(row, start=1):
            ws.cell(r, c, value)
    path = tmp_path / name
    wb.save(path)
    [result] = parse_paths([path], kind="8d")
    return result.to_dict("en")


ENGLISH_8D = (
    "Opened date",
    "Complaint No.",
    "Customer",
    "Part No.",
    "D3 Containment actions",
    "Containment action",
    "Owner",
    "Due date",
    "Done date",
)


def test_a_date_whose_year_was_taken_is_not_read_as_the_forms_month_first_order(tmp_path):
    """``30/12`` in a row shows the day first; once its year is taken it is held as 2026-12-30,
    which must not count as a date the form writes month first: ``3/1`` is never 1 March."""
    doc = eightd(tmp_path, ENGLISH_8D, [("Sort stock", "Tom", "3/1", None), ("Notify", "Ann", "30/12", None)])
    rows = doc["record"]["containment"]
    assert rows[1]["due_date"] == "2026-12-30"
    assert "date_year_inferred" in codes(doc, "containment[1].due_date")
    # an English form showing no month-first date: 3/1 is no guess, it stays as written, an error
    assert rows[0]["due_date"] is None
    assert "invalid_date" in codes(doc, "containment[0].due_date")
    assert codes(doc, "containment[1].due_date").count("date_year_inferred") == 1  # said once


def test_a_date_whose_year_was_taken_gives_no_year_to_another_date(tmp_path):
    """Only a date the form writes with its year places a date without one: 4月10日 lies more
    than three months from the form's only dated day (2026-12-28), so it stays an error even
    though 1月20日, read as 2027-01-20, lies near it."""
    labels = (
        "立案日期",
        "客诉编号",
        "客户名称",
        "料号",
        "D3 围堵措施",
        "围堵措施",
        "负责人",
        "预定日期",
        "完成日期",
    )
    doc = eightd(tmp_path, labels, [("厂内库存全检", "李强", "1月20日", "4月10日")])
    row = doc["record"]["containment"][0]
    assert row["due_date"] == "2027-01-20"
    assert "date_year_inferred" in codes(doc, "containment[0].due_date")
    assert row["done_date"] is None
    assert "invalid_date" in codes(doc, "containment[0].done_date")


def test_a_year_taken_on_our_blank_that_lost_one_of_its_names_is_still_warned(tmp_path):
    """Our own blank whose 交运日期 lost its defined name (a clerk's copy): that field is read
    by its label among the named ones, 8月20日 takes the year of the form's dates, and the
    clerk is told so, as on any other layout — never the year taken without a word."""
    from openpyxl import load_workbook

    samples = Path(__file__).resolve().parents[1] / "samples"
    wb = load_workbook(samples / "complaint-valid.xlsx")
    ws = wb.active
    assert ws["A9"].value.endswith("交运日期")
    ws["B9"] = "8月20日"
    del wb.defined_names["kesu.ship_date"]
    path = tmp_path / "客诉-少一个名称.xlsx"
    wb.save(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["ship_date"] == "2026-08-20"
    assert codes(doc, "ship_date") == ["date_year_inferred"]
    assert doc["record"]["received_date"] == "2026-09-08"  # the named fields as before


def test_a_year_taken_on_a_pdf_with_some_fillable_fields_is_still_warned(tmp_path):
    """A PDF whose dates are printed (受理日期 2026/9/8, 交运日期 8/20) and whose other answers
    are fillable fields: 8/20 takes the year of the printed date, and the clerk is told so —
    the fields' reading sets the printed reading's warnings aside, never this one."""
    import pytest
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject

    from kesu_docs import forms
    from kesu_docs.blank.pdf import font_available, write_blank

    if not font_available():
        pytest.skip("no CJK font to embed: install fonts-noto-cjk")
    blank = write_blank(forms.get("complaint"), tmp_path / "blank.pdf")
    typed = {
        "customer": "华东精密机械有限公司",
        "market": "国内",
        "order_no": "PO-2609-17",
        "part_no": "PCB-4471-A",
        "ship_qty": "1000",
        "defect_qty": "46",
        "complaint_type": "质量异常",
        "description": "C12 电容虚焊，上电无输出",
        "customer_request": "退货",
        "requested_qty": "46",
    }
    printed = {"received_date": "2026/9/8", "ship_date": "8/20"}
    writer = PdfWriter(clone_from=PdfReader(blank))
    page = writer.pages[0]
    places, kept = {}, ArrayObject()
    for ref in page.get("/Annots") or ():
        name = str(ref.get_object().get("/T"))
        if name in printed:  # no field: the value printed where it stood
            places[name] = [float(x) for x in ref.get_object()["/Rect"]]
        else:
            kept.append(ref)
    page[NameObject("/Annots")] = kept
    acro = writer._root_object["/AcroForm"]
    acro[NameObject("/Fields")] = ArrayObject(
        [f for f in acro["/Fields"] if str(f.get_object().get("/T")) not in printed]
    )
    writer.update_page_form_field_values(page, typed, auto_regenerate=False)
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
        }
    )
    page["/Resources"].get_object()["/Font"].get_object()[NameObject("/FX")] = writer._add_object(font)
    text = DecodedStreamObject()
    text.set_data(
        " ".join(
            f"BT /FX 9 Tf {x0 + 3} {y0 + 4} Td ({printed[name]}) Tj ET"
            for name, (x0, y0, *_) in places.items()
        ).encode()
    )
    contents = page.raw_get("/Contents")
    page[NameObject("/Contents")] = ArrayObject(
        [*(contents if isinstance(contents, ArrayObject) else [contents]), writer._add_object(text)]
    )
    path = tmp_path / "客诉-部分可填.pdf"
    writer.write(path)
    [result] = parse_paths([path], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["customer"] == "华东精密机械有限公司"  # a field's value
    assert doc["record"]["received_date"] == "2026-09-08"  # printed
    assert doc["record"]["ship_date"] == "2026-08-20"
    assert codes(doc, "ship_date") == ["date_year_inferred"]


# ---------------------------------------------------------------------------------- year first
def english(tmp_path: Path, rows: list[tuple[str, str]], name: str = "en.xlsx") -> dict:
    """An English complaint form: the same rows under English labels."""
    return _form(
        tmp_path / name, "Complaint", "Customer Complaint Report", [("Complaint No.", "CC-2612-07"), *rows]
    )


def test_a_chinese_form_writes_a_two_digit_year_first(tmp_path):
    """``26/3/18`` under 受理日期 is 2026-03-18 (年/月/日), never 26 March 2018; ``26/3/5``,
    which no other order reads, too — the form's dates agree, so nothing is said."""
    doc = complaint(tmp_path, [("受理日期", "26/3/18"), ("发货日期", "26/3/5")])
    assert doc["record"]["received_date"] == "2026-03-18"
    assert doc["record"]["ship_date"] == "2026-03-05"
    assert codes(doc, "received_date") == []
    assert "two_digit_year" not in codes(doc, "ship_date")


def test_a_year_first_date_far_from_the_forms_other_dates_is_warned(tmp_path):
    """``18/3/26`` read year first is 2018 beside the form's 2026 dates: read, and said."""
    doc = complaint(tmp_path, [("受理日期", "2026/3/20"), ("发货日期", "18/3/26")])
    assert doc["record"]["ship_date"] == "2018-03-26"
    assert codes(doc, "ship_date") == ["two_digit_year"]


def test_a_chinese_form_whose_dates_put_the_year_last_is_not_read_year_first(tmp_path):
    """A date of the form written ``20/3/2026`` shows the year last: ``26/3/18`` beside it is
    not read year first (day first it is 2018, two_digit_year against the 2026 date)."""
    doc = complaint(tmp_path, [("受理日期", "20/3/2026"), ("发货日期", "26/3/18")])
    assert doc["record"]["ship_date"] != "2026-03-18"
    assert "two_digit_year" in codes(doc, "ship_date")


def test_a_label_printing_its_order_wins_over_the_year_first_rule(tmp_path):
    doc = complaint(tmp_path, [("受理日期 (DD/MM/YY)", "26/03/18")])
    assert doc["record"]["received_date"] == "2018-03-26"


def test_an_english_form_reads_26_3_18_day_first_and_a_year_long_past_is_said(tmp_path):
    """On an English form ``26/3/18`` is 26 March 2018; nothing on the form confirms a year
    eight years back, so it is never read silently."""
    doc = english(tmp_path, [("Date Received", "26/3/18"), ("Customer", "Acme Ltd")])
    assert doc["record"]["received_date"] == "2018-03-26"
    assert codes(doc, "received_date") == ["two_digit_year"]


def test_ordinal_english_dates_are_read(tmp_path):
    doc = english(tmp_path, [("Date Received", "5th March 2026"), ("Ship Date", "March 2nd, 2026")])
    assert doc["record"]["received_date"] == "2026-03-05"
    assert doc["record"]["ship_date"] == "2026-03-02"


def test_a_profile_reads_a_year_first_date_as_the_generic_reader_does_never_as_roc(tmp_path, monkeypatch):
    """A profile learned on a Chinese form whose dates are ``26/3/18``: the second copy's
    ``26/4/9`` is 2026-04-09 (not ROC 26 = 1937), ``26/4/14`` is 2026-04-14 (the first copy
    taught no day-first order), the same one rule as without the profile."""
    from helpers import parse_cli, run_cli

    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")

    def form(name: str, received: str, ship: str) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "客户投诉处理单"
        ws["A1"] = "客户投诉处理单"
        rows = [("投诉编号", f"TS-{name}"), ("客户名称", "华东精密机械有限公司"), ("受理日期", received)]
        rows += [("发货日期", ship), ("料号", "PCB-4471-A"), ("不良描述", "C12 电容虚焊")]
        for r, (label, value) in enumerate(rows, start=2):
            ws.cell(r, 1, label).fill = SHADE
            ws.cell(r, 2, value)
        path = tmp_path / f"{name}.xlsx"
        wb.save(path)
        return path

    first = form("1", "26/3/18", "26/2/27")
    assert run_cli("learn", str(first), "--kind", "complaint")[0] == 0
    _, (doc,) = parse_cli(form("2", "26/4/14", "26/4/9"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["received_date"] == "2026-04-14"
    assert doc["record"]["ship_date"] == "2026-04-09"


def test_a_year_first_reading_that_also_reads_day_first_is_said(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    from kesu_docs.parse import parse_paths

    def read(extra: dict) -> dict:
        wb = Workbook()
        ws = wb.active
        for ref, value in {
            "A1": "客户抱怨处理单",
            "A2": "投诉日期",
            "B2": "25/03/26",
            "C2": "客户名称",
            "D2": "苏州恒力机电有限公司",
            **extra,
        }.items():
            ws[ref] = value
        path = tmp_path / f"yy{len(extra)}{id(extra)}.xlsx"
        wb.save(path)
        [result] = parse_paths([path], kind="complaint")
        return result.to_dict("en")

    alone = read({})  # 2025-03-26 or 25 March 2026 (Hong Kong writes day first): said
    assert alone["record"]["received_date"] == "2025-03-26"
    assert any(w["field"] == "received_date" and "2026-03-25" in w["message"] for w in alone["warnings"])
    siding = read({"A3": "出货日期", "B3": dt.datetime(2025, 3, 20)})  # the form's other date sides with 2025
    assert not any(w["field"] == "received_date" for w in siding["warnings"])
