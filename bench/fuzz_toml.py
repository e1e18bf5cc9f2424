"""Fuzz kesu's TOML loaders as ``kesu parse`` meets them: the settings file (``kesu.toml``, read
by :func:`kesu_docs.config.load_settings`: a bad one must be a ``ConfigError`` naming the key)
and a layout profile (``profiles/*.toml``, written by ``kesu learn`` and edited by hand: a bad
one must be said on each file read, ``profile_unreadable``). A settings text that loads is then
used for reading a filled form, and a profile that loads reads the filled forms of its layout
(see bench/fuzz_common.py for what a finding is and where it is written).

An input is ``[target] + the TOML text``: an even first byte the settings, an odd one a profile;
``target // 2`` chooses the filled form read with it. The profiles of the first corpus are
learned at the first run on the held-out set 11's layouts, as ``kesu learn`` writes them.

    nice -n 10 .venv/bin/python bench/fuzz_toml.py -max_total_time=600 -timeout=20 -rss_limit_mb=1500
    .venv/bin/python bench/fuzz_toml.py /tmp/kesu-fuzz/findings/toml/X.bin   # one input again
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from fuzz_common import ROOT, Findings, parse_as_kesu, run

HOLDOUT = ROOT / "tests" / "holdout11"
FORMS = [
    HOLDOUT / "filled" / name
    for name in (
        "8d-en-nostyles.xlsx",
        "allowance-zht-erpcodes.xlsx",
        "allowance-en-hashes.pdf",
        "8d-zh-formulas.xlsx",
    )
]
SETTINGS = [
    'company = "华东精密电子"\nlang = "en"\n[limits]\nfile_mb = 5\nsheet_cells = 5000\npdf_pages = 3\n',
    '[deadlines]\ndomestic_days = 7\nforeign_days = 20\n[severity]\nmajor_loss = "10000"\n'
    'general_below = "5000"\n[approval]\nsales_manager_max = 5000\n',
    '[satisfaction]\nbase_score = 100\n[satisfaction.survey]\n"华东" = 95\n[limits]\ntext_chars = 10\n'
    "code_chars = 4\nline_chars = 20\nnotes = 1\nnote_chars = 5\n",
    'profiles = "profiles"\neffective_date = "2026-01-01"\n[numbering]\n',
]
WORDS = [
    "[limits]",
    "[fields]",
    "[tables.items]",
    "[tables.items.columns]",
    "[fingerprint.labels]",
    "first_row = ",
    "step = ",
    "lines = ",
    "beside = ",
    "scale = ",
    'sheet = "',
    'kind = "',
    'date_order = "',
    '= { cell = "',
    '= { label = "',
    '= { range = "',
    "A1:XFD1048576",
    "1048577",
    "-1",
    "nan",
    "inf",
    "1e999",
    "9223372036854775808",
    '"""',
    "[[",
    "]]",
]
FOLDER = Path(tempfile.mkdtemp(prefix="kesu-fuzz-toml-"))
PROFILES = FOLDER / "profiles"
PROFILES.mkdir()
CONFIG = FOLDER / "kesu.toml"
CONFIG.write_text(f'profiles = "{PROFILES}"\n', encoding="utf-8")
FINDINGS = Findings("toml")


def test_one(data: bytes) -> None:
    if not data:
        return
    form = FORMS[(data[0] // 2) % len(FORMS)]
    if data[0] % 2 == 0:
        _settings(data, form)
    else:
        _profile(data, form)


def _settings(data: bytes, form: Path) -> None:
    from kesu_docs.config import ConfigError, held_settings, load_settings

    given = FOLDER / "given.toml"
    given.write_bytes(data[1:])
    started = time.monotonic()
    try:
        found = load_settings(given)
    except ConfigError:
        return
    except Exception as exc:
        FINDINGS.add(
            data, f"settings: escaped {type(exc).__name__}", "".join(traceback.format_exception(exc))
        )
        return
    finally:
        FINDINGS.timed(data, started)
    with held_settings(found):
        parse_as_kesu(form, FINDINGS, data)


def _profile(data: bytes, form: Path) -> None:
    (PROFILES / "fuzzed.toml").write_bytes(data[1:])
    parse_as_kesu(form, FINDINGS, data)


def seeds() -> list[bytes]:
    from reader_bench import learn_profiles

    learned = FOLDER / "learned"
    learn_profiles(HOLDOUT, learned, ("xlsx", "pdf"))
    profiles = [p.read_bytes() for p in sorted(learned.glob("*.toml"))]
    out = [bytes([2 * i]) + text.encode() for i, text in enumerate(SETTINGS)]
    for form in range(len(FORMS)):
        out += [bytes([2 * form + 1]) + profile for profile in profiles[:12]]
    return out


if __name__ == "__main__":
    os.environ["KESU_CONFIG"] = str(CONFIG)
    run("toml", test_one, seeds, ("kesu_docs",), WORDS, findings=FINDINGS)
