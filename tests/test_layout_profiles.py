"""Layout profiles: ``kesu learn`` on one filled form of a layout, then every form of that
layout read exactly — and a profile that no longer fits says which labels moved or are gone."""

from __future__ import annotations

import json
import re
import shutil
import sys
from pathlib import Path

import pytest
from helpers import parse_cli, run_cli, soffice_convert
from openpyxl import Workbook, load_workbook

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "tests" / "layouts"
sys.path.insert(0, str(ROOT / "bench"))

from reader_score import Rules, corrections  # noqa: E402


def expected(layout: str, copy: int = 1) -> dict:
    folder = LAYOUTS if copy == 1 else LAYOUTS / "copy2"
    return json.loads((folder / "expected" / f"{layout}.json").read_text(encoding="utf-8"))


def filled(layout: str, copy: int = 1, fmt: str = "xlsx") -> Path:
    folder = LAYOUTS if copy == 1 else LAYOUTS / "copy2"
    return folder / "filled" / f"{layout}.{fmt}"


SHARED = ROOT.parent / "shared" / "corpus"
# profiles learned on a PDF print, read on the second print (ours): 385/404 with the four layouts
# of the complaint/return/allowance round, whose mended values (a party's first line, a name
# before its phone, a date between 年/月/日 cells) a print's profile does not place yet (warned
# profile_reader_only, never silent); the fifteen older layouts still read 335/347 (0.96)
PRINTED_FLOOR = 1.00  # round six: 653/653 (a total over category columns left to the generic reader)


def learn_args(layout: str) -> list[str]:
    """The clerk's corrections for the first copy: where each field of the layout stands."""
    sets, fixed = corrections(expected(layout))
    args = ["learn", str(filled(layout)), "--kind", expected(layout)["kind"]]
    for path, where in sets.items():
        args += ["--set", f"{path}={where}"]
    for path, value in fixed.items():
        args += ["--fixed", f"{path}={value}"]
    return args


def misses(doc: dict, exp: dict) -> list[tuple[str, object]]:
    rules = Rules()
    out = []
    for f in exp["fields"]:
        verdict, got = rules.score_field(doc["record"], f)
        if verdict != "right":
            out.append((f["path"], got))
    return out


@pytest.fixture
def office(tmp_path, monkeypatch):
    """A clerk's folder: kesu.toml, profiles/ next to it, the working directory."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")
    return tmp_path


# ---------------------------------------------------------------------------------- learning and reading
@pytest.mark.parametrize(
    "layout",
    [
        "complaint-zh-kehu-tousu",  # (K) quantities, check boxes, label and value in one cell
        "return-zh-chengpin",  # a two-row table header, amounts
        "allowance-zht-tw-boxes",  # traditional script, ROC dates, digits one per box
        "8d-en-scar",  # team, containment and sorting tables, D-sections
        "return-zh-shenqing",  # quantities in K in a table, values under their headings
        "8d-de-a3",  # German, two columns, pre-printed roles, rows grouped by cause type
    ],
)
def test_profile_learned_on_one_copy_reads_another_copy_of_the_layout_exactly(office, layout):
    code, out = run_cli(*learn_args(layout))
    assert code == 0, out
    profile = office / "profiles" / f"{layout}.toml"
    assert profile.is_file() and "[fingerprint.labels]" in profile.read_text(encoding="utf-8")

    code, docs = parse_cli(filled(layout, copy=2))
    doc = docs[0]
    assert doc["kind"] == expected(layout)["kind"]
    assert misses(doc, expected(layout, copy=2)) == []
    assert any(w["code"] == "profile_used" for w in doc["warnings"])


@pytest.mark.parametrize(
    ("layout", "fmt", "path", "value"),
    [
        # a text block that begins with a label word (客户反馈…) is the value under its heading
        ("complaint-zh-old-factory", "xlsx", "description", "包装袋内混入其他型号 40 只。"),
        # a check-box line under a heading that holds a value of its own, read from the print
        ("8d-en-scar", "pdf", "prevention.documents_updated", ["work_instruction", "drawing"]),
        # a label clipped by its narrow cell in the print ("Received" | "by (warehou")
        ("return-en-rma", "pdf", "warehouse_receiver", "Wang Fang"),
        # a choice written in traditional script (進行中)
        ("8d-zht-supplier", "xlsx", "status", "open"),
    ],
)
def test_profile_reading_rules_on_the_second_copy(office, layout, fmt, path, value):
    assert run_cli(*learn_args(layout))[0] == 0
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt=fmt))
    node = doc["record"]
    for part in path.split("."):
        node = node[part]
    assert node == value
    assert not [w for w in doc["errors"] + doc["warnings"] if w["code"] == "profile_label_gone"]


@pytest.mark.parametrize(
    "layout",
    [
        "complaint-zh-kehu-tousu",
        "return-zh-chengpin",
        "8d-de-a3",  # team rows labelled on their left (Teamleiter | Mitglied), no header over the names
    ],
)
def test_pdf_print_of_the_layout_is_read_with_the_profile_learned_on_its_excel_file(office, layout):
    assert run_cli(*learn_args(layout))[0] == 0
    _, docs = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert docs[0]["kind"] == expected(layout)["kind"]
    assert misses(docs[0], expected(layout, copy=2)) == []
    assert all(" · " in w["location"] or w["location"].startswith("p") for w in docs[0]["warnings"])


def test_validate_and_render_read_a_form_by_its_profile(office):
    src = ROOT / "samples" / "complaint-valid.xlsx"
    assert run_cli("learn", src, "--kind", "complaint", "--name", "我们的投诉单")[0] == 0
    code, out = run_cli("--lang", "en", "validate", src)
    assert code == 0 and "Read with the layout profile '我们的投诉单'" in out
    code, out = run_cli("render", src, "-o", office / "受控文件", "--db", office / "kesu.db")
    assert code == 0, out
    assert [p.name for p in (office / "受控文件").iterdir()] == ["complaint-202609001.docx"]


def test_a_profile_learned_on_our_own_return_note_reads_it_as_its_json_twin(office):
    assert run_cli("learn", ROOT / "samples" / "return-valid.xlsx", "--kind", "return")[0] == 0
    _, (by_profile,) = parse_cli(ROOT / "samples" / "return-valid.xlsx")
    _, (twin,) = parse_cli(ROOT / "samples" / "return-valid.json")
    assert any(w["code"] == "profile_used" for w in by_profile["warnings"])
    assert by_profile["record"] == twin["record"]


def test_the_profiles_folder_is_set_in_kesu_toml(office):
    (office / "kesu.toml").write_text('profiles = "版式档案"\n', encoding="utf-8")
    assert run_cli(*learn_args("return-en-rma"))[0] == 0
    assert (office / "版式档案" / "return-en-rma.toml").is_file()
    assert not (office / "profiles").exists()
    _, docs = parse_cli(filled("return-en-rma", copy=2))
    assert any(w["code"] == "profile_used" for w in docs[0]["warnings"])


def test_form_of_another_layout_is_not_read_with_the_profile(office):
    assert run_cli(*learn_args("complaint-zh-kehu-tousu"))[0] == 0
    code, docs = parse_cli(ROOT / "samples" / "complaint-valid.xlsx")
    assert code == 0
    assert not any(w["code"].startswith("profile") for w in docs[0]["warnings"])
    assert docs[0]["record"]["customer"] == "深圳市华星光电技术有限公司"


def test_learn_shows_what_each_field_gives_and_takes_labels_or_cells_as_corrections(office):
    src = filled("complaint-zh-kehu-tousu")
    code, out = run_cli(
        "learn",
        src,
        "--kind",
        "complaint",
        "--set",
        "number=单号：",  # the label; the value follows it in the same cell
        "--set",
        "description=A8",
        "--set",
        "ship_qty=出货数量(K)",  # the label; its value stands right of it
        "--set",
        "part_name=",  # dropped
        "--name",
        "华兴投诉单",
    )
    assert code == 0, out
    assert "TS-2609-018" in out and "12000" in out
    text = (office / "profiles" / "华兴投诉单.toml").read_text(encoding="utf-8")
    # (its shape: the code's letters and marks as learned, the figures as 0; the number the clerk's
    # correction confirmed where the generic reader doubts its label: sure, profile43)
    assert (
        'number = { cell = "A2", label = "单号：", label_cell = "A2", at = "inline", shape = "TS-0000-000"'
        ', sure = "TS-2609-018" }' in text
    )
    assert "scale = 1000" in text
    assert "part_name" not in text.split("[fingerprint.labels]")[0]
    _, docs = parse_cli(filled("complaint-zh-kehu-tousu", copy=2))
    record = docs[0]["record"]
    assert record["number"] == "TS-2610-004"
    assert record["ship_qty"] == 8000
    assert record["part_name"] is None


def test_the_blank_form_of_the_layout_gives_the_fingerprint(office):
    layout = "return-zh-chengpin"
    blank = LAYOUTS / "templates" / f"{layout}.xlsx"
    assert run_cli(*learn_args(layout), "--blank", blank)[0] == 0
    text = (office / "profiles" / f"{layout}.toml").read_text(encoding="utf-8")
    printed = text.split("[fingerprint.labels]")[1]
    assert "退货原因" in printed and "仓库签收" in printed and "梁志坚" not in printed
    _, docs = parse_cli(filled(layout, copy=2))
    assert misses(docs[0], expected(layout, copy=2)) == []
    assert not any(w["code"].startswith("profile_label") for w in docs[0]["warnings"])  # all where they were


def test_learn_refuses_to_overwrite_a_profile_without_force(office):
    assert run_cli(*learn_args("return-en-rma"))[0] == 0
    code, out = run_cli(*learn_args("return-en-rma"))
    assert code == 2 and "--force" in out
    assert run_cli(*learn_args("return-en-rma"), "--force")[0] == 0


@pytest.mark.parametrize(
    ("args", "zh", "en"),
    [
        (["--set", "colour=B3"], "不是complaint的栏位", "is not a field of complaint"),
        (["--set", "customer=不存在的标签"], "既不是工作表", "neither a cell of sheet"),
        (["--set", "customer"], "应写成 栏位=储存格或标签", "write FIELD=CELL_or_LABEL"),
    ],
)
def test_bad_corrections_are_clear_errors_in_both_languages(office, args, zh, en):
    src = filled("complaint-zh-kehu-tousu")
    code, out = run_cli("learn", src, "--kind", "complaint", *args)
    assert code == 2 and zh in out
    code, out = run_cli("--lang", "en", "learn", src, "--kind", "complaint", *args)
    assert code == 2 and en in out
    assert not (office / "profiles").exists() or not any((office / "profiles").iterdir())


def test_the_kind_is_taken_from_the_form_when_not_given(office):
    code, _ = run_cli("learn", ROOT / "samples" / "8d-valid.xlsx", "--name", "8d")
    assert code == 0
    assert 'kind = "8d"' in (office / "profiles" / "8d.toml").read_text(encoding="utf-8")
    # a sheet whose title and labels name no form of ours (the generic reader now recognises
    # the Taiwanese certificate this test used before, by its traditional-script title)
    wb = Workbook()
    wb.active["A1"], wb.active["A2"], wb.active["B2"] = "设备点检表", "设备编号", "M-01"
    unknown = office / "unknown.xlsx"
    wb.save(unknown)
    code, out = run_cli("--lang", "en", "learn", unknown)
    assert code == 2 and "name it with --kind" in out


@pytest.mark.parametrize(
    "layout",
    [
        "return-zh-chengpin",
        "return-zh-shenqing",
        "complaint-zh-kehu-tousu",
        "8d-zht-supplier",  # several names in one team cell (陳怡君、張家豪), pre-printed roles
        "8d-en-compact",  # names with their roles in one cell (Helen Guo (Champion); …)
        "8d-de-a3",  # numbered lines in one box; causes captioned Entstehung / Nichtentdeckung
    ],
)
def test_a_profile_learned_on_a_pdf_print_reads_another_print_of_the_layout(office, layout):
    """A PDF has no cells: the clerk points at each value as it is printed ("TH-2609-011")."""
    sets, fixed = corrections(expected(layout), printed=True)
    args = ["learn", str(filled(layout, fmt="pdf")), "--kind", expected(layout)["kind"]]
    for path, where in sets.items():
        args += ["--set", f"{path}={where}"]
    for path, value in fixed.items():
        args += ["--fixed", f"{path}={value}"]
    code, out = run_cli(*args)
    assert code == 0, out
    text = (office / "profiles" / f"{layout}.toml").read_text(encoding="utf-8")
    assert f'learned_from = "{layout}.pdf"' in text and "cell =" not in text.split("[fingerprint")[0]
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert misses(doc, expected(layout, copy=2)) == []
    assert all(p["location"].startswith("p1") for p in doc["provenance"].values())


def test_names_written_together_in_one_printed_cell_are_learned_as_that_cell_and_all_read(office):
    """kesu learn on a print with no corrections: the reader reads 陳怡君 and 張家豪 from one
    cell (成員 | 陳怡君、張家豪); the profile keeps the whole cell for both rows (never one name
    cut out of it), so the next print's 李國華、吳佩珊 are both read."""
    layout = "8d-zht-supplier"
    code, out = run_cli("learn", str(filled(layout, fmt="pdf")), "--kind", "8d")
    assert code == 0, out
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    names = [m["name"] for m in doc["record"]["team"]]
    assert sorted(names) == sorted(["王美玲", "李國華", "吳佩珊"])  # each once


def test_team_rows_the_generic_reader_reads_and_the_profile_does_not_are_a_warning(office):
    """A profile that reads the leader's cell only (its 成員 line removed by hand): the members
    the generic reader reads on the print are named in a warning on the team, never dropped
    silently."""
    layout = "8d-zht-supplier"
    assert run_cli("learn", str(filled(layout, fmt="pdf")), "--kind", "8d")[0] == 0
    profile = office / "profiles" / f"{layout}.toml"
    text = profile.read_text(encoding="utf-8")
    assert '"team[1].name"' in text
    profile.write_text(
        "\n".join(ln for ln in text.splitlines() if not ln.startswith('"team[1].name"')), encoding="utf-8"
    )
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert [m["name"] for m in doc["record"]["team"]] == ["王美玲"]
    (warning,) = [w for w in doc["warnings"] if w["code"] == "profile_reader_more_rows"]
    assert warning["field"] == "team" and "李國華" in warning["message"] and "吳佩珊" in warning["message"]


def test_digits_printed_one_per_box_are_learned_as_the_generic_readers_and_taken_with_a_warning(office):
    """Digits printed one per box (統一編號 5|3|1|0|…) have no one printed text a profile learned
    on a print can point at: the profile keeps the field with no place (``at = "generic"``),
    and on the next print the generic reader's value is taken with a warning on that field
    naming where it was read (before, it was left empty and only named)."""
    layout = "allowance-zht-tw-boxes"
    assert run_cli("learn", str(filled(layout, fmt="pdf")), "--kind", "allowance")[0] == 0
    assert 'buyer_tax_id = { at = "generic" }' in _profile_file(office).read_text(encoding="utf-8")
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["buyer_tax_id"] == "70458823"
    (warning,) = [w for w in doc["warnings"] if w["field"] == "buyer_tax_id"]
    assert warning["code"] == "profile_reader_fallback" and "70458823" in warning["message"]


def test_a_value_inside_a_box_of_free_text_is_not_learned_and_learn_says_so(office):
    """報告人陳述 and the reporter's signature in one printed box: the profile would read the
    whole box for the reporter, so it has no place of its own for the reporter: the generic
    reader's reading is taken, with a warning on the field — never the whole box, never silent."""
    src = SHARED / "filled" / "complaint-zh-ncr-pdf.pdf"
    if not src.is_file():
        pytest.skip(f"no shared corpus at {SHARED}")
    code, out = run_cli(
        "--lang",
        "en",
        "learn",
        src,
        "--kind",
        "complaint",
        "--set",
        'number="BHG-2609-031"',
        "--set",
        'reporter="李红"',
    )
    assert code == 0, out
    assert "Not learned: reporter" in out
    text = (office / "profiles" / "complaint-zh-ncr-pdf.toml").read_text(encoding="utf-8")
    fields = text.split("\n[fingerprint.labels]")[0]
    assert "number = " in fields and 'reporter = { at = "generic" }' in fields
    _, (doc,) = parse_cli(src)
    assert doc["record"]["number"] == "BHG-2609-031"
    if doc["record"]["reporter"] is not None:  # what the generic reader reads there, said so
        assert "报告人陈述" not in doc["record"]["reporter"]
        assert any(
            w["code"] == "profile_reader_fallback" and w["field"] == "reporter" for w in doc["warnings"]
        )


def test_profiles_learned_on_the_pdf_prints_read_the_second_prints_of_our_layouts(office):
    from reader_bench import learn_profiles
    from reader_score import Rules, score_layouts, with_profiles

    learn_profiles(LAYOUTS, office / "pdf-profiles", (), "pdf")
    with with_profiles(office / "pdf-profiles"):
        scores = score_layouts(LAYOUTS / "copy2", Rules(), ("pdf",))
    assert sum(s.right for s in scores) / sum(len(s.verdicts) for s in scores) >= PRINTED_FLOOR
    assert sum(s.silent for s in scores) == 0


def test_a_print_read_by_its_profile_is_read_again_and_a_disagreement_is_a_warning(office):
    """The print's boxes shifted (a profile learned elsewhere, here: a customer name moved into
    the order number's box): the generic reader reads it otherwise, and the clerk is told."""
    layout = "return-zh-chengpin"
    assert run_cli(*learn_args(layout))[0] == 0
    profile = office / "profiles" / f"{layout}.toml"
    text = profile.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("customer ="))
    wrong = line.replace('label = "退货客户"', 'label = "客诉单号"')  # a hand edit gone wrong
    profile.write_text(text.replace(line, wrong), encoding="utf-8")
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    (warning,) = [w for w in doc["warnings"] if w["code"] == "profile_reader_disagree"]
    assert warning["field"] == "customer" and "佛山市顺德区格兰仕" in warning["message"]
    assert doc["record"]["customer"] == "202610001"  # what the edited profile points at, not hidden


def test_a_field_the_profile_cannot_read_on_a_print_is_the_generic_readers_with_a_warning(office):
    """The label 退货客户 is printed as 客户名称 on this copy: on the print the profile finds
    nothing for the customer, takes what the generic reader reads there and says so on the
    field; the workbook itself, read cell by cell, leaves it unread with an error."""
    layout = "return-zh-chengpin"
    assert run_cli(*learn_args(layout))[0] == 0
    wb = load_workbook(filled(layout, copy=2))
    assert wb.active["A3"].value == "退货客户"
    wb.active["A3"] = "客户名称"
    changed = office / "changed" / f"{layout}.xlsx"
    changed.parent.mkdir()
    wb.save(changed)
    pdf = soffice_convert(changed, "pdf", office / "changed")
    want = next(f["expect"] for f in expected(layout, copy=2)["fields"] if f["path"] == "customer")
    _, (doc,) = parse_cli(pdf)
    assert doc["record"]["customer"] == want
    (taken,) = [w for w in doc["warnings"] if w["code"] == "profile_reader_fallback"]
    assert taken["field"] == "customer" and want in taken["message"]
    assert not [e for e in doc["errors"] if e["code"] == "profile_label_gone"]
    assert misses(doc, expected(layout, copy=2)) == []
    _, (doc,) = parse_cli(changed)
    assert doc["record"]["customer"] is None
    assert [e["field"] for e in doc["errors"] if e["code"] == "profile_label_gone"] == ["customer"]


@pytest.mark.parametrize(
    ("layout", "fields"),
    [
        ("complaint-en-customer", {"received_date", "ship_date", "closed_date"}),  # 10/06/2026 | 2026-10-06
        ("complaint-zh-old-factory", {"market"}),  # 内销 | domestic
        ("8d-zht-supplier", {"status"}),  # 進行中 | open
    ],
)
def test_the_profile_and_the_generic_reader_agree_on_one_value_written_two_ways(office, layout, fields):
    assert run_cli(*learn_args(layout))[0] == 0
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    disagree = {w["field"] for w in doc["warnings"] if w["code"] == "profile_reader_disagree"}
    assert not disagree & fields
    assert misses(doc, expected(layout, copy=2)) == []


def test_a_print_read_by_its_profile_as_no_date_for_a_date_takes_the_generic_readers_date(office):
    layout = "return-zh-chengpin"
    assert run_cli(*learn_args(layout))[0] == 0
    profile = office / "profiles" / f"{layout}.toml"
    text = profile.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("issue_date ="))
    wrong = line.replace('label = "开单日期"', 'label = "退货客户"')  # a hand edit gone wrong
    profile.write_text(text.replace(line, wrong), encoding="utf-8")
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    want = next(f["expect"] for f in expected(layout, copy=2)["fields"] if f["path"] == "issue_date")
    assert doc["record"]["issue_date"] == want
    (taken,) = [w for w in doc["warnings"] if w["code"] == "profile_reader_fallback"]
    assert taken["field"] == "issue_date"


def test_a_pdf_profile_is_not_used_for_the_excel_file_of_the_layout(office):
    layout = "return-zh-chengpin"
    assert run_cli("learn", filled(layout, fmt="pdf"), "--kind", "return")[0] == 0
    _, (doc,) = parse_cli(filled(layout, copy=2))
    assert not any(w["code"] == "profile_used" for w in doc["warnings"])


@pytest.mark.parametrize(
    ("where", "zh", "en"),
    [
        ("B3", "PDF 上没有这个标签", "neither a label nor a text printed on the PDF"),
        ('"不在表上的值"', "PDF 上没有这个标签", "a PDF has no cells"),
    ],
)
def test_a_pdf_correction_names_a_label_or_a_printed_value_never_a_cell(office, where, zh, en):
    src = filled("return-zh-chengpin", fmt="pdf")
    code, out = run_cli("learn", src, "--kind", "return", "--set", f"customer={where}")
    assert code == 2 and zh in out
    code, out = run_cli("--lang", "en", "learn", src, "--kind", "return", "--set", f"customer={where}")
    assert code == 2 and en in out
    assert not (office / "profiles").exists() or not any((office / "profiles").iterdir())


def test_a_file_that_is_no_form_cannot_be_learned(office):
    (office / "notes.txt").write_text("客户名称 苏州华兴\n", encoding="utf-8")
    code, out = run_cli("--lang", "en", "learn", office / "notes.txt", "--kind", "complaint")
    assert code == 2 and ".xlsx / .xls / .pdf" in out


def test_a_choice_the_first_copy_never_used_is_read_by_the_forms_own_words(office):
    layout = "complaint-zh-kesu-jilu"  # the clerk wrote 品质 on the first copy, 交期 on the second
    assert run_cli(*learn_args(layout))[0] == 0
    assert "交期" not in (office / "profiles" / f"{layout}.toml").read_text(encoding="utf-8")
    _, docs = parse_cli(filled(layout, copy=2))
    assert docs[0]["record"]["complaint_type"] == "non_quality"  # a delivery complaint
    assert not any(e["field"] == "complaint_type" for e in docs[0]["errors"])


def test_a_word_the_layout_uses_is_taught_by_editing_the_profile(office, tmp_path):
    layout = "complaint-zh-kesu-jilu"
    assert run_cli(*learn_args(layout))[0] == 0
    wb = load_workbook(filled(layout, copy=2))  # a third copy: a category kesu has no word for
    ws = wb.worksheets[0]
    ws["H3"] = "物流"
    third = tmp_path / f"{layout}-3.xlsx"
    wb.save(third)
    _, docs = parse_cli(third)
    assert docs[0]["record"]["complaint_type"] != "non_quality"
    assert any(e["field"] == "complaint_type" for e in docs[0]["errors"])  # said, not guessed
    profile = office / "profiles" / f"{layout}.toml"
    text = profile.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines() if ln.startswith("complaint_type ="))
    edited = line[:-2] + ', values = { "物流" = "non_quality", "品质" = "quality" } }'
    profile.write_text(text.replace(line, edited), encoding="utf-8")
    _, docs = parse_cli(third)
    assert docs[0]["record"]["complaint_type"] == "non_quality"


def test_a_broken_profile_is_reported_with_its_file(office):
    (office / "profiles").mkdir()
    (office / "profiles" / "坏的.toml").write_text('kind = "complaint"\n[fields\n', encoding="utf-8")
    code, docs = parse_cli(filled("complaint-zh-kehu-tousu"))
    assert code == 2
    assert "坏的.toml" in docs[0]["errors"][0]["message"]


def _leaves(record: object, at: str = "") -> set[str]:
    """Every path of the record that holds a value: ``customer``, ``items[0].qty``."""
    if isinstance(record, dict):
        return {p for k, v in record.items() for p in _leaves(v, f"{at}.{k}" if at else k)}
    if isinstance(record, list) and record and all(isinstance(e, dict) for e in record):
        return {p for i, e in enumerate(record) for p in _leaves(e, f"{at}[{i}]")}
    return {at} if record not in (None, "", [], {}) else set()


def test_every_value_read_by_a_profile_says_its_cell_label_and_confidence(office):
    layout = "return-zh-chengpin"
    assert run_cli(*learn_args(layout))[0] == 0
    _, (doc,) = parse_cli(filled(layout, copy=2))
    prov = doc["provenance"]
    assert _leaves(doc["record"]) <= set(prov)
    assert prov["customer"] == {
        "location": "退货单!B3",
        "label": "退货客户",
        "label_location": "退货单!A3",
        "confidence": 1.0,
        "how": "profile:right",
    }
    assert prov["items[1].qty_returned"]["location"].endswith("E7")
    assert (
        prov["items[1].qty_returned"]["label"] == "实退"
        and prov["items[1].qty_returned"]["how"] == "profile:table"
    )


def test_every_value_read_from_a_pdf_by_a_profile_says_its_page_box_and_label(office):
    layout = "complaint-zh-kehu-tousu"
    assert run_cli(*learn_args(layout))[0] == 0
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    prov = doc["provenance"]
    assert _leaves(doc["record"]) <= set(prov)
    for path, where in prov.items():
        assert where["location"].startswith("p1"), (path, where)
        if where["how"] != "profile:fixed":
            assert re.search(r"\(\d+,\d+\)–\(\d+,\d+\)", where["location"]), (path, where)  # the box
            assert where["label"] and where["label_location"].startswith("p1 ("), (path, where)
        assert 0 < where["confidence"] <= 1
    code, out = run_cli("--lang", "en", "parse", "--explain", filled(layout, copy=2, fmt="pdf"))
    assert "Confidence" in out and "p1 · 客户名称" in out


# ---------------------------------------------------------------------------------- a layout that changed
def _small_form(
    path: Path, top: int, *, with_lot_label: bool = True, customer: str = "宁波华美家纺", lot: str = "260904"
) -> None:
    """A customer's small complaint sheet; ``top`` moves every row (a row inserted above)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "投诉单"
    ws.cell(top, 1, "客户投诉单")
    rows = [("客户名称", customer), ("产品型号", "NB-FL-0320"), ("生产批号", lot), ("不良数(pcs)", 18)]
    for i, (label, value) in enumerate(rows, start=1):
        if label == "生产批号" and not with_lot_label:
            label = "备注"
        ws.cell(top + i, 1, label)
        ws.cell(top + i, 2, value)
    wb.save(path)


def test_labels_that_moved_are_followed_and_reported(office):
    first, moved = office / "first.xlsx", office / "moved.xlsx"
    _small_form(first, top=1)
    assert (
        run_cli("learn", first, "--kind", "complaint", "--set", "lot_no=B4", "--set", "defect_qty=B5")[0] == 0
    )
    _small_form(moved, top=3, customer="苏州华兴")  # two rows inserted above the form
    _, docs = parse_cli(moved)
    doc = docs[0]
    assert doc["record"]["customer"] == "苏州华兴"
    assert doc["record"]["lot_no"] == "260904" and doc["record"]["defect_qty"] == 18
    moves = [w for w in doc["warnings"] if w["code"] == "profile_label_moved"]
    assert {w["field"] for w in moves} == {"customer", "part_no", "lot_no", "defect_qty"}
    assert any("A2" in w["message"] and "A4" in w["message"] for w in moves)
    assert any(w["code"] == "profile_labels_changed" for w in doc["warnings"])
    lot = doc["provenance"]["lot_no"]  # where it was read, and that it is a guess to check
    assert lot["location"] == "投诉单!B6" and lot["label_location"] == "投诉单!A6" and lot["confidence"] < 0.8


def test_a_label_that_is_gone_leaves_its_field_unread_and_says_which(office):
    first, changed = office / "first.xlsx", office / "changed.xlsx"
    _small_form(first, top=1)
    assert run_cli("learn", first, "--kind", "complaint", "--set", "lot_no=B4")[0] == 0
    _small_form(changed, top=1, with_lot_label=False)  # 生产批号 became 备注: B4 is no longer the lot
    code, docs = parse_cli(changed)
    doc = docs[0]
    assert doc["record"]["lot_no"] is None  # not the 备注 cell's value
    gone = [e for e in doc["errors"] if e["code"] == "profile_label_gone"]
    assert [e["field"] for e in gone] == ["lot_no"] and "生产批号" in gone[0]["message"]
    assert code == 1
    assert doc["record"]["customer"] == "宁波华美家纺"


def _cells_form(path: Path, rows: list[tuple[str, object]]) -> None:
    """A customer's sheet: a title, then one label and its value per row (A and B)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "异常单"
    ws["A1"] = "品质异常处理单"
    for i, (label, value) in enumerate(rows, start=2):
        ws.cell(i, 1, label)
        ws.cell(i, 2, value)
    wb.save(path)


def test_values_written_among_other_words_are_read_by_what_the_field_needs(office):
    """A date inside a closing line, a part number after its name, a free text that begins with
    words and a colon of its own, a text that begins with a code: read as the clerk wrote them."""

    def rows(closed: str, part: str, text: str, what: str) -> list[tuple[str, object]]:
        return [
            ("客户名称", "宁波华美家纺"),
            ("结案", f"☑已关闭 (关闭日期: {closed})"),
            ("品名/料号", part),
            ("检验原因", text),
            ("不良内容", what),
        ]

    first, second = office / "first.xlsx", office / "second.xlsx"
    _cells_form(
        first, rows("2026/9/25", "线束总成 / WH-2231-K", "产线退料：螺纹滑牙", "WH-2231-K 线束：压接不足")
    )
    sets = ["closed_date=B3", "part_no=B4", "root_cause=B5", "description=B6"]
    code, out = run_cli("learn", first, "--kind", "complaint", *[a for s in sets for a in ("--set", s)])
    assert code == 0, out
    _cells_form(
        second, rows("2026/10/3", "连接器 / CN-0420-B", "客户退料：端子氧化", "CN-0420-B 连接器：针脚弯曲")
    )
    _, (doc,) = parse_cli(second)
    record = doc["record"]
    assert record["closed_date"] == "2026-10-03"
    assert record["part_no"] == "CN-0420-B"
    assert record["root_cause"] == "客户退料：端子氧化"  # 客户退料： is no label kesu knows
    assert record["description"] == "CN-0420-B 连接器：针脚弯曲"  # a label holds no part number


def test_a_label_gone_from_the_print_leaves_its_field_unread_and_says_which(office):
    """The layout changed (退货客户 is now 收货单位): its PDF print read with the old profile
    reports the label and leaves the customer unread — it never reads the cell beside 收货单位."""
    layout = "return-zh-chengpin"
    assert run_cli(*learn_args(layout))[0] == 0
    wb = load_workbook(filled(layout, copy=2))
    ws = wb.active
    assert ws["A3"].value == "退货客户"
    ws["A3"] = "收货单位"
    changed = office / "changed" / f"{layout}.xlsx"
    changed.parent.mkdir()
    wb.save(changed)
    pdf = soffice_convert(changed, "pdf", office / "changed")
    for src in (changed, pdf):
        code, (doc,) = parse_cli(src)
        assert code == 1
        assert doc["record"]["customer"] is None, src.suffix
        (gone,) = [e for e in doc["errors"] if e["code"] == "profile_label_gone"]
        assert gone["field"] == "customer" and "退货客户" in gone["message"]
        assert any(
            w["code"] == "profile_labels_changed" and "退货客户" in w["message"] for w in doc["warnings"]
        )
        assert [path for path, _ in misses(doc, expected(layout, copy=2))] == ["customer"]  # the rest is read
        assert "customer" not in doc["provenance"]


def test_a_workbook_with_one_tab_per_discipline_is_learned_across_its_tabs(office):
    def workbook(path: Path, number: str, statement: str, action: str) -> None:
        wb = Workbook()
        d0 = wb.active
        d0.title = "D0"
        d0["A1"], d0["A3"], d0["B3"] = "8D Report", "8D No.", number
        d0["A4"], d0["B4"] = "Customer", "Suzhou Huaxing"
        d2 = wb.create_sheet("D2")
        d2["A1"], d2["A2"] = "D2 Problem Description", statement
        d3 = wb.create_sheet("D3")
        d3["A1"], d3["B1"], d3["A2"], d3["B2"] = "Containment action", "Owner", action, "Sun Hong"
        wb.save(path)

    first, second = office / "first.xlsx", office / "second.xlsx"
    workbook(first, "8D-01", "Burr on the mounting hole", "Sort stock")
    code, out = run_cli(
        "learn",
        first,
        "--kind",
        "8d",
        "--set",
        "number=D0!B3",
        "--set",
        "customer=D0!B4",
        "--set",
        "problem.statement=D2!A2",
        "--set",
        "containment[0].action=D3!A2",
        "--set",
        "containment[0].owner=D3!B2",
    )
    assert code == 0, out
    workbook(second, "8D-02", "Crack at the weld seam", "Hold shipments")
    _, docs = parse_cli(second)
    record = docs[0]["record"]
    assert record["number"] == "8D-02" and record["customer"] == "Suzhou Huaxing"
    assert record["problem"]["statement"] == "Crack at the weld seam"
    assert record["containment"][0]["action"] == "Hold shipments"
    assert record["containment"][0]["owner"] == "Sun Hong"


def test_a_value_that_ran_into_a_label_is_a_warning_not_a_silent_value(office):
    first, glued = office / "first.xlsx", office / "glued.xlsx"
    _small_form(first, top=1)
    assert run_cli("learn", first, "--kind", "complaint", "--set", "lot_no=B4")[0] == 0
    _small_form(glued, top=1, lot="260904不良数(pcs)")  # as a printed number runs into the next label
    _, docs = parse_cli(glued)
    (warning,) = [w for w in docs[0]["warnings"] if w["code"] == "profile_value_with_label"]
    assert warning["field"] == "lot_no" and "不良数(pcs)" in warning["message"]


def test_profile_toml_survives_a_round_trip(office):
    from kesu_docs.parse.profile import Profile, learn

    sets, fixed = corrections(expected("allowance-zht-tw-boxes"))
    profile = learn(filled("allowance-zht-tw-boxes"), "allowance", sets, fixed)
    again = Profile.from_toml(profile.to_toml())
    assert (
        again.fields == profile.fields and again.tables == profile.tables and again.labels == profile.labels
    )
    wb = load_workbook(filled("allowance-zht-tw-boxes"))
    for cell, text in profile.labels.items():  # the fingerprint is printed labels, never the clerk's values
        assert wb.active[cell].value is not None
        assert "瑞昌電腦" not in text and "53102687" not in text


# ---------------------------------------------------------------------------------- the shared corpus
# what holds today on second copies of the real layouts (raise as reading improves)
SHARED_EXCEL_FLOOR = 1.00  # learned on the Excel file, read on the second copy's Excel file
# learned on the Excel file, read on the second copy's print: 134/139 (132 before dev5-rpdf's
# signature row split under its names); all 5 misses are not on the page (4 texts cut at their
# cell's border, a date printed ###: bench/reader_bench.py)
SHARED_PDF_FLOOR = 0.96
# learned on the first copy's print, read on the second print: 131/139; 133/139 round seven; 134/139 dev8-rold
# (the 5 left not on the page)
SHARED_PRINTED_FLOOR = 0.96


@pytest.fixture(scope="module")
def shared_second_copies(tmp_path_factory) -> Path:
    """A second filled copy of every Excel layout of ../shared/corpus, other values, written now."""
    if not (SHARED / "expected").is_dir():
        pytest.skip(f"no shared corpus at {SHARED}")
    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice (soffice) is not installed: apt-get install libreoffice-calc-nogui")
    from second_copy import second_copies

    out = tmp_path_factory.mktemp("second-copies")
    second_copies(out, SHARED)
    return out


@pytest.fixture(scope="module")
def shared_excel_profiles(tmp_path_factory) -> Path:
    """The profiles learned on the Excel file of every layout of ../shared/corpus (the tests that
    read the second copies with them only read them)."""
    from reader_bench import learn_profiles

    profiles = tmp_path_factory.mktemp("shared-profiles") / "profiles"
    learn_profiles(SHARED, profiles, (), "excel")
    return profiles


def test_the_second_copies_of_the_shared_corpus_hold_other_values(shared_second_copies):
    from reader_score import expected_files

    firsts = {e["id"]: e for e in expected_files(SHARED)}
    seconds = list(expected_files(shared_second_copies))
    assert {e["id"] for e in seconds} == {
        i for i, e in firsts.items() if any(".xls" in f for f in e["filled"])
    }
    for second in seconds:
        first = firsts[second["id"]]
        changed = [a for a, b in zip(first["fields"], second["fields"]) if a["expect"] != b["expect"]]
        assert len(changed) >= len(first["fields"]) / 3, second["id"]
        for rel in second["filled"]:
            assert (shared_second_copies / rel).is_file()


def test_profiles_learned_on_the_shared_corpus_read_second_copies_with_other_values(
    shared_second_copies, shared_excel_profiles, tmp_path
):
    from reader_bench import learn_profiles
    from reader_score import Rules, score_layouts, with_profiles

    with with_profiles(shared_excel_profiles):
        scores = score_layouts(shared_second_copies, Rules())
    for fmt, floor in (("excel", SHARED_EXCEL_FLOOR), ("pdf", SHARED_PDF_FLOOR)):
        sub = [s for s in scores if s.fmt == fmt]
        assert sum(s.right for s in sub) / sum(len(s.verdicts) for s in sub) >= floor, fmt
        assert sum(s.silent for s in sub) == 0, fmt  # a wrong value is never passed without a word
    assert all(s.recognised or s.error is None for s in scores)

    learn_profiles(SHARED, tmp_path / "printed", (), "pdf")
    with with_profiles(tmp_path / "printed"):
        printed = score_layouts(shared_second_copies, Rules(), ("pdf",))
    assert sum(s.right for s in printed) / sum(len(s.verdicts) for s in printed) >= SHARED_PRINTED_FLOOR
    assert sum(s.silent for s in printed) == 0


def test_a_print_that_cuts_a_value_or_runs_a_signature_into_it_says_so_on_the_field(
    shared_second_copies, shared_excel_profiles
):
    """A workbook's long text printed cut at its cell's border, and a sentence followed in the
    same printed box by the next cell's ``QE/工艺工程师：赵磊``: a warning on each field."""
    from reader_score import expected_files, with_profiles

    seconds = {e["id"]: e for e in expected_files(shared_second_copies)}
    with with_profiles(shared_excel_profiles):
        _, (cut,) = parse_cli(shared_second_copies / "filled" / "8d-en-workbook.pdf")
        _, (signed,) = parse_cli(shared_second_copies / "filled" / "complaint-zh-process.pdf")
    # D2's "What is the defect?" is printed cut at its cell's border and nowhere else: warned (the
    # second copy's workbook saved beside its print: the whole read there, said so)
    clipped = {"value_cut_off", "value_clipped_in_print"}
    assert "problem.what" in {w["field"] for w in cut["warnings"] if w["code"] in clipped}
    # D8's team recognition is cut on its tab too, but the summary tab prints it whole (=D8!A16)
    want = next(
        f["expect"] for f in seconds["8d-en-workbook"]["fields"] if f["path"] == "closure.team_recognition"
    )
    assert cut["record"]["closure"]["team_recognition"] == want
    assert "closure.team_recognition" not in {
        w["field"] for w in cut["warnings"] if w["code"] == "value_cut_off"
    }
    want = next(
        f["expect"] for f in seconds["complaint-zh-process"]["fields"] if f["path"] == "short_term_action"
    )
    assert signed["record"]["short_term_action"] == want
    assert any(
        w["code"] == "profile_value_with_label" and w["field"] == "short_term_action"
        for w in signed["warnings"]
    )


def test_a_total_over_category_columns_is_learned_over_all_of_them(office, tmp_path):
    """不良数量 over 外观 | … | 功能: the clerk points at the first category's cell; the profile
    totals every category of the next copy, not that one cell."""
    src = SHARED / "filled" / "complaint-zh-oqc.xlsx"
    if not src.is_file():
        pytest.skip(f"no shared corpus at {SHARED}")
    assert run_cli("learn", src, "--kind", "complaint", "--set", "defect_qty=Sheet3!F5")[0] == 0
    text = (office / "profiles" / "complaint-zh-oqc.toml").read_text(encoding="utf-8")
    assert re.search(r'defect_qty = \{ cell = "F5:[G-Z]5"', text)
    wb = load_workbook(src)
    ws = wb["Sheet3"]
    ws["F5"], ws["H5"] = 4, 7
    copy = tmp_path / "complaint-zh-oqc-2.xlsx"
    wb.save(copy)
    _, (doc,) = parse_cli(copy)
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["defect_qty"] == 11


def test_one_digit_in_every_category_column_is_still_added_up_as_learned(office, tmp_path):
    """Learning knows the range is category columns to add up (``join = "sum"``): a copy with
    one digit in every category (2 | 1 | 3 | 1) reads 7, never the digits written one after
    the other (2131) as for a number printed one digit per box."""
    src = SHARED / "filled" / "complaint-zh-oqc.xlsx"
    if not src.is_file():
        pytest.skip(f"no shared corpus at {SHARED}")
    assert run_cli("learn", src, "--kind", "complaint", "--set", "defect_qty=Sheet3!F5")[0] == 0
    text = (office / "profiles" / "complaint-zh-oqc.toml").read_text(encoding="utf-8")
    m = re.search(r'defect_qty = \{ cell = "F5:([G-Z])5".*join = "sum"', text)
    assert m is not None
    wb = load_workbook(src)
    ws = wb["Sheet3"]
    digits = [2, 1, 3, 1, 2, 1, 1, 2][: ord(m[1]) - ord("F") + 1]
    for col, digit in zip("FGHIJKLM", digits, strict=False):
        ws[f"{col}5"] = digit
    copy = tmp_path / "complaint-zh-oqc-3.xlsx"
    wb.save(copy)
    _, (doc,) = parse_cli(copy)
    assert doc["record"]["defect_qty"] == sum(digits)


def test_profile_files_written_before_join_was_learned_are_still_read(office):
    from kesu_docs.parse.profile import Profile

    old = Profile.from_toml('kind = "allowance"\n[fields]\ntotal = { cell = "B3:E3", at = "cell" }\n')
    assert old.fields["total"].join == "" and "join" not in old.to_toml()
    again = Profile.from_toml(old.to_toml().replace('at = "cell"', 'at = "cell", join = "digits"'))
    assert again.fields["total"].join == "digits" and 'join = "digits"' in again.to_toml()
    with pytest.raises(ValueError, match="join"):
        Profile.from_toml('kind = "allowance"\n[fields]\ntotal = { cell = "B3:E3", join = "both" }\n')


def _questions_sheet(path: Path, what: str, how_many: str) -> Path:
    """An 8D sheet whose problem block is a tall caption (WHAT) left of questions, each answered
    in the cell under it, question and answer inside one border (the print joins them)."""
    from openpyxl.styles import Border, Font, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 60
    ws["A1"] = "8D Report"
    ws["A1"].font = Font(bold=True, size=14)
    for row, (label, value) in enumerate((("8D No.", "8D-2611-001"), ("Customer", "Acme Motors")), start=2):
        ws.cell(row, 1, label).font = Font(bold=True)
        ws.cell(row, 2, value)
        for col in (1, 2):
            ws.cell(row, col).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.merge_cells("A4:A7")
    ws["A4"] = "WHAT"
    ws["A4"].font = Font(bold=True)
    for row, (question, answer) in enumerate(
        (("What is the defect?", what), ("How many are affected?", how_many)), start=4
    ):
        r = 4 + 2 * (row - 4)
        ws.cell(r, 2, question)
        ws.cell(r + 1, 2, answer)
        ws.cell(r, 2).border = Border(left=thin, right=thin, top=thin)
        ws.cell(r + 1, 2).border = Border(left=thin, right=thin, bottom=thin)
    for r in range(4, 8):
        ws.cell(r, 1).border = Border(
            left=thin, right=thin, top=thin if r == 4 else None, bottom=thin if r == 7 else None
        )
    wb.save(path)
    return path


def test_a_question_over_its_answer_is_its_label_and_read_on_the_print_where_both_share_a_box(office):
    first = _questions_sheet(office / "first.xlsx", "Burr on the mounting hole", "37 of 4,800 pcs")
    code, out = run_cli(
        "learn", first, "--kind", "8d", "--set", "problem.what=B5", "--set", "problem.how_many=B7"
    )
    assert code == 0, out
    text = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert re.search(r'"problem.what" = \{ cell = "B5", label = "What is the defect\?"', text)
    second = _questions_sheet(office / "second.xlsx", "Scratches on the housing", "12 of 900 pcs")
    pdf = soffice_convert(second, "pdf", office / "printed")
    for src in (second, pdf):
        _, (doc,) = parse_cli(src)
        assert any(w["code"] == "profile_used" for w in doc["warnings"]), src.suffix
        assert doc["record"]["problem"]["what"] == "Scratches on the housing", src.suffix
        assert doc["record"]["problem"]["how_many"] == "12 of 900 pcs", src.suffix


def test_roles_printed_as_the_rows_captions_are_learned_and_read_on_the_second_print(office):
    """组长： / 组员： name the role of the name beside them: the profile keeps each row's role
    as the layout prints it, and reads a field inside a block (【D3】…) by its own label
    (措施：), not by the block's heading, so that the print of another copy reads them too."""
    layout = "8d-zh-blocks"
    code, out = run_cli(*learn_args(layout))
    assert code == 0, out
    text = (office / "profiles" / f"{layout}.toml").read_text(encoding="utf-8")
    assert '"team[0].role" = { value = "leader" }' in text
    assert re.search(r'"containment\[0\]\.action" = \{ cell = "B10", label = "措施："', text)
    for fmt in ("xlsx", "pdf"):
        _, (doc,) = parse_cli(filled(layout, copy=2, fmt=fmt))
        assert any(w["code"] == "profile_used" for w in doc["warnings"]), fmt
        assert [m["role"] for m in doc["record"]["team"]] == ["leader", "member", "member"], fmt
        assert misses(doc, expected(layout, copy=2)) == [], fmt


def test_a_row_with_its_printed_role_and_no_name_on_this_copy_is_no_row(office, tmp_path):
    """A copy whose 组员： cell is left empty: the members' printed role alone makes no row."""
    layout = "8d-zh-blocks"
    assert run_cli(*learn_args(layout))[0] == 0
    wb = load_workbook(filled(layout, copy=2))
    wb["8D"]["D5"] = None
    copy = tmp_path / "no-members.xlsx"
    wb.save(copy)
    _, (doc,) = parse_cli(copy)
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert [(m["name"], m["role"]) for m in doc["record"]["team"]] == [("吴婷", "leader")]


def test_a_tick_in_the_line_over_a_total_is_not_learned_as_its_label(office):
    """应税 | V in the last line of the items, the total under it: a lone V is a tick, not a
    label; the total is learned on its 合计 row under its column's header."""
    src = SHARED / "filled" / "allowance-zht-tw.xls"
    if not src.is_file():
        pytest.skip(f"no shared corpus at {SHARED}")
    assert run_cli("learn", src, "--kind", "allowance", "--set", "total=M15")[0] == 0
    text = (office / "profiles" / "allowance-zht-tw.toml").read_text(encoding="utf-8")
    assert not re.search(r'label = "[A-Za-z]"', text)
    assert re.search(
        r'^total = \{ cell = "M15", label = "合\s+計", label_cell = "A15", at = "cross"', text, re.M
    )


# ---------------------------------------------------------------------------------- never silent on a field
def _profile_file(office: Path) -> Path:
    (file,) = (office / "profiles").glob("*.toml")
    return file


def _without_a_cell(file: Path, field: str) -> None:
    """The profile keeps ``field`` with no cell (``at = "generic"``, as learning writes for a
    value it cannot point at): edited as the README allows."""
    text = file.read_text(encoding="utf-8")
    text, n = re.subn(rf"(?m)^{re.escape(field)} = \{{.*\}}$", f'{field} = {{ at = "generic" }}', text)
    assert n == 1
    file.write_text(text, encoding="utf-8")


def test_a_field_an_excel_profile_has_no_cell_for_is_the_generic_readers_with_a_warning(office):
    first, second = office / "first.xlsx", office / "second.xlsx"
    _small_form(first, top=1)
    assert run_cli("learn", first, "--kind", "complaint", "--set", "lot_no=B4")[0] == 0
    _without_a_cell(_profile_file(office), "lot_no")
    _small_form(second, top=1, customer="苏州华兴", lot="261017")
    _, (doc,) = parse_cli(second)
    assert doc["record"]["customer"] == "苏州华兴" and doc["record"]["lot_no"] == "261017"
    (taken,) = [w for w in doc["warnings"] if w["field"] == "lot_no"]
    assert taken["code"] == "profile_reader_fallback" and "261017" in taken["message"]
    assert doc["provenance"]["lot_no"]["location"] == "投诉单!B4"  # where the generic reader read it


def test_a_field_an_excel_profile_has_no_cell_for_and_nobody_reads_is_never_silent(office):
    first, second = office / "first.xlsx", office / "second.xlsx"
    _small_form(first, top=1)
    assert run_cli("learn", first, "--kind", "complaint", "--set", "lot_no=B4")[0] == 0
    _without_a_cell(_profile_file(office), "lot_no")
    _small_form(second, top=1, with_lot_label=False)  # no label left that names the lot
    for lang in ("zh", "en"):
        _, (doc,) = parse_cli(second, "--lang", lang)
        assert doc["record"]["lot_no"] is None
        (unread,) = [w for w in doc["warnings"] if w["field"] == "lot_no"]
        assert unread["code"] == "profile_field_unread"
        assert ("通用读取也没有读到" if lang == "zh" else "generic reader finds nothing") in unread["message"]


def _allowance_sheet(path: Path, rate: object) -> Path:
    """A customer's allowance sheet: header fields, a tax rate, two lines; no printed totals."""
    wb = Workbook()
    ws = wb.active
    ws.title = "折让单"
    ws["A1"] = "销货折让证明单"
    rows = [
        ("编号", "ZR-2609-003"),
        ("客诉编号", "CC-2609-011"),
        ("开单日期", "2026-09-08"),
        ("销货人", "宏碩電子股份有限公司"),
        ("买受人", "瑞昌電腦股份有限公司"),
        ("原发票号码", "QK38715520"),
        ("原发票日期", "2026-08-28"),
        ("税率", rate),
    ]
    for i, (label, value) in enumerate(rows, start=2):
        ws.cell(i, 1, label)
        ws.cell(i, 2, value)
    for col, head in enumerate(("品名", "数量", "单价", "折让金额"), start=1):
        ws.cell(11, col, head)
    for r, line in enumerate((("充电模组", 100, 5, 500), ("线材", 20, 3, 60)), start=12):
        for col, value in enumerate(line, start=1):
            ws.cell(r, col, value)
    for col, width in zip("ABCD", (14, 28, 10, 12), strict=True):
        ws.column_dimensions[col].width = width
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    for row in ws.iter_rows(min_row=2, max_row=13, max_col=4):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


def test_a_total_computed_beside_a_field_the_profile_cannot_read_on_a_print_is_in_doubt(office):
    """The rate printed by 税率 is what the totals are computed with: when the profile finds
    nothing beside that label on a print, the rate is said to be unread and every figure
    computed from it (totals, the amount in words) is a warning — never a silent total."""
    first = _allowance_sheet(office / "first.xlsx", "13%")
    assert run_cli("learn", first, "--kind", "allowance", "--set", "tax_rate=B9")[0] == 0
    (office / "copy").mkdir()
    second = _allowance_sheet(office / "copy" / "second.xlsx", None)
    pdf = soffice_convert(second, "pdf", office / "copy")
    _, (doc,) = parse_cli(pdf)
    assert doc["record"]["items"][1]["allowance_amount"] == "60.00"
    assert doc["record"]["tax_rate"] is not None  # the company's default, computed
    (unread,) = [w for w in doc["warnings"] if w["field"] == "tax_rate"]
    assert unread["code"] == "profile_field_unread" and "税率" in unread["message"]
    doubted = {w["field"] for w in doc["warnings"] if w["code"] == "derived_value_in_doubt"}
    assert {"total_excl_tax", "total_tax", "total", "total_in_words"} <= doubted
    _, (sure,) = parse_cli(soffice_convert(first, "pdf", office / "first"))  # the rate printed: no doubt
    assert not [
        w for w in sure["warnings"] if w["code"] in ("derived_value_in_doubt", "profile_field_unread")
    ]


def _team_sheet(path: Path, first_name: str) -> Path:
    """An 8D sheet whose team table has names and departments, no role column."""
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws["A1"] = "8D报告"
    rows = [
        ("8D编号", "8D-2609-007"),
        ("客户", "宁波华美家纺"),
        ("开始日期", "2026-09-08"),
        ("问题描述", "外壳划伤 3 件"),
    ]
    for i, (label, text) in enumerate(rows, start=2):
        ws.cell(i, 1, label)
        ws.cell(i, 2, text)
    ws["A7"], ws["A8"], ws["B8"] = "D1 小组成员", "姓名", "部门"
    for r, (name, dept) in enumerate(((first_name, "品质部"), ("李娜", "生产部")), start=9):
        ws.cell(r, 1, name)
        ws.cell(r, 2, dept)
    wb.save(path)
    return path


def test_a_role_written_after_a_name_goes_into_its_row_when_read_by_a_profile(office):
    """``王芳（组长）`` in the name column of a team without a role column: the profile's
    reading mends it as the generic reader does — the name, and the role into its row."""
    first = _team_sheet(office / "first.xlsx", "王芳")
    sets = ["team[0].name=A9", "team[1].name=A10", "team[0].dept=B9", "team[1].dept=B10"]
    assert run_cli("learn", first, "--kind", "8d", *[a for s in sets for a in ("--set", s)])[0] == 0
    _, (doc,) = parse_cli(_team_sheet(office / "second.xlsx", "王芳（组长）"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["team"][0]["name"] == "王芳" and doc["record"]["team"][0]["role"] == "leader"
    (mended,) = [w for w in doc["warnings"] if w["field"] == "team[0].name"]
    assert mended["code"] == "name_with_extra"


# ---------------------------------------------------------------------------------- prints of workbooks
def _return_note(path: Path, groups: list[list[tuple[str, str, int]]], *, wide: bool = False) -> Path:
    """A return note whose lines come in groups, each closed by a 小计 line, then 合计; ``wide``:
    the name column so wide that the quantity column prints on a page of its own."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.title = "退货单"
    ws["A1"] = "退货单"
    ws["A2"], ws["B2"] = "单号", "TH-2611-007"
    ws["A3"], ws["B3"] = "客户", "苏州华兴汽车配件有限公司"
    ws.column_dimensions["B"].width = 16
    ws.column_dimensions["C"].width = 110 if wide else 24
    ws.column_dimensions["D"].width = 12
    for col, text in enumerate(("项次", "料号", "品名", "实退数量"), start=1):
        ws.cell(5, col, text)
    row, n = 6, 0
    for group in groups:
        for part_no, name, qty in group:
            n += 1
            ws.cell(row, 1, n), ws.cell(row, 2, part_no), ws.cell(row, 3, name), ws.cell(row, 4, qty)
            row += 1
        ws.cell(row, 1, "小计"), ws.cell(row, 4, sum(q for _, _, q in group))
        row += 1
    ws.cell(row, 1, "合计"), ws.cell(row, 4, sum(q for g in groups for _, _, q in g))
    for r in range(5, row + 1):
        for c in range(1, 5):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wb.save(path)
    return path


@pytest.mark.parametrize("wide", [False, True], ids=["one-page", "quantity-on-its-own-page"])
def test_a_table_broken_by_subtotal_lines_is_read_with_another_number_of_lines_on_the_next_copy(office, wide):
    """Learned on a copy of 2 + 1 lines (a 小计 line between the groups), read on a copy of
    3 + 2 lines: every line, Excel and print, none of the 小计 / 合计 lines — and on a print
    whose quantity column went to a page of its own, each quantity by its line."""
    first = _return_note(
        office / "first.xlsx",
        [[("HX-101", "支架", 40), ("HX-102", "垫片", 12)], [("HX-205", "螺栓", 7)]],
        wide=wide,
    )
    sets = []
    for i, row in enumerate((6, 7, 9)):
        sets += ["--set", f"items[{i}].part_no=B{row}", "--set", f"items[{i}].qty_returned=D{row}"]
    code, out = run_cli("learn", first, "--kind", "return", *sets)
    assert code == 0, out
    text = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert "[tables.items]" in text and '"items[2].part_no"' not in text  # a table, not cells per line
    lines = [
        [("KB-301", "卡扣", 300), ("KB-302", "卡扣盖", 120), ("KB-303", "衬套", 64)],
        [("KB-410", "弹簧", 25), ("KB-411", "挡圈", 9)],
    ]
    second = _return_note(office / "second.xlsx", lines, wide=wide)
    pdf = soffice_convert(second, "pdf", office / "printed")
    want = [(p, q) for g in lines for p, _, q in g]
    for src in (second, pdf):
        _, (doc,) = parse_cli(src)
        assert any(w["code"] == "profile_used" for w in doc["warnings"]), src.suffix
        got = [(r.get("part_no"), r.get("qty_returned")) for r in doc["record"]["items"]]
        assert got == want, (src.suffix, got)


def _summary_workbook(path: Path, statement: str) -> Path:
    """An 8D workbook: the statement in a narrow cell of its tab (the next cell filled, so the
    print cuts it at the border), and a summary tab repeating it by formula in a wide cell."""
    from openpyxl.styles import Alignment

    wb = Workbook()
    d2 = wb.active
    d2.title = "D2"
    d2["A1"] = "D2 Problem Description"
    d2["A3"], d2["B3"], d2["C3"] = "8D No.", "8D-2611-015", "Rev. A"
    d2["A4"], d2["B4"], d2["C4"] = "Problem statement:", statement, "see photo 1"
    d2.column_dimensions["A"].width = 20
    d2.column_dimensions["B"].width = 18
    summary = wb.create_sheet("Summary")
    summary["A1"] = "8D Summary Report"
    summary["A3"] = "PROBLEM DESCRIPTION"
    summary.merge_cells("A4:F6")
    summary["A4"] = "=D2!B4"
    summary["A4"].alignment = Alignment(wrap_text=True, vertical="top")
    for col in "ABCDEF":
        summary.column_dimensions[col].width = 14
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_value_cut_on_its_tab_is_read_whole_where_a_summary_tab_repeats_it(office):
    """A long statement printed cut at its narrow cell's border: the profile learned on the
    Excel file knows the summary tab shows the same cell (=D2!B4) in a wide cell, and reads
    it whole there on the print — never the cut start."""
    first = soffice_convert(  # saved once by a spreadsheet program: formulas hold their results
        _summary_workbook(office / "src" / "first.xlsx", "Burr 0.3-0.5 mm on the mounting hole of lot L2608"),
        "xlsx",
        office / "saved",
    )
    code, out = run_cli(
        "learn", first, "--kind", "8d", "--set", "problem.statement=D2!B4", "--set", "number=D2!B3"
    )
    assert code == 0, out
    text = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert re.search(r'also = \{ cell = "Summary!A4", label = "PROBLEM DESCRIPTION"', text), text
    statement = "Crack 2 mm long at the weld seam of bracket HX-BRK-4418, lot L260917-3"
    second = _summary_workbook(office / "src2" / "second.xlsx", statement)
    pdf = soffice_convert(second, "pdf", office / "printed")
    _, (doc,) = parse_cli(pdf)
    assert doc["record"]["problem"]["statement"] == statement
    assert doc["record"]["number"] == "8D-2611-015"
    # the summary tab's text also runs past its cell's clip on the print (dev21-clip's rule): the
    # whole is read, and the print's cut is said where it stands — never the own tab's cut start
    cut = [w for w in doc["warnings"] if w["code"] == "value_cut_off" and w["field"] == "problem.statement"]
    assert all("PROBLEM DESCRIPTION" in w.get("location", "") for w in cut), cut


def test_a_date_printed_as_hashes_is_an_error_saying_the_value_is_not_on_the_page(office):
    """A date in a column too narrow for it prints ``###``: the value is not on the page. The
    field is an error saying so (value_not_printed), never a value or a silent blank."""
    import datetime as dt

    def sheet(path: Path, due: dt.date) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "8D"
        ws["A1"] = "8D Report"
        ws["A2"], ws["B2"] = "8D No.", "8D-2611-021"
        ws["A4"], ws["B4"], ws["C4"] = "Containment action", "Owner", "Due date"
        ws["A5"], ws["B5"], ws["C5"] = "Sort finished stock", "Sun Hong", due
        ws["C5"].number_format = "yyyy-mm-dd"
        ws.column_dimensions["A"].width = 30
        ws.column_dimensions["C"].width = 12 if due.day < 10 else 4
        wb.save(path)
        return path

    first = sheet(office / "first.xlsx", dt.date(2026, 9, 6))
    code, out = run_cli(
        "learn",
        first,
        "--kind",
        "8d",
        "--set",
        "number=B2",
        "--set",
        "containment[0].action=A5",
        "--set",
        "containment[0].owner=B5",
        "--set",
        "containment[0].due_date=C5",
    )
    assert code == 0, out
    pdf = soffice_convert(sheet(office / "second.xlsx", dt.date(2026, 9, 13)), "pdf", office / "printed")
    _, (doc,) = parse_cli(pdf, "--lang", "en")
    row = doc["record"]["containment"][0]
    assert row["action"] == "Sort finished stock" and row.get("due_date") is None
    errors = [e for e in doc["errors"] if e["code"] == "value_not_printed"]
    assert [e["field"] for e in errors] == ["containment[0].due_date"]
    assert "###" in errors[0]["message"] and "too narrow" in errors[0]["message"]


def _unlabelled_description(path: Path, model: str, description: str) -> Path:
    """A complaint sheet whose description spans the row under a row of cells (机型 | model |
    线别 | line) with no label of its own."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.title = "OQC"
    ws["A1"] = "OQC异常处理单"
    ws["A2"], ws["B2"] = "单号", "OQC-2611-031"
    ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "机型", model, "线别", "总装二线"
    ws.merge_cells("A4:D5")
    ws["A4"] = description
    for col, width in zip("ABCD", (10, 24, 10, 24)):
        ws.column_dimensions[col].width = width
    for r in range(2, 6):
        for c in range(1, 5):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_value_with_no_label_on_the_print_is_learned_under_the_label_at_its_rows_left_edge(office):
    """A description printed across the row under 机型 | model | 线别 | line, no label of its
    own: learned on the print under 机型 (the label standing at its left edge), read on the
    next print."""
    first = _unlabelled_description(office / "a" / "first.xlsx", "PD791 对讲机", "抽检80台中2台外壳划伤。")
    pdf = soffice_convert(first, "pdf", office / "printed1")
    code, out = run_cli(
        "learn", pdf, "--kind", "complaint", "--set", 'description="抽检80台中2台外壳划伤。"', "--name", "oqc"
    )
    assert code == 0, out
    text = (office / "profiles" / "oqc.toml").read_text(encoding="utf-8")
    # (span: the description's box is two label heights tall, read down to there on the next print)
    assert re.search(
        r'description = \{ label = "机型", label_cell = "p1#\d+", at = "below"(, span = [\d.]+)? \}', text
    ), text
    second = _unlabelled_description(
        office / "b" / "second.xlsx", "PD802 基站", "抽检120台中5台发射功率偏低，已隔离。"
    )
    _, (doc,) = parse_cli(soffice_convert(second, "pdf", office / "printed2"))
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["description"] == "抽检120台中5台发射功率偏低，已隔离。"


def _merged_lines(path: Path, lines: list[tuple[str, str, int]]) -> Path:
    """A return note whose every line has its cells merged over two rows."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.title = "退货申请单"
    ws["A1"] = "退货申请单"
    ws["A2"], ws["B2"] = "申请单号", "RT-2611-019"
    ws["A3"], ws["B3"] = "客户", "合肥美菱家电有限公司"
    for col, text in enumerate(("序号", "物料编码", "物料名称", "退货数量"), start=1):
        ws.cell(5, col, text)
    row = 6
    for n, (part_no, name, qty) in enumerate(lines, start=1):
        for col, value in enumerate((n, part_no, name, qty), start=1):
            ws.cell(row, col, value)
            ws.merge_cells(start_row=row, start_column=col, end_row=row + 1, end_column=col)
        row += 2
    ws.cell(row, 1, "合计"), ws.cell(row, 4, sum(q for _, _, q in lines))
    for r in range(5, row + 1):
        for c in range(1, 5):
            ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, width in zip("ABCD", (8, 16, 24, 12)):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_lines_merged_over_two_rows_are_learned_as_a_table_and_read_with_one_line_more(office):
    """Each line's cells merged over two rows (rows 6 and 8): learned as a table of step 2, so
    the next copy's third line is read too, Excel and print."""
    first = _merged_lines(
        office / "a" / "first.xlsx", [("D-1N4007", "整流二极管", 500), ("D-SS14", "肖特基二极管", 200)]
    )
    sets = []
    for i, row in enumerate((6, 8)):
        sets += ["--set", f"items[{i}].part_no=B{row}", "--set", f"items[{i}].qty_returned=D{row}"]
    code, out = run_cli("learn", first, "--kind", "return", *sets)
    assert code == 0, out
    text = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert "[tables.items]\nfirst_row = 6\nstep = 2\n" in text, text
    lines = [
        ("D-1N4148", "开关二极管", 800),
        ("D-SS24", "肖特基二极管", 300),
        ("D-SS34", "肖特基二极管 SS34", 1000),
    ]
    second = _merged_lines(office / "b" / "second.xlsx", lines)
    for src in (second, soffice_convert(second, "pdf", office / "printed")):
        _, (doc,) = parse_cli(src)
        got = [(r.get("part_no"), r.get("qty_returned")) for r in doc["record"]["items"]]
        assert got == [(p, q) for p, _, q in lines], (src.suffix, got)


def test_a_label_printed_in_pieces_is_never_taken_for_a_longer_label_that_begins_with_it(office):
    """``Customer`` wrapped in its narrow cell prints in pieces; ``Customer Ref`` beside it is
    another label of the layout: the customer is never read right of ``Customer Ref``
    without a word."""
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")

    def sheet(path: Path, customer: str, ref: str) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "8D"
        ws["A1"] = "8D Corrective Action Report"
        ws["A3"], ws["B3"], ws["C3"], ws["D3"] = "Customer", customer, "Customer Ref", ref
        ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "Part #", "HX-9020-11", "Report #", "HX-8D-1002"
        ws["A3"].alignment = Alignment(wrap_text=True)
        for col, width in zip("ABCD", (5, 30, 14, 18)):
            ws.column_dimensions[col].width = width
        for row in ws["A3:D4"]:
            for c in row:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
        return path

    first = sheet(office / "a" / "first.xlsx", "Modine Manufacturing", "MOD-QN-7781")
    code, out = run_cli(
        "learn",
        first,
        "--kind",
        "8d",
        "--set",
        "customer=B3",
        "--set",
        "complaint_number=D3",
        "--set",
        "number=D4",
    )
    assert code == 0, out
    pdf = soffice_convert(
        sheet(office / "b" / "second.xlsx", "Valeo Thermal", "VAL-QN-1200"), "pdf", office / "p"
    )
    _, (doc,) = parse_cli(pdf)
    record = doc["record"]
    assert record["complaint_number"] == "VAL-QN-1200"
    warned = {w.get("field") for w in doc["warnings"] + doc["errors"]}
    assert record.get("customer") == "Valeo Thermal" or "customer" in warned, record.get("customer")
    assert record.get("customer") != "VAL-QN-1200" or "customer" in warned


def test_a_printed_text_whose_words_lost_their_spaces_is_a_warning(office):
    """A print whose text runs its words together (``Valvecoilopencircuit…``: the PDF lost the
    spaces) is read with a warning on the field, never as a clean value."""
    from openpyxl.styles import Border, Side

    thin = Side(style="thin")

    def sheet(path: Path, what: str) -> Path:
        wb = Workbook()
        ws = wb.active
        ws.title = "8D"
        ws["A1"] = "8D Report"
        ws["A2"], ws["B2"] = "8D No.", "8D-2611-030"
        ws["A3"], ws["B3"] = "Problem description", what
        ws.column_dimensions["A"].width = 20
        ws.column_dimensions["B"].width = 44
        for row in ws["A2:B3"]:
            for c in row:
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        path.parent.mkdir(parents=True, exist_ok=True)
        wb.save(path)
        return path

    first = sheet(office / "a" / "first.xlsx", "Pump impeller rubs the housing")
    assert run_cli("learn", first, "--kind", "8d", "--set", "problem.what=B3", "--set", "number=B2")[0] == 0
    pdf = soffice_convert(
        sheet(office / "b" / "second.xlsx", "Valvecoilopencircuitatincominginspection"), "pdf", office / "p"
    )
    _, (doc,) = parse_cli(pdf)
    assert "problem.what" in {w["field"] for w in doc["warnings"] if w["code"] == "value_words_glued"}


def _stacked_labels(path: Path, statement: str, action: str, qty: int) -> Path:
    """An 8D sheet whose block labels (D2问题描述, D3临时措施) are stacked vertical text in a
    narrow column: the print runs them together (问题描临时措), no label is found there."""
    from openpyxl.styles import Alignment, Border, Side

    thin = Side(style="thin")
    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    ws["A1"] = "8D报告"
    ws["A2"], ws["B2"] = "8D编号", "8D-DC-26131"
    ws.merge_cells("A3:A5")
    ws["A3"] = "D2问题描述"
    ws.merge_cells("B3:D4")
    ws["B3"] = statement
    ws["B5"], ws["C5"] = "投诉数量", qty
    ws.merge_cells("A6:A7")
    ws["A6"] = "D3临时措施"
    ws.merge_cells("B6:C7")
    ws["B6"] = action
    ws["D6"] = "完成日期"
    ws["C2"], ws["D2"] = "客户", "安徽江淮汽车"
    ws["B8"], ws["C8"], ws["D8"] = "零件号", "JH-4410-C", "批准"
    ws["B9"], ws["C9"], ws["D9"] = "结案日期", "2026-11-12", "许志强"
    for ref in ("A3", "A6"):
        ws[ref].alignment = Alignment(text_rotation=255, vertical="center")
    for row in ws["B2:D9"]:
        for c in row:
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, width in zip("ABCD", (4, 16, 30, 14)):
        ws.column_dimensions[col].width = width
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
    return path


def test_a_value_whose_label_the_print_garbles_is_read_beside_another_label_with_a_warning(office):
    """Stacked vertical block labels print run together: learned on the Excel file, each value
    is also placed by the layout's label touching it (投诉数量 under the statement, 完成日期
    right of the action) and read there on the print, with a warning saying so."""
    first = _stacked_labels(office / "a" / "first.xlsx", "壳体结合面平面度超差", "库存三坐标抽测", 9)
    code, out = run_cli(
        "learn",
        first,
        "--kind",
        "8d",
        "--set",
        "problem.statement=B3",
        "--set",
        "containment[0].action=B6",
        "--set",
        "problem.qty_complained=C5",
    )
    assert code == 0, out
    text = (office / "profiles" / "first.toml").read_text(encoding="utf-8")
    assert 'also = { cell = "B3", label = "投诉数量", label_cell = "B5", at = "above" }' in text, text
    second = _stacked_labels(office / "b" / "second.xlsx", "客户密封测试渗漏 9 件", "客户处全部换货", 14)
    _, (doc,) = parse_cli(soffice_convert(second, "pdf", office / "p"))
    assert doc["record"]["problem"]["statement"] == "客户密封测试渗漏 9 件"
    assert doc["record"]["containment"][0]["action"] == "客户处全部换货"
    beside = {w["field"] for w in doc["warnings"] if w["code"] == "profile_read_beside"}
    assert {"problem.statement", "containment[0].action"} <= beside


# ---------------------------------------------------------------------------------- round six: how a
# profile anchors and reads (each rule on real files of the held-out sets' second copies)
HOLDOUT4 = ROOT / "tests" / "holdout4"
HOLDOUT5 = ROOT / "tests" / "holdout5"


def _learn_set(folder: Path, layout: str, source: str, office: Path) -> dict:
    """``kesu learn`` on the first copy of ``folder``'s layout (its Excel file, or its print:
    the clerk's corrections as printed values), as the benchmark learns it; the profile's TOML."""
    from reader_bench import learn_one
    from reader_score import expected_files

    exp = next(e for e in expected_files(folder) if e["id"] == layout)
    files = [folder / f for f in exp["filled"]]
    first = next((f for f in files if (f.suffix == ".pdf") == (source == "pdf")), files[0])
    profile, missed = learn_one(first, exp)
    assert profile is not None, missed
    (office / "profiles").mkdir(exist_ok=True)
    text = profile.to_toml()
    (office / "profiles" / f"{layout}.toml").write_text(text, encoding="utf-8")
    return {"toml": text, "exp": exp}


def _second(folder: Path, layout: str) -> tuple[dict, dict]:
    exp = json.loads((folder / "copy2" / "expected" / f"{layout}.json").read_text(encoding="utf-8"))
    _, (doc,) = parse_cli(folder / "copy2" / "filled" / f"{layout}.pdf")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    return doc, exp


def test_a_value_whose_upright_label_prints_garbled_is_read_by_the_label_touching_it(office):
    """Block labels written upright (D2问题描述, D5纠正措施, D7预防) print as a run of stacked
    characters: learned on the Excel file, each value is also placed by the label touching its
    cell in line — 投诉数量 under the statement, 结案日期 under the documents, 流出原因 right
    over the corrective action (a caption of the row above) — never by a label one column off
    (the D8 block's own label), and read there on the print with a warning."""
    learned = _learn_set(HOLDOUT4, "8d-zh-protected", "excel", office)["toml"]
    assert 'label = "结案日期", label_cell = "B20", at = "above"' in learned
    assert 'label = "流出原因", label_cell = "B15", at = "below"' in learned
    doc, exp = _second(HOLDOUT4, "8d-zh-protected")
    assert misses(doc, exp) == []
    # the print's upright labels are parted again (parse/vertical_letters: each label's letters
    # drawn in one go), so each value is read by its own label, not beside another: no doubt left
    beside = {w["field"] for w in doc["warnings"] if w["code"] == "profile_read_beside"}
    assert not {"problem.statement", "corrective_actions[0].action", "prevention.documents_updated"} & beside
    assert not [w for w in doc["warnings"] if w.get("field") in {"problem.statement", "closure.closed_date"}]


def test_a_caption_printed_over_its_value_in_one_box_is_its_label_and_a_box_across_the_table_ends_it(office):
    """A portal's field card prints ``退货申请号`` over ``RT2026090011`` in one box: learned on
    the print, the first line is the number's label (the value after it), not the page title
    above; the return lines end at the 退货原因 box printed across the whole table (the approval
    flow's 节点 | 处理人 | 时间 under it is no return line)."""
    learned = _learn_set(HOLDOUT4, "return-zh-portal", "pdf", office)["toml"]
    assert re.search(
        r'^number = \{ label = "退货申请号", label_cell = "p1#3", at = "inline"(, shape = "[^"]+")?'
        r'(, sure = "RT2026090011")? \}$',  # (the number confirmed where the generic reader doubts it)
        learned,
        re.M,
    )
    doc, exp = _second(HOLDOUT4, "return-zh-portal")
    assert doc["record"]["number"] == "RT2026100042"
    assert [i["part_no"] for i in doc["record"]["items"]] == ["M-FS-2201", "M-FS-2203", "M-TB-0901"]
    assert misses(doc, exp) == []


def test_a_date_printed_with_a_two_digit_year_is_read_in_the_order_the_workbook_prints_it(office):
    """Excel's built-in short date prints ``11/2/26``: a profile learned on the workbook knows
    the order from the cells' format (m/d/yy: ``date_order = "mdy"``) and reads 2026-11-02 on the
    print — never ROC year 11 (1922); learned on the print itself, ``9/9/26`` is found for the
    clerk's 2026/9/9 and a day above 12 (9/30/26) tells the order."""
    learned = _learn_set(HOLDOUT5, "8d-en-g8d-workbook", "excel", office)["toml"]
    assert 'date_order = "mdy"' in learned
    doc, exp = _second(HOLDOUT5, "8d-en-g8d-workbook")
    assert doc["record"]["closure"]["closed_date"] == "2026-11-09"
    assert misses(doc, exp) == []
    shutil.rmtree(office / "profiles")
    learned = _learn_set(HOLDOUT5, "8d-en-g8d-workbook", "pdf", office)["toml"]
    assert 'date_order = "mdy"' in learned
    doc, exp = _second(HOLDOUT5, "8d-en-g8d-workbook")
    assert misses(doc, exp) == []


def test_a_breadcrumbs_last_part_and_a_fieldsets_label_value_rows_are_read_by_their_labels(office):
    """A portal page learned on its print: the 8D number is the end of the breadcrumb
    ``Supplier Quality Portal›8D›8D-0047718`` (its label and value in one printed box: read
    after the label on the next copy), and each ``Label   value`` row of a fieldset is a label
    and a value — a one-character value (``5``) too."""
    learned = _learn_set(HOLDOUT5, "8d-en-portal-fieldsets", "pdf", office)["toml"]
    assert 'number = { label = "Supplier Quality Portal›8D›"' in learned and 'at = "inline"' in learned
    doc, exp = _second(HOLDOUT5, "8d-en-portal-fieldsets")
    assert doc["record"]["number"] == "8D-0047950"
    assert doc["record"]["problem"]["qty_complained"] == 5
    assert doc["record"]["problem"]["statement"] == "Track rail burr; 5 seats stuck."
    assert misses(doc, exp) == []


def test_a_value_on_the_second_line_of_a_block_under_its_caption_is_read_there(office):
    """A credit memo prints ``Payer`` over the payer's name and its tax id under it: the tax id
    is learned as the second line of the block under ``Payer`` (``line = 2``) and read there on
    the next memo, whose name is another."""
    learned = _learn_set(HOLDOUT5, "allowance-en-fpdf-erp-memo", "pdf", office)["toml"]
    assert 'buyer_tax_id = { label = "Payer", label_cell = "p1#14", at = "below", line = 2 }' in learned
    doc, exp = _second(HOLDOUT5, "allowance-en-fpdf-erp-memo")
    assert doc["record"]["buyer_tax_id"] == "912201016051316087"
    assert misses(doc, exp) == []


def test_a_total_over_category_columns_learned_on_a_print_is_left_to_the_generic_reader_with_a_warning(
    office,
):
    """外观 | 尺寸 | 功能 | 包装 added up print in no one box: learned on the print, the total is
    never placed on a box that happens to print the same figure (the month 9 of a date); the
    generic reader's total is taken on the next print, said so."""
    from reader_bench import learn_one

    layout = "complaint-zh-pinzhi-yichang"
    profile, _ = learn_one(filled(layout, fmt="pdf"), expected(layout))
    assert profile.fields["defect_qty"].at == "generic"
    (office / "profiles").mkdir()
    (office / "profiles" / f"{layout}.toml").write_text(profile.to_toml(), encoding="utf-8")
    _, (doc,) = parse_cli(filled(layout, copy=2, fmt="pdf"))
    want = next(f["expect"] for f in expected(layout, copy=2)["fields"] if f["path"] == "defect_qty")
    assert doc["record"]["defect_qty"] == want
    assert any(w["code"] == "profile_reader_fallback" and w["field"] == "defect_qty" for w in doc["warnings"])


def test_the_benchmark_counts_a_value_not_on_the_page_only_when_no_spelling_of_it_is_printed():
    """``not on the page`` is proved per value: a date printed ``11/2/26`` is on the page (a
    reading rule can find it), a role printed 组长 for the code ``leader`` is on the page, and a
    date whose column prints ``###`` is not (the evidence says so)."""
    from second_copy import not_on_page

    g8d = HOLDOUT5 / "copy2" / "filled" / "8d-en-g8d-workbook.pdf"
    assert not_on_page(g8d, "2026-11-02") is None
    assert not_on_page(g8d, "2099-01-01") is not None
    blocks = LAYOUTS / "copy2" / "filled" / "8d-zh-blocks.pdf"
    assert not_on_page(blocks, "leader", "组长") is None
    assert not_on_page(blocks, "leader") is not None  # the code itself is printed nowhere


def test_a_unit_in_the_upper_row_of_a_two_row_header_scales_the_columns_under_it(office):
    """``数量(千个)`` over ``申请 | 实收``: the quantities under both are in thousands, learned
    from the header's upper row (the lower one names no unit) — 12 is 12000 pieces, never a
    silent 12."""
    holdout6 = ROOT / "tests" / "holdout6"
    learned = _learn_set(holdout6, "return-zh-rma-thousands", "excel", office)["toml"]
    assert 'qty_approved = { col = "E", label = "申请", label_cell = "E5", scale = 1000 }' in learned
    _, (doc,) = parse_cli(holdout6 / "copy2" / "filled" / "return-zh-rma-thousands.xlsx")
    assert doc["record"]["items"][0]["qty_approved"] == 12000
    exp = json.loads((holdout6 / "copy2" / "expected" / "return-zh-rma-thousands.json").read_text("utf-8"))
    assert misses(doc, exp) == []


def test_a_value_printed_apart_from_its_label_is_read_at_the_distance_learned_on_the_print(office):
    """A SCAR page printed from a web form has no ruling lines: each value stands some 100
    points right of its label. Learned on that print, the profile keeps the distance (``gap``)
    and reads the next copy's values there — ``Complaint Ref.``, whose words the generic reader
    does not know, too; a box that far off is otherwise never a label's value."""
    holdout6 = ROOT / "tests" / "holdout6"
    learned = _learn_set(holdout6, "8d-en-html-scar", "pdf", office)["toml"]
    assert re.search(r'complaint_number = \{ label = "Complaint Ref\.", .*at = "right", gap = \d+', learned)
    _, (doc,) = parse_cli(holdout6 / "copy2" / "filled" / "8d-en-html-scar.pdf")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["complaint_number"] == "NCR-SZ-77310"
    assert not any(
        w.get("field") == "complaint_number" for w in doc["warnings"] if "profile_reader" in w["code"]
    )


# ---------------------------------------------------------------------------------- round seven: a
# profile learned on one copy reads another exactly where the value is on the page
def test_a_label_wrapped_over_lines_run_into_its_neighbours_is_found_on_the_print(office):
    """Block labels in a narrow column wrap, and the print runs their lines together (退货原 /
    因处理方 / 式仓库签 / 收): learned on the Excel file, each is found over its lines on the
    second copy's print — the layout fits its profile exactly, and 仓库签收's value is read."""
    holdout6 = ROOT / "tests" / "holdout6"
    _learn_set(holdout6, "return-zh-rma-thousands", "excel", office)
    doc, exp = _second(holdout6, "return-zh-rma-thousands")
    assert doc["record"]["warehouse_receiver"] == "黎明"
    assert not [w for w in doc["warnings"] if w["code"] == "profile_labels_changed"], doc["warnings"]
    assert misses(doc, exp) == []


def test_a_name_printed_again_or_a_rows_unread_column_is_never_learned_as_a_label(
    shared_second_copies, office
):
    """Learned on the print of a 31-tab workbook: the statement on the summary tab stands right
    of the champion's name (a value printed on another tab too) and under its heading — the
    heading is its label; the report number under the answer to ``Description of use:`` and
    right of its own label — its own label; the containment lines are a table whose columns are
    read under their headers (the owners' column printed on another page, joined beside it).
    The second print reads the statement (split by the print into two boxes) and the owners of
    both lines."""
    toml = _learn_set(SHARED, "8d-en-workbook", "pdf", office)["toml"]
    assert '"problem.statement" = { label = "D2 PROBLEM DESCRIPTION"' in toml, toml
    assert 'label = "Lin Guodong"' not in toml and 'label = "Sorting report"' not in toml
    # the containment plan's right-hand columns (Responsible: The Doer) print on page 11, joined
    # beside page 9 (pdf_across, dev21-rp): learned as one table, each column under its header
    containment = toml.split("[tables.containment.columns]", 1)[1].split("\n\n", 1)[0]
    assert re.search(
        r'^action = \{ col = "", label = "Noun \+ Verb", label_cell = "p9#\d+" \}$', containment, re.M
    )
    assert re.search(
        r'^owner = \{ col = "", label = "The\\nDoer", label_cell = "p9#\d+" \}$', containment, re.M
    )
    # the answer to Description of use: (a field kesu has none for) is no label of the number
    # (the box's number on the page depends on how many boxes the reader keeps: not pinned)
    assert re.search(
        r'^number = \{ label = "8D Report Number:", label_cell = "p26#\d+", at = "right"(, shape = "[^"]+")? \}$',
        toml,
        re.M,
    )
    exp = json.loads((shared_second_copies / "expected" / "8d-en-workbook.json").read_text("utf-8"))
    _, (doc,) = parse_cli(shared_second_copies / "filled" / "8d-en-workbook.pdf")
    missed = dict(misses(doc, exp))
    # the four D2 answers are cut at their cells' borders on the print: not on the page (warned)
    # and the approver's name, printed also as the champion and a manager: the clerk's quoted
    # value places it at the first (the manager's; warned as the generic reader disagrees)
    assert set(missed) <= {
        "problem.what",
        "problem.where",
        "problem.why",
        "problem.how",
        "closure.approved_by",
    }, missed
    assert "problem.statement" not in missed
    owners = {r.get("action"): r.get("owner") for r in doc["record"]["containment"]}
    assert owners["Sort finished stock with Ø9.5 pin gauge"] == "Tvo Ipoh"


def _day_count_sheet(path: Path, number: str, received: int) -> Path:
    """A complaint sheet whose 受理日期 is typed as Excel's day count in a General cell."""
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "客诉"
    ws["A1"] = "客户投诉处理单"
    ws["A2"], ws["B2"] = "投诉编号", number
    ws["A3"], ws["B3"] = "投诉日期", received
    ws["A4"], ws["B4"] = "客户名称", "宁波华宇电器有限公司"
    ws["A5"], ws["B5"] = "产品料号", "HX-BRK-3307"
    thin = Side(style="thin")
    for row in ws["A2:B5"]:
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 30
    wb.save(path)
    return path


def test_a_date_typed_as_a_day_count_is_learned_and_read_on_the_next_workbook_and_its_print(office):
    """A clerk types the date as 46086 in a General cell (Excel shows the bare number, and so
    does the print). A profile learned where the clerk says that cell is the date reads the next
    copy's count as its date, on the workbook and on its print; the generic reader leaves a
    printed bare number alone (nothing on the page says it is a date), so it is not a
    disagreement."""
    first = _day_count_sheet(office / "first.xlsx", "CS-2603-001", 46086)
    code, out = run_cli(
        "learn", first, "--kind", "complaint", "--set", "number=B2", "--set", "received_date=B3",
        "--set", "customer=B4", "--set", "part_no=B5",
    )  # fmt: skip
    assert code == 0, out
    (profile,) = (office / "profiles").glob("*.toml")
    assert re.search(r"received_date = \{[^}]*serial = true", profile.read_text(encoding="utf-8"))
    second = _day_count_sheet(office / "second.xlsx", "CS-2604-017", 46128)
    pdf = soffice_convert(second, "pdf", office / "printed")
    for src in (second, pdf):
        _, (doc,) = parse_cli(src, "--lang", "en")
        assert doc["record"]["received_date"] == "2026-04-16", src.suffix
        assert doc["record"]["number"] == "CS-2604-017"
        assert "received_date" not in {w.get("field") for w in doc["warnings"] + doc["errors"]}, src.suffix


def _approver_twice(path: Path, approver: str) -> Path:
    """An 8D whose approver's name is also printed higher up, beside a label of no field."""
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "8D"
    rows = [
        ("8D Report", None),
        ("8D No.", "8D-2611-044"),
        ("Customer", "Kessler Antriebstechnik GmbH"),
        ("Value Stream Manager:", "Lin Guodong"),
        ("D2 Problem description", "Burr on the mounting hole."),
        ("D8 Closure", None),
        ("Approved by:", approver),
    ]
    thin = Side(style="thin")
    for r, (label, value) in enumerate(rows, start=1):
        ws.cell(r, 1, label)
        ws.cell(r, 2, value)
        if r > 1:
            for c in (1, 2):
                ws.cell(r, c).border = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 34
    wb.save(path)
    return path


def test_a_value_printed_in_several_places_is_learned_where_kesu_read_its_field(office):
    """On a print the clerk says where a value stands by quoting it; a name printed twice (the
    approver also named higher up, beside a label of no field) is learned at the place kesu
    read the field from, so the next copy's approver is read, not the name above it."""
    first = soffice_convert(_approver_twice(office / "first.xlsx", "Lin Guodong"), "pdf", office / "p1")
    code, out = run_cli(
        "learn", first, "--kind", "8d", "--set", 'number="8D-2611-044"',
        "--set", 'closure.approved_by="Lin Guodong"',
    )  # fmt: skip
    assert code == 0, out
    second = soffice_convert(_approver_twice(office / "second.xlsx", "Mjo Hvpepoh"), "pdf", office / "p2")
    _, (doc,) = parse_cli(second, "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    assert doc["record"]["closure"]["approved_by"] == "Mjo Hvpepoh"
    assert "closure.approved_by" not in {
        w["field"] for w in doc["warnings"] if w["code"] == "profile_reader_disagree"
    }


def _yuan_sheet(path: Path, amount: float, tax: float) -> Path:
    """An allowance whose amounts print with 元 after them and whose rate prints as 13%."""
    from openpyxl.styles import Border, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "折让"
    ws["A1"] = "销货折让证明单"
    ws["A2"], ws["B2"], ws["C2"], ws["D2"] = "单据编号", "ZR-2611-008", "税率", 0.13
    ws["D2"].number_format = "0%"
    ws["A4"], ws["B4"], ws["C4"], ws["D4"] = "货物名称", "数量", "折让金额", "税额"
    ws["A5"], ws["B5"], ws["C5"], ws["D5"] = "BOPET 薄膜", 2000, amount, tax
    for ref in ("C5", "D5"):
        ws[ref].number_format = '#,##0.00"元"'
    thin = Side(style="thin")
    for row in ws["A2:D5"]:
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, width in zip("ABCD", (14, 16, 14, 14), strict=True):
        ws.column_dimensions[col].width = width
    wb.save(path)
    return path


def test_amounts_printed_with_their_yuan_and_a_rate_printed_as_a_percent_are_learned_on_a_print(office):
    """The clerk's corrections give the values as typed (``3000.0``, ``0.13``); the print shows
    ``3,000.00元`` and ``13%``: the same figures, so the profile learns their places."""
    first = soffice_convert(_yuan_sheet(office / "first.xlsx", 3000.0, 390.0), "pdf", office / "p1")
    code, out = run_cli(
        "learn", first, "--kind", "allowance", "--set", 'number="ZR-2611-008"', "--set", 'tax_rate="0.13"',
        "--set", 'items[0].allowance_amount="3000.0"', "--set", 'items[0].tax="390.0"',
    )  # fmt: skip
    assert code == 0, out
    second = soffice_convert(_yuan_sheet(office / "second.xlsx", 2400.0, 312.0), "pdf", office / "p2")
    _, (doc,) = parse_cli(second, "--lang", "en")
    assert any(w["code"] == "profile_used" for w in doc["warnings"])
    line = doc["record"]["items"][0]
    assert (line["allowance_amount"], line["tax"], doc["record"]["tax_rate"]) == ("2400.00", "312.00", "0.13")
