"""The reader's debts round 37's re-read found (debts38): code written twice, at the wrong depth.

- **One index of the labels of all forms** (:func:`kesu_docs.parse.vocab.form_labels`): every
  rule that asked every form's vocabulary in a loop of its own (a caption some form knows, a
  person's label, a letter's field label, a value that reads as a label, the names a fillable
  PDF's fields may carry, the words of the forms' labels) asks it; built once for a read.
- **The sign-off captions derive from the forms' own sign-off block** (``forms.base.SIGNATURES``):
  a word added to it reaches the reader.
- **Every memo of the reader in one registry** (:mod:`kesu_docs.memos`): the dicts keyed by
  id (``anchor._LABELS``) and the index are emptied by ``cold_memos`` with the per-text memos.

Workbooks made here with openpyxl.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_docs import memos
from kesu_docs.forms import base
from kesu_docs.parse import anchor, field_codes, parse_paths, persons, vocab
from kesu_docs.parse.guards import sign_off_title
from kesu_docs.parse.persons import sign_off_caption
from kesu_docs.parse.vocab import form_labels, known_caption

PARSE = Path(vocab.__file__).resolve().parent


@pytest.fixture(scope="module")
def complaint_sheet(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small complaint form: its title, then a label and its value on each row."""
    wb = Workbook()
    ws = wb.active
    ws["A1"] = "客户投诉处理单"
    rows = [
        ("客户名称", "华东电子有限公司"),
        ("投诉日期", "2026-03-05"),
        ("料号", "TS-100"),
        ("问题描述", "外壳开裂"),
    ]
    for n, (label, value) in enumerate(rows, 3):
        ws.cell(n, 1, label)
        ws.cell(n, 2, value)
    path = tmp_path_factory.mktemp("debts38") / "complaint.xlsx"
    wb.save(path)
    return path


# ------------------------------------------------------------------ one index of all forms' labels
def test_the_labels_of_all_forms_are_indexed_once_for_a_read(cold_memos, complaint_sheet: Path) -> None:
    """A read asks the index many times (label_like, the guards, the persons' words …) and
    builds it once; ``cold_memos`` lets it go with the per-text memos, and the dicts keyed by
    the id of a page's boxes with it."""
    assert form_labels.cache_info().currsize == 0
    [read] = parse_paths([complaint_sheet])
    assert read.kind == "complaint" and read.record.customer == "华东电子有限公司"
    info = form_labels.cache_info()
    assert (info.misses, info.currsize) == (1, 1) and info.hits > 0, info
    assert anchor._LABELS, "the read remembered no page's labels"
    cold_memos()
    assert form_labels.cache_info().currsize == 0 and not anchor._LABELS and not anchor._UNREAD


def test_the_forms_are_walked_for_their_labels_in_one_place() -> None:
    """``forms.all_specs()`` is asked by the index alone (and by the choice of a form among
    them, kinds.py): no module keeps a loop of its own over every form's vocabulary."""
    asking = [p.name for p in sorted(PARSE.glob("*.py")) if "all_specs" in p.read_text(encoding="utf-8")]
    assert asking == ["kinds.py", "vocab.py"], asking


def test_a_caption_some_form_knows_is_asked_of_vocab() -> None:
    """field_codes asks vocab's one rule (it had a copy of the loop over the vocabularies)."""
    assert field_codes.known_caption is known_caption
    assert "def known_caption" not in Path(field_codes.__file__).read_text(encoding="utf-8")
    assert known_caption("客户名称") and known_caption("Customer") and not known_caption("报废")
    assert field_codes.without_field_codes("客户名称(KUNNR)", coded=True) == "客户名称"
    assert field_codes.without_field_codes("报废(SCRAP)", coded=True) == "报废(SCRAP)"


def test_the_index_reads_as_each_forms_vocabulary() -> None:
    labels = form_labels()
    assert labels.vocabularies == tuple(vocab.vocabulary(spec) for spec in labels.specs)
    found = {spec.kind: reading for spec, reading in labels.matches("客户名称")}
    assert found["complaint"][:2] == ("customer", 1.0)
    assert labels.derived(persons._person_label_words) is persons.person_label_words()


# ------------------------------------------------------------------ sign-off captions from the forms'
def test_the_forms_own_sign_off_words_are_captions() -> None:
    assert {zh for zh, _en in base.SIGNATURES} <= set(base.SIGN_OFF_CAPTIONS)
    assert {en.lower() for _zh, en in base.SIGNATURES} <= set(base.SIGN_OFF_CAPTIONS_EN)
    assert sign_off_caption("制作") and sign_off_caption("Prepared by")


def test_a_sign_off_word_added_to_the_forms_reaches_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not sign_off_caption("会审") and not sign_off_caption("Countersigned by")
    monkeypatch.setattr(base, "SIGNATURES", (*base.SIGNATURES, ("会审", "Countersigned")))
    try:
        memos.forget()
        assert sign_off_caption("会审：") and sign_off_caption("Countersigned by")
        assert sign_off_title("会审") and sign_off_title("Countersigned by")  # (a grid's title too: debts39)
    finally:
        monkeypatch.undo()
        memos.forget()
    assert not sign_off_caption("会审") and not sign_off_title("会审")


# ------------------------------------------------------------------ every memo in one registry
# a module-level name (a line's first column) bound to a container made empty, to be filled as the
# reader runs: a memo, declared or not (a table filled at import is made by a function and bound
# once, ``symbol_fonts._private_codes``). A pattern, not ast: the package's 55,000 lines parsed
# cost seconds.
_EMPTY_STORE = re.compile(
    r"^(?P<name>[A-Za-z_]\w*)\s*(?::[^=\n]+)?=\s*(?:memo\()?\s*(?:\{\}|\[\]|(?:[\w.]*\.)?"
    r"(?:dict|set|list|OrderedDict|defaultdict|deque|WeakKeyDictionary|WeakValueDictionary)\(\))",
    re.M,
)


def _module_stores() -> list[tuple[str, str]]:
    """(module, name) of every module-level name of kesu_docs.parse bound to an empty store."""
    return [
        (path.stem, m["name"])
        for path in sorted(PARSE.glob("*.py"))
        if path.stem != "memos"  # (the registry's own list)
        for m in _EMPTY_STORE.finditer(path.read_text(encoding="utf-8"))
    ]


def test_no_module_level_memo_of_the_reader_escapes_the_registry() -> None:
    stores = _module_stores()
    assert ("anchor", "_LABELS") in stores and ("profile", "_PARSED") in stores
    found = {
        (module, name): getattr(importlib.import_module(f"kesu_docs.parse.{module}"), name)
        for module, name in stores
    }
    declared = memos.declared()  # (once every module is imported: each declares its own)
    escaped = [
        f"{module}.{name}"
        for (module, name), store in found.items()
        if not any(store is kept for kept in declared)
    ]
    assert escaped == [], escaped


def test_every_memo_is_reachable_from_the_registry() -> None:
    """The per-text ``lru_cache`` memos are found by the registry, the rest are declared: every
    one of the reader's is either (a form's vocabulary, 64 entries, is kept by design)."""
    reachable = memos.cached_functions()
    assert vocab.label_like in reachable and vocab._FOLDED in reachable
    assert any(kept is form_labels for kept in memos.declared())
    assert any(kept is anchor._UNREAD for kept in memos.declared())
