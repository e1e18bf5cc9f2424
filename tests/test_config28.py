"""kesu's own switch for "no settings file" (debts28; fixb28: ``KESU_CONFIG=none``, set to
nothing is unset): it reads no kesu.toml, not even the working directory's; and anything called kesu.toml in the working
directory that is no regular file (a named pipe, a dangling link) is a clear error, exit 2,
not silently the defaults. Real ``kesu`` processes in a folder of their own."""

from __future__ import annotations

import json
import os
from pathlib import Path

from helpers import python_process

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "complaint-from-system.json"


def _parse(folder: Path, **env: str):
    return python_process("-m", "kesu_docs.cli", "parse", str(SAMPLE), cwd=folder, timeout=120, **env)


def test_kesu_config_none_reads_no_settings_file_not_even_the_folders_and_says_so_once(tmp_path):
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -5\n", encoding="utf-8")  # refused if read
    refused = _parse(tmp_path)
    assert refused.returncode == 2 and "file_mb" in refused.stderr, refused.stderr
    for value, lang, said in (("none", "zh", "不读取任何设置文件"), ("None", "en", "no settings file")):
        done = _parse(tmp_path, KESU_CONFIG=value, KESU_LANG=lang)
        assert done.returncode in (0, 1) and json.loads(done.stdout)["errors"] == [], done.stdout
        assert done.stderr.count("KESU_CONFIG=none") == 1 and said in done.stderr, done.stderr


def test_kesu_config_set_to_nothing_is_unset_the_folders_kesu_toml_in_force(tmp_path):
    """fixb28: a service's ``KESU_CONFIG=``, a compose file's ``${KESU_CONFIG}`` with the host's
    variable unset: set to nothing by accident. It silently meant "no settings" (the demo
    company, the default numbering); now as unset: ./kesu.toml read (here refused, exit 2)."""
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -5\n", encoding="utf-8")
    for value in ("", "  "):
        run = _parse(tmp_path, KESU_CONFIG=value)
        assert run.returncode == 2 and "file_mb" in run.stderr, run.stderr


def test_a_named_pipe_or_a_dangling_link_called_kesu_toml_is_said_not_passed_over(tmp_path):
    pipe_folder, link_folder = tmp_path / "pipe", tmp_path / "link"
    pipe_folder.mkdir()
    link_folder.mkdir()
    os.mkfifo(pipe_folder / "kesu.toml")
    (link_folder / "kesu.toml").symlink_to(tmp_path / "gone.toml")
    for folder, said in ((pipe_folder, "不是普通文件"), (link_folder, "无法读取")):
        run = _parse(folder)
        assert run.returncode == 2 and "kesu.toml" in run.stderr and said in run.stderr, run.stderr
        assert "Traceback" not in run.stderr and run.stdout == ""
    english = _parse(pipe_folder, KESU_LANG="en")
    assert english.returncode == 2 and "not a regular file" in english.stderr, english.stderr
