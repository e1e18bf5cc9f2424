"""One language at a time for what click itself says: ``--help`` texts and usage errors.

click builds the help page and its usage errors before any command runs, so the language is
read from the command line (``--lang en`` / ``--lang=en`` anywhere) and ``$KESU_LANG`` first,
by :func:`early_lang`; then :func:`speak` sets every command's and option's help in that
language and lets click's own words (Usage:, Options, Missing argument…) speak it too.

Help texts are written in English next to the code (docstrings, ``help=``); their Chinese is
here, keyed by the command's path (``register list``) for commands and by the English help
for options (``--db`` reads the same in every command). An option's help may also carry both
languages itself, ``English / 中文``: each language takes its own half.

click translates through :mod:`gettext` (``from gettext import gettext as _`` in each of its
modules); :func:`speak` points those names at :data:`CLICK_ZH` while a command runs in Chinese.
"""

from __future__ import annotations

import contextlib
import re
import textwrap
from collections.abc import Iterator, Sequence

import click

from ..lazy_re import lazy_re

_CJK = lazy_re(r"[\u3400-\u9fff]")

# ---------------------------------------------------------------------------------- commands
COMMAND_ZH: dict[str, str] = {
    "": "kesu-docs：客诉受控文件工具——检查、编号并打印客户抱怨处理单、8D报告、成品退货单和销货折让证明单。",
    "forms": "列出表单种类：种类、编码、名称、联数。",
    "schema": "输出一种表单记录的 JSON Schema。",
    "blank": "写出空白表单供填写；扩展名决定格式（.xlsx 为 Excel，.pdf 为可填写的 PDF 表单）。",
    "parse": "把每份表单读成一行 JSON。\n\n"
    '每行：{"source", "kind", "valid", "record", "errors", "warnings"}；每个错误或警告：'
    '{"code", "field", "label", "location", "message"}；"provenance" 给出从表单读出的每个栏位的'
    '"location"（位置）、所依的 "label"（标签）、读取的 "confidence"（可信度，0–1）和 "how"（读法）。'
    "--explain 以表格显示同样内容。",
    "validate": "归档前检查表单：屏幕上列出每项问题，可另写出检查报告（.xlsx、.html 或 .json）。",
    "render": "读取、编号并生成每份通过检查的文件；不通过的跳过并列出原因。\n\n"
    "每份文件生成一个 Word 文件，内含全部联次，每联印有其分发联别，以种类和编号命名"
    "（complaint-202609001.docx）。同样的输入再运行一次，得到同样的编号和完全相同的文件。",
    "demo": "用 samples/ 中的示例走一遍全流程：检查、在新的登记簿中编号、生成每一联。",
    "register": "登记簿：列出、查看、作废、导出已编号的文件；把登记簿复制到服务器。\n\n"
    "退出码：0 完成；1 编号不在登记簿中或已作废；2 无法打开登记簿、用法错误，或复制到非空的登记簿。",
    "register list": "按编号顺序列出登记簿中的文件：每页 200 份（--limit）并显示总数，"
    "--page 2 显示下一页，--newest 最新的在前，--all 显示全部。",
    "register check": "检查整个登记簿文件是否损坏（SQLite 的完整性检查；服务器自行检查）。\n\n"
    "打开登记簿编号时（生成、作废）会检查；只读的命令（列出、查看、导出、报表）不检查——"
    "10 万份文件时检查要读完整个文件——遇到损坏的页时拒绝并说明如何恢复。崩溃、复制或恢复后请运行。"
    "退出码：0 完好；2 已损坏，并说明如何从备份恢复。",
    "register show": "查看一份文件：登记信息、表单内容和案件日志。",
    "register void": "作废一份文件：保留其编号，标为作废并记下原因；编号不再使用。",
    "register export": "把登记簿及案件日志导出为 Excel 表格。",
    "register unprinted": "列出已编号但没有生成文件的表单（已编号未生成文件）；-o 把它们生成出来。\n\n"
    "编号与生成之间被打断的批次（旧版 kesu 中途停止、生成失败、崩溃）会留下有编号、没有文件的表单。"
    "编号不会再发、也不跳号，所以这样的编号不能收回：在此生成其文件（原件，不是补印：从未打印过），"
    "或将其作废。已作废的不列出。退出码：0 完成；1 有的未能生成；2 无法打开登记簿。",
    "register copy": "把整个登记簿复制到一个空的登记簿：例如从 kesu.db 复制到 PostgreSQL 服务器。\n\n"
    "文件（状态、作废原因、补印、签发时间、记录）、编号计数器和案件日志在一个事务中复制；"
    "目标中的编号接续来源，不跳号、不重号。来源（--db）只读不改。已有文件的目标会被拒绝（退出码 2）。"
    "复制期间请停止编号；完成后请每位文员把 KESU_DB 设为目标。",
    "register diff": "查看一次修订比上一版改了什么：字段、修改前、修改后。",
    "report": "根据登记簿出报表：每月的客诉案件统计。",
    "report monthly": "MONTH 月（默认上个月）结案的客诉案件统计表。\n\n"
    "按严重度、类型、责任单位、原因和客户统计件数与损失金额；异常处理统计；不良矩阵（原因 × 12 个月）；"
    "图表；各客户满意度；奖罚。输出为 .xlsx（Excel 原生图表），或给主管看的 .html / .pdf（SVG 图表，A4）。",
    "overdue": "列出超过期限（结案期限或阶段期限）仍未结案的案件，以及本月逾期结案的案件。\n\n"
    "加 -o 时，每件逾期案件生成一份催办单，发给案件所在的单位；--as-of 所在月份每件逾期结案的案件"
    "生成一份洽办单：在登记簿中编号，生成每一联。同一天再运行一次则补印这些单据，不取新编号。",
    "penalty": "为已结案的客诉生成奖罚通知单（一式三联）：每个受罚单位一份。\n\n"
    "奖罚以客户抱怨处理单上记载的行政处分为准。再次运行则补印同样的通知单。",
    "learn": "从一份已填写的表单学习其版式：写出版式档案 profiles/NAME.toml。\n\n"
    "kesu 先尽力读取表单，更正项（--set）指明漏读或读错的字段在哪里；版式档案（字段 → 单元格和标签，"
    "并以该版式印好的标签作为指纹）是简短的 TOML 文本，可以手工修改。此后读取、检查和生成文件时，"
    "这种版式的每份表单（Excel 或其打印的 PDF）都按版式档案准确读取。"
    "也可以从 PDF 学习：PDF 没有单元格，更正项写标签，或用引号写出印在表上的值"
    "（见下面退货单.pdf 的示例）；这样的档案用来读取同一版式的 PDF。",
    "serve": "启动文员网页：在浏览器中检查、编号并打印表单，查看登记簿和报表。\n\n"
    "默认只在本机（127.0.0.1）监听，除非 --host 另行指定；在办公室局域网上（--host 0.0.0.0）"
    "每位用户都须登录：请先添加账号（见下面的示例）。",
    "user": "文员网页的账号：添加、删除、列出。",
    "user add": "添加账号（或重设其密码和角色）；密码以 argon2 散列保存。",
    "user remove": "删除一个账号。",
    "user list": "列出账号及其角色。",
}

OPTION_ZH: dict[str, str] = {
    "show where each value was read (cell or page, label, confidence) instead of JSON": (
        "不输出 JSON，改为列表显示每个值从何处读出（单元格或页、所依标签、可信度）"
    ),
    "form kind, when the file does not say": "表单种类（文件上没有写明时指定）",
    "register: SQLite file or database URL (default $KESU_DB, else ./kesu.db)": (
        "登记簿：SQLite 文件或数据库 URL（默认 $KESU_DB，否则当前文件夹的 kesu.db）"
    ),
    "write the findings to FILE.json, FILE.xlsx or FILE.html": "把检查结果写入 FILE.json、FILE.xlsx 或 FILE.html",
    "FILE.xlsx (or FILE.pdf: a fillable PDF form)": "FILE.xlsx（或 FILE.pdf：可填写的 PDF 表单）",
    "output folder": "输出文件夹",
    "also convert each document to PDF (LibreOffice)": "同时把每份文件转为 PDF（需 LibreOffice）",
    "render in N processes": "用 N 个进程生成",
    "re-print a registered document: same number, marked 补印 with its original issue date": (
        "补印已登记的文件：编号不变，印“补印”及原签发日期"
    ),
    "output folder (its register is made anew)": "输出文件夹（其中的登记簿重新建立）",
    "also make PDFs (default: when LibreOffice is installed)": "同时生成 PDF（默认：已安装 LibreOffice 时）",
    "FILE.xlsx": "FILE.xlsx",
    "read the files in N processes": "用 N 个进程读取文件",
    "overdue as of this day (default today)": "以此日判断是否逾期（默认今天）",
    "FILE.xlsx / .html / .pdf": "FILE.xlsx、.html 或 .pdf",
    "render a reminder (催办单) per overdue case and a follow-up inquiry (洽办单) per late closure here": (
        "在此文件夹为每件逾期案件生成催办单，为每件逾期结案的案件生成洽办单"
    ),
    'where a field stands: a cell (B3), a range (D4:K4), the label it belongs to, or its value as printed in quotes ("TH-2609-011", the way to point on a PDF); FIELD= drops one': (
        "字段所在的位置：单元格（B3）、区域（D4:K4）、它所属的标签，或用引号写出印在表上的值"
        '（"TH-2609-011"，在 PDF 上就这样指明）；写 FIELD= 则去掉该字段'
    ),
    "a value printed on the form itself (e.g. team[0].role=leader next to 组长)": (
        "表单上本来印好的值，写作 FIELD=VALUE（例如印在“组长”旁边的小组成员角色）"
    ),
    "a field kesu read with a doubt (a guess) that you checked: learned as confirmed, not warned on the next forms": (
        "已核对过的、kesu 读取时有疑问（猜测）的栏位：学为已确认，之后读取的表不再就此提示"
    ),
    "profile name (default: the file's name)": "版式档案名称（默认：文件名）",
    "the layout's blank form: its texts become the fingerprint": "该版式的空白表单：其中的文字作为指纹",
    "profiles folder (default: profiles/ next to kesu.toml)": "版式档案文件夹（默认：kesu.toml 旁边的 profiles/）",
    "replace a profile of the same name": "覆盖同名的版式档案",
    "address to listen on (LAN: needs accounts)": "监听的地址（在局域网上须先添加账号）",
    "seconds a stop (Ctrl+C, SIGTERM) lets the batch under way finish before it stops at its next whole file": (
        "停止服务（Ctrl+C、SIGTERM）时，正在处理的一批最多再等多少秒；之后在下一份完整的文件处停下"
    ),
    "finished batches kept in memory (the ones used last); the others wait on disk and are read back when asked for": (
        "内存中保留的已完成批次数（最近用过的）；其余存在磁盘上，打开时再读回"
    ),
    "minutes a filed (or failed) batch no one asks for stays in memory before it waits on disk": (
        "已编号（或出错）的批次无人查看多少分钟后移到磁盘上（打开时再读回）"
    ),
    "connections one address (one PC) may hold open at once, its new ones closed past it; 0: no limit. Behind an HTTPS reverse proxy or a terminal server everyone shares one address: raise it or give 0": (
        "一个地址（一台电脑）最多同时保持的连接数，超出的新连接随即关闭；0 为不限。"
        "在 HTTPS 反向代理或终端服务器后面，所有人共用一个地址：请调高或设为 0"
    ),
    "the server's work folder: uploads, documents, re-prints, action log, users.json": (
        "网页的工作文件夹：上传的文件、生成的文件、补印件、操作日志、users.json"
    ),
    "users file (default: users.json in the work folder)": "账号文件（默认：工作文件夹中的 users.json）",
    "the password (asked for when not given)": "密码（未给出时会询问）",
    "消息语言 / message language (default zh, or $KESU_LANG)": "消息语言：zh 中文（默认）或 en 英文；也可设 $KESU_LANG",
    "Show the version and exit.": "显示版本并退出。",
    "Show this message and exit.": "显示本说明并退出。",
}

_EXAMPLE = lazy_re(r"\n\s*\x08\s*\n\s*Examples?:\s*\n", re.S)

# ------------------------------------------------------------------------------ click's words
CLICK_ZH: dict[str, str] = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "位置参数",
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "输入“{command} {option}”查看帮助。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing command.": "缺少命令。",
    "Missing {param_type}": "缺少{param_type}",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "No such option {name!r}.": "没有选项 {name!r}。",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Option {name!r} requires an argument.": "选项 {name!r} 需要一个值。",
    "Option {name!r} requires {nargs} arguments.": "选项 {name!r} 需要 {nargs} 个值。",
    "Argument {name!r} takes {nargs} values.": "参数 {name!r} 需要 {nargs} 个值。",
    "Got unexpected extra argument ({args})": "多出了参数（{args}）",
    "Got unexpected extra arguments ({args})": "多出了参数（{args}）",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "(Did you mean one of: {possibilities}?)": "（是不是其中之一：{possibilities}？）",
    "{value!r} is not {choice}.": "{value!r} 不是 {choice}。",
    "{value!r} is not one of {choices}.": "{value!r} 不在可选项中：{choices}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value!r} is not a valid boolean. Recognized values: {states}": "{value!r} 不是有效的是/否值。可用：{states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件，不是文件夹。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是文件夹，不是文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 无法读取。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 无法写入。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}：{message}",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    "default: {default}": "默认：{default}",
    "required": "必填",
    "env var: {var}": "环境变量：{var}",
    "Show the version and exit.": "显示版本并退出。",
    "Show this message and exit.": "显示本说明并退出。",
    "%(prog)s, version %(version)s": "%(prog)s，版本 %(version)s",
    "integer": "整数",
    "float": "数字",
}

_CLICK_MODULES = ("core", "exceptions", "formatting", "parser", "types", "decorators", "utils", "termui")


def early_lang(args: Sequence[str] | None) -> str:
    """The language asked for on the command line (``--lang en``, ``--lang=en``), else $KESU_LANG, else zh."""
    args = list(args or ())
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            return "en" if args[i + 1] == "en" else "zh"
        if arg.startswith("--lang="):
            return "en" if arg.split("=", 1)[1] == "en" else "zh"
    from ..language import from_env

    return from_env()


def halves(text: str, language: str) -> str:
    """``only this kind / 只列此种`` → the half in ``language``; text without both halves as it is."""
    parts = [p.strip() for p in re.split(r"\s+/\s+", text)]
    if len(parts) < 2:
        return text
    zh = [p for p in parts if _CJK.search(p) and not _looks_english(p)]
    en = [p for p in parts if p not in zh]
    if not zh or not en:
        return text
    return " / ".join(zh if language == "zh" else en)


def _looks_english(part: str) -> bool:
    """A half that is English with a Chinese word in it (``the register (登记簿)``)."""
    latin = len(re.findall(r"[A-Za-z]", part))
    return latin > len(_CJK.findall(part))


def command_help(path: str, english: str | None, language: str) -> str | None:
    """A command's help in ``language``; the Chinese keeps the English docstring's example."""
    if language != "zh" or english is None:
        return english
    zh = COMMAND_ZH.get(path)
    if zh is None:
        return english
    found = _EXAMPLE.search(english)
    if found:
        lines = textwrap.dedent(english[found.end() :]).strip().splitlines()
        zh += "\n\n\b\n示例：\n" + "\n".join(f"  {line}" for line in lines)
    return zh


def option_help(english: str | None, language: str) -> str | None:
    if english is None:
        return None
    if language == "zh" and english in OPTION_ZH:
        return OPTION_ZH[english]
    return halves(english, language)


def _walk(command: click.Command, path: str = "") -> Iterator[tuple[str, click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            yield from _walk(sub, f"{path} {name}".strip())


def set_language(root: click.Command, language: str) -> None:
    """Every command's and option's help in ``language`` (the English originals are kept)."""
    for path, command in _walk(root):
        if not hasattr(command, "_kesu_help"):
            command._kesu_help = (command.help, command.short_help)  # type: ignore[attr-defined]
        english, short = command._kesu_help  # type: ignore[attr-defined]
        command.help = command_help(path, english, language)
        command.short_help = short if language == "en" else None
        if getattr(command, "_help_option", None) is not None:  # click keeps it with its text: make anew
            command._help_option = None
        for param in command.params:
            if not isinstance(param, click.Option):
                continue
            if not hasattr(param, "_kesu_help"):
                param._kesu_help = param.help  # type: ignore[attr-defined]
            param.help = option_help(param._kesu_help, language)  # type: ignore[attr-defined]


def _gettext(language: str):
    def gettext(message: str) -> str:
        return CLICK_ZH.get(message, message) if language == "zh" else message

    def ngettext(singular: str, plural: str, n: int) -> str:
        return gettext(singular if n == 1 else plural)

    return gettext, ngettext


def _cell_len(text: str) -> int:
    """Terminal columns: a CJK (East Asian wide or full-width) character takes two. The standard
    library's table is enough for help text; rich is not imported for `kesu --help`."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _columns(text: str) -> int:
    from click._compat import strip_ansi

    return _cell_len(strip_ansi(text))


def _first_columns(text: str, n: int) -> str:
    """The longest start of ``text`` that takes at most ``n`` columns (at least one character)."""
    taken = 0
    for i, char in enumerate(text):
        taken += _cell_len(char)
        if taken > n:
            return text[: max(i, 1)] if n > 0 else ""
    return text


@contextlib.contextmanager
def speak(root: click.Command, language: str) -> Iterator[None]:
    """While a command runs: its help texts and click's own words in ``language``."""
    import importlib

    set_language(root, language)
    gettext, ngettext = _gettext(language)
    saved = []
    patches = [(f"click.{name}", {"_": gettext, "ngettext": ngettext}) for name in _CLICK_MODULES]
    # a Chinese character takes two columns: help wraps by the columns a text takes, not its length
    patches += [
        ("click.formatting", {"term_len": _columns}),
        ("click._textwrap", {"term_len": _columns, "_truncate_visible": _first_columns}),
    ]
    for name, replacements in patches:
        module = importlib.import_module(name)
        for attr, new in replacements.items():
            if hasattr(module, attr):
                saved.append((module, attr, getattr(module, attr)))
                setattr(module, attr, new)
    try:
        yield
    finally:
        for module, attr, old in reversed(saved):
            setattr(module, attr, old)


def terminal_columns() -> int:
    """The terminal's columns as ``shutil.get_terminal_size`` gives them (``COLUMNS`` set in the
    environment wins; no terminal: 80), without importing ``shutil``, which imports ``bz2``,
    ``lzma`` and ``zlib`` for its archives (≈ 5 % of `kesu --help`'s instructions, issue 15)."""
    import os
    import sys

    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        size = os.get_terminal_size(sys.__stdout__.fileno())  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80
    return size.columns or 80


class _HelpContext(click.Context):
    """The ``kesu`` group's context: its help formatted at the width click gives it
    (:class:`click.HelpFormatter`'s: the terminal's columns, at most ``max_content_width``,
    less two, at least 50), the terminal asked by :func:`terminal_columns`."""

    def make_formatter(self) -> click.HelpFormatter:
        from click import formatting

        width = self.terminal_width
        if width is None and formatting.FORCED_WIDTH is None:  # (a test runner's forced width: click's)
            width = max(min(terminal_columns(), self.max_content_width or 80) - 2, 50)
        return self.formatter_class(width=width, max_width=self.max_content_width)


class KesuGroup(click.Group):
    """The ``kesu`` group: settles the language before click parses anything."""

    context_class = _HelpContext

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        import sys

        from .common import forget_lang
        from .layout import tolerant

        forget_lang()  # an earlier command of this process (CliRunner, a library's call) chose its own
        args = list(sys.argv[1:] if args is None else args)
        for stream in (sys.stdout, sys.stderr):  # a GBK console has no ☑, no emoji: "?" instead of a crash
            tolerant(stream)
        with speak(self, early_lang(args)):
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
