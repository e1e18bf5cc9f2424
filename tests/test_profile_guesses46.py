"""A profile keeps the first copy's guesses unconfirmed (profile46, issue 10: 100 % with a profile, 0 silent).

``kesu learn`` writes a profile from a filled copy: every field the generic reader took there with a doubt
(a label read by its head word, a label it was not sure of …) that the clerk neither corrected (``--set``)
nor confirmed (``--confirm``) is a guess. The profile learns its place all the same, marked
``unconfirmed = "label_by_head_word"`` in its file; every copy read by the profile warns the field
(``profile_field_unconfirmed``) until the clerk confirms it — the entry deleted from the file, or the copy
learned again with ``--confirm``. Before, the guess was read on the next copy with no warning wherever the
generic reader did not happen to doubt it there too (a copy whose clerk also filled in ``Order No.``: the
profile read ``Shipment Ref.`` as the order number, silent). Forms built here, learned and read through the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from helpers import run_cli, sheet_from_rows


def _claim(folder: Path, copy: int, *, order_no: bool = False) -> Path:
    """An importer's claim of our own: ``Shipment Ref.`` is no label kesu knows, read as the order number
    by its head word; ``order_no``: this copy's clerk also filled in the form's ``Order No.`` line."""
    rows: list[list[Any]] = [
        ["CUSTOMER COMPLAINT"],
        ["Complaint No.", f"CC-2611-00{copy}", "Date", f"2026-11-0{copy + 2}"],
        [
            "Customer",
            ["Acme Trading LLC", "Gulf Star Imports"][copy - 1],
            "Shipment Ref.",
            f"SO-NB-26100{copy}",
        ],
        ["Part No.", f"PN-441{copy}", "Part Name", "Motor housing"],
        ["Qty Shipped", 600 * copy, "Qty Damaged", 45 * copy],
        ["Description", ["Housing cracked in transit", "Fan blade chipped"][copy - 1]],
    ]
    if order_no:
        rows.append(["Order No.", "PO-7781"])
    return sheet_from_rows(folder, rows, f"claim{copy}.xlsx", width=22)


def _parsed(path: Path, *lang: str) -> dict[str, Any]:
    code, out = run_cli("parse", str(path), "--kind", "complaint", *lang)
    docs = [json.loads(line) for line in out.splitlines() if line.strip().startswith("{")]
    assert len(docs) == 1, out
    return docs[0]


def _on(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_a_guess_learned_is_warned_on_the_next_copy_until_confirmed(office: Path) -> None:
    first, second = _claim(office, 1), _claim(office, 2, order_no=True)
    code, out = run_cli("learn", str(first), "--kind", "complaint", "--name", "claim")
    assert code == 0, out
    # learn says which field it learned unconfirmed, why, and how to confirm it (Chinese by default)
    assert "order_no（D3，标签“Shipment Ref.”）：按标签末词猜测" in out
    assert "--confirm order_no" in out
    toml = (office / "profiles" / "claim.toml").read_text(encoding="utf-8")
    assert 'unconfirmed = "label_by_head_word"' in toml
    assert sum("unconfirmed = " in line for line in toml.splitlines() if not line.startswith("#")) == 1
    doc = _parsed(second, "--lang", "en")
    assert doc["record"]["order_no"] == "SO-NB-261002"  # the profile's place: Shipment Ref. still
    # the generic reader reads this copy's Order No. there, undoubted: no doubt of its own to keep —
    # the profile's own record of the guess warns it (silent before)
    assert "profile_field_unconfirmed" in _on(doc, "order_no")
    said = next(p["message"] for p in doc["warnings"] if p["code"] == "profile_field_unconfirmed")
    assert "the label read by its head word" in said and "--confirm order_no" in said
    assert [p["field"] for p in doc["warnings"] if p["code"] == "profile_field_unconfirmed"] == ["order_no"]


def test_confirmed_at_learn_time_or_in_the_file_it_is_read_as_any_learned_field(office: Path) -> None:
    first, second = _claim(office, 1), _claim(office, 2, order_no=True)
    code, out = run_cli(
        "learn", str(first), "--kind", "complaint", "--name", "claim", "--confirm", "order_no", "--lang", "en"
    )
    assert code == 0, out
    assert "guess" not in out
    fields = (office / "profiles" / "claim.toml").read_text(encoding="utf-8").split("\n[fields]\n")[1]
    assert "unconfirmed = " not in fields
    assert "profile_field_unconfirmed" not in _on(_parsed(second), "order_no")
    # learned unconfirmed, then the clerk deletes the entry in the file: confirmed too
    code, out = run_cli("learn", str(first), "--kind", "complaint", "--name", "claim", "--force")
    assert code == 0, out
    target = office / "profiles" / "claim.toml"
    text = target.read_text(encoding="utf-8")
    assert "profile_field_unconfirmed" in _on(_parsed(second), "order_no")
    target.write_text(text.replace(', unconfirmed = "label_by_head_word"', ""), encoding="utf-8")
    assert "profile_field_unconfirmed" not in _on(_parsed(second), "order_no")


def test_a_field_the_clerk_corrected_is_no_guess_and_a_confirm_of_nothing_is_said(office: Path) -> None:
    first, second = _claim(office, 1), _claim(office, 2)
    code, out = run_cli(
        "learn", str(first), "--kind", "complaint", "--name", "claim", "--set", "order_no=D3",
        "--confirm", "lot_no", "--lang", "en",
    )  # fmt: skip
    assert code == 0, out
    assert "--confirm lot_no: the profile holds no place for it" in out
    assert "were the reader's guess" not in out
    doc = _parsed(second)
    assert doc["record"]["order_no"] == "SO-NB-261002"
    assert "profile_field_unconfirmed" not in _on(doc, "order_no")


def test_the_same_doubt_said_by_the_generic_reader_is_not_said_twice(office: Path) -> None:
    """On a copy where the generic reader reads the field at the same place with the same doubt, that
    warning stands (kept by the profile's reading, as before) and the guess is not said again."""
    first, second = _claim(office, 1), _claim(office, 2)
    assert run_cli("learn", str(first), "--kind", "complaint", "--name", "claim")[0] == 0
    doc = _parsed(second)
    assert _on(doc, "order_no") == ["label_by_head_word"]


def test_row_values_compile_no_pattern_a_row_and_read_the_same_cells(tmp_path: Path) -> None:
    """``_row_values`` (asked for every row by the totals and blank-line rules) finds a row's cells in
    the layout's index of its boxes by tab and row, made once: the same cells, in the same order, as the
    pattern it compiled for each row and tried on every box, on the main tab and another (``D3!``), never
    row 13 for row 3."""
    import re

    from openpyxl import Workbook

    from kesu_docs.parse.profile import _row_values, excel_layouts, workbook_layout

    wb = Workbook()
    main = wb.active
    main.title = "Main"
    other = wb.create_sheet("D3")
    for sheet in (main, other):
        for r in (1, 3, 13, 31):
            for c in ("A", "C", "AB"):
                sheet[f"{c}{r}"] = f"{sheet.title}-{c}{r}"
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    layout = workbook_layout(excel_layouts(path.read_bytes()), "Main")

    def by_pattern(prefix: str, row: int) -> list[Any]:
        pattern = re.compile(rf"{re.escape(prefix)}[A-Z]{{1,3}}{row}")
        return [b.value for b in layout.boxes if pattern.fullmatch(b.where)]

    for prefix in ("", "D3!"):
        for row in (1, 3, 13, 31, 2):
            assert list(_row_values(layout, prefix, row)) == by_pattern(prefix, row)
    assert sorted(_row_values(layout, "D3!", 3)) == ["D3-A3", "D3-AB3", "D3-C3"]
    assert layout.rows is not None and ("D3!", "13") in layout.rows  # the index, made once
