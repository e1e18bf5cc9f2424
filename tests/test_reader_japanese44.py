"""Japanese and Korean labels read by what they mean (issue 10, japanese44).

- **A Japanese form word said as ours** (kesu_docs/parse/form_words.py): 得意先 is our 客户, 承認 批准,
  納入 交货, 不具合 不良, 返品 退货, 伝票 a 单, 番号 / No. 编号, 個数 数量, 日付 日期, の dropped, 者 said 人
  — so a label no vocabulary lists (得意先名, 承認者, 納入個数, 不具合個数, 納入日付, 返品伝票番号, 返品の理由,
  返品日付) is read through the Chinese label it means: surely when that is a field's own label, and
  warned when it is only an alias of it (a word twice removed from the printed one). None of these labels is in a form's vocabulary
  nor in holdout53: the forms here are fresh ones, a 不具合連絡書 and a 返品伝票, in a workbook and printed.
- **A bilingual label read by each half**: a Korean or Japanese label with its English (``불량수량 Qty``,
  ``不具合数 Qty``): the halves agreeing, or one half we lack, the other reads it (a half said in our
  words no surer than the fold's own reading: ``승인 Approved`` is 批准, an alias, warned). A Chinese label's
  half never reads alone, nor a Japanese one before a word that is none of our labels' (``得意先 Toyota``);
  halves naming two fields (``品名 Description``) are never read surely.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import parse_cli, soffice_convert
from test_reader_korean_labels import _sheet  # a landscape sheet of label / value cells, one page wide

from kesu_docs.forms import get
from kesu_docs.parse.vocab import DOUBTFUL_STRENGTH, chinese_words, norm, vocabulary


def _doc(path: Path, kind: str | None = None) -> dict[str, Any]:
    args = ["--lang", "en"] + (["--kind", kind] if kind else [])
    code, docs = parse_cli(path, *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


# ------------------------------------------------------------------ the fold of a label's words
def test_japanese_and_korean_form_words_are_said_as_ours():
    assert chinese_words(norm("不具合連絡票番号")) == "不良联络单编号"
    assert chinese_words(norm("返品伝票No.")) == "退货单号"  # a slip's number
    assert chinese_words(norm("承認者")) == "批准人"
    assert chinese_words(norm("納入日付")) == "交货日期"
    assert chinese_words(norm("作成日")) == "编制日期"
    assert chinese_words(norm("返品の理由")) == "退货原因"  # the particle dropped
    assert chinese_words(norm("불량 수량")) == "不良数量"


def test_a_chinese_label_is_never_reworded():
    for label in ("客户名称", "不良数量", "发生日期", "确认者", "退货原因", "料号"):
        assert chinese_words(norm(label)) is None, label


# (label, the field it names, sure: said as a field's own label, else as an alias — read, and warned)
COMPLAINT_WORDS = (
    ("得意先名", "customer", False),  # 客户名, an alias
    ("承認者", "approver", False),  # 批准人, an alias
    ("納入個数", "ship_qty", False),  # 交货数量, an alias
    ("不具合個数", "defect_qty", True),  # 不良数量, the field's own label
    ("納入日付", "ship_date", False),  # 交货日期, an alias
)
RETURN_WORDS = (
    ("返品伝票番号", "number", True),  # 退货单号
    ("返品の理由", "reason", True),  # 退货原因
    ("返品日付", "issue_date", False),  # 退货日期, an alias
)


def test_an_unlisted_japanese_label_names_the_field_its_chinese_words_name():
    for kind, words in (("complaint", COMPLAINT_WORDS), ("return", RETURN_WORDS)):
        vocab = vocabulary(get(kind))
        for label, path, sure in words:
            assert vocab.index.get(norm(label)) is None, f"{label} is listed: pick another word"
            found = vocab.match(label)
            assert found is not None and found[0] == path, (label, found)
            assert (found[1] >= 0.8) == sure and found[1] >= DOUBTFUL_STRENGTH, (label, found)


def test_an_alias_listed_as_printed_stays_above_its_translation():
    """担当 is listed for the complaint's reporter: the printed word keeps its own strength (0.9)."""
    found = vocabulary(get("complaint")).match("担当")
    assert found is not None and found[:3] == ("reporter", 0.9, "担当")


# ------------------------------------------------------------------------------ bilingual labels
def test_a_korean_or_japanese_label_with_its_english_is_read_by_the_half_we_know():
    complaint = vocabulary(get("complaint"))
    for label, path in (
        ("불량수량 Qty", "defect_qty"),
        ("품번 Part No.", "part_no"),
        ("不具合数 Qty", "defect_qty"),
    ):
        found = complaint.match(label)
        assert found is not None and found[0] == path and found[1] >= 0.85, (label, found)


def test_halves_naming_two_fields_are_never_read_surely():
    """品名 (the part's name) with Description (the problem's): whichever is read is doubted."""
    for label in ("品名 Description", "不具合数 Description"):
        found = vocabulary(get("complaint")).match(label)
        assert found is None or found[1] < 0.8, (label, found)


def test_a_half_alone_never_reads_a_label_with_its_value():
    complaint = vocabulary(get("complaint"))
    assert complaint.match("得意先 Toyota") is None  # a Japanese label, then a name: no gloss
    assert complaint.match("客户 Bosch") is None  # a Chinese label's half never reads alone


# ------------------------------------------------------------------------ forms read end to end
def _fuguai() -> dict[str, Any]:
    return {
        "A1": "不具合連絡書",
        "A3": "管理番号",
        "B3": "KD-QA-77-0412",
        "C3": "受付日",
        "D3": "2027/02/09",
        "A4": "得意先名",
        "B4": "浜松精工株式会社",
        "C4": "納入日付",
        "D4": "2027/02/02",
        "A5": "品番",
        "B5": "HS-3307-B",
        "C5": "品名",
        "D5": "ギアハウジング",
        "A6": "納入個数",
        "B6": "１，２００",  # full-width digits, as a Japanese clerk types them
        "C6": "不具合個数",
        "D6": "18個",
        "A7": "不具合内容",
        "B7": "ねじ穴のバリ残り、組付け時に締結不可。",
        "A9": "承認者",
        "B9": "小林 誠",
        "C9": "作成",
        "D9": "中村㊞",
    }


def _check_fuguai(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert doc["kind"] == "complaint"
    assert rec["number"] == "KD-QA-77-0412"
    assert rec["received_date"] == "2027-02-09"
    assert rec["customer"] == "浜松精工株式会社"  # 得意先名 = 客户名
    assert rec["ship_date"] == "2027-02-02"  # 納入日付 = 交货日期
    assert rec["ship_qty"] == 1200  # 納入個数 = 交货数量
    assert rec["defect_qty"] == 18  # 不具合個数 = 不良数量; 個 a count word
    assert rec["approver"] == "小林 誠"  # 承認者 = 批准人
    assert rec["reporter"] == "中村"  # the seal's mark dropped, and told
    assert "name_in_seal" in _flagged(doc, "reporter")
    for _label, field, sure in COMPLAINT_WORDS:
        assert ("low_confidence" in _flagged(doc, field)) != sure, field


def test_a_fresh_japanese_defect_notice_is_read_in_the_workbook(tmp_path):
    _check_fuguai(_doc(_sheet(tmp_path / "fuguai.xlsx", _fuguai(), "連絡書")))


def test_a_fresh_japanese_defect_notice_is_read_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "fuguai-print.xlsx", _fuguai(), "連絡書")
    _check_fuguai(_doc(soffice_convert(xlsx, "pdf", tmp_path / "pdf")))


def _henpin() -> dict[str, Any]:
    return {
        "A1": "返品伝票",
        "A3": "返品伝票番号",
        "B3": "HD-77-02-0031",
        "C3": "返品日付",
        "D3": "2027/02/12",
        "A4": "得意先名",
        "B4": "浜松精工株式会社",
        "C4": "品番",
        "D4": "HS-3307-B",
        "A5": "返品の理由",
        "B5": "ねじ穴のバリ残り",
    }


def _check_henpin(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert rec["number"] == "HD-77-02-0031"  # 返品伝票番号 = 退货单号
    assert rec["issue_date"] == "2027-02-12"  # 返品日付 = 退货日期
    assert rec["customer"] == "浜松精工株式会社"
    assert rec["reason"] == "ねじ穴のバリ残り"  # 返品の理由 = 退货原因
    for _label, field, sure in RETURN_WORDS:
        # (without the fold each was only a near match of a listed word: read, and doubted)
        assert ("low_confidence" in _flagged(doc, field)) != sure, field


def test_a_fresh_japanese_return_slip_is_read_in_the_workbook(tmp_path):
    _check_henpin(_doc(_sheet(tmp_path / "henpin.xlsx", _henpin(), "返品"), "return"))


def test_a_fresh_japanese_return_slip_is_read_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "henpin-print.xlsx", _henpin(), "返品")
    _check_henpin(_doc(soffice_convert(xlsx, "pdf", tmp_path / "pdf"), "return"))


def test_the_vocabulary_owns_the_folded_table_form_words_only_the_words():
    # a label is compared folded (承認者 as 承认者, 連絡書 as 联络书): the vocabulary's table holds each word
    # as it folds it, with no function passed in; form_words imports nothing of the vocabulary
    import ast
    import inspect

    from kesu_docs.parse import form_words
    from kesu_docs.parse.vocab import folded

    assert chinese_words(norm(folded("承認者"))) == "批准人"
    assert chinese_words(norm(folded("不具合連絡書番号"))) == "不良联络单编号"
    tree = ast.parse(inspect.getsource(form_words))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert not any(m and "vocab" in m for m in imported), imported
