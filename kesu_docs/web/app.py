"""The page for clerks: check and file forms, the register, the manager's view, blank forms.

A Flask application served by waitress (``kesu serve``). Everything it writes goes under its
work folder: the uploads and documents of each batch, re-prints, blanks, the action log.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import ipaddress
import json
import re
import secrets
import threading
import uuid
from dataclasses import dataclass, field
from functools import wraps
from pathlib import Path
from typing import Any

from flask import (
    Flask,
    abort,
    flash,
    g,
    jsonify,
    redirect,
    render_template,
    request,
    send_file,
    send_from_directory,
    session,
    url_for,
)
from flask_wtf.csrf import CSRFError, CSRFProtect
from markupsafe import Markup
from werkzeug.exceptions import HTTPException, RequestEntityTooLarge

from .. import __version__, forms
from ..config import ConfigError, Settings, SettingsFile, held_settings
from ..forms.base import ascii_digits
from ..lazy_re import lazy_re
from ..parse.results import WORKBOOKS
from ..problems import Lang
from ..register import COLUMNS, Register, RegisterError, UnknownNumber
from ..values import first_of_month
from . import managers
from .accounts import ROLE_LABELS, AccountError, Accounts, User
from .inflight import InFlight
from .jobs import (
    IDLE_MINUTES,
    KEEP_LIVE,
    UNDER_WAY_STAGES,
    Batch,
    Batches,
    filed_facts,
    inside,
    say,
    shown_note,
)
from .preview import NOT_DRAWN, dense_pages, pdf_marks, pdf_page_png, pdf_pages, sheet_grids
from .uploads import place

MB = 1024 * 1024
UNPRINTED_SHOWN = 50  # forms numbered without their documents listed on the register page
REGISTER_ROWS = 500  # rows shown at once; the filters narrow a large register down
LOCKOUT_AFTER, LOCKOUT_SECONDS = 5, 600  # wrong passwords for one name, then a pause


PER_ADDRESS = 32
"""Connections one address may hold open at once (``kesu serve --per-address``, 0: no limit).
One PC holding waitress's 100 connections idle, or sending each request's head a byte at a
time (slowloris), had the page answer no one else until it let go; past this, that address's
new connections are closed as they come, and every other PC is served (a browser opens six at
most). Behind a reverse proxy, or on a terminal server, every clerk has the same address."""


@dataclass
class WebConfig:
    """How ``kesu serve`` was started."""

    db: str = "kesu.db"
    work: Path = Path("kesu-web")
    host: str = "127.0.0.1"
    port: int = 8470
    users: Path | None = None  # default: <work>/users.json
    max_upload_mb: int = 200
    max_files: int = 1000
    secret_key: str | None = None  # default: kept in <work>/secret.key
    lang: str = "zh"  # the page's language until a clerk switches it (kesu serve --lang)
    keep_batches: int = KEEP_LIVE  # finished batches kept in memory; the others wait on disk
    idle_minutes: float = IDLE_MINUTES  # a finished batch no one asked for since goes to disk
    per_address: int = PER_ADDRESS  # connections one address holds at most (0: no limit)
    extra: dict[str, Any] = field(default_factory=dict)
    # the settings (kesu.toml) the page checks, numbers and renders under: kesu serve reads them
    # as it starts; None: the register's (those of the working directory, else the defaults)
    settings: Settings | None = None
    # the kesu.toml those settings came from (kesu serve): read again when it is edited — a valid
    # edit is followed from the next page or batch on, one that makes it unusable gives every page
    # the message naming the key until it is put right (a batch under way keeps its settings)
    settings_file: SettingsFile | None = None

    @property
    def users_file(self) -> Path:
        return self.users or self.work / "users.json"


def is_loopback(host: str) -> bool:
    """127.0.0.1, ::1, localhost: only this PC can reach the server."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# what a browser drops from a URL before reading it (WHATWG URL standard): tabs and line breaks
# anywhere, controls and spaces at either end; and it reads a backslash as a slash
_URL_IGNORED = lazy_re(r"[\t\n\r]")


def local_target(target: str) -> str | None:
    """``target`` (the ``next`` of the sign-in page) when a browser reads it as a page of this
    server, else None. ``/\t/evil.example`` passes a plain "starts with one slash" test, but the
    browser drops the tab and goes to ``//evil.example``, another site: the sign-in page would
    send the clerk, just signed in, to a look-alike page asking for the password again."""
    cleaned = _URL_IGNORED.sub("", target).strip("".join(map(chr, range(0x21))))
    as_read = cleaned.replace("\\", "/")
    if not as_read.startswith("/") or as_read.startswith("//"):
        return None
    return cleaned


# what JSON leaves as it is with ensure_ascii=False, yet ends a line for some readers or passes
# for other text in a terminal: C1 controls, DEL, the line and paragraph separators, bidi marks
_JSON_UNSAFE = lazy_re(r"[\x7f-\x9f\u2028\u2029\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def _json_escaped(found: re.Match[str]) -> str:
    """A character of :data:`_JSON_UNSAFE` as JSON's escape (it only stands inside a string)."""
    return f"\\u{ord(found[0]):04x}"


def _secret(work: Path) -> str:
    path = work / "secret.key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        key = secrets.token_hex(32)
        path.write_text(key)
        path.chmod(0o600)
        return key


def _login_name() -> str:
    """Who runs the server: the page's user on the loopback address without accounts."""
    try:
        return getpass.getuser()
    except Exception:  # no login name (a container without USER, a uid not in /etc/passwd)
        return ""


PART_ROOM = 2 * 1024
"""A multipart body's bytes of each file beside the file's own: its boundary and headers
(``Content-Disposition`` with the file's name, up to a path of a few hundred characters
percent-encoded, ``Content-Type``)."""


def body_limit(config: WebConfig) -> int:
    """The bytes of a request body Flask takes: the files' limit (``--max-upload-mb``, what the
    page counts before sending: the files' sizes) and the room of the multipart body around them
    (:data:`PART_ROOM` a file, the form's fields). The files' own total is checked apart
    (:func:`create_app`'s upload), so that one limit is said by the page and by the server:
    before, a selection the page let go (its files' sizes under the limit) was refused by the
    server, whose limit counted the whole body."""
    return config.max_upload_mb * MB + (config.max_files + 50) * PART_ROOM + 2 * MB


def too_large_said(config: WebConfig) -> tuple[str, str]:
    """ "Upload too large" with the limits, in Chinese and in English: said by the page before
    sending, by the upload, and by the server for a body declared over its limit."""
    return (
        f"上传太大：一次最多 {config.max_upload_mb} MB、{config.max_files} 个文件，请分批上传",
        f"Upload too large: at most {config.max_upload_mb} MB and {config.max_files} files at a time; send them in parts",
    )


def _files_bytes(files: list[Any]) -> int:
    """The bytes of the uploaded files (each spooled by Werkzeug: measured, not read)."""
    total = 0
    for upload_file in files:
        stream = upload_file.stream
        at = stream.tell()
        total += stream.seek(0, 2)
        stream.seek(at)
    return total


def create_app(config: WebConfig, register: Register | None = None) -> Flask:
    """The application; ``register`` defaults to opening ``config.db`` (created if missing)."""
    work = config.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=config.secret_key or _secret(work),
        MAX_CONTENT_LENGTH=body_limit(config),
        MAX_FORM_PARTS=config.max_files + 50,
        MAX_FORM_MEMORY_SIZE=2 * MB,
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as the session: long batches
        WTF_CSRF_CHECK_DEFAULT=False,  # checked in _who, once we know who is asking
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
    )
    csrf = CSRFProtect(app)
    accounts = Accounts(config.users_file)
    accounts_required = not is_loopback(config.host) or len(accounts) > 0
    if config.settings_file is not None and config.settings is None:
        config.settings = config.settings_file.settings
    register = register or Register.open(config.db, create=True, settings=config.settings)
    server_lang: Lang = "en" if config.lang == "en" else "zh"  # the log's language (kesu serve --lang)
    batches = Batches(
        work, register, keep=config.keep_batches, idle=config.idle_minutes * 60, lang=server_lang
    )
    log_lock = threading.Lock()
    local_user = User(_login_name() or "local", "manager")
    failures: dict[str, list[float]] = {}  # user name → times of wrong passwords
    state = {
        "config": config,
        "work": work,
        "accounts": accounts,
        "accounts_required": accounts_required,
        "register": register,
        "batches": batches,
    }
    app.extensions["kesu"] = state
    # the requests under way: a stop closes the register after the last one (kesu_docs.web.stop)
    state["requests"] = in_flight = InFlight()
    app.wsgi_app = in_flight.wrap(app.wsgi_app)  # type: ignore[method-assign]

    # ------------------------------------------------------------------ language, user, log
    def lang() -> Lang:
        chosen = request.args.get("lang") or session.get("lang") or config.lang
        return "en" if chosen == "en" else "zh"

    def t(zh: str, en: str) -> str:
        return zh if lang() == "zh" else en

    def current_user() -> User | None:
        if not accounts_required:
            return local_user
        name = session.get("user")
        if not name:
            return None
        try:
            accounts.reload()
        except AccountError:
            return None
        role = accounts.role(name)
        return User(name, role) if role else None

    def audit(action: str, **detail: Any) -> None:
        """Every action, with who did it, from where, when (the register's clock, as the
        batches', its offset from this PC's kept and read again once a minute: no request waits
        for the register; this PC's own time beside it, ``pc_at``; where the register could not
        be read the last time it was asked, said in the line's ``clock``): one JSON line in
        actions.log."""
        user = getattr(g, "user", None)
        moment, here, clock = batches.clock.moment()
        entry = {
            "at": moment.isoformat(timespec="seconds"),
            "pc_at": here.isoformat(timespec="seconds"),
            **({"clock": clock} if clock else {}),
            "user": user.name if user else None,
            "role": user.role if user else None,
            "addr": request.remote_addr,
            "action": action,
            **detail,
        }
        line = _JSON_UNSAFE.sub(_json_escaped, json.dumps(entry, ensure_ascii=False, default=str))
        with log_lock, (work / "actions.log").open("a", encoding="utf-8") as fh:
            fh.write(line + "\n")

    state["audit"] = audit

    def needs(permission: str):
        def wrap(view):
            @wraps(view)
            def inner(*args, **kwargs):
                if not g.user.may(permission):
                    audit("refused", permission=permission, path=request.path)
                    abort(403)
                return view(*args, **kwargs)

            return inner

        return wrap

    @app.before_request
    def _stopping() -> Any:
        """A request that comes as the server stops: said so, not served on a register closing."""
        if in_flight.stopping:
            return _error(
                503,
                t(
                    "网页服务器正在停止，请稍后（服务器重新启动后）再试",
                    "The page's server is stopping: try again later, once it has started again",
                ),
            )
        return None

    said_wrong: list[str] = [""]  # the settings' mistake said in the log last (once per edit)

    def _settings_now() -> Any:
        """The settings as kesu.toml says them now (:class:`SettingsFile`, when the server watches
        it), followed by the register and every batch started from here, and in force for the
        request (a re-print, a blank form: the server's company, not the working directory's);
        while the file cannot be used, a page that says which key is wrong — never a failure of
        the page (500) — until it is put right."""
        watched = config.settings_file
        if request.path.startswith(("/static/", "/login", "/logout")):
            return None
        try:
            if watched is not None:
                now = watched.current()
                if register.settings is not now:
                    register.settings = now
            held = held_settings(register.settings)
        except ConfigError as exc:
            if said_wrong[0] != exc.message(server_lang):
                said_wrong[0] = exc.message(server_lang)
                app.logger.error(
                    say(
                        server_lang,
                        f"kesu serve：配置文件有误，网页暂停服务直至改正：{exc.message('zh')}",
                        f"kesu serve: configuration error, the page is held until it is put right: "
                        f"{exc.message('en')}",
                    )
                )
            return _error(
                503,
                t(
                    f"配置文件有误：{exc.message('zh')}。请改正后刷新本页（服务器不必重启）；"
                    "进行中的批次按其开始时的设置做完",
                    f"Configuration error: {exc.message('en')}. Put it right and reload this page (no "
                    "need to restart the server); a batch under way finishes under the settings it began with",
                ),
            )
        said_wrong[0] = ""
        held.__enter__()
        g.kesu_held = held
        return None

    @app.teardown_request
    def _settings_let_go(_exc: BaseException | None) -> None:
        held = g.pop("kesu_held", None)
        if held is not None:  # (a request answered in another context: nothing held there to let go)
            with contextlib.suppress(ValueError):
                held.__exit__(None, None, None)

    @app.before_request
    def _who() -> Any:
        if request.args.get("lang") in ("zh", "en"):
            session["lang"] = request.args["lang"]
        g.user = current_user()
        open_paths = ("/login", "/static/")
        if g.user is None and not request.path.startswith(open_paths):
            if request.method == "GET" and not request.path.endswith((".json", ".png")):
                return redirect(url_for("login", next=request.full_path))
            return _error(401, t("请先登录", "Please sign in first"))
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            csrf.protect()  # every form, the sign-in form too
        return _settings_now()  # once the clerk is known: the file's path is no stranger's to read

    batch_path = re.compile(
        re.escape(str(work)) + r"[/\\](?:batches[/\\][0-9a-f]+[/\\](?:in|out)|reprints)[/\\]"
    )

    @app.template_filter("short")
    def _short(text: Any) -> str:
        """Paths inside the work folder as the file's own name: the clerk dropped ``客诉.xlsx``."""
        return batch_path.sub("", str(text or ""))

    @app.context_processor
    def _globals() -> dict[str, Any]:
        return {
            "t": t,
            "lang": lang(),
            "user": g.get("user"),
            "role_label": lambda role: t(*ROLE_LABELS.get(role, (role, role))),
            "accounts_required": accounts_required,
            "version": __version__,
            "kind_title": lambda kind: _kind_title(kind, lang()),
            "kinds": forms.kinds(),
            "month_names": list(enumerate(MONTH_NAMES[lang()], 1)),
        }

    @app.after_request
    def _headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.mimetype in ("text/html", "application/json"):  # a batch's state changes by the second
            response.headers.setdefault("Cache-Control", "no-store")
        if response.mimetype == "text/html":  # scripts and styles from this server only
            response.headers.setdefault(
                "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'"
            )
        return response

    # ------------------------------------------------------------------ errors: a page, never a crash
    def _error(code: int, message: str):
        if request.accept_mimetypes.best == "application/json" or request.headers.get("X-Requested-With"):
            return jsonify({"error": message}), code
        return render_template("error.html", code=code, message=message), code

    @app.errorhandler(CSRFError)
    def _csrf(exc):
        return _error(
            400,
            t(
                "表单已过期或来源不明（CSRF），请刷新页面再试",
                "The form expired or came from elsewhere (CSRF): reload the page and try again",
            ),
        )

    def _too_large_words() -> str:
        return t(*too_large_said(config))

    @app.errorhandler(RequestEntityTooLarge)
    def _too_large(exc):
        return _error(413, _too_large_words())

    @app.errorhandler(HTTPException)
    def _http(exc):
        code = exc.code or 500
        words = {
            401: ("请先登录", "Please sign in first"),
            403: ("您的角色无权执行此操作", "Your role may not do this"),
            404: ("找不到此页面或文件", "No such page or file"),
            405: (
                "此网址不能这样打开（请从网页上的按钮或链接进入）",
                "This address cannot be opened this way: use the page's buttons and links",
            ),
        }
        # any other: werkzeug's English words, on a Chinese page with the code said in Chinese
        zh, en = words.get(
            code, (f"请求无法完成（HTTP {code}）：{exc.description or exc.name}", exc.description or exc.name)
        )
        return _error(code, t(zh, en))

    @app.errorhandler(Exception)
    def _crash(exc):
        # the clerk reads a plain sentence and an id; the server's log carries the id with the
        # traceback (the exception's words may name the server's paths, tables or another's data)
        incident = uuid.uuid4().hex[:12]
        app.logger.exception(
            say(
                server_lang,
                f"kesu serve：请求出错（编号 {incident}）：{request.path}",
                f"kesu serve: request failed (id {incident}): {request.path}",
            )
        )
        audit("error", path=request.path, id=incident, error=type(exc).__name__)
        return _error(
            500,
            t(
                f"出错了，此操作未完成。请把错误编号 {incident} 告诉管理员（服务器日志中记有详情）",
                f"Something went wrong and this was not done. Give the administrator the error id "
                f"{incident} (the server's log has the details)",
            ),
        )

    # ------------------------------------------------------------------ sign in, language
    @app.route("/login", methods=["GET", "POST"])
    def login():
        if not accounts_required:
            return redirect(url_for("check"))
        error = ""
        if request.method == "POST":
            name = request.form.get("name", "").strip()
            now = dt.datetime.now().timestamp()
            recent = [t0 for t0 in failures.get(name, []) if now - t0 < LOCKOUT_SECONDS]
            failures[name] = recent
            if len(recent) >= LOCKOUT_AFTER:
                audit("login-locked", name=name)
                error = t(
                    "密码错误次数太多，请 10 分钟后再试", "Too many wrong passwords: try again in 10 minutes"
                )
                return render_template("login.html", error=error), 429
            user = accounts.check(name, request.form.get("password", ""))
            if user is None:
                failures[name].append(now)
                g.user = None
                audit("login-failed", name=name)
                error = t("用户名或密码不对", "Wrong user name or password")
            else:
                session.clear()
                session["user"] = user.name
                session.permanent = True
                g.user = user
                audit("login")
                return redirect(local_target(request.args.get("next", "")) or url_for("check"))
        return render_template("login.html", error=error), (401 if error else 200)

    @app.post("/logout")
    def logout():
        audit("logout")
        session.pop("user", None)
        return redirect(url_for("login"))

    @app.get("/")
    def home():
        return redirect(url_for("check"))

    # ------------------------------------------------------------------ check and file
    @app.get("/check")
    @needs("check")
    def check():
        mine = batches.recent(None if g.user.may("reports") else g.user.name)
        return render_template(
            "check.html",
            batches=mine,
            max_files=config.max_files,
            max_mb=config.max_upload_mb,
            too_large=_too_large_words(),
            unprinted=len(register.unprinted(limit=UNPRINTED_SHOWN + 1)),
            unprinted_shown=UNPRINTED_SHOWN,
        )

    @app.post("/check")
    @needs("check")
    def upload() -> Any:
        files = [f for f in request.files.getlist("files") if f and f.filename]
        if not files:
            return _error(400, t("请选择要检查的文件", "Choose the files to check"))
        if len(files) > config.max_files or _files_bytes(files) > config.max_upload_mb * MB:
            return _error(413, _too_large_words())  # (the page's own count, said in its words)
        batch = batches.new(g.user.name)
        taken: set[str] = set()
        try:
            for upload_file in files:
                target = place(batch.inbox, upload_file.filename or "", taken)
                upload_file.save(target)
                batch.names.append(target.name)
        except BaseException:  # a broken upload, a full disk: no batch left queued with no files
            batches.forget(batch)
            raise
        audit("upload", batch=batch.id, files=batch.names)
        batches.check(batch)
        url = url_for("batch_page", batch_id=batch.id)
        if request.headers.get("X-Requested-With"):
            return jsonify({"batch": batch.id, "url": url})
        return redirect(url)

    def _batch(batch_id: str) -> Batch:
        # the owner asked for first: another clerk's batch on disk is not read back nor checked
        batch = batches.get(batch_id, None if g.user.may("reports") else g.user.name)
        if batch is None:
            abort(404)
        return batch

    @app.get("/batch/<batch_id>")
    @needs("check")
    def batch_page(batch_id: str):
        batch = _batch(batch_id)
        progress, results, filed = batch.snapshot()
        docs = [_doc_view(batch, i, r, lang()) for i, r in enumerate(results)]
        # read back from disk: the findings as last checked, at once (checked again meanwhile, or filed)
        kept = not docs and bool(batch.kept)
        if kept:
            docs = [
                DocView(i, k.source, k.kind, k.verdict, k.problems, [], []) for i, k in enumerate(batch.kept)
            ]
        from ..render import soffice

        # the files finished already in a batch cut short (the same files submitted again)
        earlier = batches.earlier(batch) if progress.stage in ("checked", "filed") else {}
        return render_template(
            "batch.html",
            batch=batch,
            progress=progress,
            docs=docs,
            filed=[_filed_view(batch, f, lang()) for f in filed],
            office=soffice() is not None,
            earlier=sorted((name, other) for name, (other, _) in earlier.items()),
            kept=kept,
        )

    @app.get("/batch/<batch_id>/status.json")
    @needs("check")
    def batch_status(batch_id: str):
        return jsonify(_batch(batch_id).status(lang()))

    @app.post("/batch/<batch_id>/file")
    @needs("file")
    def batch_file(batch_id: str):
        batch = _batch(batch_id)
        stage = batch.progress.stage
        if stage == "filing":  # pressed twice, or from a second tab: the first one is under way
            return _error(
                409,
                t(
                    "这批文件正在编号与生成，请稍候，不用再点（本批页面会显示进度）",
                    "This batch is being numbered and rendered: wait, no need to press again "
                    "(its page shows the progress)",
                ),
            )
        if stage == "failed":
            return _error(
                409,
                t(
                    "这批文件没有做完，不能编号（原因见本批页面）：请重新提交这些文件",
                    "This batch did not finish and cannot be numbered (its page says why): "
                    "submit its files again",
                ),
            )
        if stage not in ("checked", "filed"):
            return _error(409, t("这批文件还没检查完", "This batch is still being checked"))
        if not batch.valid:
            flash(t("没有通过检查的文件可编号", "No valid document to number"))
            return redirect(url_for("batch_page", batch_id=batch.id))
        pdf = request.form.get("pdf") == "1"
        reprint = request.form.get("reprint") == "1"  # the files finished in a cut batch printed again
        # the files the page said are taken as they are: filed only while that still holds
        promised = set(request.form.getlist("earlier"))
        if not batches.file(batch, pdf=pdf, user=g.user.name, reprint=reprint, promised=promised):
            flash(
                t(
                    "先前已完成的文件有变动（可能已在另一页提交）：请查看下方列表后重新提交",
                    "The files finished before have changed (perhaps filed from another page): "
                    "look at the list below and submit again",
                )
            )
            return redirect(url_for("batch_page", batch_id=batch.id))
        audit("file", batch=batch.id, documents=len(batch.valid), pdf=pdf, reprint=reprint)
        return redirect(url_for("batch_page", batch_id=batch.id))

    @app.post("/batch/<batch_id>/stop")
    @needs("check")
    def batch_stop(batch_id: str):
        """The clerk's stop of a batch being read, checked or filed: it ends at its next whole
        file (the one stop the server's own uses), its page says what was finished and what to
        submit again."""
        batch = _batch(batch_id)
        if batch.progress.stage not in UNDER_WAY_STAGES:
            flash(t("这批文件已经做完，无需停止", "This batch is done already: nothing to stop"))
            return redirect(url_for("batch_page", batch_id=batch.id))
        ended = batches.stop_batch(batch)
        audit("stop", batch=batch.id, ended=ended)
        if not ended:
            flash(
                t(
                    "已要求停止：本批将在当前文件完成后停止",
                    "Asked to stop: this batch stops once the file under way is finished",
                )
            )
        return redirect(url_for("batch_page", batch_id=batch.id))

    @app.get("/batch/<batch_id>/documents/<path:name>")
    @needs("print")
    def batch_download(batch_id: str, name: str):
        batch = _batch(batch_id)
        audit("download", batch=batch.id, file=name)
        return send_from_directory(batch.outbox, name, as_attachment=True)

    @app.get("/batch/<batch_id>/documents.zip")
    @needs("print")
    def batch_zip(batch_id: str):
        batch = _batch(batch_id)
        if not batch.filed:
            abort(404)
        audit("download-zip", batch=batch.id)
        return send_file(Batches.zip_of(batch), as_attachment=True, download_name=f"kesu-{batch.id}.zip")

    @app.get("/batch/<batch_id>/preview/<int:index>/<int:page>.png")
    @needs("check")
    def batch_preview(batch_id: str, index: int, page: int):
        batch = _batch(batch_id)
        if not 0 <= index < len(batch.results):
            abort(404)
        result = batch.results[index]
        if result.fatal:  # refused (a bomb, a damaged file): never handed to a renderer
            abort(404)
        path = Path(result.source.split("#", 1)[0])
        if path.suffix.lower() != ".pdf" or not path.resolve().is_relative_to(batch.inbox.resolve()):
            abort(404)
        problems = result.errors + result.warnings
        if page in dense_pages(problems):  # left out by the reader: never drawn (seconds, 300 MB)
            abort(app.response_class(status=404, headers={NOT_DRAWN: "dense-page"}))
        try:
            png = pdf_page_png(path, page, pdf_marks(problems).get(page, []))
        except Exception:
            abort(404)
        response = app.response_class(png, mimetype="image/png")
        response.headers["Cache-Control"] = "private, max-age=3600"
        return response

    # ------------------------------------------------------------------ the register
    @app.get("/register")
    @needs("view")
    def register_page():
        filters = {k: request.args.get(k, "").strip() for k in ("q", "kind", "status", "customer")}
        filters["month"] = month_asked(request.args) or ""
        filters["overdue"] = request.args.get("overdue", "")
        docs = register.documents(
            kind=filters["kind"] or None,
            status=filters["status"] or None,
            period=filters["month"].replace("-", "") or None,
        )
        today = dt.date.today()
        if filters["customer"]:
            docs = [d for d in docs if filters["customer"].lower() in (d.customer or "").lower()]
        if filters["q"]:
            q = ascii_digits(filters["q"]).lower()  # a number pasted in look-alike digits too
            fields = ("number", "customer", "part_no", "order_no", "lot_no", "case_number", "source")
            docs = [d for d in docs if any(q in str(getattr(d, f, "") or "").lower() for f in fields)]
        states = {(d.kind, d.number): managers.case_state(d, today, register.settings, lang()) for d in docs}
        overdue = {key for key, state in states.items() if state["overdue"]}
        if filters["overdue"]:
            docs = [d for d in docs if (d.kind, d.number) in overdue]
        total = len(docs)
        return render_template(
            "register.html",
            unprinted=register.unprinted(limit=UNPRINTED_SHOWN + 1),
            unprinted_shown=UNPRINTED_SHOWN,
            office=_office(),
            docs=docs[-REGISTER_ROWS:] if total > REGISTER_ROWS else docs,
            total=total,
            filters=filters,
            overdue=overdue,
            states=states,
            statuses=[
                ("issued", "已编号", "issued"),
                ("void", "作废", "void"),
                ("re-printed", "补印", "re-printed"),
            ],
        )

    @app.post("/register/unprinted")
    @needs("print")
    def print_unprinted_page():
        """The documents of the forms numbered without them (a batch cut between its numbering and
        its rendering by an earlier kesu, a render that failed, a crash), printed now: originals,
        logged as printed, downloaded from the links said (``kesu register unprinted -o`` too)."""
        from ..filing import print_unprinted

        pdf = request.form.get("pdf") == "1"
        numbers = request.form.getlist("number") or None
        try:  # (under the server's settings, held for the request: _settings_now)
            made = print_unprinted(
                managers.as_user(register, g.user.name), work / "prints", numbers=numbers, pdf=pdf
            )
        except Exception as exc:  # LibreOffice missing, the register refusing: said, not a 500
            message = exc.message(lang()) if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
            flash(message, "error")
            return redirect(url_for("register_page"))
        links = []
        for item in made:
            if item.ok and (item.output or item.pdf):
                names = [path.name for path in (item.output, item.pdf) if path is not None]
                links.append(
                    Markup.escape(item.number or "")
                    + Markup("：" if lang() == "zh" else ": ")
                    + Markup(" ").join(
                        Markup(f'<a href="{url_for("print_download", name=name)}">{Markup.escape(name)}</a>')
                        for name in names
                    )
                )
            else:
                reason = item.problems[0].message(lang()) if item.problems else ""
                flash(t(f"未能生成 {item.number}：{reason}", f"Not printed {item.number}: {reason}"), "error")
        audit("print-unprinted", numbers=[item.number for item in made if item.ok], pdf=pdf)
        if links:
            flash(Markup(t("已生成：", "Printed: ")) + Markup("；" if lang() == "zh" else "; ").join(links))
        elif not made:
            flash(t("没有已编号但未生成文件的表单", "No numbered form is without its documents"))
        return redirect(url_for("register_page"))

    @app.get("/prints/<path:name>")
    @needs("print")
    def print_download(name: str):
        audit("download", file=name)
        return send_from_directory(work / "prints", name, as_attachment=True)

    def _document(kind: str, number: str):
        if kind not in forms.kinds():
            abort(404)
        try:
            return register.get(ascii_digits(number), kind=kind)
        except UnknownNumber:
            abort(404)

    @app.get("/case/<kind>/<path:number>")
    @needs("view")
    def case_page(kind: str, number: str):
        from ..filing import reprint_files

        doc = _document(kind, number)
        case = managers.case_details(register, doc, lang())
        linked_kinds = tuple({d.kind for d in case["linked"] if d.status != "void"})
        return render_template(
            "case.html",
            doc=doc,
            state=managers.case_state(doc, dt.date.today(), register.settings, lang(), linked_kinds),
            entry=_entry_rows(doc, lang()),
            record=_record_rows(doc, lang()),
            events=register.events(doc.number, kind=doc.kind),
            case=case,
            reprints=reprint_files(work / "reprints", doc.kind, doc.number),
        )

    @app.post("/case/<kind>/<path:number>/void")
    @needs("void")
    def case_void(kind: str, number: str):
        doc = _document(kind, number)
        reason = request.form.get("reason", "").strip()
        if not reason:
            flash(t("作废须填写原因", "A reason is required to void"), "error")
            return redirect(url_for("case_page", kind=kind, number=number))
        try:
            acting = managers.as_user(register, g.user.name)
            acting.void(doc.number, reason, kind=doc.kind)
            if not hasattr(acting, "actor"):  # a register that records no actor: the log says who
                acting.log(doc.number, "web", f"void · {g.user.name}", kind=doc.kind)
        except RegisterError as exc:
            flash(exc.message(lang()), "error")
            return redirect(url_for("case_page", kind=kind, number=number))
        audit("void", kind=doc.kind, number=doc.number, reason=reason)
        flash(t(f"已作废：{doc.number}（{reason}）", f"Voided: {doc.number} ({reason})"))
        return redirect(url_for("case_page", kind=kind, number=number))

    @app.post("/case/<kind>/<path:number>/reprint")
    @needs("print")
    def case_reprint(kind: str, number: str):
        from ..filing import reprint

        doc = _document(kind, number)
        pdf = request.form.get("pdf") == "1"
        try:
            item = reprint(
                managers.as_user(register, g.user.name), doc.number, work / "reprints", kind=doc.kind, pdf=pdf
            )
        except Exception as exc:
            message = exc.message(lang()) if hasattr(exc, "message") else f"{type(exc).__name__}: {exc}"
            flash(message, "error")
            return redirect(url_for("case_page", kind=kind, number=number))
        if not item.ok:
            flash(item.problems[0].message(lang()), "error")
        elif (made := item.pdf or item.output) is not None:
            if not hasattr(register, "actor"):
                register.log(doc.number, "web", f"re-printed · {g.user.name}", kind=doc.kind)
            audit("reprint", kind=doc.kind, number=doc.number, file=made.name)
            link = url_for("reprint_download", name=made.name)
            flash(Markup(t("已补印：", "Re-printed: ") + f'<a href="{link}">{Markup.escape(made.name)}</a>'))
        return redirect(url_for("case_page", kind=kind, number=number))

    @app.get("/reprints/<path:name>")
    @needs("print")
    def reprint_download(name: str):
        audit("download", file=name)
        return send_from_directory(work / "reprints", name, as_attachment=True)

    # ------------------------------------------------------------------ the manager's view
    @app.get("/manager")
    @needs("reports")
    def manager():
        month = month_asked(request.args) or dt.date.today().strftime("%Y-%m")
        period = dt.date(int(month[:4]), int(month[5:]), 1)
        today = dt.date.today()
        return render_template(
            "manager.html",
            month=month,
            overdue=managers.overdue(register, today, lang()),
            stats=managers.monthly(register, period, lang()),
            today=today,
        )

    @app.get("/manager/tracking.xlsx")
    @needs("reports")
    def tracking_export():
        target = work / "exports" / f"登记簿-{dt.date.today():%Y%m%d}.xlsx"
        target.parent.mkdir(exist_ok=True)
        managers.tracking_export(register, target, lang())
        audit("export", file=target.name)
        return send_file(target, as_attachment=True, download_name=target.name)

    @app.post("/manager/reminders")
    @needs("reports")
    def reminders():
        target = managers.reminders(
            managers.as_user(register, g.user.name), dt.date.today(), work / "reminders", lang()
        )
        audit("reminders", file=target.name)
        return send_file(target, as_attachment=True, download_name=target.name)

    @app.get("/manager/monthly/<month>.<any(xlsx, pdf):fmt>")
    @needs("reports")
    def monthly_download(month: str, fmt: str):
        period = first_of_month(month)
        if period is None:
            abort(404)
        target = managers.monthly_file(register, period, fmt, work / "exports", lang())
        if target is None:
            abort(404)
        audit("monthly-report", month=month, file=target.name)
        return send_file(target, as_attachment=True, download_name=target.name)

    @app.get("/manager/monthly/<month>.html")
    @needs("reports")
    def monthly_page(month: str):
        period = first_of_month(month)
        if period is None:
            abort(404)
        page = managers.monthly_html(register, period, lang())
        if page is None:
            abort(404)
        audit("monthly-report", month=month, format="html")
        response = app.response_class(page, mimetype="text/html")
        # the report's own page: its styles inline, nothing else at all
        response.headers["Content-Security-Policy"] = (
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
        )
        return response

    @app.get("/manager/chart/<month>/<name>.svg")
    @needs("reports")
    def monthly_chart(month: str, name: str):
        period = first_of_month(month)
        if period is None:
            abort(404)
        svg = managers.chart_svg(register, period, name, lang())
        if svg is None:
            abort(404)
        return app.response_class(svg, mimetype="image/svg+xml")

    @app.get("/actions")
    @needs("reports")
    def actions():
        path = work / "actions.log"
        # lines as written: "\n" alone ends one (splitlines() would also cut at a U+2028 or a
        # U+0085 in a name typed on the sign-in page, and the entry would be dropped unread)
        lines = path.read_text(encoding="utf-8").split("\n")[-301:] if path.is_file() else []
        entries = []
        for line in reversed(lines):
            try:
                entries.append(json.loads(line))
            except ValueError:
                continue
        return render_template("actions.html", entries=entries)

    # ------------------------------------------------------------------ blank forms
    @app.get("/blanks")
    @needs("check")
    def blanks():
        from ..blank.pdf import font_available

        specs = forms.all_specs()
        return render_template("blanks.html", specs=specs, pdf=font_available())

    @app.get("/blanks/<kind>.<fmt>")
    @needs("check")
    def blank_download(kind: str, fmt: str):
        if kind not in forms.kinds() or fmt not in ("xlsx", "pdf"):
            abort(404)
        spec = forms.get(kind)
        folder = work / "blanks"
        folder.mkdir(exist_ok=True)
        target = folder / f"{spec.title_zh}-{spec.form_code}.{fmt}"
        from ..blank import excel as blank_excel
        from ..blank import pdf as blank_pdf

        (blank_excel if fmt == "xlsx" else blank_pdf).write_blank(spec, target)
        audit("blank", kind=kind, format=fmt)
        return send_file(target, as_attachment=True, download_name=target.name)

    app.teardown_appcontext(lambda _exc: None)
    return app


# ---------------------------------------------------------------------- views of the library's objects
MONTH_NAMES = {
    "zh": [f"{n} 月" for n in range(1, 13)],
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
}
"""The month field's names (templates/_month.html), in the page's language, not the browser's."""


def month_asked(args: Any) -> str | None:
    """The month a page is asked for, ``YYYY-MM``: the page's month field sends ``year`` and
    ``mon``, a link ``month=2026-12``. None when none is asked for, or none that is a month
    (:func:`~kesu_docs.values.first_of_month`): the page shows the month it did use in its field."""
    year, mon = args.get("year", "").strip(), args.get("mon", "").strip()
    asked = first_of_month(f"{year}-{mon}" if year or mon else args.get("month", "").strip())
    # four digits of year whatever the C library says (strftime writes year 999 as "999")
    return None if asked is None else f"{asked.year:04d}-{asked.month:02d}"


def _office() -> bool:
    """LibreOffice is there: PDFs may be asked for."""
    from ..render import soffice

    return soffice() is not None


def _kind_title(kind: str | None, lang: str) -> str:
    if not kind:
        return "?"
    try:
        spec = forms.get(kind)
    except KeyError:
        return kind
    return spec.title_zh if lang == "zh" else spec.title_en


def _shown(value: Any, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M}"
    if isinstance(value, (dt.date,)):
        return value.isoformat()
    if isinstance(value, bool):
        return ("是" if value else "否") if lang == "zh" else ("yes" if value else "no")
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _term_text(term: Any, value: Any, lang: str) -> str | None:
    """A stored key (``domestic``) as the clerk reads it (国内), lists too; None if not a term."""
    values = value if isinstance(value, list) else [value]
    words = []
    for v in values:
        member = term.lookup(v) if term is not None else None
        if member is None:
            return None
        words.append(member.zh if lang == "zh" else member.value)
    return ("、" if lang == "zh" else ", ").join(words)


def _record_rows(doc, lang: str) -> list[tuple[str, str]]:
    """The stored record as (label, value) in the form's field order, terms in the clerk's words."""
    try:
        meta = forms.describe(forms.get(doc.kind).model)
    except KeyError:
        meta = {}
    rows = []
    for key, value in (doc.record or {}).items():
        if value in (None, "", [], {}):
            continue
        m = meta.get(key)
        label = (m.label_zh if lang == "zh" else m.label_en) if m else key
        shown = _term_text(m.term, value, lang) if m is not None and m.term is not None else None
        rows.append((label, shown if shown is not None else _shown(value, lang)))
    return rows


def _entry_rows(doc, lang: str) -> list[tuple[str, str]]:
    """The register entry (its columns), the kind and status in words."""
    rows = []
    for key, zh, en in COLUMNS:
        value = getattr(doc, key, None)
        if key == "kind":
            value = _kind_title(doc.kind, lang)
        elif key == "status":
            value = doc.status_label(lang)
        elif key == "case_status":
            words = {"open": ("处理中", "open"), "closed": ("已结案", "closed")}.get(
                str(value), (value, value)
            )
            value = words[0] if lang == "zh" else words[1]
        elif key == "severity" and value:
            from ..terms import Severity

            value = _term_text(Severity, value, lang) or value
        rows.append((zh if lang == "zh" else en, _shown(value, lang)))
    return rows


@dataclass
class DocView:
    index: int
    source: str
    kind: str | None
    verdict: str  # valid | invalid | unreadable
    problems: list[Any]
    grids: list[Any]
    pages: list[tuple[int, list[tuple[int, str]]]]
    preview_error: str = ""
    readings: list[dict[str, Any]] = field(
        default_factory=list
    )  # how each value was read (reader's provenance)


def _doc_view(batch: Batch, index: int, result, lang: str) -> DocView:
    problems = result.errors + result.warnings
    verdict = "unreadable" if result.fatal else ("valid" if result.valid else "invalid")
    view = DocView(index, batch.shown(result.source), result.kind, verdict, problems, [], [])
    if result.fatal:
        return view
    view.readings = _readings(result, lang)
    path = Path(result.source.split("#", 1)[0])
    suffix = path.suffix.lower()
    try:
        if suffix in WORKBOOKS and problems:
            view.grids = sheet_grids(path, problems)
        elif suffix == ".pdf" and problems:
            marks = pdf_marks(problems)
            pages = sorted(marks) or [1]
            count = pdf_pages(path)
            view.pages = [(p, marks.get(p, [])) for p in pages if 1 <= p <= count]
    except Exception as exc:  # the findings stand without their picture
        view.preview_error = f"{type(exc).__name__}: {exc}"
    return view


LOW_CONFIDENCE = 0.8


def _readings(result, lang: str) -> list[dict[str, Any]]:
    """Where the reader found each value and how sure it is (when the reader reports it)."""
    from .. import value_paths
    from ..validation import labels_for

    provenance = getattr(result, "provenance", None) or {}
    if not provenance or result.kind is None:
        return []
    spec = forms.get(result.kind)
    values = result.record.model_dump(mode="json", warnings=False) if result.record is not None else {}
    out = []
    for path, where in provenance.items():
        info = where.to_dict() if hasattr(where, "to_dict") else dict(where)
        confidence = float(info.get("confidence", 1.0) or 0)
        value = value_paths.get(values, path)
        out.append(
            {
                "label": labels_for(spec, path)[0 if lang == "zh" else 1],
                "value": _shown(value, lang),
                "location": info.get("location", ""),
                "read_as": info.get("label", ""),
                "confidence": f"{confidence:.0%}",
                "low": confidence < LOW_CONFIDENCE,
            }
        )
    return out


def _filed_view(batch: Batch, item, lang: Lang) -> dict[str, Any]:
    """The facts a summary keeps (:func:`filed_facts`), with the page's words and links."""
    return {
        **filed_facts(batch, item),
        "docx": item.output.name if item.docx_stands and item.output else None,
        "pdf": item.pdf.name if item.ok and item.pdf else None,
        "problems": [f"{p.location} {p.message(lang)}".strip() for p in item.problems],
        # the numbered working copy of an Excel form (kesu render writes it beside the documents)
        "working_copy": inside(batch.outbox, item.working_copy),
        "notes": [shown_note(batch, p).message(lang) for p in item.notes],
    }
