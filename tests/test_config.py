"""kesu.toml: the procedure's deadlines, bands and thresholds, overridden per plant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from helpers import clean_environment

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASE = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def parse_in(folder: Path, record: dict) -> dict:
    (folder / "case.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "parse", "case.json"],
        cwd=folder,
        env=clean_environment(),
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def test_defaults_are_the_seeds_fifteen_days_for_a_domestic_case(tmp_path):
    doc = parse_in(tmp_path, CASE | {"received_date": "2026-09-01", "closed_date": "2026-09-15"})
    assert doc["warnings"] == []


def test_a_plant_on_thirteen_days_gets_the_late_warning_from_its_kesu_toml(tmp_path):
    (tmp_path / "kesu.toml").write_text(
        "[deadlines]\ndomestic_days = 13\nforeign_days = 17\n", encoding="utf-8"
    )
    doc = parse_in(tmp_path, CASE | {"received_date": "2026-09-01", "closed_date": "2026-09-15"})
    [late] = doc["warnings"]
    assert late["code"] == "closed_late" and "13" in late["message"]


def test_approval_bands_come_from_kesu_toml(tmp_path):
    (tmp_path / "kesu.toml").write_text('[approval]\nsales_manager_max = "3000"\n', encoding="utf-8")
    doc = parse_in(tmp_path, CASE)  # a loss of 3,680.00 approved by the sales manager
    assert [e["code"] for e in doc["errors"]] == ["approval_level_too_low"]


def test_a_broken_kesu_toml_is_a_clear_error_with_exit_2(tmp_path):
    (tmp_path / "kesu.toml").write_text("[deadlines]\ndomestic_dayz = 13\n", encoding="utf-8")
    (tmp_path / "case.json").write_text(json.dumps(CASE, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "parse", "case.json"],
        cwd=tmp_path,
        env=clean_environment(),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "kesu.toml" in result.stderr and "domestic_dayz" in result.stderr
    assert "Traceback" not in result.stderr


def test_kesu_config_names_another_file(tmp_path, monkeypatch):
    config = tmp_path / "plant-b.toml"
    config.write_text('company = "乙厂电子"\n', encoding="utf-8")
    from kesu_docs.config import load_settings

    monkeypatch.setenv("KESU_CONFIG", str(config))
    assert load_settings().company == "乙厂电子"


def test_the_limits_in_force_hold_a_record_and_its_rows_when_built(tmp_path, monkeypatch):
    """validation.build hands the limits to the field checks once (validation_context), rather
    than each text asking for the settings: the plant's [limits] still reach every field, a
    table's rows too, and other settings in force are seen by the next record."""
    import datetime as dt

    from kesu_docs import forms
    from kesu_docs.validation import build

    values = {
        "received_date": dt.date(2026, 9, 1),
        "customer": "华东精密机械有限公司",  # 10 characters
        "market": "国内",
        "order_no": "PO-000001",
        "part_no": "KS-001",
        "part_name": "电源模块",
        "lot_no": "L00001",
        "ship_date": dt.date(2026, 8, 20),
        "ship_qty": 1000,
        "defect_qty": 5,
        "complaint_type": "质量异常",
        "description": "外观划伤",
        "customer_request": "退货",
        "requested_qty": 5,
        "penalties": [{"target": "包装组第一小组夜班甲乙丙", "code": "I", "kind": "警告", "amount": 100}],
    }
    spec = forms.get("complaint")
    record, problems = build(spec, values)
    assert problems == [] and record.customer == values["customer"]
    config = tmp_path / "kesu.toml"
    config.write_text("[limits]\nline_chars = 9\n", encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(config))
    _record, problems = build(spec, values)
    too_long = sorted(p.field for p in problems if p.code == "too_long")
    assert too_long == ["customer", "penalties[0].target"], problems
    other = tmp_path / "kesu-other.toml"
    other.write_text("[limits]\nline_chars = 10\n", encoding="utf-8")
    monkeypatch.setenv("KESU_CONFIG", str(other))
    _record, problems = build(spec, values)
    assert [p.field for p in problems if p.code == "too_long"] == ["penalties[0].target"], problems
