"""What round 38 wrote twice or left as a second mechanism, put in one place (debts39).

- **A form's kind in doubt is said by one helper** (``kinds.kind_doubts``) on the Excel and the
  PDF path alike: a kind guessed from labels names the form in the clerk's language on a print too
  (the PDF path gave the Chinese title in English).
- **A sign-off grid's titles derive from the forms' sign-off captions**
  (``forms.base.sign_off_captions()`` and the grid's other titles, ``SIGN_OFF_GRID``): guards' own
  third list is gone, a word added to the forms' SIGNATURES reaches it.
- **One registry of memos** (:mod:`kesu_docs.memos`): every per-text ``lru_cache`` declared there,
  a vocabulary's own answers too; ``cold_memos`` empties every one.
- **A document's parts are never reused under settings changed**: a form's shared context is
  keyed by what it prints of the settings, whether a new object (``kesu serve`` reading kesu.toml
  again) or the same changed in place.

The samples' complaint sheet read; prints made with fpdf2 (a core font: no font to load).
"""

from __future__ import annotations

import importlib
import io
import pkgutil
import re
import zipfile
from pathlib import Path

import pytest
from hostile import ROOT, complaint
from test_pdf_glyphs_fields import _REQUEST

import kesu_docs
from kesu_docs import forms, memos
from kesu_docs.config import Settings, SettingsFile
from kesu_docs.forms import base
from kesu_docs.parse import parse_paths, vocab
from kesu_docs.parse.guards import sign_off_title
from kesu_docs.parse.kinds import kind_doubts
from kesu_docs.register import Register
from kesu_docs.render import Renderer
from kesu_docs.validation import build

SHEET = ROOT / "samples" / "complaint-valid.xlsx"  # (read, never written)


# ------------------------------------------------------------------ 1. a kind in doubt, said by one helper
def test_the_kind_doubts_are_said_together_in_both_languages() -> None:
    spec = forms.get("complaint")
    said = kind_doubts(spec, True, "退货单", "Sheet1")
    assert [(p.code, p.location, p.severity) for p in said] == [
        ("kind_guessed", "Sheet1", "warning"),
        ("two_forms_named", "Sheet1", "warning"),
    ]
    assert spec.title_en in said[0].message("en") and spec.title_zh in said[0].message("zh")
    assert kind_doubts(spec, False, None, "p1") == []


def _untitled_request(path: Path) -> Path:
    """A customer's request printed without a title, its labels and values a complaint's: read as
    a complaint, the kind a guess (fpdf2, a core font)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "", 9)
    for i, (label, value) in enumerate(_REQUEST.items()):
        pdf.text(15, 30 + 10 * i, label)
        pdf.text(62, 30 + 10 * i, value)
    pdf.output(str(path))
    return path


def test_a_kind_guessed_on_a_print_is_named_in_the_clerks_language(tmp_path: Path) -> None:
    [read] = parse_paths([_untitled_request(tmp_path / "request.pdf")])
    assert read.kind == "complaint", read.errors
    [guessed] = [w for w in read.warnings if w.code == "kind_guessed"]
    spec = forms.get("complaint")
    assert spec.title_en in guessed.message("en") and spec.title_zh not in guessed.message("en")
    assert spec.title_zh in guessed.message("zh")


# ------------------------------------------------------------------ 2. a sign-off grid's titles, from the forms'
def test_a_sign_off_grids_titles_are_the_forms_captions_and_the_grids_own() -> None:
    for caption in base.sign_off_captions():
        assert sign_off_title(caption), caption
    assert sign_off_title("作成") and sign_off_title("検印") and sign_off_title("Reviewed by")
    assert sign_off_title("财务") and sign_off_title("日期：") and sign_off_title("Name")
    assert not sign_off_title("华东电子有限公司") and not sign_off_title("外壳开裂")


# ------------------------------------------------------------------ 3. one registry of memos
def _every_module() -> None:
    """Every module of kesu_docs imported: each declares its memos as it is made."""
    for found in pkgutil.walk_packages(kesu_docs.__path__, "kesu_docs."):
        if not found.name.endswith("__main__"):
            importlib.import_module(found.name)


def _size(store: object) -> int:
    info = getattr(store, "cache_info", None)
    return info().currsize if info is not None else len(store)  # type: ignore[arg-type]


def test_every_per_text_lru_cache_is_declared_to_the_registry() -> None:
    _every_module()
    declared = memos.declared()
    undeclared = [
        f"{fn.__module__}.{fn.__qualname__}"
        for fn in memos.cached_functions()
        if hasattr(fn, "cache_info")
        and (fn.cache_info().maxsize or 0) > 64
        and not any(fn is kept for kept in declared)
    ]
    assert undeclared == [], undeclared
    assert any(kept is vocab._FOLDED for kept in declared)


def test_after_cold_memos_every_registered_memo_is_empty_a_vocabularys_too(cold_memos) -> None:
    [read] = parse_paths([SHEET])
    assert read.kind == "complaint"
    filled = [store for store in memos.declared() if _size(store)]
    assert filled, "the read filled no declared memo"
    asked = vocab.vocabulary(forms.get("complaint"))
    assert asked.match("客户名称") is not None and asked.may_name("客户名称")  # (asked, kept)
    answered = [v for v in memos.owners() if isinstance(v, vocab.Vocabulary) and (v._asked or v._may)]
    assert answered, "no vocabulary kept an answer"
    cold_memos()
    left = [store for store in memos.declared() if _size(store)]
    assert left == [], left
    assert not any(v._asked or v._may for v in memos.owners() if isinstance(v, vocab.Vocabulary))
    [again] = parse_paths([SHEET])
    assert again.to_dict("en") == read.to_dict("en")


# ------------------------------------------------------------------ 4. parts reused only under the same settings
def _header_texts(docx: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(docx)) as z:
        return "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"word/header\d*\.xml", n))


def test_a_setting_changed_in_place_is_printed_by_the_next_document() -> None:
    spec = forms.get("complaint")
    values = complaint()
    values.pop("kind", None)
    record, problems = build(spec, values)
    assert not problems
    settings = Settings(company="甲电子有限公司")
    renderer = Renderer(settings=settings)
    first = renderer.render(record, number="202609001")
    assert "甲电子有限公司" in _header_texts(first)
    settings.company = "乙电子有限公司"  # (no kesu path does this: the key does not rely on it)
    second = renderer.render(record, number="202609001")
    assert "乙电子有限公司" in _header_texts(second) and "甲电子有限公司" not in _header_texts(second)
    settings.company = "甲电子有限公司"
    assert renderer.render(record, number="202609001") == first


def test_a_kesu_toml_edited_while_serving_prints_the_new_company_on_the_next_reprint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kesu_docs.web import WebConfig, create_app

    monkeypatch.delenv("KESU_CONFIG", raising=False)
    toml = tmp_path / "kesu.toml"
    toml.write_text('company = "甲电子有限公司"\n', "utf-8")
    watched = SettingsFile(toml)
    reg = Register.open(tmp_path / "k.db", create=True, settings=watched.settings)
    values = complaint()
    values.pop("kind", None)
    record, problems = build(forms.get("complaint"), values)
    assert not problems
    number = reg.issue(record, source_hash="debts39").number
    app = create_app(
        WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work", settings_file=watched), register=reg
    )
    client = app.test_client()

    def reprinted() -> str:
        """The page's re-print of the document (its case page's form, posted): its headers."""
        folder = tmp_path / "work" / "reprints"
        before = set(folder.glob("*.docx"))
        case = client.get(f"/case/complaint/{number}").get_data(as_text=True)
        token = re.search(r'name="csrf_token" value="([^"]+)"', case).group(1)  # type: ignore[union-attr]
        sent = client.post(f"/case/complaint/{number}/reprint", data={"csrf_token": token})
        assert sent.status_code in (302, 303), sent.get_data(as_text=True)[:500]
        [made] = set(folder.glob("*.docx")) - before
        return _header_texts(made.read_bytes())

    try:
        assert "甲电子有限公司" in reprinted()
        toml.write_text('company = "乙丙电子有限公司"\n', "utf-8")  # edited while serving
        again = reprinted()
        assert "乙丙电子有限公司" in again and "甲电子有限公司" not in again
    finally:
        app.extensions["kesu"]["batches"].stop(5)
        reg.close()
