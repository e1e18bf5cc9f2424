"""One language at a time: help texts, click's usage errors, the procedure's terms, plurals; a GBK console."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kesu_docs.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CJK = re.compile(r"[\u4e00-\u9fff]")


def kesu(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), env={"COLUMNS": "100", **env}, catch_exceptions=False)


def every_command():
    def walk(command, path):
        yield path
        if isinstance(command, click.Group):
            for name, sub in command.commands.items():
                yield from walk(sub, [*path, name])

    return list(walk(cli, []))


def help_body(output: str) -> str:
    """The help page without its example lines, its usage lines and the option names and choices."""
    body = []
    in_usage = False
    for line in output.splitlines():
        in_usage = line.startswith(("Usage:", "用法:")) or (in_usage and line.startswith(" "))
        if in_usage or line.lstrip().startswith("kesu "):  # a long usage wraps onto the next line
            continue
        line = re.sub(r"^\s*(-\w, )?--?[\w-]+(, --?[\w-]+)*( [A-Z.]+| \[[^\]]*\])?", "", line)  # an option
        body.append(re.sub(r"^  [a-z]+(?=\s{2,})", "", line))  # a command's name in the list
    text = re.sub(r"\[[^\]]*\]", "", "\n".join(body))  # [默认：demo-output]: values, not words
    text = re.sub(r"--[a-z][\w-]*", "", text)  # an option named in a sentence (--host)
    text = re.sub(r"\b[\w-]+(/|\.(json|toml|xlsx|docx|html|pdf|db)\b)", "", text)  # users.json, profiles/
    return re.sub(r'"[a-z_]+"', "", text)  # JSON keys are names, not words


@pytest.mark.parametrize("path", every_command(), ids=lambda p: " ".join(p) or "kesu")
def test_every_help_page_is_chinese_by_default_and_english_with_lang_en(path):
    zh = kesu(*path, "--help")
    assert zh.exit_code == 0
    assert zh.output.startswith("用法:") and "选项:" in zh.output and "显示本说明并退出。" in zh.output
    # no English sentence left on the Chinese page (option names, metavars and examples aside)
    english_words = re.findall(r"\b[a-z]{4,}\b", help_body(zh.output))
    allowed = {
        "complaint",
        "return",
        "allowance",
        "kesu",
        "docx",
        "xlsx",
        "json",
        "html",
        "samples",
        "postgresql",
        "docs",
    }
    assert not [w for w in english_words if w not in allowed], zh.output
    en = kesu(*path, "--help", "--lang", "en")
    assert en.output.startswith("Usage:") and "Show this message and exit." in en.output
    # a Chinese term may be glossed in brackets, "copies (联)"; the stamps 补印 and 作废 are printed as they are
    glossed = re.sub(r"\([^)]*\)", "", help_body(en.output)).replace("补印", "").replace("作废", "")
    assert not CJK.search(glossed), en.output
    assert kesu(*path, "--help", KESU_LANG="en").output == en.output  # the environment says it too


def test_help_examples_are_kept_in_both_languages():
    zh, en = kesu("render", "--help").output, kesu("render", "--help", "--lang", "en").output
    assert "示例：" in zh and "Example:" in en
    for line in (
        "kesu render 收件箱/ -o 受控文件/ --db kesu.db",
        "kesu render --reprint 202609001 -o 受控文件/",
    ):
        assert line in zh and line in en


def test_chinese_help_wraps_by_the_columns_it_takes():
    from rich.cells import cell_len

    page = CliRunner().invoke(cli, ["render", "--help"], terminal_width=80, env={"COLUMNS": "80"}).output
    assert max(cell_len(line) for line in page.splitlines() if not line.lstrip().startswith("kesu ")) <= 80


def test_usage_errors_speak_the_clerks_language():
    missing = kesu("validate")
    assert missing.exit_code == 2
    assert (
        "错误：缺少参数 'PATHS...'" in missing.output
        and "输入“kesu validate --help”查看帮助。" in missing.output
    )
    assert "Missing argument" in kesu("validate", "--lang", "en").output
    wrong = kesu("blank", "complaintx", "-o", "x.xlsx")
    assert "不在可选项中" in wrong.output and "is not one of" not in wrong.output
    assert "is not one of" in kesu("--lang", "en", "blank", "complaintx", "-o", "x.xlsx").output
    assert "没有命令 'validat'" in kesu("validat").output
    assert "不在范围" in kesu("render", "x", "-o", "out", "--jobs", "0").output


def test_english_messages_use_english_words_for_the_procedures_terms(tmp_path):
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record |= {"loss_amount": "68500", "approval_level": "副总经理", "severity": "重大"}
    src = tmp_path / "approval.json"
    src.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    [doc] = [json.loads(line) for line in kesu("parse", str(src), "--lang", "en").output.splitlines()]
    [message] = [e["message"] for e in doc["errors"] if e["code"] == "approval_level_too_low"]
    assert "'general manager'" in message and "'vice general manager'" in message
    assert "gm'" not in message.replace("general manager'", "")
    [zh] = [json.loads(line) for line in kesu("parse", str(src)).output.splitlines()]
    assert "“总经理”" in [e["message"] for e in zh["errors"] if e["code"] == "approval_level_too_low"][0]


def test_english_term_words_are_accepted_on_input(tmp_path):
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    src = tmp_path / "en.json"
    src.write_text(json.dumps(record | {"market": "Domestic"}, ensure_ascii=False), encoding="utf-8")
    [doc] = [json.loads(line) for line in kesu("parse", str(src)).output.splitlines()]
    assert doc["valid"], doc["errors"]


def test_register_show_in_english_gives_terms_in_english(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert (
        kesu("render", str(SAMPLES / "complaint-from-system.json"), "-o", "out", "--db", "k.db").exit_code
        == 0
    )
    shown = kesu("register", "show", "202609001", "--db", "k.db", "--lang", "en").output
    assert re.search(r"│ Market\s+│ domestic\s+│", shown) and "国内" not in shown
    assert re.search(r"│ 内外销\s+│ 国内\s+│", kesu("register", "show", "202609001", "--db", "k.db").output)
    voided = kesu("register", "void", "202609001", "--reason", "重复", "--db", "k.db")
    assert voided.output.startswith("已作废：客户抱怨处理单 202609001")


def _gbk_stream_source(tmp_path: Path) -> Path:
    record = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    record |= {"customer": "☑鑫晟😀公司𠀀", "market": "☑外销😀"}  # ☑, an emoji, a character GBK lacks
    src = tmp_path / "gbk.json"
    src.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return src


@pytest.mark.parametrize("columns", ["80", "200"])
def test_a_gbk_console_never_raises_on_characters_it_lacks(tmp_path, columns):
    src = _gbk_stream_source(tmp_path)
    for command in (["validate", str(src)], ["parse", str(src)]):
        done = subprocess.run(
            [sys.executable, "-m", "kesu_docs.cli", *command],
            capture_output=True,
            env=os.environ | {"PYTHONIOENCODING": "cp936", "COLUMNS": columns},
            timeout=120,
        )
        assert done.returncode == 1, done.stderr.decode("gbk", "replace")
        shown = done.stdout.decode("gbk")  # every byte is GBK
        assert "不通过" in shown or '"valid": false' in shown
        assert "?外销?" in shown  # what GBK lacks is a question mark, the rest as it was
        assert b"Traceback" not in done.stderr


def test_a_cp936_stream_in_process_gets_question_marks_not_an_error(tmp_path):
    src = _gbk_stream_source(tmp_path)
    result = CliRunner(charset="cp936").invoke(cli, ["validate", str(src)], env={"COLUMNS": "80"})
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code == 1 and "内外销的值“?外销?”不在可选项中" in result.output
