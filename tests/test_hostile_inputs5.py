"""Hostile inputs and limits, seventeenth round: a kesu.toml of absurd values, three new limits
(a page's size, a workbook's sheets, a zip's members), a JSON record giving a key twice, a
working copy or a profile that cannot be written, the page's preview of a refused or huge PDF,
the monthly report's chart labels. Real files throughout, through the commands."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest
from helpers import clean_environment, ordinary_user
from hostile import complaint, excel_form, huge_page, many_members, many_sheets, scaled_form, write_json

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
CJK = re.compile(r"[\u4e00-\u9fff]")
PYDANTIC_WORDS = ("Input should", "validation error", "For further information", "errors.pydantic.dev")


def run(
    *args: object, cwd: Path, lang: str = "zh", user: list[str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*(user or []), sys.executable, "-m", "kesu_docs.cli", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        env=clean_environment(KESU_LANG=lang),
    )


def lines(done: subprocess.CompletedProcess) -> list[dict]:
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


# ---------------------------------------------------------------------------------- 1. kesu.toml
@pytest.mark.parametrize(
    ("toml", "key", "zh", "en"),
    [
        ("[limits]\nfile_mb = -5\n", "[limits] file_mb", "1 到 4,096 之间的整数", "from 1 to 4,096"),
        ("[limits]\nfile_mb = 0\n", "[limits] file_mb", "1 到 4,096 之间的整数", "from 1 to 4,096"),
        ('[limits]\npdf_pages = "two hundred"\n', "[limits] pdf_pages", "1 到 100,000", "from 1 to 100,000"),
        (
            "[limits]\nsheet_cells = 9223372036854775807\n",
            "[limits] sheet_cells",
            "100,000,000",
            "100,000,000",
        ),
        ("[limits]\njson_records = true\n", "[limits] json_records", "整数", "a whole number"),
        ("[limits]\nsheets = 2.5\n", "[limits] sheets", "整数", "a whole number"),
        ("[limits]\nzip_members = [1, 2]\n", "[limits] zip_members", "整数", "a whole number"),
        ("[deadlines]\ndomestic_days = -1\n", "[deadlines] domestic_days", "1 到 365", "from 1 to 365"),
        ('[approval]\nvice_gm_max = "1e999"\n', "[approval] vice_gm_max", "1,000,000,000,000", "a number"),
        ('[severity]\nmajor_loss = "NaN"\n', "[severity] major_loss", "之间的数", "a number from 0"),
        ("tax_rate = 13\n", "tax_rate", "不含 1", "not included"),
        ("serial_width = 400\n", "serial_width", "1 到 9", "from 1 to 9"),
        (
            '[satisfaction.survey]\n"华东精密" = 300\n',
            "[satisfaction.survey] 华东精密",
            "0 到 100",
            "from 0 to 100",
        ),
        ("limits = 5\n", "limits", "[limits]", "[limits]"),
        ("[limits]\nfile_megabytes = 9\n", "[limits] file_megabytes", "没有这个设置项", "no such setting"),
        (
            '[numbering]\ncomplaints = "{date:%Y%m}{serial:03d}"\n',
            "[numbering] complaints",
            "complaint",
            "complaint",
        ),
        ('[numbering]\ncomplaint = "KS{date:%Y%m}"\n', "[numbering] complaint", "{serial}", "{serial}"),
        ('lang = "fr"\n', "lang", "'zh'", "'zh'"),
    ],
)
def test_a_kesu_toml_of_hostile_values_is_refused_naming_the_key_and_what_it_may_be(
    toml, key, zh, en, tmp_path
):
    """Negative, absurd, wrong-typed or unknown settings: refused (exit 2) before any file is
    read, naming the key and the allowed range, in Chinese by default — never pydantic's English
    (``Input should be a valid integer``) nor a limit of −5 MB taken as given."""
    (tmp_path / "kesu.toml").write_text(toml, encoding="utf-8")
    write_json(tmp_path / "c.json", complaint())
    for lang, words in (("zh", ("配置文件有误", key, zh)), ("en", ("Configuration error", key, en))):
        done = run("parse", "c.json", cwd=tmp_path, lang=lang)
        assert done.returncode == 2, (toml, done.stdout, done.stderr)
        assert done.stdout == ""
        for word in words:
            assert word in done.stderr, (word, done.stderr)
        assert "Traceback" not in done.stderr
        assert not any(w in done.stderr for w in PYDANTIC_WORDS), done.stderr
        if lang == "en":
            said = done.stderr.replace("华东精密", "")
            assert not CJK.search(said), said


def test_a_kesu_toml_within_the_bounds_is_taken_and_every_mistake_is_listed_at_once(tmp_path):
    (tmp_path / "kesu.toml").write_text(
        "[limits]\nsheets = 5\nzip_members = 100\npdf_page_pt = 2000\n[numbering]\n"
        'complaint = "KS{date:%Y%m}{serial:03d}"\n',
        encoding="utf-8",
    )
    write_json(tmp_path / "c.json", complaint())
    done = run("parse", "c.json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -1\nsheets = 0\n[deadlines]\nreply_days = 999\n")
    done = run("parse", "c.json", cwd=tmp_path)
    assert done.returncode == 2
    assert all(k in done.stderr for k in ("[limits] file_mb", "[limits] sheets", "[deadlines] reply_days"))


# ---------------------------------------------------------------------------------- 2. new limits
def test_the_three_new_limits_refuse_their_file_alone_in_a_batch(tmp_path):
    """A page of 20,000 pt (PDF's own limit is 14,400), a workbook of 1,001 sheets, one of 20,001
    zip members: each refused (limit_exceeded, naming the kesu.toml key), the valid form beside
    them read."""
    huge_page(tmp_path / "page.pdf")
    many_sheets(tmp_path / "sheets.xlsx", 1001)
    many_members(tmp_path / "members.xlsx", 20_001)
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path)
    names = ["page.pdf", "sheets.xlsx", "members.xlsx", "complaint-valid.xlsx"]
    done = run("parse", *names, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    docs = {Path(d["source"]).name: d for d in lines(done)}
    assert docs["complaint-valid.xlsx"]["valid"] is True
    for name, key, found in (
        ("page.pdf", "pdf_page_pt", "595 × 20,000 pt"),
        ("sheets.xlsx", "sheets", "1,001"),
        ("members.xlsx", "zip_members", "20,0"),
    ):
        [error] = docs[name]["errors"]
        assert error["code"] == "limit_exceeded" and key in error["message"] and found in error["message"], (
            error
        )


def test_the_new_limits_are_raised_or_lowered_in_kesu_toml(tmp_path):
    huge_page(tmp_path / "page.pdf", height=20_000)
    many_sheets(tmp_path / "sheets.xlsx", 12)
    (tmp_path / "kesu.toml").write_text("[limits]\npdf_page_pt = 30000\nsheets = 10\n", encoding="utf-8")
    done = run("parse", "page.pdf", "sheets.xlsx", cwd=tmp_path, lang="en")
    docs = {Path(d["source"]).name: d for d in lines(done)}
    assert "limit_exceeded" not in [e["code"] for e in docs["page.pdf"]["errors"]]  # read (nothing on it)
    [error] = docs["sheets.xlsx"]["errors"]
    assert error["code"] == "limit_exceeded" and "sheets" in error["message"] and "12" in error["message"]


def test_a_zip_that_lies_about_its_member_count_is_still_counted(tmp_path):
    """The end record's count is written by whoever made the zip: the members are counted."""
    path = many_members(tmp_path / "liar.xlsx", 20_001)
    data = bytearray(path.read_bytes())
    end = data.rfind(b"PK\x05\x06")
    data[end + 8 : end + 12] = (5).to_bytes(2, "little") * 2  # "5 members"
    path.write_bytes(bytes(data))
    done = run("parse", path.name, cwd=tmp_path)
    [doc] = lines(done)
    assert [e["code"] for e in doc["errors"]] == ["limit_exceeded"], doc["errors"]
    assert "zip_members" in doc["errors"][0]["message"]


# ---------------------------------------------------------------------------------- 3. JSON
def test_a_json_record_giving_a_key_twice_is_refused_alone_naming_the_key(tmp_path):
    good = json.dumps(complaint(order_no="SO-1"), ensure_ascii=False)
    twice = json.dumps(complaint(order_no="SO-2"), ensure_ascii=False).replace(
        '"customer":', '"customer": "另一家客户", "customer":', 1
    )
    nested = json.dumps(
        complaint(
            order_no="SO-3",
            penalties=[{"target": "王五", "code": "C", "kind": "warning", "amount": "100.00"}],
        ),
        ensure_ascii=False,
    ).replace('"amount": "100.00"', '"amount": "100.00", "amount": "1000.00"')
    (tmp_path / "list.json").write_text(f"[{good}, {twice}, {nested}]", encoding="utf-8")
    for lang, said in (("zh", "“customer”出现了两次"), ("en", "gives 'customer' twice")):
        done = run("parse", "list.json", cwd=tmp_path, lang=lang)
        assert done.returncode == 1, done.stderr
        first, second, third = lines(done)
        assert first["valid"] is True
        assert [e["code"] for e in second["errors"]] == ["key_given_twice"]
        assert said in second["errors"][0]["message"]
        assert [e["code"] for e in third["errors"]] == ["key_given_twice"]
        assert "penalties[0].amount" in third["errors"][0]["message"]
    db = tmp_path / "kesu.db"
    done = run("render", "list.json", "-o", tmp_path / "out", "--db", db, cwd=tmp_path)
    assert done.returncode == 1
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["complaint-202609001.docx"]


@pytest.mark.parametrize("amount", ["-0", "-0.00", "-0.001", -0.0])
def test_an_amount_of_minus_zero_is_zero(amount, tmp_path):
    write_json(tmp_path / "c.json", complaint(loss_amount=amount))
    [doc] = lines(run("parse", "c.json", cwd=tmp_path))
    assert doc["record"]["loss_amount"] == "0.00", doc


# ---------------------------------------------------------------------------------- 4. working copy
def test_a_working_copy_that_cannot_be_made_is_said_in_the_clerks_words(tmp_path):
    """A folder standing where the numbered working copy goes: the document is rendered, the
    copy is named with why it was not written — never reported as written, never Errno."""
    inbox = tmp_path / "in"
    inbox.mkdir()
    excel_form(inbox / "华东.xlsx")
    out = tmp_path / "out"
    (out / "华东-202609001.xlsx").mkdir(parents=True)
    done = run("render", inbox / "华东.xlsx", "-o", out, "--db", tmp_path / "k.db", cwd=tmp_path)
    said = done.stdout + done.stderr
    assert (out / "complaint-202609001.docx").is_file(), said
    assert "华东-202609001.xlsx" in said and "同名的文件夹" in said, said
    assert "Errno" not in said and "IsADirectoryError" not in said
    assert "已写出带编号的工作副本" not in said


def test_a_source_moved_away_before_its_working_copy_is_named_with_why(tmp_path):
    """The clerk moves the form away while the batch runs (after it was read): the copy is not
    made and the warning names the file and says it is gone."""
    from kesu_docs.filing import render_paths
    from kesu_docs.register import Register

    source = excel_form(tmp_path / "华东.xlsx")
    out = tmp_path / "out"

    def progress(stage: str, done: int, total: int) -> None:
        if stage == "render" and done == total and source.exists():
            source.rename(tmp_path / "moved.xlsx")

    with Register.open(tmp_path / "k.db") as reg:
        [filed] = render_paths([source], out, register=reg, progress=progress)
    assert filed.outcome == "rendered" and filed.working_copy is None
    [note] = [n for n in filed.notes if n.code == "working_copy_failed"]
    for lang, words in (("zh", (str(source), "已不存在")), ("en", (str(source), "not there any more"))):
        message = note.message(lang)
        assert all(w in message for w in words), message
        assert "Errno" not in message
    assert sorted(p.name for p in out.iterdir()) == ["complaint-202609001.docx"]  # nothing half written


# ---------------------------------------------------------------------------------- 5. web preview
def test_the_pages_preview_is_at_most_2000_px_and_a_refused_files_is_a_404(tmp_path):
    import io
    import time

    from PIL import Image

    from kesu_docs.register import Register
    from kesu_docs.web.app import WebConfig, create_app

    with Register.open(tmp_path / "k.db") as reg:
        app = create_app(WebConfig(db=str(tmp_path / "k.db"), work=tmp_path / "work"), register=reg)
        client = app.test_client()
        batches = app.extensions["kesu"]["batches"]
        batch = batches.new("wang")
        scaled_form(batch.inbox / "big.pdf")  # 9,525 × 13,470 pt: read, previewed small
        huge_page(batch.inbox / "refused.pdf", height=20_000)
        batch.names += ["big.pdf", "refused.pdf"]
        batches.check(batch)
        deadline = time.monotonic() + 300
        while len(batch.results) < 2:
            assert time.monotonic() < deadline and batch.progress.stage != "failed", batch.progress
            time.sleep(0.05)
        index = {Path(r.source).name: i for i, r in enumerate(batch.results)}
        assert batch.results[index["refused.pdf"]].fatal
        shown = client.get(f"/batch/{batch.id}/preview/{index['big.pdf']}/1.png")
        assert shown.status_code == 200
        width, height = Image.open(io.BytesIO(shown.data)).size
        assert max(width, height) <= 2000 and height > width
        refused = client.get(f"/batch/{batch.id}/preview/{index['refused.pdf']}/1.png")
        assert refused.status_code == 404
        for page in (0, 99):  # no such page: 404 too (page 0 was the last page)
            assert client.get(f"/batch/{batch.id}/preview/{index['big.pdf']}/{page}.png").status_code == 404
        batches.stop(5)


# ---------------------------------------------------------------------------------- 6. chart labels
def test_chart_labels_longer_than_their_room_are_cut_with_an_ellipsis():
    from lxml import etree

    from kesu_docs.reports.charts import WIDTH, bar_chart, pareto_chart, text_width

    units = [
        "品质保证部第一课外观检验组（夜班）" * 2,
        "QA",
        "Production Engineering Department Line 3 Night Shift",
    ]
    units += [f"制造{n}课" for n in range(5)]
    svgs = [
        bar_chart("按单位", units, list(range(8, 0, -1)), ["Noto Sans CJK SC"]),
        pareto_chart(
            "柏拉图", units, list(range(8, 0, -1)), [12.5 * n for n in range(1, 9)], ["Noto Sans CJK SC"]
        ),
    ]
    room = WIDTH / len(units)
    for svg in svgs:
        root = etree.fromstring(svg.encode("utf-8"))
        labels = [
            "".join(t.itertext())
            for g in root.iter("{*}g")
            if "x" in (g.get("class") or "").split() and "axis" in (g.get("class") or "").split()
            for t in g.iter("{*}text")
        ]
        labels = [s for s in labels if s]
        assert len(labels) == len(units), labels
        assert labels[0].endswith("…") and labels[0].startswith("品质保证部") and labels[2].endswith("…")
        assert labels[1] == "QA" and labels[3] == "制造0课"  # what fits is kept whole
        assert all(text_width(s) < room for s in labels), [(s, text_width(s), room) for s in labels]


def _x_labels(svg: str) -> list[str]:
    from lxml import etree

    root = etree.fromstring(svg.encode("utf-8"))
    return [
        "".join(t.itertext())
        for g in root.iter("{*}g")
        if {"axis", "x"} <= set((g.get("class") or "").split())
        for t in g.iter("{*}text")
        if "".join(t.itertext())
    ]


def test_the_monthly_reports_unit_chart_cuts_a_long_unit_name(tmp_path):
    """Through the command: a responsible unit called by a whole sentence, in the HTML report's
    chart, is cut to its room with "…"; the table beside it keeps the name whole."""
    from kesu_docs.reports.charts import WIDTH, text_width

    long_unit = "制造二课SMT二线回流焊工段（含外包夜班及返修站）"
    inbox = tmp_path / "in"
    inbox.mkdir()
    for n, unit in enumerate([long_unit, "品保部", "采购部", "制造一课", "工程部", "仓储课", "业务部"]):
        write_json(inbox / f"c{n}.json", complaint(responsible_unit=unit, order_no=f"SO-{n}"))
    db = tmp_path / "k.db"
    assert run("render", inbox, "-o", tmp_path / "out", "--db", db, cwd=tmp_path).returncode == 0
    done = run("report", "monthly", "2026-09", "--db", db, "-o", tmp_path / "月报.html", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    page = (tmp_path / "月报.html").read_text(encoding="utf-8")
    assert long_unit in page  # the table's cell
    svgs = re.findall(r"<svg.*?</svg>", page, re.S)
    charts = [labels for labels in map(_x_labels, svgs) if any(lb.startswith("制造二课SMT") for lb in labels)]
    assert charts, [_x_labels(s) for s in svgs]
    for labels in charts:
        cut = next(lb for lb in labels if lb.startswith("制造二课SMT"))
        assert cut.endswith("…") and cut != long_unit
        assert "品保部" in labels
        assert all(text_width(lb) < WIDTH / len(labels) for lb in labels), labels


# ---------------------------------------------------------------------------------- 7. kesu learn
def _learned(tmp_path: Path, profiles: Path, *more: object, lang: str = "zh", user: list[str] | None = None):
    form = excel_form(tmp_path / "华东.xlsx")
    return run(
        "learn",
        form,
        "--kind",
        "complaint",
        "--name",
        "华东",
        "--profiles",
        profiles,
        *more,
        cwd=tmp_path,
        lang=lang,
        user=user,
    )


@pytest.mark.parametrize(("lang", "said"), [("zh", "是一个文件"), ("en", "is a file")])
def test_kesu_learn_with_a_profiles_folder_that_is_a_file_says_so(tmp_path, lang, said):
    (tmp_path / "profiles").write_text("not a folder", encoding="utf-8")
    done = _learned(tmp_path, tmp_path / "profiles", lang=lang)
    assert done.returncode == 2 and said in done.stderr, done.stdout + done.stderr
    assert "Traceback" not in done.stderr and "Errno" not in done.stderr
    assert (tmp_path / "profiles").read_text(encoding="utf-8") == "not a folder"


def test_kesu_learn_with_a_profiles_folder_on_a_share_not_there_says_so(tmp_path):
    done = _learned(tmp_path, tmp_path / "Z盘" / "profiles")
    assert done.returncode == 2 and "不存在" in done.stderr and "Z盘" in done.stderr, done.stderr
    assert not (tmp_path / "Z盘").exists()  # not made somewhere else


def test_kesu_learn_with_a_profiles_folder_it_may_not_write_says_so():
    work = Path(tempfile.mkdtemp(prefix="kesu-learn-ro-"))
    try:
        os.chmod(work, 0o777)
        profiles = work / "profiles"
        profiles.mkdir()
        os.chmod(profiles, 0o555)
        user = ordinary_user()  # root writes anywhere: as an ordinary user, as on a clerk's PC
        form = excel_form(work / "华东.xlsx")
        os.chmod(form, 0o644)
        done = run("learn", form, "--kind", "complaint", "--profiles", profiles, cwd=work, user=user)
        assert done.returncode == 2 and "无法写入版式档案文件夹" in done.stderr, done.stdout + done.stderr
        assert "Traceback" not in done.stderr and list(profiles.iterdir()) == []
    finally:
        shutil.rmtree(work, ignore_errors=True)


def test_a_profile_is_written_whole_by_a_rename_never_in_place(tmp_path):
    """--force replaces a profile by renaming a new file over it: a reader holding the old one
    (here a hard link standing for it) keeps it whole; no temporary file is left behind."""
    profiles = tmp_path / "profiles"
    done = _learned(tmp_path, profiles)
    assert done.returncode == 0, done.stdout + done.stderr
    [profile] = profiles.iterdir()
    first = profile.read_text(encoding="utf-8")
    os.link(profile, tmp_path / "held.toml")
    done = _learned(tmp_path, profiles, "--force", "--set", "lot_no=B9")
    assert done.returncode in (0, 1), done.stdout + done.stderr
    assert (tmp_path / "held.toml").read_text(encoding="utf-8") == first  # the old file untouched
    assert os.stat(profile).st_ino != os.stat(tmp_path / "held.toml").st_ino
    assert [p.name for p in profiles.iterdir()] == [profile.name]
    assert "kind" in profile.read_text(encoding="utf-8")


def test_zip_members_bench_file_is_a_real_workbook(tmp_path):
    """The builders of the new bombs give files a spreadsheet program opens (not just bytes)."""
    from openpyxl import load_workbook

    book = load_workbook(many_sheets(tmp_path / "s.xlsx", 4))
    assert book.sheetnames == ["S1", "S2", "S3", "S4"] and book.worksheets[0]["A1"].value == "客户抱怨处理单"
    with zipfile.ZipFile(many_members(tmp_path / "m.xlsx", 50)) as archive:
        assert len(archive.namelist()) > 50 and archive.testzip() is None
    assert load_workbook(tmp_path / "m.xlsx").active["A1"].value == "客户抱怨处理单"


_READ_ONLY_MIDWAY = """
import os, sys
from pathlib import Path
from kesu_docs.filing import render_paths
from kesu_docs.register import Register

source, out, db = map(Path, sys.argv[1:4])

def progress(stage, done, total):
    if stage == "render" and done == total:  # the share turned read-only once the documents were written
        os.chmod(out, 0o555)

with Register.open(db) as reg:
    [filed] = render_paths([source], out, register=reg, progress=progress)
[note] = [n for n in filed.notes if n.code == "working_copy_failed"]
print(filed.outcome, filed.working_copy)
print(note.message("zh"))
print(note.message("en"))
"""


def test_an_output_folder_turned_read_only_before_the_working_copy_is_named_with_why():
    work = Path(tempfile.mkdtemp(prefix="kesu-copy-ro-"))
    try:
        os.chmod(work, 0o777)
        source = excel_form(work / "华东.xlsx")
        os.chmod(source, 0o644)
        out = work / "out"  # made by the run (its owner may make it read-only)
        user = ordinary_user()  # root writes anywhere: as an ordinary user, as on a clerk's PC
        done = subprocess.run(
            [*user, sys.executable, "-c", _READ_ONLY_MIDWAY, str(source), str(out), str(work / "k.db")],
            capture_output=True,
            text=True,
            timeout=300,
            cwd=work,
            env=clean_environment(HOME=str(work)),
        )
        assert done.returncode == 0, done.stdout + done.stderr
        outcome, zh, en = done.stdout.splitlines()
        assert outcome == "rendered None"
        assert "没有权限读写" in zh and "华东-202609001.xlsx" in zh and "Errno" not in zh, zh
        assert "no permission" in en and "华东-202609001.xlsx" in en, en
        # no temporary file left (the batch's private staging folder, emptied, stays where the
        # folder turned read-only before it could be removed: hidden, no file in it, the next run's)
        left = sorted(p.name for p in out.iterdir() if not (p.name.startswith(".kesu-stage-") and p.is_dir()))
        assert left == ["complaint-202609001.docx"]
        assert not [f for p in out.glob(".kesu-stage-*") for f in p.rglob("*")]
    finally:
        if (work / "out").is_dir():
            os.chmod(work / "out", 0o777)
        shutil.rmtree(work, ignore_errors=True)
