"""What the sixty-first held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **Two 統一編號, neither by a party's name, are in doubt**: a certificate that prints ``統一編號`` twice — under
  a buyer's caption the reader knows only loosely (``進貨營業人（原買受人）名稱``, read alike as either party's
  name) and beside a seller's caption it does not know — gave the first to the seller and the second to the
  buyer, as the words rank them, with no warning: the two ids swapped silently. Now, when every label of those
  words stands with no party told beside it on its row or right above it, whose is whose is a guess, and both
  ids are read under the reporting threshold (shown for checking). One such label alone, or one by a party's
  name the reader knows, reads as before.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

from helpers import read_doc, sheet_from_rows

WIDTH = 24


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


def _certificate(buyer_caption: str, seller_row: list[Any], twice: bool = True) -> list[list[Any]]:
    rows = [
        ["營業人銷貨退回進貨退出或折讓證明單"],
        [buyer_caption, "宏昇精密股份有限公司"],
        ["統一編號", "12345675"],
        ["開立發票日期", "115/09/02", "字軌號碼", "XY10293847"],
        ["品名", "數量", "單價", "金額(不含稅之進貨額)", "營業稅額"],
        ["鋁蓋 品質折讓", 200, 12.5, 2500, 125],
        ["合計金額", 2500],
        ["營業稅額合計", 125],
        seller_row if twice else seller_row[:2],
        ["客訴單號", "KS-0902-11"],
    ]
    return rows


def _warned(doc: dict, path: str) -> bool:
    return any(path in (w.get("field"), *w.get("fields", ())) for w in doc["warnings"] + doc["errors"])


def test_two_tax_ids_with_no_party_told_are_both_shown_for_checking(tmp_path) -> None:
    # (``進貨營業人名稱``: read alike as either party's name; with ``（原買受人）`` after 進貨營業人 the bracket
    # tells the buyer since fix45: tests/test_reader_fix45.py)
    doc = _read(
        tmp_path,
        _certificate("進貨營業人名稱", ["原開立銷貨發票營業人", "群益模具有限公司", "統一編號", "87654321"]),
        "allowance",
    )
    record = doc["record"]
    ids = {(record["seller"] or {}).get("tax_id"), record["buyer_tax_id"]}
    assert ids <= {"12345675", "87654321", None}
    # whichever way they were given, neither passes unchecked
    for path, value in (
        ("seller.tax_id", (record["seller"] or {}).get("tax_id")),
        ("buyer_tax_id", record["buyer_tax_id"]),
    ):
        if value is not None:
            assert _warned(doc, path), (path, value)


def test_a_tax_id_under_a_party_the_reader_knows_is_that_partys(tmp_path) -> None:
    doc = _read(
        tmp_path,
        _certificate("買受人名稱", ["銷貨人名稱", "群益模具有限公司", "統一編號", "87654321"]),
        "allowance",
    )
    record = doc["record"]
    assert record["buyer_tax_id"] == "12345675"
    assert not _warned(doc, "buyer_tax_id")


def test_one_tax_id_alone_is_read_as_before(tmp_path) -> None:
    doc = _read(
        tmp_path,
        _certificate("進貨營業人（原買受人）名稱", ["原開立銷貨發票營業人", "群益模具有限公司"], False),
        "allowance",
    )
    record = doc["record"]
    got = [v for v in ((record["seller"] or {}).get("tax_id"), record["buyer_tax_id"]) if v]
    assert got == ["12345675"]
