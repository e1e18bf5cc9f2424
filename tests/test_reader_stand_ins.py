"""Values a form does not hold: Word's prompt in a content control nobody filled, and a
profile's fixed text (the first copy's correction) on a copy that does not print it. Either is
left empty and said — never read as the value."""

from __future__ import annotations

from pathlib import Path

from helpers import parse_cli, run_cli
from openpyxl import Workbook
from openpyxl.styles import PatternFill

from kesu_docs.parse import parse_paths

SHADE = PatternFill("solid", fgColor="D9D9D9")


def sheet(path: Path, title: str, rows: list[tuple[str, str]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = title[:30]
    ws["A1"] = title
    for r, (label, value) in enumerate(rows, start=2):
        ws.cell(r, 1, label).fill = SHADE
        ws.cell(r, 2, value)
    wb.save(path)
    return path


def codes(doc: dict, field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def test_words_prompt_left_in_a_field_is_no_value(tmp_path):
    rows = [
        ("Complaint No.", "CC-2612-07"),
        ("Customer", "Acme Ltd"),
        ("Date Received", "2026-03-05"),
        ("Reported by", "Click or tap here to\nenter text."),
        ("Ship Date", "Click or tap to enter a date."),
    ]
    [result] = parse_paths([sheet(tmp_path / "cc.xlsx", "Customer Complaint Report", rows)], kind="complaint")
    doc = result.to_dict("en")
    assert doc["record"]["reporter"] is None
    assert "value_placeholder" in codes(doc, "reporter")
    assert doc["record"]["ship_date"] is None
    assert "value_placeholder" in codes(doc, "ship_date")
    assert doc["record"]["customer"] == "Acme Ltd"  # a real value stays


def test_a_profiles_fixed_text_is_given_only_where_the_form_prints_it(tmp_path, monkeypatch):
    """Learned with ``--fixed reporter=王芳`` (the first copy's reporter): a copy printing 王芳
    gets it; a copy whose reporter is 李强 does not get 王芳 — not read, said."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("KESU_CONFIG", raising=False)
    (tmp_path / "kesu.toml").write_text('company = "示范电子股份有限公司"\n', encoding="utf-8")

    def form(name: str, reporter: str) -> Path:
        rows = [
            ("投诉编号", f"TS-2604-{name}"),
            ("客户名称", "华东精密机械有限公司"),
            ("受理日期", "2026/4/14"),
            ("料号", "PCB-4471-A"),
            ("不良描述", "C12 电容虚焊"),
            ("填表人", reporter),
        ]
        return sheet(tmp_path / f"{name}.xlsx", "客户投诉处理单", rows)

    code, out = run_cli("learn", str(form("01", "王芳")), "--kind", "complaint", "--fixed", "reporter=王芳")
    assert code == 0, out
    _, (same,) = parse_cli(form("02", "王芳"))
    assert any(w["code"] == "profile_used" for w in same["warnings"])
    assert same["record"]["reporter"] == "王芳"
    _, (other,) = parse_cli(form("03", "李强"))
    assert any(w["code"] == "profile_used" for w in other["warnings"])
    assert other["record"]["reporter"] != "王芳"
    assert other["record"]["reporter"] is None or codes(other, "reporter")
    assert "profile_value_not_printed" in codes(other, "reporter")
