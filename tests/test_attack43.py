"""The forty-third round's attack: round 42's left-overs and what a hostile file, a careless
clerk and a curious IT person do to kesu, against real files and real ``kesu`` processes. Each
test failed before its mend."""

from __future__ import annotations

import json
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import demo_office, kesu_process
from web_helpers import SAMPLES

pytestmark = pytest.mark.slow


_kesu = kesu_process


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> Path:
    """The demo's register (seven documents filed from the samples) in a folder of its own."""
    return demo_office(tmp_path_factory.mktemp("office"))


def _without_mark(book: Path) -> None:
    """``book`` as kesu wrote a monthly workbook before round 32: the same sheets, no mark (its
    core property ``dc:identifier`` taken out, every other part byte for byte)."""
    with zipfile.ZipFile(book) as source:
        parts = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in parts:
            if info.filename == "docProps/core.xml":
                assert b"kesu-monthly-report" in data
                data = re.sub(rb"<dc:identifier[^>]*>[^<]*</dc:identifier>", b"", data)
                assert b"kesu-monthly-report" not in data
            target.writestr(info, data)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_monthly_workbook_written_before_its_mark_is_passed_over_in_an_inbox(office, tmp_path, lang):
    """attack42 left: a monthly workbook kesu wrote before round 32 carries no mark; left in an
    inbox it was read as complaint 202609001 with a dozen ``required`` errors, exit 2. It is
    known by its shape (the statistics sheet first, the report's title in its A1), passed over
    and said; named on its own, said as kesu's monthly report."""
    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉单.xlsx")
    for month in ("2026-09", "2026-12"):  # one with closed cases, one empty
        written = inbox / f"月报-{month}.xlsx"
        done = _kesu(office, "report", "monthly", month, "-o", str(written), "--lang", lang)
        assert done.returncode == 0, done.stderr
        _without_mark(written)
    done = _kesu(office, "parse", str(inbox), "--lang", lang)
    sources = [json.loads(line)["source"] for line in done.stdout.splitlines()]
    assert sources == [str(inbox / "客诉单.xlsx")], done.stdout[:2000]
    assert done.returncode == 0, done.stderr
    said = {"zh": ("已跳过", "月报"), "en": ("skipped", "monthly report")}[lang]
    for month in ("2026-09", "2026-12"):
        line = next((line for line in done.stderr.splitlines() if f"月报-{month}.xlsx" in line), "")
        assert said[0] in line and said[1] in line, done.stderr
    alone = _kesu(office, "parse", str(inbox / "月报-2026-09.xlsx"))
    assert "kesu_output_not_read" in alone.stdout and "required" not in alone.stdout, alone.stdout


def test_a_clerks_workbook_whose_first_sheet_bears_the_statistics_name_is_still_read(office, tmp_path):
    """The shape is the sheet and its title together: a clerk's form whose first sheet happens
    to be named 客诉案件统计表 is read as the form it is, never passed over in silence."""
    from openpyxl import load_workbook

    book = load_workbook(SAMPLES / "complaint-valid.xlsx")
    book.worksheets[0].title = "客诉案件统计表"
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    book.save(inbox / "客诉单.xlsx")
    done = _kesu(office, "parse", str(inbox))
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["source"] for r in results] == [str(inbox / "客诉单.xlsx")], done.stdout[:2000]
    assert results[0]["kind"] == "complaint" and results[0]["valid"], done.stdout[:2000]


def test_a_language_kesu_does_not_know_in_kesu_toml_is_said_in_both_languages(tmp_path):
    """attack42 left: ``lang = "fr"`` in kesu.toml was refused in Chinese only (``--lang fr``
    is refused in both): the clerk who wrote it may read neither alone. Said in both unless
    ``--lang`` chose one; exit 2."""
    (tmp_path / "kesu.toml").write_text('lang = "fr"\n', encoding="utf-8")
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "客诉单.xlsx")
    done = _kesu(tmp_path, "parse", "客诉单.xlsx")
    assert done.returncode == 2, done.stderr
    assert "配置文件有误" in done.stderr and "Configuration error" in done.stderr, done.stderr
    assert "lang = 'fr'" in done.stderr
    chosen = _kesu(tmp_path, "parse", "客诉单.xlsx", "--lang", "en")
    assert chosen.returncode == 2 and "Configuration error" in chosen.stderr, chosen.stderr
    assert "配置文件有误" not in chosen.stderr
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -5\n", encoding="utf-8")
    other = _kesu(tmp_path, "parse", "客诉单.xlsx")  # any other key: the command's language
    assert other.returncode == 2 and "配置文件有误" in other.stderr, other.stderr
    assert "Configuration error" not in other.stderr


def test_the_demos_refusal_names_a_folder_not_a_file_name(tmp_path):
    """attack42 left: ``kesu demo -o DIR`` over a clerk's 检查报告.html said "请另取文件名" —
    but its -o names a folder, and the report's name is not the clerk's to choose."""
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "检查报告.html").write_text("<html><body>我的检查记录</body></html>", encoding="utf-8")
    for lang, words, wrong in (
        ("zh", "请另选输出文件夹", "另取文件名"),
        ("en", "Choose another output folder", "another name"),
    ):
        done = _kesu(tmp_path, "demo", "-o", str(folder), "--no-pdf", "--lang", lang)
        assert done.returncode == 2 and words in done.stderr and wrong not in done.stderr, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["检查报告.html"]


RTL = "\u202e"  # RIGHT-TO-LEFT OVERRIDE: 报价\u202egpj.xlsx shows as 报价xslx.jpg


def test_a_skip_note_names_a_file_on_one_line_whatever_its_name_holds(office, tmp_path):
    """attack43: the notes kesu prints on stderr as it passes a file over (kesu's own output, an
    office lock file) wrote the file's name as it was: a name holding a line break and
    ``错误：…`` wrote a line that passes for kesu's own, a bidi override turned the rest of the
    line around (and on a terminal ``ESC[2J`` cleared the screen). Each is written escaped."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉单.xlsx")
    monthly = inbox / f"月报\n错误：伪造的一行{RTL}gpj.xlsx"
    assert _kesu(office, "report", "monthly", "2026-09", "-o", str(monthly)).returncode == 0
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "~$客诉单\n错误：锁.xlsx")
    done = _kesu(office, "parse", str(inbox))
    assert done.returncode == 0, done.stderr
    lines = done.stderr.splitlines()
    assert not [line for line in lines if line.startswith("错误：")], done.stderr
    assert RTL not in done.stderr
    assert any("月报\\n错误：伪造的一行\\u202egpj.xlsx" in line and "已跳过" in line for line in lines), lines
    assert any("~$客诉单\\n错误：锁.xlsx" in line and "锁定文件" in line for line in lines), lines


def test_a_finding_quoting_a_name_is_one_line_of_the_table(tmp_path):
    """attack43: a finding's message quoting a file's name (找不到文件：…) wrote its line break
    into the table: the rest of the name stood on a row of its own as if another message."""
    done = _kesu(tmp_path, "validate", f"missing\n错误：伪造{RTL}gpj.xlsx")
    assert done.returncode == 2, done.stderr
    assert "missing\\n错误：伪造\\u202egpj.xlsx" in done.stdout, done.stdout
    assert RTL not in done.stdout


@pytest.mark.parametrize(
    "raw", [f"报价{RTL}gpj.xlsx".encode(), b"\xbf\xcd\xcb\xdf.xlsx"], ids=["bidi", "gbk-bytes"]
)
def test_a_forms_working_copy_is_written_whatever_its_name_holds(tmp_path, raw):
    """attack43: a form is shown by its name made safe (a bidi override, bytes of no encoding:
    U+FFFD); the numbered working copy read the form again by that shown name, found no such
    file and said it "is not there any more: moved, renamed or deleted meanwhile?" — of a form
    that never moved. The copy is written, the form left as it was."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    form = Path(os.fsdecode(bytes(inbox) + b"/" + raw))
    shutil.copy(SAMPLES / "complaint-valid.xlsx", form)
    before = form.read_bytes()
    done = _kesu(tmp_path, "render", "inbox", "-o", "out", "--db", "kesu.db", "--lang", "en")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "not there any more" not in done.stdout, done.stdout
    copies = [p for p in (tmp_path / "out").iterdir() if p.suffix == ".xlsx"]
    assert len(copies) == 1 and copies[0].name.endswith("-202609001.xlsx"), copies
    assert "\ufffd" in copies[0].name and RTL not in copies[0].name
    from openpyxl import load_workbook

    values = [c.value for row in load_workbook(copies[0]).active.iter_rows() for c in row]
    assert "202609001" in values
    assert form.read_bytes() == before


def _statistics_bomb(path: Path, strings: int) -> None:
    """A workbook whose first sheet bears the monthly statistics' name and title (A1, a shared
    string), its shared strings ``strings`` × 108 bytes more once inflated (≈ 1,000:1)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "客诉案件统计表"
    book.active["A1"] = "placeholder"
    book.save(path)
    with zipfile.ZipFile(path) as seed:
        parts = {info.filename: seed.read(info) for info in seed.infolist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<c r="A1"[^>]*>.*?</c>', b'<c r="A1" t="s"><v>0</v></c>', parts[sheet])
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'.encode()
    )
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rS" Type="{rel}" Target="sharedStrings.xml"/></Relationships>'.encode(),
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as book_zip:
        for name, data in parts.items():
            book_zip.writestr(name, data)
        info = zipfile.ZipInfo("xl/sharedStrings.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with book_zip.open(info, "w", force_zip64=True) as strings_xml:
            strings_xml.write(
                '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                "<si><t>客诉案件统计表 2026-09</t></si>".encode()
            )
            for _ in range(strings):
                strings_xml.write(b"<si><t>" + b"A" * 100 + b"</t></si>")
            strings_xml.write(b"</sst>")


def test_a_zip_bomb_bearing_the_statistics_name_is_refused_by_the_limits_not_opened(office, tmp_path):
    """attack43: telling an unmarked monthly workbook takes openpyxl, which inflates the shared
    strings whole — before the reader's own limits. A 60 kB file whose first sheet bears the
    statistics' name and title inflates 65 MB: it is refused by the limit it is past (the
    reader's ``limit_exceeded``), never opened to be told kesu's; the form beside it is read;
    ``report monthly -o`` at it refuses to write over it, as over any file not kesu's."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉单.xlsx")
    bomb = inbox / "统计.xlsx"
    _statistics_bomb(bomb, 600_000)
    assert bomb.stat().st_size < 1_000_000
    done = _kesu(office, "parse", str(inbox))
    results = {json.loads(line)["source"]: json.loads(line) for line in done.stdout.splitlines()}
    assert results[str(inbox / "客诉单.xlsx")]["valid"], done.stdout[:2000]
    assert [e["code"] for e in results[str(bomb)]["errors"]] == ["limit_exceeded"], done.stdout[:2000]
    assert "sharedStrings" in results[str(bomb)]["errors"][0]["message"]
    before = bomb.read_bytes()
    refused = _kesu(office, "report", "monthly", "2026-09", "-o", str(bomb))
    assert refused.returncode == 2 and "不是 kesu 写出的月报" in refused.stderr, refused.stderr
    assert bomb.read_bytes() == before


def test_two_forms_whose_names_show_alike_each_get_their_own_working_copy(tmp_path):
    """attack43: two forms named apart only by their bidi controls (报价U+202Egpj, 报价U+202Bgpj)
    are both shown 报价�gpj.xlsx; each working copy is made from its own form (told by the
    bytes that were read), the customer of its own document in it — never the other's."""
    from openpyxl import load_workbook

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for mark, customer in ((RTL, "甲公司有限公司"), ("\u202b", "乙公司有限公司")):
        book = load_workbook(SAMPLES / "complaint-valid.xlsx")
        cell = next(
            c for row in book.active.iter_rows() for c in row if c.value == "深圳市华星光电技术有限公司"
        )
        cell.value = customer
        book.save(inbox / f"报价{mark}gpj.xlsx")
    done = _kesu(tmp_path, "render", "inbox", "-o", "out", "--db", "kesu.db")
    assert done.returncode == 0, done.stdout + done.stderr
    for number in ("202609001", "202609002"):
        document = zipfile.ZipFile(tmp_path / "out" / f"complaint-{number}.docx").read("word/document.xml")
        customer = "甲公司有限公司" if "甲公司有限公司".encode() in document else "乙公司有限公司"
        copy = load_workbook(tmp_path / "out" / f"报价\ufffdgpj-{number}.xlsx").active
        values = [c.value for row in copy.iter_rows() for c in row]
        assert number in values and customer in values, (number, customer)
