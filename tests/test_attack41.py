"""Hostile files and clerks' habits, the forty-first round (attack41): what a clerk's slip or a
hostile file did to the commands around the reader — each found defect with the test that
showed it, through the command line, on real files and a real SQLite register."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from helpers import ROOT, kesu

SAMPLES = ROOT / "samples"


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> Path:
    """A register with a complaint from another system numbered and printed (from the clerk's
    inbox: not from the samples, as the demo's are)."""
    folder = tmp_path_factory.mktemp("register")
    db = folder / "kesu.db"
    shutil.copy(SAMPLES / "complaint-from-system.json", folder / "系统导出.json")
    done = kesu("render", folder / "系统导出.json", "-o", folder / "out", "--db", db)
    assert done.exit_code == 0, done.output
    return db


def _filled_form(folder: Path, name: str = "客诉-填好的.xlsx") -> tuple[Path, bytes]:
    """A clerk's filled form (the only copy) at ``folder/name``, and its bytes."""
    form = folder / name
    shutil.copy(SAMPLES / "complaint-valid.xlsx", form)
    return form, form.read_bytes()


# ------------------------------------------------------------------ 1. an output named over a clerk's file
# `register export -o 客诉.xlsx` and `validate … --report 客诉.xlsx` (a form not among those checked:
# tab completion picked the wrong name) wrote over the clerk's filled form, exit 0, the form lost;
# `report monthly -o` has refused so since round 32. Each now writes over its own earlier output
# only (known by what it holds), anything else with --force; a pipe or a device never.


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "不是 kesu 写出的登记簿导出"), ("en", "is no register export")]
)
def test_a_register_export_named_over_a_filled_form_leaves_the_form_as_it_is(tmp_path, register, lang, said):
    form, kept = _filled_form(tmp_path)
    refused = kesu("register", "export", "-o", form, "--db", register, "--lang", lang)
    assert refused.exit_code == 2, refused.output
    assert said in refused.output and "--force" in refused.output and "Traceback" not in refused.output
    assert form.read_bytes() == kept and sorted(p.name for p in tmp_path.iterdir()) == [form.name]
    export = tmp_path / "登记追踪表.xlsx"
    for _ in range(2):  # its own export, of either language, is written over as before
        for each in ("zh", "en"):
            done = kesu("register", "export", "-o", export, "--db", register, "--lang", each)
            assert done.exit_code == 0, done.output
    forced = kesu("register", "export", "-o", form, "--db", register, "--force")
    assert forced.exit_code == 0, forced.output
    assert form.read_bytes() != kept


def test_a_pipe_named_as_the_export_is_refused_not_replaced(tmp_path, register):
    pipe = tmp_path / "export.xlsx"
    os.mkfifo(pipe)
    for force in ((), ("--force",)):
        refused = kesu("register", "export", "-o", pipe, "--db", register, *force)
        assert refused.exit_code == 2 and "不是普通文件" in refused.output, refused.output
        assert pipe.is_fifo()


def _clerks_files(folder: Path) -> dict[str, bytes]:
    """A file of the clerk's for each report format: a filled form, a record from another system,
    a page saved from a customer's mail."""
    made = {
        "客诉-填好的.xlsx": (SAMPLES / "complaint-valid.xlsx").read_bytes(),
        "系统导出.json": (SAMPLES / "8d-valid.json").read_bytes(),
        "客户来函.html": "<!doctype html><html><head><title>客户来函</title></head><body>退货</body></html>".encode(),
    }
    for name, data in made.items():
        (folder / name).write_bytes(data)
    return made


@pytest.mark.parametrize(("lang", "said"), [("zh", "不是 kesu 写出的检查报告"), ("en", "is no check report")])
def test_a_check_report_named_over_another_file_of_the_clerks_leaves_it_as_it_is(tmp_path, lang, said):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉.xlsx")
    made = _clerks_files(tmp_path)
    for name, data in made.items():
        refused = kesu("validate", inbox, "--report", tmp_path / name, "--lang", lang)
        assert refused.exit_code == 2, refused.output
        assert said in refused.output and "--force" in refused.output and "Traceback" not in refused.output
        assert (tmp_path / name).read_bytes() == data
    for name in ("r.xlsx", "r.json", "r.html", "r.htm"):  # its own report: written over as before
        for _ in range(2):
            done = kesu("validate", inbox, "--report", tmp_path / name, "--lang", lang)
            assert done.exit_code == 0, done.output
    forced = kesu("validate", inbox, "--report", tmp_path / "客户来函.html", "--force")
    assert forced.exit_code == 0, forced.output
    assert (tmp_path / "客户来函.html").read_bytes() != made["客户来函.html"]


def test_a_check_report_of_an_earlier_kesu_without_its_mark_is_still_written_over(tmp_path):
    """An HTML report written before the page carried its mark is known by its title."""
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "complaint-valid.xlsx", inbox / "客诉.xlsx")
    for title in ("表单检查报告", "Form validation report"):
        old = tmp_path / "old.html"
        old.write_text(
            f'<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8">\n<title>{title}</title>'
        )
        done = kesu("validate", inbox, "--report", old)
        assert done.exit_code == 0, done.output
        assert "kesu-check-report" in old.read_text()


# ------------------------------------------------------------------ 2. a blank named over a filled form
# `kesu blank complaint -o 客诉.xlsx` wrote the blank over the clerk's filled form of that name (the
# name a clerk gives both), exit 0, the form lost. A blank is written over a form with nothing filled
# in (the reader's empty_form: a blank, of any kind or format) and over nothing else without --force.


@pytest.mark.parametrize(("lang", "said"), [("zh", "不是 kesu 写出的空白表单"), ("en", "is no blank form")])
def test_a_blank_named_over_a_filled_form_leaves_the_form_as_it_is(tmp_path, lang, said):
    form, kept = _filled_form(tmp_path, "客户抱怨处理单.xlsx")
    record = tmp_path / "客户抱怨处理单.pdf"
    shutil.copy(SAMPLES / "complaint-broken.pdf", record)  # a filled PDF form (with its mistakes)
    for target in (form, record):
        before = target.read_bytes()
        refused = kesu("blank", "complaint", "-o", target, "--lang", lang)
        assert refused.exit_code == 2, refused.output
        assert said in refused.output and "--force" in refused.output and "Traceback" not in refused.output
        assert target.read_bytes() == before
    assert form.read_bytes() == kept
    for name in ("blank.xlsx", "blank.pdf"):  # a blank written over a blank: its own, another kind's
        for kind in ("complaint", "8d", "complaint"):
            done = kesu("blank", kind, "-o", tmp_path / name, "--lang", lang)
            assert done.exit_code == 0, done.output
    forced = kesu("blank", "complaint", "-o", form, "--force")
    assert forced.exit_code == 0, forced.output
    assert form.read_bytes() == (tmp_path / "blank.xlsx").read_bytes()


def test_a_pipe_named_as_the_blank_is_refused_not_replaced(tmp_path):
    pipe = tmp_path / "blank.xlsx"
    os.mkfifo(pipe)
    refused = kesu("blank", "complaint", "-o", pipe, "--force")
    assert refused.exit_code == 2 and "不是普通文件" in refused.output, refused.output
    assert pipe.is_fifo()


# ------------------------------------------------------------------ 3. the demo in the office's folder
# `kesu demo -o .` (or into the folder the office's kesu.db lives in) deleted that register and made
# the demo's in its place, exit 0: every number issued was forgotten, to be issued again. The demo
# makes anew only a register of its own (every document in it filed from its samples) or none.


@pytest.mark.parametrize(
    ("lang", "said"), [("zh", "不是演示建立的登记簿"), ("en", "is no register the demo made")]
)
def test_the_demo_never_deletes_a_register_it_did_not_make(tmp_path, register, lang, said):
    office = tmp_path / "office"
    office.mkdir()
    shutil.copy(register, office / "kesu.db")
    kept = (office / "kesu.db").read_bytes()
    refused = kesu("demo", "-o", office, "--no-pdf", "--lang", lang)
    assert refused.exit_code == 2, refused.output
    assert said in refused.output and "Traceback" not in refused.output
    assert (office / "kesu.db").read_bytes() == kept
    assert sorted(p.name for p in office.iterdir()) == ["kesu.db"]  # nothing else written either
    (office / "kesu.db").write_bytes(b"not a database")  # a damaged file is no demo's either
    assert kesu("demo", "-o", office, "--no-pdf").exit_code == 2
    assert (office / "kesu.db").read_bytes() == b"not a database"


def test_the_demo_run_again_makes_its_own_register_anew(tmp_path):
    demo = tmp_path / "demo"
    for _ in range(2):
        done = kesu("demo", "-o", demo, "--no-pdf")
        assert done.exit_code == 0, done.output
    listed = kesu("register", "list", "--db", demo / "kesu.db", "--format", "tsv")
    numbers = [line.split("\t")[0] for line in listed.output.splitlines()[1:] if line.strip()]
    assert numbers and len(numbers) == len(set(numbers))
