"""The procedure's registers and reports (DOMAIN §1 steps 8–10, §7), on a register seeded through ``kesu render``.

Ten complaints across June–September 2026: closed on time, closed late, open and overdue,
open and on time; domestic and foreign; several units, causes and customers. Every figure the
reports print is checked against what this file computes from the inputs by itself.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from collections import Counter, defaultdict
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from kesu_docs.cli import cli

CAUSE_ZH = {
    "material": "物料",
    "operator": "作业方法",
    "process": "工程/工艺",
    "appearance_performance": "外观/性能",
    "packaging": "包装",
    "handling_storage": "搬运/贮存",
    "environment": "时间/环境",
    "other": "其他",
}


def case(number, received, customer, market, **decided):
    """A complaint as sales files it; ``decided`` adds investigation, decision and closure."""
    values = {
        "kind": "complaint",
        "number": number,
        "received_date": received,
        "customer": customer,
        "market": market,
        "order_no": f"SO-{number}",
        "part_no": "PCB-4471-A",
        "ship_date": "2026-05-20",
        "ship_qty": 1000,
        "defect_qty": 40,
        "complaint_type": decided.pop("complaint_type", "quality"),
        "description": "来料检验发现虚焊",
        "customer_request": ["return"],
        "requested_qty": 40,
    }
    values.update(decided)
    return values


def closed(unit, cause, loss, closed_on, *, disposition=("rework",), code="C", penalties=(), **more):
    decided = {
        "cause_category": cause,
        "root_cause": "回流焊温区漂移",
        "responsible_unit": unit,
        "responsibility_code": code,
        "loss_amount": loss,
        "disposition": list(disposition),
        "approver": "陈志强",
        "closed_date": closed_on,
        "penalties": list(penalties),
    }
    if "return" in disposition:
        decided["approved_return_qty"] = 40
    if "allowance" in disposition:
        decided["allowance_amount"] = loss
    decided.update(more)
    return decided


CASES = [
    case(
        "202606001",
        "2026-06-10",
        "华东精密",
        "domestic",
        **closed("制造一课", "process", "1200.00", "2026-06-20"),
    ),
    case(
        "202607001",
        "2026-07-01",
        "Acme GmbH",
        "foreign",
        **closed("资材课", "material", "3000.00", "2026-07-28", code="E"),
    ),
    # September's closures: on time, late (foreign, major), on time, late
    case(
        "202608001",
        "2026-08-20",
        "华东精密",
        "domestic",
        **closed(
            "制造二课",
            "process",
            "3680.00",
            "2026-09-02",
            disposition=("return",),
            penalties=[
                {"target": "SMT 二线", "code": "C", "kind": "warning", "amount": "100.00"},
                {"target": "制造二课", "code": "C", "kind": "minor_demerit"},
            ],
        ),
    ),
    case(
        "202608002",
        "2026-08-25",
        "Acme GmbH",
        "foreign",
        **closed(
            "包装课",
            "packaging",
            "12000.00",
            "2026-09-20",
            disposition=("allowance",),
            code="I",
            approval_level="vice_gm",
        ),
    ),
    case(
        "202609001",
        "2026-09-01",
        "南方电器",
        "domestic",
        **closed("制造二课", "process", "800.00", "2026-09-12", code="C"),
    ),
    case(
        "202609002",
        "2026-09-02",
        "华东精密",
        "domestic",
        complaint_type="non_quality",
        **closed(
            "业务部",
            "operator",
            "6000.00",
            "2026-09-25",
            disposition=("return",),
            code="G",
            approval_level="vice_gm",
            penalties=[{"target": "业务部", "code": "G", "kind": "major_demerit", "amount": "0.00"}],
        ),
    ),
    # open: intake only and overdue; investigated and past the decision's deadline; on time
    case("202609003", "2026-09-05", "南方电器", "domestic"),
    case(
        "202609004",
        "2026-09-20",
        "华东精密",
        "domestic",
        cause_category="material",
        root_cause="供应商来料不良",
        responsible_unit="资材课",
    ),
    case("202609005", "2026-09-28", "Acme GmbH", "foreign"),
    # closed in October: not September's
    case(
        "202609006",
        "2026-09-22",
        "南方电器",
        "domestic",
        **closed("制造一课", "process", "500.00", "2026-10-02"),
    ),
]
MONTH = "2026-09"
AS_OF = dt.date(2026, 9, 30)


def kesu(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    return result


@pytest.fixture(scope="module")
def seeded(tmp_path_factory):
    """The register, seeded through ``kesu render`` from one JSON file per complaint."""
    root = tmp_path_factory.mktemp("reports")
    inbox = root / "inbox"
    inbox.mkdir()
    for values in CASES:
        (inbox / f"complaint-{values['number']}.json").write_text(
            json.dumps(values, ensure_ascii=False), "utf-8"
        )
    db = root / "kesu.db"
    result = kesu("render", inbox, "-o", root / "documents", "--db", db)
    assert result.exit_code == 0, result.output
    return root, db


# ------------------------------------------------------------------ the inputs, computed here
def due(values) -> dt.date:
    return dt.date.fromisoformat(values["received_date"]) + dt.timedelta(
        days=20 if values["market"] == "foreign" else 15
    )


def closed_on(values) -> dt.date | None:
    return dt.date.fromisoformat(values["closed_date"]) if values.get("closed_date") else None


def closed_in_month():
    return [c for c in CASES if closed_on(c) and f"{closed_on(c):%Y-%m}" == MONTH]


def table(sheet, title):
    """A table of the statistics sheet by its title: {first cell: row values}, and its total row."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == title)
    headers = [h for h in rows[start + 1] if h is not None]
    body, total = {}, None
    for r in rows[start + 2 :]:
        if r[0] is None:
            break
        if r[0] == "合计":
            total = dict(zip(headers, r))
            break
        body[r[0]] = dict(zip(headers, r))
    return body, total


# ------------------------------------------------------------------ monthly statistics
@pytest.fixture(scope="module")
def monthly(seeded):
    root, db = seeded
    out = root / "客诉案件统计表-2026-09.xlsx"
    result = kesu("report", "monthly", MONTH, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert "结案 4 件" in result.output
    return out


def test_monthly_counts_and_losses_by_unit_equal_the_inputs_with_each_units_share(monthly):
    sheet = load_workbook(monthly)["客诉案件统计表"]
    units, total = table(sheet, "按责任单位")
    cases = closed_in_month()
    expected = Counter(c["responsible_unit"] for c in cases)
    assert {u: row["件数"] for u, row in units.items()} == dict(expected)
    for unit, count in expected.items():
        assert units[unit]["比率"] == pytest.approx(count / len(cases), abs=1e-4)
        loss = sum(Decimal(c["loss_amount"]) for c in cases if c["responsible_unit"] == unit)
        assert Decimal(str(units[unit]["损失金额"])) == loss
    assert total["件数"] == 4
    assert Decimal(str(total["损失金额"])) == sum(Decimal(c["loss_amount"]) for c in cases)
    # the unit with most cases comes first
    assert next(iter(units)) == "制造二课"


def test_monthly_counts_by_severity_type_cause_and_customer_equal_the_inputs(monthly):
    sheet = load_workbook(monthly)["客诉案件统计表"]
    cases = closed_in_month()

    def severity(c):  # DOMAIN §4: ≥ 10,000 major; < 5,000 general; in between important
        loss = Decimal(c["loss_amount"])
        return "重大" if loss >= 10000 else "一般" if loss < 5000 else "重要"

    rows, _ = table(sheet, "按严重度")
    assert {k: v["件数"] for k, v in rows.items() if v["件数"]} == dict(Counter(map(severity, cases)))
    rows, _ = table(sheet, "按异常类别")
    types = Counter("质量异常" if c["complaint_type"] == "quality" else "非质量异常" for c in cases)
    assert {k: v["件数"] for k, v in rows.items() if v["件数"]} == dict(types)
    rows, _ = table(sheet, "按原因类别（柏拉图）")
    causes = Counter(CAUSE_ZH[c["cause_category"]] for c in cases)
    assert {k: v["件数"] for k, v in rows.items()} == dict(causes)
    counts = [v["件数"] for v in rows.values()]
    assert counts == sorted(counts, reverse=True)  # a Pareto: most frequent first
    assert list(rows.values())[-1]["累计比率"] == pytest.approx(1.0)
    rows, _ = table(sheet, "按客户")
    assert {k: v["件数"] for k, v in rows.items()} == dict(Counter(c["customer"] for c in cases))
    returns = Counter(c["customer"] for c in cases if "return" in c["disposition"])
    assert {k: v["退货件数"] for k, v in rows.items() if v["退货件数"]} == dict(returns)


def test_monthly_summary_counts_cases_closed_on_time_and_late(monthly):
    sheet = load_workbook(monthly)["客诉案件统计表"]
    summary = {r[0]: r[1] for r in sheet.iter_rows(min_row=5, max_row=12, values_only=True)}
    cases = closed_in_month()
    late = [c for c in cases if closed_on(c) > due(c)]
    assert summary["结案件数"] == len(cases)
    assert summary["逾期结案"] == len(late) == 2
    assert summary["准时结案"] == len(cases) - len(late)
    assert summary["其中国外"] == sum(c["market"] == "foreign" for c in cases)
    days = [(closed_on(c) - dt.date.fromisoformat(c["received_date"])).days for c in cases]
    assert summary["平均处理天数"] == pytest.approx(sum(days) / len(days), abs=0.051)  # to one decimal


def test_exception_statistics_list_each_case_closed_in_the_month_with_its_result(monthly):
    sheet = load_workbook(monthly)["异常处理统计表"]
    rows = list(sheet.iter_rows(min_row=6, values_only=True))
    headers = [c.value for c in sheet[5]]
    listed = {r[0]: dict(zip(headers, r)) for r in rows if r[0]}
    cases = {c["number"]: c for c in closed_in_month()}
    assert set(listed) == set(cases)
    for number, c in cases.items():
        late = (closed_on(c) - due(c)).days
        assert listed[number]["结案情形"] == (f"逾期 {late} 天" if late > 0 else "准时")
        assert listed[number]["结案日期"].date() == closed_on(c)  # a date, not text


def test_defect_matrix_counts_each_cause_per_month_over_the_trailing_twelve_months(monthly):
    sheet = load_workbook(monthly)["不良矩阵"]
    headers = [c.value for c in sheet[5]]
    assert headers[1] == "2025-10" and headers[12] == "2026-09" and headers[13] == "合计"
    matrix = {r[0]: dict(zip(headers, r)) for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]}
    expected = defaultdict(int)
    for c in CASES:
        if closed_on(c) and "2025-10" <= f"{closed_on(c):%Y-%m}" <= "2026-09":
            expected[(CAUSE_ZH[c["cause_category"]], f"{closed_on(c):%Y-%m}")] += 1
    for cause in CAUSE_ZH.values():
        for month in headers[1:13]:
            assert matrix[cause][month] == expected.get((cause, month), 0), (cause, month)
    assert matrix["合计"]["合计"] == sum(expected.values()) == 6
    # coloured: a cell with cases is filled, an empty one is not
    row = next(r for r in sheet.iter_rows(min_row=6) if r[0].value == "工程/工艺")
    filled = {headers[i]: c.fill.fgColor.rgb for i, c in enumerate(row) if 0 < i < 13}
    assert filled["2026-09"] not in (None, "00000000") and filled["2026-08"] in (None, "00000000")


def test_monthly_workbook_holds_native_chart_parts_by_unit_pareto_and_trend(monthly):
    with zipfile.ZipFile(monthly) as z:
        charts = sorted(n for n in z.namelist() if n.startswith("xl/charts/chart"))
        xml = "".join(z.read(n).decode("utf-8") for n in charts)
    assert len(charts) == 3
    assert xml.count("<barChart>") == 2 and xml.count("<lineChart>") == 2  # the Pareto's line too
    assert "客诉案件统计表" in xml  # the series read the statistics sheet's cells


def test_satisfaction_score_per_customer_follows_domain_4(monthly):
    sheet = load_workbook(monthly)["客户满意度"]
    headers = [c.value for c in sheet[5]]
    scores = {r[0]: dict(zip(headers, r)) for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]}
    for customer in {c["customer"] for c in closed_in_month()}:
        mine = [c for c in closed_in_month() if c["customer"] == customer]
        returns = sum("return" in c["disposition"] for c in mine)
        expected = 100 - min(len(mine), 5) - min(2 * returns, 10)
        assert Decimal(str(scores[customer]["满意度分数"])) == expected


def test_penalties_follow_from_the_months_causes(monthly):
    sheet = load_workbook(monthly)["奖罚统计"]
    headers = [c.value for c in sheet[5]]
    rows = [dict(zip(headers, r)) for r in sheet.iter_rows(min_row=6, values_only=True) if r[0]]
    recorded = [(r["客诉编号"], r["受罚单位/人员"], r["处分"], r["金额"]) for r in rows if r["处分"]]
    assert ("202608001", "SMT 二线", "警告", 100) in recorded
    assert ("202608001", "制造二课", "小过", 200) in recorded  # no amount: the minor demerit's least
    assert any(r[0] == "202609002" and r[2] == "大过" for r in recorded)
    # a code without a penalty recorded is listed for the GM office to decide
    assert [r["客诉编号"] for r in rows[:-1] if not r["处分"]] == ["202608002", "202609001"]
    assert rows[-1]["客诉编号"] == "合计" and rows[-1]["金额"] == 300


def test_a_month_with_no_closed_case_gives_an_empty_report_that_says_so(seeded, tmp_path):
    _, db = seeded
    out = tmp_path / "2026-05.xlsx"
    result = kesu("report", "monthly", "2026-05", "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    assert "无已结案" in result.output
    book = load_workbook(out)
    assert book.sheetnames == ["客诉案件统计表"]
    assert any("无已结案的客诉案件" in str(c) for r in book.active.iter_rows(values_only=True) for c in r)
    page = tmp_path / "2026-05.html"
    assert kesu("report", "monthly", "2026-05", "-o", page, "--db", db).exit_code == 0
    assert "无已结案的客诉案件" in page.read_text("utf-8") and "<svg" not in page.read_text("utf-8")


def test_monthly_month_must_read_yyyy_mm(seeded, tmp_path):
    _, db = seeded
    result = kesu("report", "monthly", "2026-13", "-o", tmp_path / "x.xlsx", "--db", db)
    assert result.exit_code == 2 and "YYYY-MM" in result.output


# ------------------------------------------------------------------ HTML and PDF
def test_monthly_html_shows_the_same_figures_with_inline_svg_charts_and_no_script(seeded, tmp_path):
    _, db = seeded
    out = tmp_path / "月报.html"
    assert kesu("report", "monthly", MONTH, "-o", out, "--db", db).exit_code == 0
    page = out.read_text("utf-8")
    assert page.count("<svg") == 3 and "<script" not in page
    assert "各责任单位客诉件数" in page and "原因类别柏拉图" in page and "结案件数趋势" in page
    assert "@page { size: A4" in page
    loss = sum(Decimal(c["loss_amount"]) for c in closed_in_month())
    assert "制造二课" in page and f"{loss:,.2f}" in page


def test_monthly_html_charts_draw_each_units_count_and_a_point_per_month(seeded, tmp_path):
    """The charts are SVG drawn by pygal: each unit's bar carries its count as text, the Pareto's
    cumulative share is a line of points on its own axis up to 100 %, the trend has one point
    per trailing month with its count, and the same figures give the same page, byte for byte
    (pygal's random chart id replaced by one drawn from the chart)."""
    import re

    _, db = seeded
    first, again = tmp_path / "a.html", tmp_path / "b.html"
    assert kesu("report", "monthly", MONTH, "-o", first, "--db", db).exit_code == 0
    assert kesu("report", "monthly", MONTH, "-o", again, "--db", db).exit_code == 0
    assert first.read_bytes() == again.read_bytes()
    page = first.read_text("utf-8")
    unit, pareto, trend = re.findall(r"<svg.*?</svg>", page, re.S)
    ids = [re.search(r'<svg [^>]*id="chart-([0-9a-f]+)"', svg).group(1) for svg in (unit, pareto, trend)]
    assert len(set(ids)) == 3 and all(f"#chart-{i} " in svg for i, svg in zip(ids, (unit, pareto, trend)))
    assert "<!--" not in unit + pareto + trend  # pygal's comment dated the day it drew: taken out

    def shown(svg: str) -> list[str]:  # the values printed on the chart, as text a reader sees
        return re.findall(r'<text [^>]*class="value"[^>]*>([^<]+)</text>', svg)

    units: dict[str, int] = {}
    for c in closed_in_month():
        units[c["responsible_unit"]] = units.get(c["responsible_unit"], 0) + 1
    assert unit.count('class="rect reactive') == len(units)
    assert sorted(map(int, shown(unit))) == sorted(units.values())
    assert all(f">{name}</text>" in unit for name in units)

    counts = [v for v in shown(pareto) if not v.endswith("%")]
    shares = [v for v in shown(pareto) if v.endswith("%")]
    assert sum(map(int, counts)) == len(closed_in_month()) and len(shares) == len(counts) > 0
    assert pareto.count("<circle") == len(shares) and shares[-1] == "100%"
    assert re.search(r'<path d="M[^"]*L[^"]*" class="line reactive nofill"/>', pareto)  # a line, not bars

    months = re.findall(r">(\d{4}-\d{2})</text>", trend)
    assert len(months) == 12 and months[-1] == MONTH and trend.count("<circle") == 12
    closed = [f"{closed_on(c):%Y-%m}" for c in CASES if closed_on(c)]
    assert shown(trend) == [str(closed.count(m)) for m in months]


def test_monthly_pdf_prints_on_a4_with_the_charts(seeded, tmp_path):
    from kesu_docs.reports.monthly_html import browser

    if browser() is None:
        pytest.skip("no Chromium / Chrome to print the PDF")
    from pypdf import PdfReader

    _, db = seeded
    out = tmp_path / "月报.pdf"
    result = kesu("report", "monthly", MONTH, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    for page in pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4
    text = "".join(p.extract_text() for p in pages)
    assert "客诉案件统计表" in text and "原因类别柏拉图" in text


# ------------------------------------------------------------------ copies of the seeded register
@pytest.fixture
def register_copy(seeded, tmp_path):
    """A register of its own for a test that issues documents (the module's stays as seeded)."""
    from kesu_docs.register import Register

    _, db = seeded
    target = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.transfer_to(target)
    return target


def docx_text(path: Path) -> str:
    import html
    import re

    with zipfile.ZipFile(path) as z:
        xml = "".join(
            z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("word/") and n.endswith(".xml")
        )
    return html.unescape(re.sub(r"<[^>]+>", "", xml))


# ------------------------------------------------------------------ overdue: reminders and inquiries
def reached_deadlines(values) -> list[dt.date]:
    """The deadlines of the steps a case has not reached, by the procedure's days (3+3, 1, 3; 15/20)."""
    received = dt.date.fromisoformat(values["received_date"])
    investigated = any(values.get(k) for k in ("root_cause", "cause_category", "responsible_unit"))
    decided = bool(values.get("disposition") or values.get("approver"))
    steps = [
        (investigated or decided, received + dt.timedelta(days=6)),
        (decided, received + dt.timedelta(days=7)),
    ]
    steps.append((False, received + dt.timedelta(days=10)))  # no 8D is filed in this register
    steps.append((False, due(values)))
    return [deadline for reached, deadline in steps if not reached]


def test_overdue_lists_exactly_the_open_cases_past_due_and_renders_one_reminder_each(register_copy, tmp_path):
    from kesu_docs.register import Register

    expected = sorted(
        c["number"]
        for c in CASES
        if not c.get("closed_date") and any(d < AS_OF for d in reached_deadlines(c))
    )
    assert expected == ["202609003", "202609004"]
    out = tmp_path / "催办单"
    result = CliRunner().invoke(
        cli,
        ["overdue", "--as-of", "2026-09-30", "-o", str(out), "--db", str(register_copy)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    with Register.open(register_copy) as reg:
        reminders = reg.documents(kind="reminder")
        inquiries = reg.documents(kind="followup")
        log = [e.event for e in reg.events("202609003", kind="complaint")]
    assert sorted(d.record["complaint_number"] for d in reminders) == expected
    assert sorted(p.name for p in out.glob("reminder-*.docx")) == sorted(
        f"reminder-{d.number}.docx" for d in reminders
    )
    for number in expected:
        assert number in result.output
    assert "202609005" not in result.output  # open, on time
    assert "reminder" in log
    # addressed to the unit holding the case at its step: QA investigates, the GM office decides
    by_case = {d.record["complaint_number"]: d for d in reminders}
    first = docx_text(out / f"reminder-{by_case['202609003'].number}.docx")
    assert "质量管理部" in first and "调查分析" in first and "第一联 受催办单位存" in first
    assert "总经理室" in docx_text(out / f"reminder-{by_case['202609004'].number}.docx")
    assert all(d.number.startswith("CB202609") for d in reminders)
    # each case closed late in September gets a follow-up inquiry
    late = sorted(c["number"] for c in closed_in_month() if closed_on(c) > due(c))
    assert sorted(d.record["complaint_number"] for d in inquiries) == late == ["202608002", "202609002"]
    assert len(list(out.glob("followup-QB202609*.docx"))) == 2
    # registered like the other documents
    listed = kesu("register", "list", "--kind", "reminder", "--db", register_copy)
    assert listed.exit_code == 0 and all(d.number in listed.output for d in reminders)


def test_overdue_twice_the_same_day_reprints_and_does_not_renumber(register_copy, tmp_path):
    from kesu_docs.register import Register

    out = tmp_path / "催办单"
    args = ["overdue", "--as-of", "2026-09-30", "-o", str(out), "--db", str(register_copy)]
    assert kesu(*args).exit_code == 0
    with Register.open(register_copy) as reg:
        first = sorted((d.kind, d.number) for d in reg.documents() if d.kind in ("reminder", "followup"))
    again = kesu(*args)
    assert again.exit_code == 0, again.output
    assert "补印" in again.output
    with Register.open(register_copy) as reg:
        second = reg.documents()
    assert sorted((d.kind, d.number) for d in second if d.kind in ("reminder", "followup")) == first
    assert all(d.reprints == 1 for d in second if d.kind in ("reminder", "followup"))
    assert len(list(out.glob("*-补印1.docx"))) == len(first) == 4
    # the next day is a new reminder for each case still overdue
    assert kesu("overdue", "--as-of", "2026-10-01", "-o", out, "--db", register_copy).exit_code == 0
    with Register.open(register_copy) as reg:
        assert len(reg.documents(kind="reminder")) > 2


def test_overdue_without_output_only_lists_and_issues_nothing(register_copy):
    from kesu_docs.register import Register

    result = kesu("overdue", "--as-of", "2026-09-30", "--db", register_copy)
    assert result.exit_code == 0 and "202609003" in result.output
    with Register.open(register_copy) as reg:
        assert reg.documents(kind="reminder") == []


def test_overdue_date_must_be_a_date(register_copy):
    result = kesu("overdue", "--as-of", "30/09/2026", "--db", register_copy)
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


# ------------------------------------------------------------------ penalty notices
def test_penalty_notice_in_three_copies_for_each_penalised_unit_of_a_closed_case(register_copy, tmp_path):
    from kesu_docs.register import Register

    out = tmp_path / "奖罚"
    result = kesu("penalty", "202608001", "-o", out, "--date", "2026-10-05", "--db", register_copy)
    assert result.exit_code == 0, result.output
    with Register.open(register_copy) as reg:
        notices = reg.documents(kind="penalty")
    assert sorted(d.record["target"] for d in notices) == ["SMT 二线", "制造二课"]
    by_target = {d.record["target"]: d for d in notices}
    text = docx_text(out / f"penalty-{by_target['制造二课'].number}.docx")
    for stamp in ("第一联 自存", "第二联 会计单位查核", "第三联 罚扣部门"):
        assert stamp in text
    assert "小过" in text and "200.00" in text and "202608001" in text
    again = kesu("penalty", "202608001", "-o", out, "--db", register_copy)
    assert again.exit_code == 0 and "补印" in again.output
    with Register.open(register_copy) as reg:
        assert len(reg.documents(kind="penalty")) == 2


def test_penalty_notice_is_refused_for_an_open_case_and_a_case_without_penalties(register_copy, tmp_path):
    open_case = kesu("penalty", "202609003", "-o", tmp_path, "--db", register_copy)
    assert open_case.exit_code == 1 and "尚未结案" in open_case.output
    none = kesu("penalty", "202609001", "-o", tmp_path, "--db", register_copy)
    assert none.exit_code == 1 and "未记录行政处分" in none.output
    unknown = kesu("penalty", "209901001", "-o", tmp_path, "--db", register_copy)
    assert unknown.exit_code == 1 and "209901001" in unknown.output


# ------------------------------------------------------------------ the tracking register
@pytest.fixture(scope="module")
def tracking(seeded):
    root, db = seeded
    out = root / "登记追踪表.xlsx"
    result = kesu("register", "export", "-o", out, "--as-of", "2026-09-30", "--db", db)
    assert result.exit_code == 0, result.output
    return out


def test_tracking_register_has_one_row_per_case_with_dates_as_dates_and_overdue_rows_highlighted(tracking):
    book = load_workbook(tracking)
    assert book.sheetnames[0] == "客户抱怨案件登记追踪表" and "登记簿" in book.sheetnames
    sheet = book["客户抱怨案件登记追踪表"]
    headers = [c.value for c in sheet[1]]
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=2)}
    assert sorted(rows) == sorted(c["number"] for c in CASES)
    col = {h: i for i, h in enumerate(headers)}
    assert isinstance(rows["202609003"][col["受理日期"]].value, dt.datetime)
    assert rows["202609003"][col["受理日期"]].number_format == "yyyy-mm-dd"
    for c in CASES:
        row = rows[c["number"]]
        assert row[col["应结案日"]].value.date() == due(c)
        overdue = not c.get("closed_date") and due(c) < AS_OF
        late = bool(c.get("closed_date")) and closed_on(c) > due(c)
        assert row[col["逾期/结案情形"]].value.startswith(
            "逾期未结"
            if overdue
            else "逾期结案"
            if late
            else ("如期结案" if c.get("closed_date") else "处理中")
        )
        assert (row[0].fill.fgColor.rgb == "00F8CBAD") == overdue, c["number"]
    assert rows["202608001"][col["处理天数"]].value == 13
    assert rows["202609004"][col["目前阶段"]].value == "调查分析"
    assert sheet.freeze_panes == "B2" and sheet.auto_filter.ref


def test_tracking_register_prints_landscape_a4_fitted_to_width_with_the_header_repeated(tracking):
    for sheet in load_workbook(tracking).worksheets:
        setup = sheet.page_setup
        assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
            "landscape",
            9,
            1,
            0,
        )
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"


def test_tracking_register_lists_the_documents_filed_against_a_case(register_copy, tmp_path):
    from kesu_docs.register import Register

    assert kesu("penalty", "202608001", "-o", tmp_path / "奖罚", "--db", register_copy).exit_code == 0
    with Register.open(register_copy) as reg:
        numbers = sorted(d.number for d in reg.documents(kind="penalty"))
        reg.amend(
            __import__("kesu_docs")
            .forms.get("complaint")
            .model.model_validate({**{k: v for k, v in CASES[6].items() if k != "kind"}, "lot_no": "L-0905"})
        )
    out = tmp_path / "t.xlsx"
    assert (
        kesu("register", "export", "-o", out, "--as-of", "2026-09-30", "--db", register_copy).exit_code == 0
    )
    sheet = load_workbook(out).active
    headers = [c.value for c in sheet[1]]
    rows = {r[0]: dict(zip(headers, r)) for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert rows["202609003"]["修订次数"] == 1 and rows["202609001"]["修订次数"] == 0
    assert numbers and all(n.startswith("JF") for n in numbers)


def test_no_user_value_in_the_export_becomes_a_formula(tmp_path):
    from kesu_docs import forms
    from kesu_docs.register import Register

    db = tmp_path / "kesu.db"
    values = {k: v for k, v in CASES[6].items() if k != "kind"}
    values.update(customer='=HYPERLINK("http://evil.example","点我")', number=None)
    with Register.open(db) as reg:
        reg.issue(
            forms.get("complaint").model.model_validate(values), source_hash="x", source="=cmd|' /C calc'!A0"
        )
    out = tmp_path / "登记追踪表.xlsx"
    assert kesu("register", "export", "-o", out, "--db", db).exit_code == 0
    with zipfile.ZipFile(out) as z:
        sheets = [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")]
    assert sheets and not any("<f>" in xml or "<f " in xml for xml in sheets)
    book = load_workbook(out)
    texts = [
        c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)
    ]
    assert '=HYPERLINK("http://evil.example","点我")' in texts and "=cmd|' /C calc'!A0" in texts


@pytest.mark.libreoffice
def test_an_export_of_three_documents_prints_one_page_per_sheet(tmp_path):
    from helpers import SOFFICE, soffice_convert
    from pypdf import PdfReader

    from kesu_docs import forms
    from kesu_docs.register import Register

    if SOFFICE is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        for values in CASES[:3]:
            record = {k: v for k, v in values.items() if k != "kind"}
            reg.issue(forms.get("complaint").model.model_validate(record), source_hash=values["number"])
    out = tmp_path / "登记追踪表.xlsx"
    assert kesu("register", "export", "-o", out, "--db", db).exit_code == 0
    pdf = soffice_convert(out, "pdf", tmp_path / "pdf")
    assert len(PdfReader(pdf).pages) == len(load_workbook(out).sheetnames) == 3


def test_user_text_in_the_html_report_is_text_not_markup_nor_math(tmp_path):
    from kesu_docs import forms
    from kesu_docs.register import Register

    db = tmp_path / "kesu.db"
    values = {k: v for k, v in CASES[4].items() if k != "kind"}
    values.update(number=None, responsible_unit="<script>alert(1)</script>$5 线", customer="A&B <Ltd>")
    with Register.open(db) as reg:
        reg.issue(forms.get("complaint").model.model_validate(values), source_hash="x")
    out = tmp_path / "月报.html"
    result = kesu("report", "monthly", MONTH, "-o", out, "--db", db)
    assert result.exit_code == 0, result.output
    page = out.read_text("utf-8")
    assert "<script" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;$5 线" in page
    unit_chart = page[page.index("<svg") : page.index("</svg>")]  # the chart of units, drawn by pygal
    assert ">&lt;script&gt;alert(1)&lt;/script&gt;$5 线</text>" in unit_chart
    assert "A&amp;B &lt;Ltd&gt;" in page
    book = tmp_path / "月报.xlsx"
    assert kesu("report", "monthly", MONTH, "-o", book, "--db", db).exit_code == 0
    units, _ = table(load_workbook(book)["客诉案件统计表"], "按责任单位")
    assert list(units) == ["<script>alert(1)</script>$5 线"]


def test_a_streamed_sheet_wider_than_two_hundred_columns_is_written_whole(tmp_path):
    # the streamed writer letters its columns ahead; a wider table once ran off its letters
    from kesu_docs.reports.sheetxml import StreamedBook

    titles = [f"列{i}" for i in range(1, 251)]
    rows = [([f"r{r}c{c}" for c in range(1, 251)], None) for r in range(1, 4)]
    book = StreamedBook(stamp=dt.date(2026, 9, 30))
    book.sheet("宽表", titles, rows, len(rows))
    path = tmp_path / "wide.xlsx"
    book.save(path)
    ws = load_workbook(path)["宽表"]
    assert ws.max_column == 250
    assert ws.cell(1, 250).value == "列250" and ws.cell(4, 250).value == "r3c250"
    assert ws.cell(4, 201).value == "r3c201"


@pytest.mark.parametrize(
    "value, shown",
    [
        ("PO-00042", 8),
        ("华东精密机械有限公司", 20),  # a CJK character counts two
        ("PCB 4471\u3000A", 11),  # so does the ideographic space
        ("第一行\n第二行更长一些", 14),  # the widest line
        ("ab\r\ncdef", 4),
        ("tab\there", 8),  # a tab is one character, as any other
        ("a\x0bbcd", 3),  # str.splitlines cuts at a vertical tab too
        ("\u2e80\u2e81", 3),  # CJK counts from U+2E81 on
        (dt.date(2026, 9, 1), 10),
        (dt.datetime(2026, 9, 1, 8, 30), 10),  # shown as its day
        (12345, 5),
        (Decimal("120.50"), 6),
        (None, 0),
        ("", 0),
    ],
)
def test_a_columns_width_counts_its_widest_line_and_a_cjk_character_twice(value, shown):
    from kesu_docs.reports.workbook import fitted_width, shown_width

    assert shown_width(value) == shown
    assert fitted_width(["编号", value]) == min(max(8, max(4, shown) + 2), 40)
