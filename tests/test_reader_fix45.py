"""What holdout61 showed the profiles and the reader lacked (fix45, issue 10: 0 silent misreads), each rule on
forms built here (values and wording not the set's).

- **A value typed one piece a box is learned as the run of boxes it spans**: a 統一編號 one digit a box, a
  字軌 / 號碼 pair in two columns, a 民國 date in 年 / 月 / 日 columns — placed at the first box (by the clerk's
  correction, or by the generic reader's location), a profile read that box alone on the next copy (``2``,
  ``AB``) with no warning. It now learns the range of boxes that, joined, make the value the generic reader
  read there, and reads the range joined the same way.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from kesu_docs import value_paths
from kesu_docs.parse.profile import learn, read_by_profile

COPIES: dict[int, dict[str, Any]] = {
    1: {
        "seller": "73910462",
        "buyer": "40627315",
        "track": "QK",
        "number": "55012876",
        "date": ("115", "10", "14"),
    },
    2: {
        "seller": "86120357",
        "buyer": "29384051",
        "track": "RW",
        "number": "70431298",
        "date": ("115", "11", "23"),
    },
}


def _certificate(path: Path, copy: int) -> Path:
    """A statutory allowance certificate of our own: both 統一編號 one digit a box, the invoice's
    年 / 月 / 日 / 字軌 / 號碼 each in its own column."""
    c = COPIES[copy]
    wb = Workbook()
    s = wb.active
    s.title = "證明單"
    s["A1"] = "營業人銷貨退回進貨退出或折讓證明單"
    s["A2"], s["D2"] = "原開立銷貨發票單位", "統一編號"
    for i, ch in enumerate(c["seller"]):
        s.cell(2, 6 + i, ch)
    s["D3"], s["F3"] = "名稱", "永豐精工股份有限公司" if copy == 1 else "東元模具股份有限公司"
    s["A4"] = "開立發票"
    s.merge_cells("A4:F4")
    s["A5"], s["B5"], s["C5"], s["D5"], s["E5"], s["F5"] = "聯式", "年", "月", "日", "字軌", "號碼"
    s["G5"], s["I5"], s["J5"], s["K5"] = "品名", "數量", "單價", "金額(不含稅之進貨額)"
    s["A6"] = "三聯式"
    for col, text in zip("BCD", c["date"], strict=True):
        s[f"{col}6"] = text
    s["E6"], s["F6"] = c["track"], c["number"]
    s["G6"], s["I6"], s["J6"], s["K6"] = "散熱片 品質折讓", 40 * copy, 12, 480 * copy
    s["G8"], s["K8"] = "合計", 480 * copy
    s["A10"], s["D10"] = "進貨營業人（或原買受人）", "名稱"
    s["F10"] = "聯發電子股份有限公司"
    s["D11"] = "統一編號"
    for i, ch in enumerate(c["buyer"]):
        s.cell(11, 6 + i, ch)
    wb.save(path)
    return path


def _profiled(tmp_path: Path, sets: dict[str, str] | None) -> tuple[Any, Any]:
    first = _certificate(tmp_path / "copy1.xlsx", 1)
    second = _certificate(tmp_path / "copy2.xlsx", 2)
    profile = learn(first, "allowance", sets, name="certificate")
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "certificate.toml").write_text(profile.to_toml(), encoding="utf-8")
    read = read_by_profile(second, second.read_bytes(), "allowance", profiles)
    assert read is not None
    return profile, read[0]


@pytest.mark.parametrize(
    "sets",
    [None, {"seller.tax_id": "F2", "buyer_tax_id": "F11", "invoice_no": "E6", "invoice_date": "B6"}],
    ids=["generic-places", "first-box-pointed"],
)
def test_a_value_one_piece_a_box_is_learned_as_its_run_and_read_whole(tmp_path, sets) -> None:
    profile, read = _profiled(tmp_path, sets)
    assert profile.fields["seller.tax_id"].cell == "F2:M2"
    assert profile.fields["buyer_tax_id"].cell == "F11:M11"
    assert profile.fields["invoice_no"].cell == "E6:F6"
    assert profile.fields["invoice_date"].cell == "B6:D6"
    assert value_paths.get(read.values, "seller.tax_id") == COPIES[2]["seller"]
    assert value_paths.get(read.values, "buyer_tax_id") == COPIES[2]["buyer"]
    assert value_paths.get(read.values, "invoice_no") == "RW70431298"
    assert value_paths.get(read.values, "invoice_date") == dt.date(2026, 11, 23)


def test_a_value_whole_in_its_first_box_keeps_its_one_cell(tmp_path) -> None:
    """The name beside 名稱 is whole in its cell: no run is learned (never a box more than the value)."""
    profile, read = _profiled(tmp_path, None)
    assert profile.fields["seller.name"].cell == "F3"
    assert value_paths.get(read.values, "seller.name") == "東元模具股份有限公司"


# ---------------------------------------------------------------------------------- 統一編號 of 8 digits
def _short_id_certificate(
    folder: Path, seller_id: str, buyer_label: str = "統一編號", buyer_id: str = "40627315"
) -> dict:
    from helpers import read_doc, sheet_from_rows

    rows = [
        ["營業人銷貨退回進貨退出或折讓證明單"],
        ["原銷貨人名稱", "永豐精工股份有限公司"],
        ["統一編號", seller_id],
        ["開立發票日期", "115/10/02", "字軌號碼", "QK55012876"],
        ["品名", "數量", "單價", "金額(不含稅之進貨額)", "營業稅額"],
        ["散熱片 品質折讓", 40, 12, 480, 24],
        ["買受人名稱", "聯發電子股份有限公司"],
        [buyer_label, buyer_id],
    ]
    return read_doc(sheet_from_rows(folder, rows, width=24), "allowance")


def _codes(doc: dict, path: str) -> set[str]:
    return {w["code"] for w in doc["warnings"] + doc["errors"] if w.get("field") == path}


@pytest.mark.parametrize("short", ["7391046", "7391O462", "739104621"])
def test_a_tax_id_under_its_ubn_label_that_is_not_eight_digits_is_said(tmp_path, short) -> None:
    doc = _short_id_certificate(tmp_path, short)
    assert doc["record"]["seller"]["tax_id"] in (short, short.upper())
    assert "tax_id_not_ubn" in _codes(doc, "seller.tax_id")
    assert "tax_id_not_ubn" not in _codes(doc, "buyer_tax_id")  # eight digits: a 統一編號


def test_eight_digits_under_the_label_and_another_countrys_id_beside_it_say_nothing(tmp_path) -> None:
    """A label naming a mainland id beside 統一編號 (our own form's ``统一编号/纳税人识别号``) holds an
    18-character code: no 統一編號 is meant."""
    doc = _short_id_certificate(
        tmp_path, "73910462", buyer_label="統一編號/納稅人識別號", buyer_id="91320505MA1X7Q2K4R"
    )
    assert doc["record"]["buyer_tax_id"] == "91320505MA1X7Q2K4R"
    assert "tax_id_not_ubn" not in _codes(doc, "seller.tax_id")
    assert "tax_id_not_ubn" not in _codes(doc, "buyer_tax_id")


# ---------------------------------------------------------------------------------- the bracket tells the party
def test_a_bracketed_alternative_naming_one_party_decides_a_caption_read_alike() -> None:
    from kesu_docs import forms
    from kesu_docs.parse.vocab import vocabulary

    vocab = vocabulary(forms.get("allowance"))
    # 進貨營業人 the buyer's words, its 營業人 a seller's: alike — the bracket's 原買受人 is the buyer
    alike = {p for p, _s, _k in vocab.candidates("進貨營業人名稱")}
    assert {"buyer", "seller.name"} <= alike
    for caption in ("進貨營業人（原買受人）名稱", "進貨營業人（或原買受人）"):
        assert [p for p, _s, _k in vocab.candidates(caption)][:1] == ["buyer"]
        assert "seller.name" not in {p for p, _s, _k in vocab.candidates(caption)}
    # a bracket naming neither party (a note on how to fill it), or a translation, decides nothing
    noted = {p for p, _s, _k in vocab.candidates("進貨營業人（請填全名）名稱")}
    assert {"buyer", "seller.name"} <= noted
    glossed = {p for p, _s, _k in vocab.candidates("進貨營業人名稱 (Original buyer)")}
    assert {"buyer", "seller.name"} <= glossed


def test_the_tax_id_under_a_caption_the_bracket_tells_is_that_partys(tmp_path) -> None:
    from helpers import read_doc, sheet_from_rows

    rows = [
        ["營業人銷貨退回進貨退出或折讓證明單"],
        ["進貨營業人（原買受人）名稱", "聯發電子股份有限公司"],
        ["統一編號", "40627315"],
        ["開立發票日期", "115/10/02", "字軌號碼", "QK55012876"],
        ["品名", "數量", "單價", "金額(不含稅之進貨額)", "營業稅額"],
        ["散熱片 品質折讓", 40, 12, 480, 24],
        ["原開立銷貨發票營業人", "永豐精工股份有限公司", "統一編號", "73910462"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=24), "allowance")
    record = doc["record"]
    assert record["buyer_tax_id"] == "40627315"
    assert (record["seller"] or {}).get("tax_id") == "73910462"


# ---------------------------------------------------------------------------------- a profile keeps the head word's doubt
_COMPLAINT = [
    ("客訴編號", {1: "MC-2611-03", 2: "MC-2611-17"}),
    ("客戶名稱", {1: "金沙餐飲管理有限公司", 2: "永利酒店管理有限公司"}),
    ("料號", {1: "TW-CP-0415", 2: "TW-CP-0722"}),
    ("品名", {1: "骨瓷湯碗 6吋", 2: "骨瓷茶杯 220ml"}),
    ("送貨單號", {1: "SH-26-1107", 2: "SH-26-1188"}),
    ("不良數量", {1: "80", 2: "36"}),
    ("問題描述", {1: "碗口有裂紋，共 80 隻。", 2: "杯柄脫落，共 36 隻。"}),
]


def _complaint(folder: Path, copy: int) -> Path:
    from helpers import sheet_from_rows

    rows: list[list[object]] = [["客訴處理單"], [], *([label, values[copy]] for label, values in _COMPLAINT)]
    return sheet_from_rows(folder, rows, f"copy{copy}.xlsx", width=24)


def test_a_profile_reading_where_the_label_was_read_by_its_head_word_keeps_that_doubt(tmp_path) -> None:
    from kesu_docs.parse import excel

    first = _complaint(tmp_path, 1)
    second = _complaint(tmp_path, 2)
    generic = excel.extract(second, second.read_bytes(), "complaint")[0]
    path = next(
        p for p in ("lot_no", "delivery_no", "number") if value_paths.get(generic.values, p) == "SH-26-1188"
    )
    heads = {q.code for q in generic.problems if q.field == path}
    assert "label_by_head_word" in heads  # the generic reader's own doubt: 送貨單號 is no label of the field
    profiles = tmp_path / "profiles"
    profiles.mkdir()
    (profiles / "claim.toml").write_text(learn(first, "complaint", name="claim").to_toml(), encoding="utf-8")
    read = read_by_profile(second, second.read_bytes(), "complaint", profiles)[0]
    assert value_paths.get(read.values, path) == "SH-26-1188"
    assert "label_by_head_word" in {q.code for q in read.problems if q.field == path}
    assert read.provenance[path].confidence <= generic.provenance[path].confidence
    assert not {q.code for q in read.problems if q.field == "customer" and q.severity == "warning"}
