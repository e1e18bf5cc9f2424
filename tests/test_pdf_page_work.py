"""The PDF reader's work done once a page (issue 10's "within 2x", twentieth round).

Every table of a page used to look at every box of the page again: which header words may be
two column names run together, which boxes are short enough to caption an option, the page's
discipline headings, which band holds a label. Each is now worked out once a page and kept
with that page (``_Page.worked_out``; dev21-clean: no longer one entry in a module keyed by a
list's address and length). These tests read real prints of other people's layouts
(tests/layouts/filled) and hold what is kept to what the old per-table loops find on the very
page read, and a kept answer to its own page (another page, or a table's parted header, works
it out again).
The whole outputs are held by ``bench/pdf_same.py`` (every PDF of the repository and corpus).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kesu_docs import forms
from kesu_docs.forms import describe
from kesu_docs.parse import anchor, compound, parse_paths, pdf, sections, steps, table_columns
from kesu_docs.parse.boxes import Box
from kesu_docs.parse.vocab import columns_vocabulary, norm
from kesu_docs.validation import Locations

FILLED = Path(__file__).parent / "layouts" / "filled"


def _page(name: str) -> anchor._Page:
    """The reader's page of a real print's boxes, for the form its name says."""
    data = (FILLED / name).read_bytes()
    papers: dict = {}
    words, rules, _fillable = pdf.words_of(data, "pdfium", papers)
    kind = {"8d": "8d", "return": "return", "complaint": "complaint"}[name.split("-")[0]]
    return anchor._Page(pdf._boxes(words, rules, papers), forms.get(kind))


def _read(name: str) -> None:
    results = parse_paths([FILLED / name])
    assert results and results[0].record is not None, name


@pytest.mark.parametrize("name", ["8d-en-compact.pdf", "8d-zh-blocks.pdf", "return-en-rma.pdf"])
def test_bands_left_as_they_are_hold_no_word_to_part(name):
    """A band :func:`table_columns.joinable_bands` leaves out comes back from
    :func:`table_columns.joined_headers` as it is, for every table of every form; the bands it
    lists hold a printed text of two words or more (the page's bands of a real print)."""
    _read(name)
    page = _page(name)
    bands = page.bands
    listed = page.worked_out("joinable bands", lambda: table_columns.joinable_bands(page.bands))
    assert listed == table_columns.joinable_bands(bands)
    assert len(listed) < len(bands)
    for spec in forms.all_specs():
        for meta in spec.fields.values():
            if meta.kind != "table" or meta.row_model is None:
                continue
            vocab, columns = columns_vocabulary(meta.row_model), describe(meta.row_model)
            for i, band in enumerate(bands):
                if i not in listed:
                    assert table_columns.joined_headers(band, vocab, columns) == band
    for i, places in listed.items():
        assert places and all(len(bands[i][k].text.split()) >= 2 for k in places)
        for spec in forms.all_specs():  # the words not listed are left as they are
            for meta in spec.fields.values():
                if meta.kind == "table" and meta.row_model is not None:
                    vocab, columns = columns_vocabulary(meta.row_model), describe(meta.row_model)
                    assert table_columns.joined_headers(
                        bands[i], vocab, columns, places
                    ) == table_columns.joined_headers(bands[i], vocab, columns)


def test_a_run_together_header_is_still_parted():
    """``Quantity Unit price`` as one word of a print's header line: listed, and parted into the
    two columns (the rule itself unchanged); the same text in a sheet's cell is one cell."""
    meta = forms.get("return").fields["items"]
    columns = describe(meta.row_model)
    vocab = columns_vocabulary(meta.row_model)
    text = "Quantity Unit price"
    box = Box(text, text, 10, 10, 200, 20, "p1#1")
    cell = Box(text, text, 10, 10, 200, 20, "Sheet1!A1")
    bands = [[box], [cell], [Box("12 pcs", "12 pcs", 10, 30, 40, 40, "p1#2")]]
    assert table_columns.joinable_bands(bands) == {0: (0,)}
    parted = table_columns.joined_headers(bands[0], vocab, columns)
    assert [b.text for b in parted] == ["Quantity", "Unit price"]
    assert [vocab.match(b.text)[0] for b in parted] == ["qty_returned", "unit_price"]
    assert table_columns.joined_headers(bands[1], vocab, columns) == [cell]


@pytest.mark.parametrize("name", ["8d-en-compact.pdf", "8d-zh-blocks.pdf", "return-en-rma.pdf"])
def test_band_index_is_every_band_holding_the_box(name):
    bands = _page(name).bands
    index = anchor._band_index(bands)
    brute: dict[int, list[int]] = {}
    for i, band in enumerate(bands):
        for b in band:
            brute.setdefault(id(b), [])
            if i not in brute[id(b)]:
                brute[id(b)].append(i)
    assert index == brute


@pytest.mark.parametrize("name", ["8d-en-compact.pdf", "8d-zh-blocks.pdf"])
def test_caption_boxes_are_those_the_per_table_loops_took(name):
    """The option rows' captions and the option captions' short lines are the boxes the loops
    over the page took, in the same (reading) order."""
    boxes = _page(name).boxes
    sized = compound._caption_sized(boxes)
    in_order = sorted(boxes, key=lambda b: (b.y0, b.x0))
    cjk = compound.re.compile(r"[\u3400-\u9fff]")
    assert sized == [
        b
        for b in in_order
        if not b.empty
        and isinstance(b.value, str)
        and compound._caption_length(b.text) <= (8 if cjk.search(b.text) else 45)
    ]
    assert 0 < len(sized) < len(boxes)
    short = steps._short_lines(boxes)
    want = []
    for b in sorted(boxes, key=lambda b: (b.y0, b.x0)):
        if b.empty or not isinstance(b.value, str) or "\n" in b.text.strip():
            continue
        text = norm(b.text)
        if text and len(text) <= 12:
            want.append((b, text))
    assert short == want


@pytest.mark.parametrize("name", ["8d-en-compact.pdf", "8d-zh-blocks.pdf"])
def test_headings_are_the_pages_discipline_headings(name):
    page = _page(name)
    headings = sections.page_headings(page)
    assert headings == [b for b in page.boxes if sections.is_heading(page, b)]
    assert headings and sections.page_headings(page) is headings  # kept with the page


def test_what_a_page_works_out_is_its_own():
    """What the reader works out once a page is kept with that page (dev21-clean; it was one
    entry in a module, keyed by the address and length of the list it came from): another page
    made of the same boxes works it out again, a page's kept answer never serves another page,
    and one that depends on the boxes reading as labels follows them as they grow."""
    spec = forms.get("8d")
    boxes = [Box("D3 Containment", "D3 Containment", 10, 10, 90, 20, "p1#1")]
    first = anchor._Page(boxes, spec)
    made: list[str] = []
    assert first.worked_out("x", lambda: made.append("first") or ["first"]) == ["first"]
    assert first.worked_out("x", lambda: made.append("again") or ["again"]) == ["first"]
    second = anchor._Page(boxes, spec)  # the very same list of boxes: its own answer
    assert second.worked_out("x", lambda: made.append("second") or ["second"]) == ["second"]
    assert made == ["first", "second"]
    assert second.bands is second.bands and second.bands is not first.bands
    head = next(b for b in second.boxes if b.text.startswith("D3"))
    second.stoppers.discard(id(head))
    assert sections.page_headings(second) == []
    second.stoppers.add(id(head))  # found a label after: the headings again
    assert sections.page_headings(second) == [head]
    assert sections.page_headings(first) == [b for b in first.boxes if sections.is_heading(first, b)]


def test_a_parted_header_is_worked_out_for_its_table():
    """A header run together (``Quantity Unit price``) parted for one table: what the table
    works out of the parted bands is its own, the page's bands' answers stay the page's."""
    spec = forms.get("return")
    text = "Quantity Unit price"
    boxes = [
        Box("Return items", "Return items", 10, 0, 200, 8, "p1#0"),
        Box(text, text, 10, 10, 200, 20, "p1#1"),
        Box("12 pcs", "12 pcs", 10, 30, 40, 40, "p1#2"),
        Box("3.50", "3.50", 120, 30, 160, 40, "p1#3"),
    ]
    page = anchor._Page(boxes, spec)
    joinable = page.worked_out("joinable bands", lambda: table_columns.joinable_bands(page.bands))
    assert joinable[1] == (0,)  # (the title, two words, may be too)
    values: dict = {}
    assert page.table(spec.fields["items"], values, Locations(), set(), set(), {})
    assert values["items"] == [{"qty_returned": "12 pcs", "unit_price": "3.50"}]  # parted, read
    assert "band index" not in page._worked and "stacked pairs" not in page._worked  # the table's own
    assert [len(band) for band in page.bands] == [1, 1, 2]  # the page's bands left as they are
    assert page.worked_out("band index", lambda: anchor._band_index(page.bands)) == {
        id(b): [i] for i, band in enumerate(page.bands) for b in band
    }


def test_quantities_read_units_without_importing_the_reader_at_import():
    """``kesu_docs.values`` does not import the reader (its units module imports values); the
    first quantity takes the units module once and keeps it."""
    code = (
        "import sys, kesu_docs.values as v\n"
        "assert 'kesu_docs.parse.units' not in sys.modules\n"
        "assert v._qty('3K') == 3000 and v._qty('1,200') == 1200 and v._qty('叁佰壹拾贰') == 312\n"
        "import kesu_docs.parse.units as u\n"
        "assert v._UNITS is u\n"
        "assert v._qty('20箱×500=10,000') == 10000\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr


_MONEY_TEXTS = [
    "NT$ 18,500",
    "ＮＴ＄18,500",
    "新臺幣壹萬元",
    "金额（美元）",
    "Total (AUD)",
    "Amount in EUR",
    "Importe en euros",
    "Euro plug 2-pin",
    "Euro:",
    "1.520,00 zł",
    "₺ 2.400",
    "RM 12.50",
    "RM12",
    "$ 450.00 M.N.",
    "MOP$ 30",
    "HK$ 88",
    "S$ 5",
    "AS$ 5",
    "C$ 9",
    "US dollars",
    "dólares americanos",
    "pounds sterling",
    "Swiss francs",
    "Pesos mexicanos",
    "reais",
    "итого 5 руб.",
    "¥1,000",
    "￥1,000",
    "人民币 1,200.00",
    "€ 1.275,00",
    "",
    "数量",
    "Qty (pcs)",
    "Team leader TL",
]


def test_currencies_named_are_those_each_currency_finds():
    """One search for any currency first (most texts name none): the currencies found are
    still exactly those each currency's own pattern finds, by its sign and by its words."""
    from kesu_docs.parse import currency
    from kesu_docs.values import halfwidth

    texts = list(_MONEY_TEXTS)
    for spec in forms.all_specs():  # every label of every form (none names a currency alone)
        for meta in spec.fields.values():
            texts += [str(t) for t in meta.labels]
    named = 0
    for text in texts:
        folded = halfwidth(text)
        signs = {c for c, p in currency._FOUND.items() if text and (p.search(text) or p.search(folded))}
        # a lettered dollar no sign pattern has (AS$, AR$) is Babel's to name (currency.dollar_signs)
        signs |= {
            currency.dollar_signs().get(sign, "")
            for sign in currency._LETTERED_DOLLAR.findall(folded)
            if not any(p.fullmatch(sign) for p in currency._FOUND.values())
        } - {""}
        assert currency.currencies_in([text]) == signs, text
        words = {c for c, p in currency._WORDS_FOUND.items() if text and p.search(folded)}
        codes = {
            currency._code(c)
            for found in currency._LABEL_CODE.findall(folded)
            for c in found
            if c in currency._CODES
        }
        assert currency.codes_in_label(text) == (signs | words | codes if text else set()), text
        named += bool(signs or words)
    assert named >= 25


def test_option_words_and_table_names_by_their_first_character():
    """The option words of every option set and the table names of every form, kept by first
    character: each caption or label finds the same word first as in the whole list, longest
    first (the order the per-table loops tried them in)."""
    from kesu_docs.parse import value_cues

    terms = {
        m.term
        for spec in forms.all_specs()
        for t in spec.fields.values()
        if t.row_model is not None
        for m in describe(t.row_model).values()
        if m.kind == "term" and m.term is not None
    }
    assert terms
    for term in terms:
        whole = sorted(
            ((norm(w), m) for m in term for w in (m.zh, m.en, *m.words) if norm(w)), key=lambda p: -len(p[0])
        )
        kept = steps._aliases_by_start(term)
        assert sorted(a for group in kept.values() for a, _m in group) == sorted(a for a, _m in whole)
        for alias, _member in whole:
            text = alias + "对策"
            first = next(p for p in whole if text.startswith(p[0]))
            assert next(p for p in kept[text[0]] if text.startswith(p[0])) == first
    for spec in forms.all_specs():
        tables = {k: m for k, m in spec.fields.items() if m.kind == "table" and m.row_model is not None}
        whole = sorted(
            ((norm(t), k) for k, m in tables.items() for t in m.labels if len(norm(t)) >= 2),
            key=lambda nk: -len(nk[0]),
        )
        kept = value_cues._table_names(spec)  # each name with whether the form marks it doubtful
        assert [(name, key) for group in kept.values() for name, key, _doubtful in group] == sorted(
            whole, key=lambda p: list(kept).index(p[0][0])
        )
