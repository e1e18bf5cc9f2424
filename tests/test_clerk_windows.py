"""What a clerk's Windows PC needs that can be checked here: spawn, Chinese paths with spaces,
names Windows accepts, LibreOffice where its installer puts it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kesu_docs.cli import cli
from kesu_docs.render.pdf import soffice

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
COMPLAINT = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))


def test_render_with_jobs_in_spawned_processes_from_a_chinese_folder_with_spaces(tmp_path):
    inbox = tmp_path / "收件箱 2026年9月"
    inbox.mkdir()
    for i in range(6):  # enough for two processes to share
        record = COMPLAINT | {"number": None, "order_no": f"SO-{i}"}
        (inbox / f"客诉 单{i}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    # a new Python, as the `kesu` command starts one: the workers are spawned (Windows' only way)
    # and re-import kesu from scratch; the console is GBK, as a Chinese Windows console is
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kesu_docs.cli",
            "render",
            inbox.name,
            "-o",
            "受控 文件",
            "--db",
            "登记 簿.db",
            "--jobs",
            "2",
        ],
        cwd=tmp_path,
        capture_output=True,
        env=os.environ | {"PYTHONIOENCODING": "cp936", "COLUMNS": "100", "KESU_START_METHOD": "spawn"},
        timeout=300,
    )
    shown = done.stdout.decode("gbk")
    assert done.returncode == 0, shown + done.stderr.decode("gbk", "replace")
    made = sorted(p.name for p in (tmp_path / "受控 文件").iterdir())
    assert made == [f"complaint-20260900{i}.docx" for i in range(1, 7)]
    assert "→ 受控 文件/complaint-202609001.docx" in shown  # the path as the clerk typed it
    assert "共 6 份：生成 6，未生成 0" in shown


def test_jobs_spawn_on_windows_and_fork_only_on_linux_in_a_process_without_threads():
    code = (
        "import sys, threading\n"
        "from kesu_docs.workers import start_method\n"
        "found = []\n"
        "for platform in ('win32', 'darwin', 'linux'):\n"
        "    sys.platform = platform\n"
        "    found.append(start_method())\n"
        "stop = threading.Event()\n"
        "threading.Thread(target=stop.wait).start()  # a program that runs threads (a web server)\n"
        "found.append(start_method())\n"
        "stop.set()\n"
        "print(found)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "KESU_START_METHOD"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "['spawn', 'spawn', 'fork', 'spawn']"
    # how the test above runs a Windows PC's way on any system
    forced = subprocess.run(
        [sys.executable, "-c", "from kesu_docs.workers import start_method; print(start_method())"],
        capture_output=True,
        text=True,
        env=env | {"KESU_START_METHOD": "spawn"},
        check=True,
    )
    assert forced.stdout.strip() == "spawn"


def test_no_output_name_holds_a_character_windows_forbids(tmp_path, monkeypatch):
    from kesu_docs.filing import output_name

    name = output_name("complaint", '2026/09:001*?"<>|')  # numbered so by another system
    assert not set(name) & set(':*?"<>|\\/')
    # each character became "_", and a suffix of the number's own hash tells it from the number
    # that really is 2026_09_001______
    assert name.startswith("complaint-2026_09_001______~") and name.endswith(".docx")
    assert name != output_name("complaint", "2026_09_001______")
    # and a form carrying such a number is refused on its field before anything is written
    monkeypatch.chdir(tmp_path)
    odd = COMPLAINT | {"number": '2026/09:001*?"<>|'}
    Path("odd.json").write_text(json.dumps(odd, ensure_ascii=False), encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["render", "odd.json", "-o", "out", "--db", "k.db"], env={"COLUMNS": "100"}
    )
    assert result.exit_code == 1, result.output
    assert "客诉编号" in result.output
    assert not Path("out").exists() or not any(Path("out").iterdir())


def _executable(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(0o755)
    return path


def test_libreoffice_is_found_where_its_installers_put_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))  # not on PATH, as on Windows and macOS
    monkeypatch.delenv("KESU_SOFFICE", raising=False)
    for variable in ("ProgramW6432", "ProgramFiles", "ProgramFiles(x86)"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert soffice() is None or not soffice().startswith(str(tmp_path))
    windows = _executable(tmp_path / "Program Files" / "LibreOffice" / "program" / "soffice.exe")
    monkeypatch.setenv("ProgramFiles", str(tmp_path / "Program Files"))
    assert soffice() == str(windows)
    monkeypatch.delenv("ProgramFiles")
    mac = _executable(
        tmp_path / "home" / "Applications" / "LibreOffice.app" / "Contents" / "MacOS" / "soffice"
    )
    assert soffice() == str(mac)


def test_kesu_soffice_names_libreoffice_anywhere(tmp_path, monkeypatch):
    office = _executable(tmp_path / "LibreOffice 7.6" / "program" / "soffice.exe")
    monkeypatch.setenv("KESU_SOFFICE", str(office))
    assert soffice() == str(office)
    monkeypatch.setenv("KESU_SOFFICE", str(tmp_path / "nowhere.exe"))
    assert soffice() is None  # named but missing: said so (office_missing), not another one
