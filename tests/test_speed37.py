"""A field's labels and a path's parts worked out once a form, not once a problem (issue 15,
thirty-seventh round: the PDF parse against the parse before the reader).

``validation.labels_for`` (the 明细第3行 实退量 of a path) is asked of every problem, provenance and
warning a reader writes, the same few paths of a form again and again; it is now kept by the
form's model and the path (``_labels_of_model``), and ``parse_path`` by its text. These tests say
that what is kept is what is worked out, that a print read again asks for nothing new, and that a
batch of long tables (a path a line) never grows either memo past its bound.
"""

from __future__ import annotations

from pathlib import Path

from kesu_docs import forms, validation
from kesu_docs.parse import parse_paths

ROOT = Path(__file__).resolve().parents[1]
PRINT = ROOT / "samples" / "complaint-broken.pdf"


def _empty() -> None:
    validation._labels_of_model.cache_clear()
    validation.parse_path.cache_clear()


def test_labels_kept_are_the_labels_worked_out() -> None:
    """Each path of every form (a table's line, a group's member, a name no field has) reads the
    same asked first and asked again, and as its parts' labels say."""
    _empty()
    for spec in forms.all_specs():
        for key, meta in spec.fields.items():
            paths = [key]
            if meta.row_model is not None:
                member = next(iter(forms.describe(meta.row_model)))
                paths += [f"{key}[2].{member}", f"{key}.{member}"]
            for path in [*paths, "no_such_field", f"{key}[0]"]:
                first = validation.labels_for(spec, path)
                assert validation.labels_for(spec, path) == first, (spec.kind, path)
        table = next((m for m in spec.fields.values() if m.kind == "table" and m.row_model is not None), None)
        if table is not None:
            assert table.row_model is not None
            name, cell = next(iter(forms.describe(table.row_model).items()))
            zh, en = validation.labels_for(spec, f"{table.key}[2].{name}")
            assert zh == f"{table.label_zh}第3行 {cell.label_zh}", (spec.kind, zh)
            assert en == f"{table.label_en} row 3 {cell.label_en}", (spec.kind, en)
    assert validation.parse_path("items[12].qty") == ("items", 12, "qty")


def test_a_print_read_again_works_out_no_label_again() -> None:
    """The labels of a print's problems are worked out on its first reading; read again (as a
    batch meets the same form), every one is taken from the memo (fails before: the memo was
    not there, each label made again), and the result is the same."""
    _empty()
    [first] = parse_paths([PRINT])
    made = validation._labels_of_model.cache_info()
    assert made.misses > 0  # (the print's problems name their fields)
    [again] = parse_paths([PRINT])
    after = validation._labels_of_model.cache_info()
    assert after.misses == made.misses and after.hits > made.hits
    assert (again.errors, again.warnings) == (first.errors, first.warnings)


def test_the_memos_never_grow_with_the_batch() -> None:
    """A batch of long tables names a path a line: the memos keep at most their bound."""
    _empty()
    spec = forms.get("return")
    table = next(m for m in spec.fields.values() if m.kind == "table" and m.row_model is not None)
    assert table.row_model is not None
    member = next(iter(forms.describe(table.row_model)))
    for line in range(6000):
        validation.labels_for(spec, f"{table.key}[{line}].{member}")
    for memo in (validation._labels_of_model, validation.parse_path):
        info = memo.cache_info()
        assert info.maxsize is not None and info.currsize <= info.maxsize <= 4096
