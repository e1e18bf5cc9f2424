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
    assert page.count("<svg") == 3 and "<script" not in page.split("</svg>")[-1]
    assert "各责任单位客诉件数" in page and "原因类别柏拉图" in page and "结案件数趋势" in page
    assert "@page { size: A4" in page
    loss = sum(Decimal(c["loss_amount"]) for c in closed_in_month())
    assert "制造二课" in page and f"{loss:,.2f}" in page
