"""kesu.toml: the procedure's deadlines, bands and thresholds, overridden per plant."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASE = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def parse_in(folder: Path, record: dict) -> dict:
    (folder / "case.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", "parse", "case.json"],
        cwd=folder,
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
