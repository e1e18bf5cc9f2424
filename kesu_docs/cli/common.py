"""What every command shares: the message language, the console, exit codes."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

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
    says it: ``配置文件有误：kesu.toml：[limits] file_mb = -5：应为 …`` (exit 2). One whose
    ``lang`` is no language kesu knows (``lang = "fr"``) is said in both languages unless
    ``--lang`` or ``$KESU_LANG`` chose one: the clerk who asked for French may read neither alone
    (as ``--lang fr`` is refused). Any other refusal is said in the language the file asks for
    where its ``lang`` is valid (``lang = "en"`` beside a bad ``file_mb``), unless ``--lang`` or
    ``$KESU_LANG`` chose one."""
    message = getattr(exc, "message", None)
    zh, en = (message("zh"), message("en")) if message is not None else (str(exc), str(exc))
    said = (f"配置文件有误：{zh}", f"Configuration error: {en}")
    if _lang_chosen():
        return t(*said)
    if getattr(exc, "about_lang", False):
        return f"{said[0]} / {said[1]}"
    asked = getattr(exc, "lang", None)
    return said[1] if asked == "en" else said[0] if asked == "zh" else t(*said)


def _lang_chosen() -> bool:
    """Whether ``--lang`` or a ``$KESU_LANG`` kesu knows chose the language of messages."""
    from ..language import of

    ctx = click.get_current_context(silent=True)
    value = ctx.find_root().meta.get("kesu.lang") if ctx else _CHOSEN[0]
    return bool(value) or of(os.environ.get("KESU_LANG")) is not None


def _remember_lang(ctx: click.Context, _param: click.Parameter, value: str | None) -> str:
    root = ctx.find_root()
    root.meta.setdefault("kesu.lang", None)
    if value:
        from ..language import chosen_on_the_command_line

        root.meta["kesu.lang"] = value
        _CHOSEN[0] = value  # for what is said once the command has ended (Ctrl-C)
        chosen_on_the_command_line(value)
    return value or ""


_CHOSEN: list[str | None] = [None]


def forget_lang() -> None:
    """No ``--lang`` chosen: each command of a process (``kesu``'s one, or each in-process call
    of a test's or a library's CliRunner) starts without the one an earlier command chose."""
    from ..language import chosen_on_the_command_line

    _CHOSEN[0] = None
    chosen_on_the_command_line(None)


class _LangChoice(click.Choice):
    """``--lang``'s two choices; another (``--lang fr``) refused, exit 2 (a usage error, DESIGN's
    CLI contract), in both languages: the clerk who asked for French may read neither alone, and
    click's refusal was in Chinese only."""

    def convert(self, value, param, ctx):
        if value in self.choices:
            return value
        shown = str(value).encode("unicode_escape", "backslashreplace").decode("ascii")[:40]
        self.fail(
            f"“{shown}”不是 kesu 认识的语言，可选 zh（中文）或 en（英文） / "
            f"'{shown}' is no language kesu knows: choose zh (Chinese) or en (English)",
            param,
            ctx,
        )


LANG_OPTION = click.option(
    "--lang",
    type=_LangChoice(["zh", "en"]),
    default=None,
    expose_value=False,
    is_eager=True,
    callback=_remember_lang,
    help="消息语言 / message language (default zh, or $KESU_LANG)",
)


def lang() -> Lang:
    """The language chosen with --lang (on the group or the command), else $KESU_LANG, else zh."""
    ctx = click.get_current_context(silent=True)
    from ..language import chosen, from_env

    value = ctx.find_root().meta.get("kesu.lang") if ctx else _CHOSEN[0]
    return chosen(value) if value else from_env()


def t(zh: str, en: str) -> str:
    """Pick the user-facing text in the chosen language."""
    return zh if lang() == "zh" else en


def console(stderr: bool = False) -> Console:
    from .layout import screen  # its width and encoding rules

    return screen(stderr)


def fail(zh: str, en: str, code: int = EXIT_FATAL) -> NoReturn:
    """Say ``zh`` / ``en`` (the command's language) on stderr and exit with ``code``."""
    click.echo(t(zh, en), err=True)
    sys.exit(code)


def fail_writing(zh: str, en: str, exc: OSError) -> NoReturn:
    """``fail`` for a file that could not be written: ``zh`` / ``en`` (无法写出 {output} / Cannot
    write {output}) and why, in the command's language (a full disk, no permission …:
    :func:`~kesu_docs.filing.file_failure`), never the system's English inside a Chinese line."""
    from ..filing import file_failure

    said = file_failure(exc)
    fail(f"{zh}：{said.zh}", f"{en}: {said.en}")


def regular_or_none(path: Path) -> bool:
    """Whether ``path`` is a regular file (a link to one included) or nothing (a dangling link
    too): asked of its inode, never by opening it."""
    try:
        found = os.stat(path)
    except OSError:
        return True
    return stat.S_ISREG(found.st_mode)


ANOTHER_NAME = ("请另取文件名", "Choose another name")
""":func:`own_output_only`'s advice when ``-o`` names the file itself."""

ANOTHER_FOLDER = ("请另选输出文件夹（-o）", "Choose another output folder (-o)")
""":func:`own_output_only`'s advice when ``-o`` names the folder the file is written in (``kesu
demo``): there is no file name to choose."""


def own_output_only(
    output: Path,
    ours: Callable[[Path], bool],
    force: bool,
    what: tuple[str, str],
    hint: str = "-o",
    instead: tuple[str, str] = ANOTHER_NAME,
) -> Callable[[], None]:
    """The check that the file a command is told to write (``-o``, ``--report``) may be written
    over: nothing stands there, or the command's own earlier output (``ours``: known by what it
    holds, whatever its name), or anything with ``force``. A clerk's file named there by mistake
    (a filled form, tab completion's wrong pick) is a usage error, exit 2, nothing written; a named
    pipe, a device or a socket never (its read would wait for ever). ``what``: the output's name,
    zh and en (登记簿导出 / register export); ``instead``: what the clerk may do instead
    (:data:`ANOTHER_NAME`, :data:`ANOTHER_FOLDER`). Asked before the work and again right before
    the rename (a file saved under the name meanwhile)."""

    from ..problems import Bilingual, KesuError

    said, advice = Bilingual(*what), Bilingual(*instead)

    def check() -> None:
        if not regular_or_none(output):
            refused = KesuError("report_output_no_file", path=output, what=said, instead=advice)
        elif not force and os.path.lexists(output) and not ours(output):
            refused = KesuError("report_output_not_ours", path=output, what=said, instead=advice)
        else:
            return
        raise click.BadParameter(refused.message(lang()), param_hint=hint)

    return check


def exit_code(results) -> int:
    """2 when a file could not be read, else 1 when a document is invalid, else 0."""
    if any(r.fatal for r in results):
        return EXIT_FATAL
    if any(not r.valid for r in results):
        return EXIT_INVALID
    return EXIT_OK


def named(path: object) -> str:
    """A file's name, path or a user named by a file (a lock file's) as a ``note:`` line says
    it: one line (:func:`.layout.one_line`). A name is the clerk's or a sender's to choose: one
    holding a terminal's escapes (``ESC[2J`` clears the screen), a line break with
    ``错误：…`` after it, or a right-to-left override (``报告{U+202E}xslx.exe`` shown as
    ``报告exe.xlsx``) wrote itself to the terminal as it was."""
    from .layout import one_line

    return one_line(str(path))


def note_empty_folders(paths) -> None:
    """Say on stderr which of the folders given hold no form file at all (a wrong folder, an
    empty inbox): the run goes on with the rest, but a folder is never passed over in silence."""
    from pathlib import Path

    from ..parse.reading import holds_forms, is_folder

    for raw in paths:
        folder = Path(raw)
        if is_folder(folder) and not holds_forms(folder):
            shown = named(folder)
            click.echo(
                t(
                    f"提示：文件夹 {shown} 里没有表单文件（.xlsx、.xls、.pdf、.json），没有读到任何内容",
                    f"note: the folder {shown} holds no form file (.xlsx, .xls, .pdf, .json); nothing was read from it",
                ),
                err=True,
            )


def note_lock_files(locks) -> None:
    """Say on stderr which office programs' lock files (Excel's ``~$客诉单.xlsx``, LibreOffice's
    ``.~lock.客诉单.xlsx#``: kept beside a document while it is open) the folders' batch passed
    over, each with the user it names: a shared folder always holds some, and the form beside
    one may be still being filled in."""
    from ..parse.reading import lock_owner

    for path in sorted(set(locks)):
        program, user = lock_owner(path)
        user, path = named(user), named(path)
        zh, en = (f"（“{user}”正打开着它）", f" ('{user}' has it open)") if user else ("", "")
        what = (
            ("打开工作簿时", "of an open workbook")
            if program == "Excel"
            else ("打开文件时", "of an open document")
        )
        said = t(
            f"提示：已跳过 {path}：这是 {program} {what[0]}留下的锁定文件{zh}，不是表单；旁边的表单若还在编辑，"
            f"请在 {program} 中保存并关闭后再读取",
            f"note: skipped {path}: it is {program}'s lock file {what[1]}{en}, not a form; if the "
            f"form beside it is still being filled in, save and close it in {program} and read it again",
        )
        click.echo(said, err=True)


def note_check_reports(reports) -> None:
    """Say on stderr, one line each, which files kesu wrote (a check report ``--report`` left in
    the folder, a monthly report, a register export saved beside the forms) the folders' batch
    passed over: no record to read. ``reports``: their paths, each with what it is when known
    (:func:`..parse.reading.passed_over`), else a check report."""
    from ..reports.marks import KESU_OUTPUTS

    said: dict[str, tuple[str, str]] = {}
    for each in reports:
        path, what = each if isinstance(each, tuple) else (each, None)
        said[str(path)] = what or said.get(str(path)) or KESU_OUTPUTS["check"]
    for path, (zh, en) in sorted(said.items()):
        path = named(path)
        click.echo(
            t(
                f"提示：已跳过 {path}：这是 kesu 写的{zh}，不是表单",
                f"note: skipped {path}: it is a {en} kesu wrote, not a form",
            ),
            err=True,
        )


def note_refused_cache() -> None:
    """Say once on stderr, before a batch is rendered, that the templates' compiled code is not
    kept because the cache folder is not private (others can write in it, a link, another
    user's: code planted there would be run): every run compiles again, slower, the same
    documents. Said with what to do."""
    from ..config import refused_cache_dir

    folder = refused_cache_dir("templates")
    if folder is None:
        return
    click.echo(
        t(
            f"提示：缓存文件夹 {folder} 不是只属于您的（其他用户可写入、是链接或属于他人），"
            "模板的编译结果不保存在其中：每次运行都重新编译，文件相同但较慢。"
            "请删除该文件夹（kesu 会重新建立），或执行 chmod 700，或用 KESU_CACHE 指定您自己的文件夹。",
            f"Note: the cache folder {folder} is not yours alone (others can write in it, it is a link, "
            "or another user's), so the templates' compiled code is not kept there: each run compiles "
            "them again, the same documents, slower. Remove the folder (kesu makes it again), "
            "chmod 700 it, or set KESU_CACHE to a folder of your own.",
        ),
        err=True,
    )


def note_lookalike_names(files) -> None:
    """Say on stderr which files of the batch have names that look the same and differ only in
    their Unicode form (``café`` typed as one letter é, NFC, or as e and a combining accent,
    NFD, as a Mac writes it): the table shows the two rows alike, and on Windows or a Mac
    they are one file. Each is named with its form and the combining marks that set it apart."""
    import unicodedata

    groups: dict[str, list[str]] = {}
    for file in files:
        name = str(file)
        group = groups.setdefault(unicodedata.normalize("NFC", name), [])
        if name not in group:
            group.append(name)
    for group in groups.values():
        if len(group) < 2:
            continue
        shown_zh, shown_en = [], []
        for name in group:
            form = next((f for f in ("NFC", "NFD") if unicodedata.is_normalized(f, name)), "")
            marks = " ".join(f"U+{ord(c):04X}" for c in dict.fromkeys(name) if unicodedata.combining(c))
            zh = "、".join(
                part for part in (form and f"{form} 形式", marks and f"含组合字符 {marks}") if part
            )
            en = ", ".join(part for part in (form and f"{form} form", marks and f"combining {marks}") if part)
            shown_zh.append(f"{named(name)}（{zh or '其他形式'}）")
            shown_en.append(f"{named(name)} ({en or 'another form'})")
        click.echo(
            t(
                f"提示：文件 {' 与 '.join(shown_zh)} 的名称看起来相同，只是 Unicode 编码形式不同：结果表中它们"
                "是两行，在 Windows 或 Mac 上却是同一个文件名；请改名其中一个",
                f"note: the files {' and '.join(shown_en)} have names that look the same and differ "
                "only in their Unicode form: they are two rows of the table, yet one file name on "
                "Windows or a Mac; rename one of them",
            ),
            err=True,
        )


def output_folder(output: Path) -> list[Path]:
    """The output folder, made (and written into once) before any number is issued; exit 2 with
    the reason when it cannot be made or written into. Returns the folders this call made,
    deepest first (none when it stood already): a run that fails removes them again while they
    are empty (:func:`made_output_folder`), never a folder that was there before."""
    created = [folder for folder in (output, *output.parents) if not _stands(folder)]
    try:  # any end here (an error, Ctrl-C while the folder is made or tried) removes what it made
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:  # a parent that is a file, no permission, read-only media
            from ..filing import file_failure

            said = file_failure(exc)
            fail(
                f"无法建立输出文件夹 {output}：{said.zh}",
                f"Cannot create the output folder {output}: {said.en}",
            )
        writable(output)
    except BaseException:
        _remove_empty(created)
        raise
    return created


def _stands(folder: Path) -> bool:
    try:
        return folder.exists() or folder.is_symlink()
    except OSError:
        return True  # cannot be looked at: certainly not one this run makes (or removes)


def _remove_empty(created: list[Path]) -> None:
    """The folders a failed run made, deepest first, each removed while empty (``rmdir`` never
    removes a folder holding anything: what another process wrote meanwhile stays)."""
    for folder in created:
        try:
            folder.rmdir()
        except OSError:
            return


@contextlib.contextmanager
def made_output_folder(output: Path) -> Iterator[None]:
    """:func:`output_folder` for a run: when it ends in a fatal error (a register that cannot
    be opened, no PDF converter, Ctrl-C) the folders it made are removed again while empty —
    nothing is left behind by a run that wrote nothing. A run ending with invalid documents
    (exit 1) keeps its folder, as one that succeeds."""
    created = output_folder(output)
    try:
        yield
    except (SystemExit, click.exceptions.Exit) as exc:
        code = exc.code if isinstance(exc, SystemExit) else exc.exit_code
        if code not in (None, EXIT_OK, EXIT_INVALID):
            _remove_empty(created)
        raise
    except BaseException:
        _remove_empty(created)
        raise


def writable(folder: Path) -> None:
    """Exit 2 with the reason when nothing can be written into ``folder`` (read-only media, a
    folder without write permission, a locked share): said before a number is issued, where each
    document numbered used to fail after it with Python's ``PermissionError`` and its errno. A
    full disk is not this: it fails each document plainly, and a rerun finishes them. The test
    file is named as a temporary file of this process (``.….PID.….part``), which a rerun cleans
    if this one is killed while it stands."""
    import errno
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
    closed = False
    try:
        os.close(fd)
        closed = True
    finally:  # Ctrl-C here must not leave the probe (the folder would stay, not empty), nor its
        if not closed:  # descriptor open (Ctrl-C before the close ran: a library's caller goes on)
            with contextlib.suppress(OSError):
                os.close(fd)
        probe.unlink(missing_ok=True)
