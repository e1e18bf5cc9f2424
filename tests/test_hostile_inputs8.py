"""Hostile inputs, the nineteenth round: the last library texts in the Chinese messages (a JSON
file, a layout profile, LibreOffice and the browser failing), a lossless scan in a PDF of
object streams, output names that differ only by case, and ten more things a clerk's mailbox
brings. Real files, through the commands, each in a process of its own where the reader runs."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli
from tests.test_hostile_inputs6 import CJK, RAW_PYTHON, SAMPLES, parsed

LATIN = __import__("re").compile(r"[A-Za-z]{4,}")


def kesu(lang: str, *args: object) -> tuple[int, str]:
    """``kesu ARGS`` in this process (the reader's failures here are said, not crashes): (exit
    status, what it printed on both streams)."""
    done = CliRunner().invoke(cli, [str(a) for a in args], env={"KESU_LANG": lang}, catch_exceptions=False)
    return done.exit_code, done.output


def _latin_words(message: str, *allowed: str) -> list[str]:
    """English words in a Chinese message (a file name, ``JSON``, ``TOML``, ``LibreOffice``,
    ``PDF`` and what the caller allows are not)."""
    known = {"JSON", "TOML", "LibreOffice", "Word", "UTF", "learn", "kesu", "lang", "KESU_BROWSER", *allowed}
    return [w for w in LATIN.findall(message) if w not in known]


# ---------------------------------------------------------------------------------- 1. Chinese throughout
@pytest.mark.parametrize(
    ("text", "zh", "en"),
    [
        (b'{"kind": "complaint", "customer": "ACME" "x": 1}', "第 1 行第 42 列，缺少逗号", "Expecting ','"),
        (
            b'{"kind": "complaint",\n "customer": "ACME}',
            "第 2 行第 14 列，引号没有成对",
            "Unterminated string",
        ),
        (b'{"kind": "complaint"}\n{"kind": "8d"}', "记录结束之后还有多余的内容", "Extra data"),
        (b"{kind: 'complaint'}", "栏位名须用英文双引号括起", "property name"),
        ('{"kind": "complaint", "customer": "宏达"}'.encode("gbk"), "不是 UTF-8 编码", "not UTF-8"),
        (b'[{"kind": "complaint"}, 5]', "第 2 项不是一条记录", "item 2 is not an object"),
    ],
    ids=["comma", "quote", "two_objects", "single_quotes", "gbk", "not_an_object"],
)
def test_a_broken_json_file_is_said_in_chinese_where_it_breaks(text, zh, en, tmp_path):
    (tmp_path / "broken.json").write_bytes(text)
    for lang, said in (("zh", zh), ("en", en)):
        status, out = kesu(lang, "parse", tmp_path / "broken.json")
        [doc] = parsed(out)
        assert status == 2, out
        [problem] = doc["errors"]
        assert problem["code"] == "invalid_json" and said in problem["message"], problem
        if lang == "zh":
            assert not _latin_words(problem["message"]), problem
        else:
            assert not CJK.search(problem["message"]), problem


@pytest.mark.parametrize(
    ("profile", "zh", "en"),
    [
        ('name = "x"\nkind = "complaint"\n[fields\n', "TOML 格式错误（第 3 行第 8 列）", "TOMLDecodeError"),
        ('name = "x"\n[fields]\ncustomer = { cell = "B3" }\n', "缺少必需的项“kind”", "KeyError"),
        (
            'name = "x"\nkind = "complaint"\n[tables.items]\nfirst_row = "x"\n',
            "值不是应有的类型",
            "ValueError",
        ),
        ('name = "客户"\nkind = "complaint"\n'.encode("gbk"), "不是 UTF-8 编码", "UnicodeDecodeError"),
    ],
    ids=["toml", "no_kind", "wrong_value", "gbk"],
)
def test_a_broken_layout_profile_is_said_in_chinese_naming_its_file(profile, zh, en, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "profiles").mkdir()
    data = profile if isinstance(profile, bytes) else profile.encode()
    (tmp_path / "profiles" / "customer-a.toml").write_bytes(data)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "c.xlsx")
    for lang, said in (("zh", zh), ("en", en)):
        status, out = kesu(lang, "parse", "c.xlsx")
        [doc] = parsed(out)
        assert status == 2, out
        [problem] = doc["errors"]
        assert problem["code"] == "profile_unreadable" and said in problem["message"], problem
        assert "customer-a.toml" in problem["message"]
        if lang == "zh":
            assert not _latin_words(problem["message"].split("无法使用")[1], "kind"), problem
            assert not any(word in problem["message"] for word in RAW_PYTHON), problem


needs_office = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed"
)


@needs_office
def test_a_document_libreoffice_cannot_open_is_said_in_chinese(tmp_path):
    from kesu_docs.render import PdfError, to_pdf

    broken = tmp_path / "complaint-202609001.docx"
    broken.write_bytes(b"PK\x03\x04 a Word document cut off in the mail")
    with pytest.raises(PdfError) as raised:
        to_pdf([broken], tmp_path / "out")
    error = raised.value
    assert error.code == "pdf_failed" and error.missing == [broken.resolve()]
    zh, en = error.message("zh"), error.message("en")
    assert "文档无法打开" in zh and not _latin_words(zh.split("：", 1)[1]), zh
    assert "source file could not be loaded" in en and not CJK.search(en), en


@needs_office
def test_libreoffice_timing_out_is_said_in_chinese(tmp_path):
    from kesu_docs.render import PdfError, to_pdf

    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "c.xlsx")
    status, out = kesu("zh", "render", tmp_path / "c.xlsx", "-o", tmp_path / "out", "--db", tmp_path / "k.db")
    assert status == 0, out
    [docx] = (tmp_path / "out").glob("*.docx")
    with pytest.raises(PdfError) as raised:
        to_pdf([docx], tmp_path / "pdf", timeout=0.01)
    zh = raised.value.message("zh")
    assert "秒内没有完成" in zh and not _latin_words(zh.split("：", 1)[1]), zh
    assert "timed out" in raised.value.message("en")


@pytest.mark.parametrize("browser", ["missing", "not_executable", "fails"])
def test_a_browser_that_cannot_print_the_monthly_report_is_said_in_chinese(browser, tmp_path, monkeypatch):
    named = tmp_path / "浏览器"
    if browser == "not_executable":
        named.write_text("not a program", encoding="utf-8")
    elif browser == "fails":
        named.write_text(
            "#!/bin/sh\necho 'ERROR:headless_shell.cc(42)] crashed' >&2\nexit 3\n", encoding="utf-8"
        )
        named.chmod(0o755)
    monkeypatch.setenv("KESU_BROWSER", str(named))
    from kesu_docs.register import Register

    with Register.open(tmp_path / "k.db"):
        pass  # an empty register: the report is made, empty, and printed
    monkeypatch.setenv("KESU_DB", str(tmp_path / "k.db"))
    for lang in ("zh", "en"):
        status, said = kesu(lang, "report", "monthly", "2026-09", "-o", tmp_path / "m.pdf")
        assert status == 2, said
        if lang == "zh":
            assert "浏览器" in said and not _latin_words(
                said.replace(str(named), "").replace("KESU_BROWSER", "")
            ), said
            assert not any(word in said for word in RAW_PYTHON) and "Errno" not in said, said
        else:
            assert not CJK.search(said.replace(str(named), "")), said
            assert ("crashed" in said) if browser == "fails" else ("cannot start" in said), said
    assert not (tmp_path / "m.pdf").exists()
