"""A label printed in two languages, one half in a language we lack (issue 10, halves45).

``Date of Complain / Ngày khiếu nại``: the gloss hid the half we know. A label split at `` / ``,
``／``, a line break or a bracket into two halves, one naming a field (exactly or closely) and the
other nothing we know, is read by the known half a step below it — a loose half stays warned;
never when the other half is Chinese (another label) or words of our own labels only.
Made-up labels in the same habit (Polish, Turkish, Swahili halves), not the held-out sets' words.
"""

from __future__ import annotations

from pathlib import Path

from helpers import read_doc, sheet_from_rows, unread_messages, warned_by

from kesu_docs.forms import get
from kesu_docs.parse.vocab import KNOWN_HALF, KNOWN_HALF_AT_MOST, label_halves, vocabulary


def _complaint() -> object:
    return vocabulary(get("complaint"))


def test_halves_split_at_slash_fullwidth_slash_line_break_bracket() -> None:
    assert label_halves("Data reklamacji / Date of Complain") == ("Data reklamacji", "Date of Complain")
    assert label_halves("Tarih／Date") == ("Tarih", "Date")
    assert label_halves("Date of Complain\nTarihi") == ("Date of Complain", "Tarihi")
    assert label_halves("Date of Complain (Tarehe ya malalamiko)") == (
        "Date of Complain",
        "Tarehe ya malalamiko",
    )
    assert label_halves("PO/Order") is None  # a slash without spaces: slash_names' habit, not two halves
    assert label_halves("A / B / C") is None


def test_the_known_half_reads_a_step_below_it_alone() -> None:
    vocab = _complaint()
    [(path, alone, _key), *_] = vocab.candidates("Date of Complain")
    for printed in (
        "Data reklamacji / Date of Complain",
        "Date of Complain／Şikayet tarihi",
        "Date of Complain\nŞikayet tarihi",
        "Date of Complain (Tarehe ya malalamiko)",
    ):
        [(got, score, _k), *_] = vocab.candidates(printed)
        assert got == path == "received_date"
        assert abs(score - min(KNOWN_HALF * alone, KNOWN_HALF_AT_MOST)) < 1e-9
        assert score < 0.85  # a loose half is shown for checking, never sure


def test_no_reading_when_the_other_half_is_chinese_or_our_own_words() -> None:
    vocab = _complaint()
    # a Chinese half we lack is another label, no translation
    assert vocab.candidates("Date of Complain / 甲乙丙丁") == []
    # words of our own labels only (none a label alone): English we fail to read, no gloss
    other = "Customer Part Shift"
    assert vocab.candidates(other) == [] and {"customer", "part", "shift"} <= vocab.words
    assert vocab.candidates(f"Date of Complain / {other}") == []


def test_two_halves_naming_two_fields_are_not_read_by_this_rule() -> None:
    vocab = _complaint()
    both = {p for p, _s, _k in vocab.candidates("Customer / Part name")}
    assert {"customer", "part_name"} <= both  # the pair's readings, as before: both named, none chosen here


def test_a_sheet_reads_the_known_half_warned(tmp_path: Path) -> None:
    rows = [
        ["Customer Complaint"],
        ["Complaint No.", "CC-7781", "Data reklamacji / Date of Complain", "2026-10-14"],
        ["Part No.", "QX-1180", "Part Name", "Hinge plate"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=24), "complaint")
    assert doc["record"]["received_date"] == "2026-10-14"
    assert any(w.get("field") == "received_date" for w in doc["warnings"]), doc["warnings"]


# ---- a row of captions over one record's values (a system's export), read by head words as beside labels

EXPORT_CAPTIONS = ["凭证编号", "凭证日期", "客户名称", "产品名称", "不良数量", "录入人"]
EXPORT_VALUES = ["PZ-55120", "2026-09-17", "常州恒远电器有限公司", "电机端盖", 48, "LIUFANG02"]


def test_an_exports_unknown_captions_read_by_head_words_warned(tmp_path: Path) -> None:
    doc = read_doc(sheet_from_rows(tmp_path, [EXPORT_CAPTIONS, EXPORT_VALUES], width=18), "complaint")
    record = doc["record"]
    assert (record["number"], record["received_date"], record["reporter"]) == (
        "PZ-55120",
        "2026-09-17",
        "LIUFANG02",
    )
    for field in ("number", "received_date", "reporter"):
        assert warned_by(doc, "label_by_head_word", field), field


def test_a_caption_row_with_one_caption_read_is_no_records_row(tmp_path: Path) -> None:
    # one other caption read under it is no record's row of captions: the unknown caption stays unread
    doc = read_doc(
        sheet_from_rows(tmp_path, [["凭证编号", "客户名称"], ["PZ-55120", "常州恒远电器有限公司"]], width=18),
        "complaint",
    )
    assert doc["record"]["number"] is None
    assert any("凭证编号" in m for m in unread_messages(doc))


def test_a_columns_loose_whole_gives_way_to_the_known_half() -> None:
    # a return's line column: the whole read loosely ("approved" inside it), the English half exactly
    from kesu_docs.parse.vocab import Vocabulary, describe

    spec = get("return")
    lines = next(m for m in spec.fields.values() if m.kind == "table" and m.row_model is not None)
    columns = Vocabulary(describe(lines.row_model).items(), generic=1.0, short=1.0)
    [(path, alone, _k), *_] = columns.candidates("Qty Approved")
    [(got, score, _k), *_] = columns.candidates("Ilość zatwierdzona / Qty Approved")
    assert got == path == "qty_approved"
    assert abs(score - min(KNOWN_HALF * alone, KNOWN_HALF_AT_MOST)) < 1e-9


def test_captions_over_two_rows_of_values_are_a_tables_header(tmp_path: Path) -> None:
    # a second row of values under the captions: a table's lines (含税金额 over 904.00 over 678.00), no record's
    second = ["PZ-55121", "2026-09-18", "常州恒远电器有限公司", "电机端盖", 12, "LIUFANG02"]
    doc = read_doc(sheet_from_rows(tmp_path, [EXPORT_CAPTIONS, EXPORT_VALUES, second], width=18), "complaint")
    assert not warned_by(doc, "label_by_head_word", "reporter")
    assert doc["record"]["reporter"] is None
