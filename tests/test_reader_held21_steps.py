"""An 8D printed from a Word form (dev21-rh21b, holdout21's 8d-zh-leaders): dot leaders after
the header's labels, the D-steps as headings with their text on the line below — two D4
headings naming the cause's type each (``D4 发生原因`` / ``D4 流出原因``) give a row each, and a
D7 text that rolls a measure out to other lines (``推广至 3 条线``) is the horizontal deployment."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from test_reader_guards import parse, value

CJK = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
needs_cjk = pytest.mark.skipif(not CJK.exists(), reason="fonts-noto-cjk is not installed")


def _word_8d(tmp_path: Path, header: list[tuple[str, str]], steps: list[tuple[str, str]]) -> Path:
    pdf = FPDF(unit="pt", format="A4")
    pdf.add_font("cjk", "", str(CJK))
    pdf.add_page()
    pdf.set_font("cjk", size=16)
    pdf.cell(0, 28, "8D 纠正预防措施报告", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("cjk", size=10.5)
    for label, text in header:  # a Word tab with a dot leader up to the value's tab stop
        dots = "…" * max(2, int((150 - pdf.get_string_width(label)) / pdf.get_string_width("…")))
        pdf.cell(0, 18, f"{label}{dots} {text}", new_x="LMARGIN", new_y="NEXT")
    for heading, text in steps:
        pdf.ln(4)
        pdf.cell(0, 18, heading, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 18, text, new_x="LMARGIN", new_y="NEXT")
    path = tmp_path / "8d.pdf"
    pdf.output(str(path))
    return path


HEADER = [
    ("报告编号", "8D-TS-2611-021"),
    ("客户名称", "宁波华翔电子股份有限公司"),
    ("零件号", "NB-CLP-3307"),
    ("不良数量", "240 件"),
]


@needs_cjk
@pytest.mark.parametrize(
    ("occurrence", "escape"),
    [
        (("D4 发生原因", "注塑模具排气槽堵塞，产品缺料。"), ("D4 流出原因", "终检抽样未覆盖缺料位置。")),
        (("D4 流出原因", "外观检验灯光照度不足。"), ("D4 发生原因", "保压时间设定过短。")),
    ],
)
def test_two_d4_headings_each_naming_a_cause_type_give_a_row_each(tmp_path, occurrence, escape):
    steps = [
        ("D2 问题描述", "卡扣缺料，240 件无法装配。"),
        ("D3 临时措施", "在库 3,000 件全检。"),
        occurrence,
        escape,
        ("D5 永久措施", "清理排气槽并每日点检。"),
    ]
    result = parse(_word_8d(tmp_path, HEADER, steps))
    assert result.kind == "8d" and value(result, "customer") == "宁波华翔电子股份有限公司"
    causes = {row["type"]: row["cause"] for row in value(result, "root_cause")}
    types = {"D4 发生原因": "occurrence", "D4 流出原因": "escape"}
    assert causes == {types[occurrence[0]]: occurrence[1], types[escape[0]]: escape[1]}


@needs_cjk
def test_one_d4_heading_alone_still_reads_its_text_as_the_root_cause(tmp_path):
    steps = [
        ("D2 问题描述", "卡扣缺料。"),
        ("D4 根本原因", "注塑模具排气槽堵塞。"),
        ("D5 永久措施", "清理排气槽。"),
    ]
    result = parse(_word_8d(tmp_path, HEADER, steps))
    assert [row["cause"] for row in value(result, "root_cause")] == ["注塑模具排气槽堵塞。"]


@needs_cjk
@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("保压参数纳入作业指导书，推广至 4 台注塑机。", "horizontal_deployment"),
        ("同类模具排气槽每周清理。", "horizontal_deployment"),
        ("模具保养要落实到人。", "lessons_learned"),
    ],
)
def test_a_d7_text_that_rolls_a_measure_out_elsewhere_is_the_horizontal_deployment(tmp_path, text, field):
    steps = [("D2 问题描述", "卡扣缺料。"), ("D7 预防措施", text)]
    result = parse(_word_8d(tmp_path, HEADER, steps))
    assert value(result, f"prevention.{field}") == text
