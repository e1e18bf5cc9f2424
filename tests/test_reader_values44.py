"""Values that need reading (issue 10: ≥ 90 % of fields, never a silent misread), each rule read on
small forms of our own, a workbook and a printed PDF, with made-up words in the pattern the held-out
sets' misses showed (misses43, cause (c)).

- **A count followed by any word**: the leading figure of a count read whatever one word follows it,
  a Chinese, Japanese or Korean measure word of one character too (``36 扇``, ``35장``), said when the
  word is no count word we know (``qty_word_unknown``); a word of time, weight or money after it is no
  count (``36 天``, ``5 吨``: left unread, reported); a scale (``60 打``) is converted and said.
- **Two values in one cell**: a figure's label of two names (``Shipped / Received``) over a value of
  two parts joined the same way (``1,000 / 960``): the part of the name naming the field, said
  (``two_values_one_cell``); parts and names of different counts, or no name naming the field, are
  read as before (reported).
- **Choices written as free text**: two options joined by a word (并 / 及 / 和 / and / + / ／) are both
  where the field takes several; where it takes one, neither is taken (reported), never the first
  of them silently (``包装和搬运`` was packaging).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows, titled_lines_pdf

_ZH_HEAD = [
    ("投诉编号", "KS-2612-047"),
    ("客户名称", "嘉兴永固门业有限公司"),
    ("投诉日期", "2026-12-02"),
    ("产品名称", "防火门闭门器"),
]
_EN_HEAD = [
    ("Complaint No.", "CC-2612-047"),
    ("Customer", "Harbourside Fittings Ltd"),
    ("Complaint date", "2026-12-02"),
    ("Part name", "Door closer"),
]


def _form(folder: Path, fmt: str, title: str, lines: list[tuple[str, str]]) -> Path:
    """A form of ``lines`` (caption, value) under ``title``: a workbook's two columns, or a PDF's lines."""
    if fmt == "xlsx":
        return sheet_from_rows(folder, [[title], *map(list, lines)], "form.xlsx", width=24)
    return titled_lines_pdf(folder / "form.pdf", title, lines)


def _complaint(folder: Path, fmt: str, lines: list[tuple[str, str]], zh: bool = True) -> dict[str, Any]:
    head, title = (_ZH_HEAD, "客户投诉单") if zh else (_EN_HEAD, "Customer Complaint")
    tail = [("问题描述", "闭门器漏油，门关不严。")] if zh else [("Description", "Closers leak oil.")]
    return read_doc(_form(folder, fmt, title, [*head, *lines, *tail]), "complaint")


# ------------------------------------------------------------------ a count followed by any word
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("typed", "count"),
    [("36 扇", 36), ("240樘", 240), ("35장", 35), ("1,200 tins", 1200), ("48,000 tags", 48000)],
)
def test_a_count_read_whatever_word_follows_and_said(
    tmp_path: Path, fmt: str, typed: str, count: int
) -> None:
    doc = _complaint(tmp_path, fmt, [("发货数量", "4,800 件"), ("不良数量", typed)])
    assert doc["record"]["defect_qty"] == count
    if typed != "240樘":  # (樘: a count word we know, read as it is)
        assert "qty_word_unknown" in field_codes(doc, "defect_qty")
    assert doc["record"]["ship_qty"] == 4800 and not field_codes(doc, "ship_qty")


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize("typed", ["36 天", "3 个月", "5 吨", "12 斤"])
def test_a_time_weight_or_money_after_a_figure_is_no_count(tmp_path: Path, fmt: str, typed: str) -> None:
    doc = _complaint(tmp_path, fmt, [("发货数量", "4,800 件"), ("不良数量", typed)])
    if typed == "5 吨":
        # a weight the measure words know (kg, 公斤, 吨: holdout57's rule, joined in the merge): its
        # figure read and said to be no count of pieces
        assert doc["record"]["defect_qty"] == 5
        assert "qty_in_measure" in field_codes(doc, "defect_qty")
        return
    assert doc["record"]["defect_qty"] is None
    assert field_codes(doc, "defect_qty")  # reported, never read as pieces silently


# a figure typed with more than itself, read and said: (English form?, lines, field, read, warning)
_SAID = {
    "money": (
        False,
        [("Shipped qty", "4,800"), ("Defect qty", "50 元")],
        "defect_qty",
        50,
        "qty_in_currency",
    ),
    "scale": (False, [("Shipped qty", "60 打"), ("Defect qty", "8 件")], "ship_qty", 720, "qty_scaled"),
    "two names": (
        False,
        [("Shipped / Received", "2,500 / 2,460"), ("Defect qty", "40")],
        "ship_qty",
        2500,
        "two_values_one_cell",
    ),
    "two units": (
        False,
        [("Shipped qty", "2,400 pcs / 0.95 MW"), ("Defect qty", "36")],
        "ship_qty",
        2400,
        "qty_in_two_units",
    ),
    "two units, zh": (
        True,
        [("发货数量", "14 ctns / 1,680 件"), ("不良数量", "36")],
        "ship_qty",
        1680,
        "qty_in_two_units",
    ),
}


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize("case", list(_SAID))
def test_a_figure_typed_with_more_is_read_and_said(tmp_path: Path, fmt: str, case: str) -> None:
    zh, lines, field, read, code = _SAID[case]
    doc = _complaint(tmp_path, fmt, lines, zh=zh)
    assert doc["record"][field] == read
    assert code in field_codes(doc, field)


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("label", "typed"), [("发货数量／实到", "3,600／3,540"), ("实到／发货数量", "3,540／3,600")]
)
def test_two_values_under_two_names_full_width(tmp_path: Path, fmt: str, label: str, typed: str) -> None:
    """(Read by the layout's slash label, each name its part, before the value is: the field's part either way.)"""
    doc = _complaint(tmp_path, fmt, [(label, typed), ("不良数量", "60")])
    assert doc["record"]["ship_qty"] == 3600


def test_the_count_reader_refuses_measures_and_times() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.typed import count_in_a_word

    meta = forms.get("complaint").fields["defect_qty"]
    assert count_in_a_word(meta, "36 扇") == ("36", "扇", 36)
    assert count_in_a_word(meta, "1.200 kruchow") == ("1.200", "kruchow", 1200)
    for typed in ("36 天", "48 小时", "12 days", "5 吨", "2 kg", "12 m", "50 元", "120 件"):
        assert count_in_a_word(meta, typed) is None, typed


# ------------------------------------------------------------------------ two values in one cell
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
def test_parts_and_names_of_different_counts_are_not_shared(tmp_path: Path, fmt: str) -> None:
    doc = _complaint(
        tmp_path, fmt, [("Shipped / Received", "2,500 / 2,460 / 40"), ("Defect qty", "40")], zh=False
    )
    assert doc["record"]["ship_qty"] is None
    assert "two_values_one_cell" not in field_codes(doc, "ship_qty")


def test_count_of_two_needs_one_part_in_pieces() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.guards import _count_of_two

    meta = forms.get("complaint").fields["ship_qty"]
    assert _count_of_two(meta, "1,200 件／0.5 吨") == ("件", "1,200 件")
    for typed in (
        "500 pcs / 480 pcs",
        "1,200 / 0.66 MW",
        "1,200 pcs",
        "2026/11/02 / 2026/11/05",
        "0.5 t / 2 kg",
    ):
        assert _count_of_two(meta, typed) is None, typed
    assert _count_of_two(forms.get("complaint").fields["description"], "1,200 pcs / 0.66 MW") is None


def test_share_of_two_needs_a_name_naming_the_field() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.guards import _share_of_two

    spec = forms.get("complaint")
    meta = spec.fields["ship_qty"]
    assert _share_of_two(spec, "ship_qty", meta, "Shipped / Received", "1,000 / 960") == ("Shipped", "1,000")
    assert _share_of_two(spec, "ship_qty", meta, "发货数量、实收", "500、480") == ("发货数量", "500")
    assert _share_of_two(spec, "ship_qty", meta, "应到／实到", "500／480") is None  # no name names it
    assert _share_of_two(spec, "ship_qty", meta, "Shipped / Received", "1,000") is None
    assert _share_of_two(spec, "ship_qty", meta, "Shipped qty", "1,000 / 960") is None
    assert _share_of_two(spec, "ship_qty", meta, "Shipped / Received", "n/a / 960") is None


# ------------------------------------------------------------------ choices written as free text
@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("typed", "options"),
    [("退货并补货", ["return", "resupply"]), ("Rework + credit", ["rework", "allowance"])],
)
def test_two_options_joined_are_both_where_several_are_taken(
    tmp_path: Path, fmt: str, typed: str, options: list[str]
) -> None:
    doc = _complaint(tmp_path, fmt, [("发货数量", "4,800"), ("不良数量", "36"), ("客户要求", typed)])
    assert doc["record"]["customer_request"] == options


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize("typed", ["包装和搬运", "物料及工艺"])
def test_two_options_joined_for_one_choice_are_not_one_of_them(tmp_path: Path, fmt: str, typed: str) -> None:
    doc = _complaint(tmp_path, fmt, [("发货数量", "4,800"), ("不良数量", "36"), ("原因类别", typed)])
    assert doc["record"]["cause_category"] is None
    assert field_codes(doc, "cause_category")


def test_one_choice_reader_refuses_two_joined_options() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.compound import as_option

    meta = forms.get("complaint").fields["cause_category"]
    for typed in ("包装和搬运", "物料及工艺", "Packaging and environment"):
        assert as_option(meta, typed) == typed, typed  # left as typed: validation reports it
    assert as_option(meta, "物料问题") == "material"
    handling = forms.get("return").fields["handling"]
    assert as_option(handling, "返修及报废") == ["repair", "scrap"]


@pytest.mark.parametrize("fmt", ["xlsx", "pdf"])
@pytest.mark.parametrize(
    ("typed", "options"),
    [
        ("返修及报废", ["repair", "scrap"]),
        ("廃棄 / 返却", ["scrap", "return"]),
        ("Rework + scrap", ["rework", "scrap"]),
    ],
)
def test_a_return_notes_handling_joined(tmp_path: Path, fmt: str, typed: str, options: list[str]) -> None:
    lines = [
        ("退货单号", "TH-2612-019"),
        ("退货日期", "2026-12-04"),
        ("客户", "嘉兴永固门业有限公司"),
        ("客诉编号", "KS-2612-047"),
        ("退货原因", "闭门器漏油"),
        ("处理方式", typed),
    ]
    doc = read_doc(_form(tmp_path, fmt, "退货单", lines), "return")
    assert doc["record"]["handling"] == options
