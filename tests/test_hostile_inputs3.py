"""Hostile inputs, ninth round: what a clerk's own files do to kesu — a kesu.toml saved in the
wrong encoding, a layout profile edited into the wrong shape — and what every message says
in both languages. Real files, the real command."""

from __future__ import annotations

import json
import re
import shutil
import string
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import clean_environment

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def kesu(*args: str, cwd: Path, lang: str = "zh") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_environment(KESU_LANG=lang),
    )


# ---------------------------------------------------------------------------------- kesu.toml
@pytest.mark.parametrize(
    ("encoding", "lang", "words"),
    [
        ("gbk", "zh", ("配置文件有误", "kesu.toml", "UTF-8")),
        ("utf-16", "en", ("Configuration error", "kesu.toml", "save it as UTF-8")),
    ],
)
def test_a_kesu_toml_saved_in_another_encoding_is_named_with_what_to_do(encoding, lang, words, tmp_path):
    """Notepad on a Chinese Windows saves GBK (or UTF-16): TOML is UTF-8 only."""
    (tmp_path / "kesu.toml").write_bytes('company = "华东精密"\n'.encode(encoding))
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    done = kesu("validate", "complaint-valid.xlsx", cwd=tmp_path, lang=lang)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr


# ---------------------------------------------------------------------------------- profiles
@pytest.mark.parametrize(
    "body",
    [
        'kind = "complaint"\nfields = 5\n',  # a value where the table of fields goes
        'kind = "complaint"\n[fields]\ncustomer = 5\n',  # a number where a cell or a place goes
        'kind = "complaint"\nfingerprint = "A1"\n',
        'kind = "complaint"\ntables = ["items"]\n',
    ],
)
@pytest.mark.parametrize(("lang", "said"), [("zh", "版式档案"), ("en", "layout profile")])
def test_a_profile_of_the_wrong_shape_is_named_on_every_form_not_a_python_error(body, lang, said, tmp_path):
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "改坏的.toml").write_text(body, encoding="utf-8")
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    shutil.copy(SAMPLES / "complaint-customer-layout.xlsx", tmp_path)
    done = kesu("parse", "complaint-valid.xlsx", "complaint-customer-layout.xlsx", cwd=tmp_path, lang=lang)
    assert done.returncode == 2, done.stderr
    docs = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(docs) == 2
    for doc in docs:
        message = doc["errors"][0]["message"]
        assert "改坏的.toml" in message and said in message.lower()


# ---------------------------------------------------------------------------------- both languages
def _catalogue() -> dict[str, tuple[str, str]]:
    from kesu_docs.problems import MESSAGES

    "" in MESSAGES  # noqa: B015 — the first look-up reads every module's declared codes
    return dict(MESSAGES)


_CJK = re.compile(r"[\u3400-\u9fff]")
# Chinese quoted in an English message (the form's own word: "需求 (客户加工中未确定)") is meant
_QUOTED = re.compile(r"\([^()]*\)|'[^']*'|\"[^\"]*\"|“[^”]*”")


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_is_written_in_chinese_and_in_english():
    """A message added in one language only shows a clerk the other (or the bare code) under
    --lang en: each code has a Chinese text, and an English one with no Chinese outside
    quotes, both filled from the same parameters (English may take a ``*_en`` variant)."""
    catalogue = _catalogue()
    assert len(catalogue) > 150  # the forms', readers', register's and page's codes
    untranslated = []
    for code, (zh, en) in catalogue.items():
        if not _CJK.search(zh) or not en.strip() or _CJK.search(_QUOTED.sub("", en)):
            untranslated.append(code)
            continue
        if {name.removesuffix("_en") for name in _fields(en)} != _fields(zh):
            untranslated.append(code)
    assert untranslated == []


def test_every_code_kesu_raises_is_in_the_catalogue():
    """A code raised in one module but declared nowhere prints as the bare code in both
    languages; every ``Problem("code"…)``, ``…Error("code"…)`` and ``code="…"`` in kesu's
    sources is one of the catalogue's."""
    raised = re.compile(
        r"\b(?:Problem|[A-Z]\w*Error)\(\s*\"([a-z][a-z0-9_]+)\"|\bcode\s*=\s*\"([a-z][a-z0-9_]+)\""
    )
    catalogue = _catalogue()
    package = Path(__file__).resolve().parents[1] / "kesu_docs"
    found = {
        (file.relative_to(package).as_posix(), code)
        for file in package.rglob("*.py")
        for match in raised.finditer(file.read_text(encoding="utf-8"))
        for code in match.groups()
        if code
    }
    assert len({code for _, code in found}) > 50  # the pattern still finds kesu's codes
    assert {(file, code) for file, code in found if code not in catalogue} == set()


# ---------------------------------------------------------------------------------- a held register
@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("zh", ("另一个程序占用", "（数据库被锁定）", "再次运行")),
        (
            "en",
            ("another program held", "database is locked"),
        ),  # SQLite's own words, for whoever looks further
    ],
)
def test_a_register_held_by_another_program_past_the_wait_is_said_so_and_numbers_nothing(
    lang, words, tmp_path, monkeypatch
):
    """DB Browser left in a write, or a colleague's batch on the shared file: kesu waits its busy
    timeout (a minute; half a second here), then says who holds it and what to do — not
    SQLite's bare "database is locked" — having numbered and written nothing."""
    import sqlite3

    from hostile import complaint, write_json

    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register, RegisterError, database

    db = tmp_path / "kesu.db"
    with Register.open(db, create=True) as reg:
        first = render_paths([write_json(tmp_path / "a.json", complaint())], tmp_path / "out", register=reg)
    assert [f.number for f in first] == ["202609001"]
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 500)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program, in the middle of a write
    try:
        source = write_json(tmp_path / "b.json", complaint(customer="另一家客户"))
        with pytest.raises(RegisterError) as raised, Register.open(db) as reg:
            render_paths([source], tmp_path / "out", register=reg)
    finally:
        holder.rollback()
        holder.close()
    message = raised.value.message(lang)
    for word in words:
        assert word in message
    if lang == "zh":  # Chinese throughout: SQLite's English words only in the English message
        # (the program holding it named as its system names it: robust30's /proc/locks holder)
        words_said = re.sub(r"（占用它的进程：.*?）（", "（", message).replace("DB Browser", "")
        assert not re.search(r"[A-Za-z]{4,}", words_said), message
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["complaint-202609001.docx"]
    with Register.open(db) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]


# ---------------------------------------------------------------------------------- linked folders
@pytest.mark.skipif(sys.platform == "win32", reason="links need rights on Windows")
def test_a_link_to_a_folder_inside_the_inbox_is_listed_with_its_reason_not_followed_or_skipped(tmp_path):
    """A link to a folder used to be passed over in silence: the forms behind it were missing
    from the batch with no word. It is listed, not followed — it may lead out of the folder
    given (a form there is never read) or back into it (a loop) — and the rest is checked."""
    inbox, outside = tmp_path / "inbox", tmp_path / "outside"
    inbox.mkdir()
    outside.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox)
    shutil.copy(SAMPLES / "8d-valid.xlsx", outside / "别处的8D.xlsx")
    (inbox / "九月").symlink_to(outside, target_is_directory=True)
    (inbox / "loop").symlink_to(inbox, target_is_directory=True)
    for lang, said in (("zh", "指向文件夹的链接"), ("en", "link to a folder")):
        done = kesu("parse", "inbox", cwd=tmp_path, lang=lang)
        docs = {Path(d["source"]).name: d for d in map(json.loads, done.stdout.splitlines())}
        assert set(docs) == {"complaint-valid.xlsx", "九月", "loop"}, done.stderr
        assert docs["complaint-valid.xlsx"]["valid"]
        for link in ("九月", "loop"):
            assert not docs[link]["valid"] and said in docs[link]["errors"][0]["message"]
        assert done.returncode == 2


# ---------------------------------------------------------------------------------- characters
@pytest.mark.parametrize("control", ["\x85", "\x9b", "\x7f"], ids=["NEL", "CSI", "DEL"])
def test_a_c1_control_in_a_customer_name_is_refused_on_its_field(control, tmp_path):
    """DEL and the C1 controls are legal XML, so they were stored and printed: as nothing, or
    as a line break (NEL), or, listed in a terminal, as the start of an escape sequence (CSI,
    as ESC [ is). "华东\\x85精密" was filed as a customer apart from the 华东精密 on paper."""
    from hostile import complaint, excel_form, write_json
    from openpyxl import load_workbook

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    write_json(inbox / "typed.json", complaint(customer=f"华东{control}精密"))
    sheet = excel_form(inbox / "typed.xlsx", customer="华东精密")
    book = load_workbook(sheet)
    for row in book.worksheets[0].iter_rows():
        for cell in row:
            if cell.value == "华东精密":
                cell.value = f"华东{control}精密"
    book.save(sheet)
    write_json(inbox / "good.json", complaint(customer="华东精密"))
    done = kesu("render", "inbox", "-o", "out", "--db", "kesu.db", cwd=tmp_path, lang="en")
    assert done.returncode == 1, done.stderr
    for name, lang, said in (
        ("typed.json", "en", "cannot be stored or printed"),
        ("typed.xlsx", "zh", "无法照原样打印"),
    ):
        parsed = kesu("parse", f"inbox/{name}", cwd=tmp_path, lang=lang)
        [doc] = [json.loads(line) for line in parsed.stdout.splitlines()]
        [error] = [e for e in doc["errors"] if e["field"] == "customer"]
        assert error["code"] == "invalid_characters"
        assert f"U+{ord(control):04X}" in error["message"] and said in error["message"]
        assert control not in parsed.stdout + parsed.stderr
    from kesu_docs.register import Register

    with Register.open(tmp_path / "kesu.db") as reg:
        assert [d.customer for d in reg.documents()] == ["华东精密"]
    assert sorted(p.name for p in (tmp_path / "out").glob("*.docx")) == ["complaint-202609001.docx"]
