"""Labels nobody has seen whose head word tells the field (issue 10, weak46).

Four habits of real forms, each on a sheet built here with made-up words (not the held-out sets'):

- a label in two languages neither of which is worded as a label of ours (``Buyer Ref. / Nambari ya
  Agizo``): the head words of each half, read as a label alone;
- a label the form knows only as another table's column (``Kodu / Code``: the penalties' code), standing
  beside its value with no table under it: its head words may name a field of the form;
- a one-word label that is the past participle of a head (``Dated``: a date), and an English ``X of Y``
  whose ``of`` says nothing and whose ``Y`` is the goods (``Description of Merchandise``: the part's name);
- a form whose words say its country (Vietnamese ``Ngày``, an Indian ``Pvt. Ltd.``): its slashed dates
  day first.

Every value read so is warned (``label_by_head_word`` / ``date_order_inferred``): never silent.
"""

from __future__ import annotations

from pathlib import Path

from helpers import read_doc, sheet_from_rows, unread_messages, warned_by

from kesu_docs.forms import get
from kesu_docs.parse.head_words import guess_field
from kesu_docs.parse.vocab import vocabulary


def _guess(text: str, kind: str = "complaint") -> str | None:
    found = guess_field(get(kind), text)
    return found.path if found is not None else None


def test_halves_neither_known_read_by_the_head_words_of_a_half() -> None:
    vocab = vocabulary(get("complaint"))
    assert vocab.candidates("Buyer Ref. / Nambari ya Agizo") == []  # no half names a field
    assert _guess("Nambari ya Agizo") is None and _guess("Buyer Ref.") == "order_no"
    assert _guess("Buyer Ref. / Nambari ya Agizo") == "order_no"
    assert _guess("Nambari ya Agizo / Buyer Ref.") == "order_no"  # either half
    # two halves telling two fields: no guess
    assert _guess("Qty Agizo") == "ship_qty" or _guess("Qty Agizo") not in (None, "order_no")
    assert _guess("Buyer Ref. / Qty Agizo") is None


def test_participle_of_a_head_and_of_phrases() -> None:
    assert _guess("Dated") == "received_date"
    assert _guess("Dated", "allowance") == "issue_date"
    assert _guess("Named") is None  # a text's head says no field alone (no shape to check)
    # "of" joins, it says nothing: the goods name the part's field, a claim the problem's text
    assert _guess("Description of Merchandise") == "part_name"
    assert _guess("Description of Articles") == "part_name"
    assert _guess("Details of Claim") == "description"
    assert _guess("Model") == "part_no"  # a one-word label of the closed list: the model a part is sold as


def test_a_sheet_reads_the_unseen_labels_warned(tmp_path: Path) -> None:
    rows = [
        ["Customer Complaint"],
        ["Complaint No.", "QC-5531", "Dated:", "2026-10-14"],
        ["Customer", "Umoja Hardware Ltd.", "Indent Ref. / Nambari ya Agizo:", "PO-77120"],
        ["Kodu / Code:", "HX-2210-B", "Description of Articles:", "Brass door hinge 4 inch"],
        ["Details of Claim:", "Hinge pin bent on 40 pieces; doors sag after a week."],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=26), "complaint")
    record = doc["record"]
    expected = {
        "received_date": "2026-10-14",
        "order_no": "PO-77120",
        "part_no": "HX-2210-B",
        "part_name": "Brass door hinge 4 inch",
        "description": "Hinge pin bent on 40 pieces; doors sag after a week.",
    }
    for path, value in expected.items():
        assert record[path] == value, (path, record[path], doc["warnings"])
        assert warned_by(doc, "label_by_head_word", path), (path, doc["warnings"])
    # a label known only as a column, read by its head words, is no longer said unread
    assert not any("Kodu" in m for m in unread_messages(doc))


def test_a_column_label_no_field_reads_is_not_said_unread_for_want_of_a_guess(tmp_path: Path) -> None:
    # "Sifa / Code" over nothing a code's head may take (a figure, no code): read by no rule, and —
    # as before this round — not reported as an unread label of the form (the form knows it as a column)
    rows = [
        ["Customer Complaint"],
        ["Complaint No.", "QC-5532", "Customer", "Umoja Hardware Ltd."],
        ["Sifa / Code", "7"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=26), "complaint")
    assert doc["record"].get("part_no") is None
    assert not any("Sifa" in m for m in unread_messages(doc))


def _date_read(tmp_path: Path, date_label: str, customer: str) -> str:
    """The received date read (and warned ``date_order_inferred``) from a small complaint whose date is
    ``04/09/2026`` under ``date_label``, its customer ``customer``."""
    rows = [
        ["Customer Complaint"],
        ["Complaint No.", "QC-5540", date_label, "04/09/2026"],
        ["Customer", customer, "Part No.", "HX-2210-B"],
    ]
    doc = read_doc(sheet_from_rows(tmp_path, rows, width=26), "complaint")
    assert warned_by(doc, "date_order_inferred", "received_date"), doc["warnings"]
    return str(doc["record"]["received_date"])


def test_dates_day_first_where_the_form_says_its_country(tmp_path: Path) -> None:
    assert _date_read(tmp_path, "Complaint date / Ngày khiếu nại", "Umoja Hardware Ltd.") == "2026-09-04"
    assert _date_read(tmp_path, "Complaint date", "Kaveri Fasteners Pvt. Ltd.") == "2026-09-04"
    # without a sign of the country: an English form's month first, as before (warned)
    assert _date_read(tmp_path, "Complaint date", "Umoja Hardware Ltd.") == "2026-04-09"
