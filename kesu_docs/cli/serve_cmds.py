"""``kesu serve`` (the page for clerks) and ``kesu user`` (its accounts)."""

from __future__ import annotations

import math
import sys
from pathlib import Path

import click

from ..entry import Interrupted
from .common import EXIT_FATAL, LANG_OPTION, config_error, lang, t
from .options import DB_OPTION

# WebConfig's defaults (kesu_docs.web.jobs.KEEP_LIVE, IDLE_MINUTES), as --port's and --max-files'
# are: the web package (Flask, pydantic) is imported only as the server starts, not by every
# command's --help; tests/test_web_leftovers13.py holds the two equal
KEEP_LIVE, IDLE_MINUTES = 100, 30.0
# (kesu_docs.web.PER_ADDRESS, CONNECTIONS: tests/test_fixb28.py holds them equal)
PER_ADDRESS, CONNECTIONS = 32, 500

WORK_OPTION = click.option(
    "--work",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("kesu-web"),
    show_default=True,
    help="the server's work folder: uploads, documents, re-prints, action log, users.json",
)
USERS_OPTION = click.option(
    "--users",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="users file (default: users.json in the work folder)",
)


def _finite(_ctx: click.Context, param: click.Parameter, value: float) -> float:
    """A number of seconds or minutes that is a number: click's FloatRange lets ``nan`` and
    ``inf`` through, and a NaN limit is never reached (``x > nan`` is always False)."""
    if not math.isfinite(value):
        raise click.BadParameter(t(f"须为有限的数：{value}", f"must be a finite number: {value}"))
    return value


@click.command("serve")
@click.option(
    "--host", default="127.0.0.1", show_default=True, help="address to listen on (LAN: needs accounts)"
)
@click.option("--port", type=click.IntRange(1, 65535), default=8470, show_default=True)
@DB_OPTION
@WORK_OPTION
@USERS_OPTION
@click.option("--max-upload-mb", type=click.IntRange(1, 10_000), default=200, show_default=True)
@click.option("--max-files", type=click.IntRange(1, 100_000), default=1000, show_default=True)
@click.option("--threads", type=click.IntRange(1, 64), default=8, show_default=True)
@click.option(
    "--stop-wait",
    type=click.FloatRange(0, 3600),
    callback=_finite,
    default=20.0,
    show_default=True,
    help="seconds a stop (Ctrl+C, SIGTERM) lets the batch under way finish before it stops at its next whole file",
)
@click.option(
    "--keep-batches",
    type=click.IntRange(1, 100_000),
    default=KEEP_LIVE,
    show_default=True,
    help="finished batches kept in memory (the ones used last); the others wait on disk and are read back when asked for",
)
@click.option(
    "--idle-minutes",
    type=click.FloatRange(0, 7 * 24 * 60, min_open=True),
    callback=_finite,
    default=IDLE_MINUTES,
    show_default=True,
    help="minutes a filed (or failed) batch no one asks for stays in memory before it waits on disk",
)
@click.option(
    "--per-address",
    type=click.IntRange(0, CONNECTIONS),
    default=PER_ADDRESS,
    show_default=True,
    help="connections one address (one PC) may hold open at once, its new ones closed past it; 0: no limit. Behind an HTTPS reverse proxy or a terminal server everyone shares one address: raise it or give 0",
)
@LANG_OPTION
def serve_command(
    host,
    port,
    db,
    work,
    users,
    max_upload_mb,
    max_files,
    threads,
    stop_wait,
    keep_batches,
    idle_minutes,
    per_address,
) -> None:
    """Start the page for clerks: check, number and print forms, the register, reports — in a browser.

    Listens on this PC only (127.0.0.1) unless --host says otherwise; on the office LAN
    (--host 0.0.0.0) every user signs in: add accounts first with `kesu user add`.

    \b
    Example:
      kesu serve --db kesu.db                       # then open http://127.0.0.1:8470
      kesu user add wang --role clerk && kesu serve --host 0.0.0.0
    """
    import os

    from ..config import ConfigError, SettingsFile
    from ..register import RegisterError
    from ..web import WebConfig, is_loopback, serve
    from ..web.accounts import AccountError, Accounts
    from ..xlsxsave import moment

    # a SOURCE_DATE_EPOCH that is no time is said now (exit 2), not by the first batch filed
    # hours later, after clerks have uploaded their forms
    moment()
    try:  # kesu.toml as the server starts, and read again as it is edited: a bad one is said now
        watched = SettingsFile()
    except ConfigError as exc:
        click.echo(config_error(exc), err=True)
        sys.exit(EXIT_FATAL)

    config = WebConfig(
        db=db or os.environ.get("KESU_DB") or "kesu.db",
        work=work,
        host=host,
        port=port,
        users=users,
        max_upload_mb=max_upload_mb,
        max_files=max_files,
        lang=lang(),
        keep_batches=keep_batches,
        idle_minutes=idle_minutes,
        per_address=per_address,
        settings=watched.settings,  # kesu.toml as the server starts: what its page renders under
        settings_file=watched,
    )
    _log_to_stderr()
    work.mkdir(parents=True, exist_ok=True)
    try:
        accounts = Accounts(config.users_file)
    except AccountError as exc:
        click.echo(exc.message(lang()), err=True)
        sys.exit(EXIT_FATAL)
    if not is_loopback(host) and not len(accounts):
        click.echo(
            t(
                f"在局域网上（--host {host}）每位用户都须登录，但账号文件 {config.users_file} 中没有账号。\n"
                f"请先添加：kesu user add 用户名 --role clerk --work {work}",
                f"On the LAN (--host {host}) everyone signs in, but the users file {config.users_file} "
                f"holds no account.\nAdd one first: kesu user add NAME --role clerk --work {work}",
            ),
            err=True,
        )
        sys.exit(EXIT_FATAL)

    def ready(server) -> None:
        shown = f"[{host}]" if ":" in host else host
        if host in ("0.0.0.0", "::"):
            shown = "<this PC's address>"
        click.echo(
            t(
                f"kesu 网页已启动：http://{shown}:{port}/ （登记簿：{config.db}；工作文件夹：{work}）按 Ctrl+C 停止",
                f"kesu page running: http://{shown}:{port}/ (register: {config.db}; work folder: {work}) Ctrl+C stops",
            ),
            err=True,
        )

    try:
        whole = serve(config, threads=threads, ready=ready, stop_wait=stop_wait)
    except RegisterError as exc:
        click.echo(
            t(f"无法打开登记簿：{exc.message('zh')}", f"Cannot open the register: {exc.message('en')}"),
            err=True,
        )
        sys.exit(EXIT_FATAL)
    except OSError as exc:  # the port is taken, the address is not this PC's
        click.echo(
            t(f"无法在 {host}:{port} 上启动：{exc}", f"Cannot listen on {host}:{port}: {exc}"), err=True
        )
        sys.exit(EXIT_FATAL)
    except (KeyboardInterrupt, Interrupted):  # stopped while it was starting
        whole = True
    # Ctrl+C, or the service manager's SIGTERM: a server stopping is its normal end (exit 0),
    # not a batch command cut short
    if not whole:
        from ..web.jobs import CUT_AT_STOP

        click.echo(t(f"{CUT_AT_STOP[0]}。", f"{CUT_AT_STOP[1][0].upper()}{CUT_AT_STOP[1][1:]}."), err=True)
    click.echo(t("kesu 网页已停止。", "kesu page stopped."), err=True)


def _log_to_stderr() -> None:
    """The server's log (a batch filed or failed, a request that failed, a record not written)
    on stderr beside its start and stop lines, each with its time; in the language of
    ``--lang``, as the lines themselves are written (:func:`kesu_docs.web.jobs.say`)."""
    from .serve_log import log_lines  # (logging: not imported by every command's --help)

    log_lines(sys.stderr, lang())


@click.group("user")
@LANG_OPTION
def user_group() -> None:
    """Accounts of the page for clerks (kesu serve): add, remove, list.

    \b
    Example:
      kesu user add wang --role clerk
      kesu user list
    """


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["clerk", "qa", "manager"]), default="clerk", show_default=True)
@click.password_option(help="the password (asked for when not given)")
@WORK_OPTION
@USERS_OPTION
@LANG_OPTION
def user_add(name, role, password, work, users) -> None:
    """Add an account (or set its password and role); the password is stored as an argon2 hash.

    \b
    Example:
      kesu user add wang --role clerk
    """
    from ..web.accounts import AccountError, Accounts

    path = users or work / "users.json"
    try:
        Accounts(path).set(name, password, role)
    except AccountError as exc:
        click.echo(exc.message(lang()), err=True)
        sys.exit(EXIT_FATAL)
    click.echo(t(f"已保存账号：{name}（{role}）→ {path}", f"Account saved: {name} ({role}) → {path}"))


@user_group.command("remove")
@click.argument("name")
@WORK_OPTION
@USERS_OPTION
@LANG_OPTION
def user_remove(name, work, users) -> None:
    """Remove an account.

    \b
    Example:
      kesu user remove wang
    """
    from ..web.accounts import Accounts

    path = users or work / "users.json"
    if not Accounts(path).remove(name):
        click.echo(t(f"没有账号：{name}", f"No account: {name}"), err=True)
        sys.exit(1)
    click.echo(t(f"已删除账号：{name}", f"Account removed: {name}"))


@user_group.command("list")
@WORK_OPTION
@USERS_OPTION
@LANG_OPTION
def user_list(work, users) -> None:
    """List the accounts and their roles.

    \b
    Example:
      kesu user list
    """
    from ..web.accounts import Accounts

    accounts = Accounts(users or work / "users.json")
    for name in accounts.names():
        click.echo(f"{name}\t{accounts.role(name)}")


COMMANDS = (serve_command, user_group)
