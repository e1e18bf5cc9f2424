"""Round 29's debts mended (debts30): the hand patterns beside the tables made entries of them,
the count words' sources checked, a mechanism written twice made one, and the PDF path's
start-up without the Excel reader."""

from __future__ import annotations

import re
import subprocess
import sys

from helpers import ROOT


# ------------------------------------------------------- 1. the linked count word: the table's
def test_a_count_word_after_its_linking_word_is_the_tables_linked_rows():
    """``units._WORDS_AFTER`` took any two words after a figure and asked the count words of
    them; the pair is now built from the table's rows with a linker (Cebuano ``ka buok``)."""
    from kesu_docs.parse.units import COUNT_WORD_TABLE, linked_count_words, without_unit

    linked = [row for row in COUNT_WORD_TABLE if row.linker]
    assert linked
    pattern = re.compile(f"(?i)(?:{linked_count_words()})")
    for row in linked:
        for word in row.words:
            assert pattern.fullmatch(f"{row.linker} {word}") and pattern.fullmatch(
                f"{row.linker.upper()}  {word}"
            )
            assert not pattern.fullmatch(word) and not pattern.fullmatch(row.linker)
    assert not pattern.fullmatch("big pcs") and not pattern.fullmatch("ka pcs")  # (no other pair)
    assert (
        without_unit("1,200 ka buok").strip() == "1,200" and without_unit("1,200 Ka  Buok").strip() == "1,200"
    )
    assert without_unit("1,200 big pcs") == "1,200 big"  # (as before: the last word alone is the count's)


# ------------------------------------------------------- 1. a person's label's closing words: the rule's
def test_the_words_closing_a_persons_label_are_the_person_rules_own():
    """``persons._DONE_BY`` was a ``by|… contact`` pattern beside the person rule, matched twice
    (in the rule's English pattern and by ``person_label_words``): it is the rule's ``closing``
    words now, asked through :meth:`LabelRule.closed_by` by both."""
    from kesu_docs.lazy_re import lazy_re
    from kesu_docs.parse import persons
    from kesu_docs.parse.persons import PERSON, LabelRule, person_label_words

    assert not hasattr(persons, "_DONE_BY") and not hasattr(persons, "_CLOSED_BY_DOER")
    for label in ("Prepared by", "Received by:", "Supplier contact", "Buyer  contact：", "Vendor contact."):
        assert PERSON.closed_by(label), label
    assert PERSON.told("", "Supplier contact") and PERSON.told("", "Prepared by")
    assert not PERSON.told("", "Buyer contact")  # (a party's word: never a person's, as before)
    for label in ("Contact", "Emergency contact", "Contact phone", "By-product", "Prepared by the buyer"):
        assert not PERSON.closed_by(label), label
    rule = LabelRule(("人",), lazy_re("(?!)"), lazy_re("客户"), closing=("signed",))
    assert rule.told("", "Approved and signed") and not rule.told("", "Signed copy")
    assert not LabelRule(("人",), lazy_re("(?!)"), lazy_re("客户")).closed_by("Prepared by")
    assert {"by", "contact"} <= person_label_words()


# ------------------------------------------------------- 2. every count word's row names its source
def test_every_count_word_row_names_a_source_of_a_known_kind_and_a_set_holds_its_word():
    """Each row of ``COUNT_WORD_TABLE`` says where its words come from, as one of the kinds
    ``SOURCE_KINDS`` names; a row citing the held-out set it was met in names a set whose maker
    writes one of its words (the CLDR rows are compared with babel in test_debts29)."""
    from kesu_docs.parse.units import COUNT_WORD_TABLE, SOURCE_KINDS

    for row in COUNT_WORD_TABLE:
        kind, _, said = row.source.partition(": ")
        assert kind in SOURCE_KINDS and said.strip(), row
        for n in re.findall(r"\bholdout(\d+)\b", row.source):
            maker = (ROOT / "tests" / f"holdout{n}" / f"make_holdout{n}.py").read_text("utf-8")
            linked = rf"{row.linker}\s+" if row.linker else ""
            assert any(re.search(rf"\d[\s\d,.]*{linked}{word}", maker, re.I) for word in row.words), (row, n)
    # no row cites a standard for what it does not list (GB 3100 is SI units, not 量词)
    assert not any("GB 3100" in row.source for row in COUNT_WORD_TABLE)


# ------------------------------------------------------- 3. one step down or up a printed text
def test_the_next_line_of_a_printed_text_is_one_rule_down_and_up():
    """``compound.wrapped_lines`` (down a value wrapped in its merged cell) and ``lines_over``
    (up a bottom-aligned one) each wrote the search for the one line next to the last: one
    :func:`next_line` now."""
    from kesu_docs import forms
    from kesu_docs.parse.anchor import Box, _Page
    from kesu_docs.parse.compound import lines_over, next_line, wrapped_lines

    def page_of(*placed):
        page = _Page(
            [Box(t, t, x0, y0, x0 + w, y0 + h, f"p1 ({x0},{y0})") for t, x0, y0, w, h in placed],
            forms.get("8d"),
        )
        return page, {b.text: b for b in page.boxes}

    page, at = page_of(
        ("Crimp height drifted", 100, 100, 80, 10),
        ("no first-piece check.", 101, 112, 80, 10),
        ("The lot was", 100, 88, 80, 10),
        ("tiny", 100, 124, 80, 4),
    )
    first, below = at["Crimp height drifted"], at["no first-piece check."]
    assert next_line(page, first, first) is below
    assert next_line(page, first, first, up=True, alike=True) is at["The lot was"]
    assert next_line(page, first, below, alike=True) is None  # (a line of another height)
    assert next_line(page, first, below) is at["tiny"]
    page, at = page_of(
        ("Crimp height drifted", 100, 100, 80, 10),
        ("no check.", 101, 112, 40, 10),
        ("beside", 102, 113, 40, 10),
    )
    assert next_line(page, at["Crimp height drifted"], at["Crimp height drifted"]) is None  # (two: none)
    # (the two walks that take it, down and up)
    page, at = page_of(
        ("Remark", 10, 100, 60, 24),  # (a caption centred beside the value's lines)
        ("Crimp height drifted", 100, 100, 80, 10),
        ("no first-piece check.", 100, 112, 80, 10),
    )
    assert wrapped_lines(page, at["Remark"], at["Crimp height drifted"], set()) == [
        at["no first-piece check."]
    ]
    page, at = page_of(
        ("Remark", 10, 100, 60, 10), ("and no check.", 100, 100, 80, 10), ("Crimp drifted", 100, 88, 80, 10)
    )
    assert lines_over(page, at["Remark"], at["and no check."]) == [at["Crimp drifted"]]


# ------------------------------------------------------- 4. a PDF read without the Excel reader
def test_reading_a_pdf_does_not_import_the_excel_reader(tmp_path):
    """What a file is by its first bytes (``file_kinds``) was the Excel reader's: the PDF reader
    imported all of it (its 3,000 lines, the cell notes, the workbook's parts) to ask it. A
    one-form ``kesu parse`` of a PDF imports it no more."""
    import shutil

    pdf = tmp_path / "complaint.pdf"
    shutil.copy(
        ROOT.parent / "shared" / "corpus" / "filled" / "complaint-zh-oqc.pdf", pdf
    )  # (alone: no workbook beside it)
    code = (
        "import sys\n"
        "from kesu_docs.cli import main\n"
        f"sys.argv = ['kesu', 'parse', {str(pdf)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('kesu_docs.parse.')"
        " and m.rsplit('.', 1)[1] in ('excel', 'cell_notes', 'xlsx_parts', 'form_controls')))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=True
    )
    assert '"kind": "complaint"' in run.stdout
    assert run.stdout.strip().splitlines()[-1] == "[]", run.stdout[-300:]
