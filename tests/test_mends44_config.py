"""(mends44, attack43's note) A kesu.toml that asks for English (``lang = "en"``) with another key
kesu cannot use was refused in Chinese: the refusal now speaks the language the file asks for when
its ``lang`` itself is valid — unless ``--lang`` or ``$KESU_LANG`` chose one."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from helpers import kesu_process
from web_helpers import SAMPLES

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("toml", "said", "unsaid"),
    [
        ('lang = "en"\n[limits]\nfile_mb = -5\n', "Configuration error", "配置文件有误"),
        ('lang = "en"\n[numbering]\ncomplaint = "KS"\n', "Configuration error", "配置文件有误"),
        ('lang = "zh"\n[limits]\nfile_mb = -5\n', "配置文件有误", "Configuration error"),
    ],
)
def test_a_refused_kesu_toml_is_said_in_the_language_it_asks_for(
    tmp_path: Path, toml: str, said: str, unsaid: str
) -> None:
    (tmp_path / "kesu.toml").write_text(toml, encoding="utf-8")
    shutil.copy(SAMPLES / "complaint-valid.xlsx", tmp_path / "客诉单.xlsx")
    done = kesu_process(tmp_path, "parse", "客诉单.xlsx")
    assert done.returncode == 2 and said in done.stderr and unsaid not in done.stderr, done.stderr
    other = "zh" if said == "Configuration error" else "en"
    chosen = kesu_process(
        tmp_path, "parse", "客诉单.xlsx", "--lang", other
    )  # the command line's choice first
    assert chosen.returncode == 2 and unsaid in chosen.stderr and said not in chosen.stderr, chosen.stderr
