"""What every command shares: the message language, the console, exit codes."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from rich.console import Console

    from ..problems import Lang

EXIT_OK, EXIT_INVALID, EXIT_FATAL = 0, 1, 2
EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a command killed by SIGINT (128 + 2); SIGTERM 143

DONE: dict[str, int] = {}
"""What a long command has done so far, by stage (``number``, ``render``, ``pdf``): said on Ctrl-C."""


def interrupted_message(signum: int = 2) -> str:
    """What Ctrl-C (signal 2) or SIGTERM (15) leaves behind, in the user's language."""
    zh_how, en_how = ("Ctrl-C", "Ctrl-C") if signum == 2 else ("收到终止信号 SIGTERM", "stopped by SIGTERM")
    numbered, rendered, pdfs = DONE.get("number", 0), DONE.get("render", 0), DONE.get("pdf", 0)
    if "number" not in DONE:
        return t(
            f"已中断（{zh_how}）：尚未编号任何文件，登记簿未改动，没有写出文件。",
            f"Interrupted ({en_how}): no number was issued, the register is unchanged, no file was written.",
        )
    return t(
        f"已中断（{zh_how}）：已编号 {numbered} 份，已生成 {rendered} 份文件"
        + (f"、{pdfs} 份 PDF" if pdfs else "")
        + "；未写完的文件已删除。再次运行同一命令即可补齐，已编号的文件沿用原编号。",
        f"Interrupted ({en_how}): {numbered} documents numbered, {rendered} files written"
        + (f", {pdfs} PDFs" if pdfs else "")
        + "; no half-written file was left. Run the same command again to finish: numbered documents keep "
        "their numbers.",
    )


def config_error(exc: Exception) -> str:
    """A kesu.toml that cannot be used (:class:`kesu_docs.config.ConfigError`), as every command
    says it: ``配置文件有误：kesu.toml：[limits] file_mb = -5：应为 …`` (exit 2)."""
    message = getattr(exc, "message", None)
    zh, en = (message("zh"), message("en")) if message is not None else (str(exc), str(exc))
    return t(f"配置文件有误：{zh}", f"Configuration error: {en}")


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    root = ctx.find_root()
    root.meta.setdefault("kesu.lang", None)
    if value:
        root.meta["kesu.lang"] = value
        _CHOSEN[0] = value  # for what is said once the command has ended (Ctrl-C)
    return value or ""


_CHOSEN: list[str | None] = [None]


def forget_lang() -> None:
    """No ``--lang`` chosen: each command of a process (``kesu``'s one, or each in-process call
    of a test's or a library's CliRunner) starts without the one an earlier command chose."""
    _CHOSEN[0] = None


LANG_OPTION = click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_remember_lang,
    help="消息语言 / message language (default zh, or $KESU_LANG)",
)


def lang() -> Lang:
    """The language chosen with --lang (on the group or the command), else $KESU_LANG, else zh."""
    ctx = click.get_current_context(silent=True)
    chosen = ctx.find_root().meta.get("kesu.lang") if ctx else _CHOSEN[0]
    return "zh" if (chosen or os.environ.get("KESU_LANG", "zh")) == "zh" else "en"


def t(zh: str, en: str) -> str:
    """Pick the user-facing text in the chosen language."""
    return zh if lang() == "zh" else en


def console(stderr: bool = False) -> Console:
    from .layout import screen  # its width and encoding rules

    return screen(stderr)


def fail(zh: str, en: str, code: int = EXIT_FATAL) -> click.exceptions.Exit:
    click.echo(t(zh, en), err=True)
    sys.exit(code)


def exit_code(results) -> int:
    """2 when a file could not be read, else 1 when a document is invalid, else 0."""
    if any(r.fatal for r in results):
        return EXIT_FATAL
    if any(not r.valid for r in results):
        return EXIT_INVALID
    return EXIT_OK


def note_empty_folders(paths) -> None:
    """Say on stderr which of the folders given hold no form file at all (a wrong folder, an
    empty inbox): the run goes on with the rest, but a folder is never passed over in silence."""
    from pathlib import Path

    from ..parse.reading import holds_forms

    for raw in paths:
        folder = Path(raw)
        if folder.is_dir() and not holds_forms(folder):
            click.echo(
                t(
                    f"提示：文件夹 {folder} 里没有表单文件（.xlsx、.xls、.pdf、.json），没有读到任何内容",
                    f"note: the folder {folder} holds no form file (.xlsx, .xls, .pdf, .json); nothing was read from it",
                ),
                err=True,
            )


def output_folder(output: Path) -> None:
    """The output folder, made (and written into once) before any number is issued; exit 2 with
    the reason when it cannot be made or written into."""
    try:
        output.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # a parent that is a file, no permission, read-only media
        fail(
            f"无法建立输出文件夹 {output}：{exc.strerror or exc}",
            f"Cannot create the output folder {output}: {exc.strerror or exc}",
        )
    writable(output)


def writable(folder: Path) -> None:
    """Exit 2 with the reason when nothing can be written into ``folder`` (read-only media, a
    folder without write permission, a locked share): said before a number is issued, where each
    document numbered used to fail after it with Python's ``PermissionError`` and its errno. A
    full disk is not this: it fails each document plainly, and a rerun finishes them. The test
    file is named as a temporary file of this process (``.….PID.….part``), which a rerun cleans
    if this one is killed while it stands."""
    import errno
    import os
    import threading

    probe = folder / f".kesu-write-check.{os.getpid()}.{threading.get_ident()}.part"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        if exc.errno not in (errno.EACCES, errno.EPERM, errno.EROFS):
            return  # a full disk, a quota: each document says so, as before
        fail(
            f"无法写入输出文件夹 {folder}：{exc.strerror or exc}（只读，或没有写入权限）；"
            "没有编号任何文件。请换一个文件夹，或取得写入权限后再运行",
            f"Cannot write into the output folder {folder}: {exc.strerror or exc} (read-only, or no "
            "permission to write); nothing was numbered. Choose another folder, or get the right to "
            "write into it, and run again",
        )
    os.close(fd)
    probe.unlink(missing_ok=True)
