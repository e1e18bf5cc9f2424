"""`kesu parse` and `kesu validate` as a clerk uses them: JSON lines, tables, reports, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from helpers import sqlite_open
from openpyxl import load_workbook

from kesu_docs.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
VALID = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def write(tmp_path: Path, name: str, payload) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    return path


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.startswith("{")]


def test_valid_json_record_parses_to_one_valid_line(tmp_path):
    result = run("parse", str(SAMPLES / "complaint-from-system.json"))
    assert result.exit_code == 0, result.output
    [doc] = lines(result.output)
    assert set(doc) == {"source", "kind", "valid", "record", "errors", "warnings", "provenance"}
    assert doc["valid"] is True and doc["kind"] == "complaint"
    record = doc["record"]
    assert record["loss_amount"] == "3680.00"  # money: a 2-place decimal string
    assert record["received_date"] == "2026-09-08"  # dates: ISO
    assert record["sample_received"] is True
    assert record["defect_rate"] == "0.023"  # derived: 46 / 2000
    assert record["severity"] == "general"  # derived: loss < 5,000, no safety impact


def test_ship_date_after_received_date_is_reported_with_code_field_and_label(tmp_path):
    src = write(tmp_path, "late.json", VALID | {"ship_date": "2026-09-09"})
    result = run("parse", str(src))
    assert result.exit_code == 1
    [doc] = lines(result.output)
    assert doc["valid"] is False
    [err] = doc["errors"]
    assert (err["code"], err["field"], err["label"]) == ("ship_after_received", "ship_date", "交运日期")
    assert "不能晚于受理日期" in err["message"]


def test_messages_are_english_with_lang_en(tmp_path):
    src = write(tmp_path, "late.json", VALID | {"ship_date": "2026-09-09"})
    for args in (["--lang", "en", "parse", str(src)], ["parse", str(src), "--lang", "en"]):
        [doc] = lines(run(*args).output)
        assert doc["errors"][0]["message"].startswith("Ship date (2026-09-09) is after")


def test_chinese_terms_and_clerk_formats_are_accepted_in_json(tmp_path):
    src = write(
        tmp_path,
        "zh.json",
        VALID
        | {
            "market": "国内",
            "complaint_type": "质量异常",
            "loss_amount": "¥3,680.5",
            "received_date": "2026年9月8日",
            "customer_request": "退货",
            "disposition": "退货",
        },
    )
    [doc] = lines(run("parse", str(src)).output)
    assert doc["valid"], doc["errors"]
    assert doc["record"]["market"] == "domestic" and doc["record"]["loss_amount"] == "3680.50"


def test_json_numbers_never_pass_through_a_float(tmp_path):
    # 17 significant digits: a float would print 12345678901234568.00; a number-typed order no. keeps no ".0"
    src = tmp_path / "big.json"
    body = json.dumps(VALID | {"order_no": "@"}, ensure_ascii=False)
    src.write_text(
        body.replace('"@"', "4500123987.0").replace("}", ', "allowance_amount": 12345678901234567.89}'),
        encoding="utf-8",
    )
    [doc] = lines(run("parse", str(src)).output)
    assert doc["record"]["allowance_amount"] == "12345678901234567.89"
    assert doc["record"]["order_no"] == "4500123987"


def test_a_json_list_gives_one_result_per_record_located_by_index(tmp_path):
    broken = VALID | {"defect_qty": 5000}
    src = write(tmp_path, "list.json", [VALID, broken])
    result = run("parse", str(src))
    assert result.exit_code == 1
    first, second = lines(result.output)
    assert first["source"].endswith("list.json#1") and first["valid"]
    assert second["source"].endswith("list.json#2")
    assert [e["code"] for e in second["errors"]] == ["defect_qty_exceeds_ship_qty"]
    assert second["errors"][0]["location"] == "#2"


def test_one_broken_file_in_a_batch_is_reported_and_the_others_still_run(tmp_path):
    batch = tmp_path / "inbox"
    batch.mkdir()
    for i in range(3):
        write(batch, f"ok-{i}.json", VALID | {"order_no": f"SO-{i}"})
    (batch / "broken.json").write_text('{"kind": "complaint", "customer": ', encoding="utf-8")
    (batch / "empty.json").write_bytes(b"")
    (batch / "notes.txt").write_text("not a form")  # not a form file: a directory ignores it
    result = run("parse", str(batch))
    assert result.exit_code == 2  # a file could not be read
    docs = {Path(d["source"]).name: d for d in lines(result.output)}
    assert sorted(docs) == ["broken.json", "empty.json", "ok-0.json", "ok-1.json", "ok-2.json"]
    assert all(docs[f"ok-{i}.json"]["valid"] for i in range(3))
    assert docs["broken.json"]["errors"][0]["code"] == "invalid_json"
    assert docs["empty.json"]["errors"][0]["code"] == "empty_file"
    assert "Traceback" not in result.output


def test_missing_file_and_unsupported_type_exit_2_with_a_reason(tmp_path):
    odd = tmp_path / "form.docx"
    odd.write_bytes(b"PK\x03\x04 not really")
    result = run("parse", str(tmp_path / "nope.xlsx"), str(odd))
    assert result.exit_code == 2
    missing, unsupported = lines(result.output)
    assert missing["errors"][0]["code"] == "file_not_found"
    assert unsupported["errors"][0]["code"] == "unsupported_file"


def test_unknown_kind_asks_for_kind(tmp_path):
    src = write(tmp_path, "nokind.json", {k: v for k, v in VALID.items() if k != "kind"})
    [doc] = lines(run("parse", str(src)).output)
    assert doc["errors"][0]["code"] == "unknown_kind"
    [doc] = lines(run("parse", str(src), "--kind", "complaint").output)
    assert doc["valid"]


def test_validate_prints_a_table_and_writes_json_xlsx_and_html_reports(tmp_path):
    bad = write(tmp_path, "bad.json", VALID | {"ship_date": "2026-09-09", "closed_date": "2026-10-30"})
    good = SAMPLES / "complaint-from-system.json"
    for suffix in (".json", ".xlsx", ".html"):
        report = tmp_path / f"report{suffix}"
        result = run("validate", str(good), str(bad), "--report", str(report))
        assert result.exit_code == 1
        assert "交运日期" in result.output and "通过" in result.output
        assert report.is_file()
    payload = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert payload["summary"] == {
        "documents": 2,
        "valid": 1,
        "invalid": 1,
        "unreadable": 0,
        "errors": 1,
        "warnings": 1,
    }
    sheet = load_workbook(tmp_path / "report.xlsx").active
    table = [[c.value for c in row] for row in sheet.iter_rows()]
    assert table[0][:3] == ["文件", "表单", "结果"]
    codes = {row[7] for row in table[1:]}
    assert {"ship_after_received", "closed_late"} <= codes
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "ship_after_received" in html and "<table>" in html


def test_validate_report_with_an_unknown_suffix_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(
        cli, ["validate", str(SAMPLES / "complaint-from-system.json"), "--report", str(tmp_path / "r.csv")]
    )
    assert result.exit_code == 2


def test_customer_names_with_markup_are_reported_as_text_in_html(tmp_path):
    src = write(tmp_path, "x.json", VALID | {"customer": "A&B <Ltd>", "ship_qty": 0})
    report = tmp_path / "r.html"
    run("validate", str(src), "--report", str(report))
    html = report.read_text(encoding="utf-8")
    assert "<Ltd>" not in html


def test_forms_lists_the_complaint_sheet_and_schema_is_json_schema():
    result = run("forms")
    assert "QR-047-01-A2" in result.output and "客户抱怨处理单" in result.output
    schema = json.loads(run("schema", "complaint").output)
    assert schema["type"] == "object"
    assert {"received_date", "customer", "market"} <= set(schema["required"])
    assert schema["properties"]["customer"]["label_zh"] == "客户名称"
    assert schema["properties"]["loss_amount"]["anyOf"][0]["pattern"]


def test_version():
    assert run("--version").output.startswith("kesu, version")


def test_schema_and_blank_offer_every_form_kind_found_in_forms():
    from kesu_docs import forms

    for command in ("schema", "blank"):
        assert list(cli.commands[command].params[0].type.choices) == forms.kinds()


def test_validate_piped_into_a_file_keeps_each_message_on_one_line(tmp_path):
    src = write(tmp_path, "late.json", VALID | {"ship_date": "2026-09-09"})
    # piped with no COLUMNS, as a clerk's `kesu validate … > log.txt` (not the suite's wide default)
    result = CliRunner().invoke(cli, ["--lang", "en", "validate", str(src)], env={"COLUMNS": None})
    assert result.exit_code == 1
    assert "Ship date (2026-09-09) is after the received date (2026-09-08)" in result.output


def test_a_report_that_cannot_be_written_exits_2_with_the_reason(tmp_path):
    src = write(tmp_path, "ok.json", VALID)
    result = run("--lang", "en", "validate", str(src), "--report", str(src / "report.xlsx"))
    assert result.exit_code == 2
    assert "Cannot write the report" in result.output and "Traceback" not in result.output


def test_a_blank_that_cannot_be_written_exits_2_with_the_reason(tmp_path):
    src = write(tmp_path, "ok.json", VALID)
    result = run("--lang", "en", "blank", "complaint", "-o", str(src / "blank.xlsx"))
    assert result.exit_code == 2
    assert "Cannot write" in result.output and "Traceback" not in result.output


def test_a_failure_on_one_document_is_reported_and_the_rest_of_the_batch_still_runs(tmp_path):

    from kesu_docs.parse import parse_paths
    from kesu_docs.register import Register

    db = tmp_path / "kesu.db"
    register = Register.open(db)
    with sqlite_open(db) as conn:  # the register breaks under our feet mid-batch
        conn.execute("DROP TABLE documents")
    referencing = write(tmp_path, "refiled.json", VALID | {"original_number": "202608001", "number": None})
    results = parse_paths([SAMPLES / "complaint-from-system.json", referencing], register=register)
    register.close()
    ok, broken = results
    assert ok.valid
    assert broken.fatal and broken.errors[0].code == "internal_error"
    assert "请把文件交给 IT 人员" in broken.errors[0].message("zh")


def test_a_folder_without_any_form_file_is_said_not_passed_over(tmp_path):
    from helpers import kesu

    inbox = tmp_path / "收件箱"
    inbox.mkdir()
    (inbox / "说明.txt").write_text("not a form", encoding="utf-8")
    for command in (["parse"], ["validate"], ["render", "-o", tmp_path / "out", "--db", tmp_path / "k.db"]):
        result = kesu(*command[:1], inbox, *command[1:])
        assert result.exit_code == 0, result.output
        assert f"文件夹 {inbox} 里没有表单文件" in result.stderr
    result = kesu("parse", inbox, "--lang", "en")
    assert "holds no form file" in result.stderr


def test_a_folder_holds_forms_exactly_when_it_lists_some(tmp_path):
    """The note on an empty folder stops at the first form file (speed, issue 15): it must say
    'empty' for exactly the folders in which the batch lists nothing."""
    import os

    from kesu_docs.parse.reading import expand, holds_forms

    layouts = {
        "nothing": [],
        "not forms": ["说明.txt", "~$锁.xlsx", ".~lock.表.xlsx#", "sub/readme.md"],
        "deep form": ["a/b/c/客诉.json", "说明.txt"],
        "form": ["客诉.XLSX"],
        "old sheet": ["旧表.xls"],
    }
    for name, entries in layouts.items():
        folder = tmp_path / name
        folder.mkdir()
        for entry in entries:
            (folder / entry).parent.mkdir(parents=True, exist_ok=True)
            (folder / entry).write_text("{}", encoding="utf-8")
    linked = tmp_path / "link only"
    linked.mkdir()
    os.symlink(tmp_path / "form", linked / "elsewhere", target_is_directory=True)
    for folder in [*(tmp_path / name for name in layouts), linked]:
        listed = list(expand([folder]))
        assert holds_forms(folder) == bool(listed), (folder.name, listed)
    assert [holds_forms(tmp_path / name) for name in layouts] == [False, False, True, True, True]
