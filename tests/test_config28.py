"""kesu's own switch for "no settings file" (debts28): ``KESU_CONFIG`` set to nothing reads no
kesu.toml, not even the working directory's; and anything called kesu.toml in the working
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


def test_kesu_config_set_to_nothing_reads_no_settings_file_not_even_the_folders(tmp_path):
    (tmp_path / "kesu.toml").write_text("[limits]\nfile_mb = -5\n", encoding="utf-8")  # refused if read
    refused = _parse(tmp_path)
    assert refused.returncode == 2 and "file_mb" in refused.stderr, refused.stderr
    done = _parse(tmp_path, KESU_CONFIG="")
    assert done.returncode in (0, 1) and json.loads(done.stdout)["errors"] == [], done.stdout


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
