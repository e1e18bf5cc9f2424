"""A real ``kesu serve`` in a subprocess and a real Chromium (Debian's, through its chromedriver)."""

from __future__ import annotations

import contextlib
import io
import logging
import shutil
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import clean_environment, free_port

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
ARTIFACTS = ROOT / "tests" / "artifacts" / "web"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
CHROMIUM = next(
    (
        p
        for p in ("/usr/lib/chromium/chromium", shutil.which("chromium"), shutil.which("chromium-browser"))
        if p and Path(p).exists()
    ),
    None,
)

needs_browser = pytest.mark.skipif(
    CHROMIUM is None or not Path(CHROMEDRIVER).exists(),
    reason="Chromium and chromedriver (Debian: chromium chromium-driver) are not installed",
)


def kesu(*args: str, input: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kesu_docs.cli", *args],
        input=input,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
        env=clean_environment(in_folder=cwd is not None, KESU_LANG="zh"),  # (no cwd: the checkout)
    )


class Server:
    def __init__(self, proc: subprocess.Popen, url: str, db: Path, work: Path, log: Path) -> None:
        self.proc, self.url, self.db, self.work, self.log = proc, url, db, work, log

    def alive(self) -> bool:
        return self.proc.poll() is None

    def status(self, path: str) -> int:
        """The HTTP status of a GET, redirects not followed."""

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *args, **kwargs):
                return None

        opener = urllib.request.build_opener(NoRedirect)
        try:
            with opener.open(self.url + path, timeout=10) as reply:
                return reply.status
        except urllib.error.HTTPError as exc:
            return exc.code


# what ``kesu serve`` says once its socket listens (kesu_docs/cli/serve_cmds.py), and when the
# port cannot be had
_LISTENING = ("kesu 网页已启动", "kesu page running")
_PORT_TAKEN = ("无法在 ", "Cannot listen on ")


def _start_server(
    tmp: Path, port: int, host: str, extra: tuple[str, ...], log: Path
) -> subprocess.Popen | None:
    """``kesu serve`` on ``port``, once it says it listens; None when the port was taken meanwhile
    (a free port is only free when it is looked at: another process may bind it before the
    server does)."""
    db, work = tmp / "kesu.db", tmp / "work"
    args = ["serve", "--host", host, "--port", str(port), "--db", str(db), "--work", str(work), *extra]
    with log.open("w") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kesu_docs.cli", *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            cwd=tmp,
            env=clean_environment(),
        )
    deadline = time.monotonic() + 60
    while True:
        said = log.read_text(encoding="utf-8", errors="replace")
        if any(line in said for line in _LISTENING):  # said once its socket is bound
            return proc
        if proc.poll() is not None:
            if any(line in said for line in _PORT_TAKEN):
                return None
            raise AssertionError(f"kesu serve exited: {said}")
        if time.monotonic() > deadline:
            proc.kill()
            proc.wait()
            raise AssertionError(f"kesu serve did not start: {said}")
        time.sleep(0.1)


@contextlib.contextmanager
def running_server(tmp: Path, *extra: str, host: str = "127.0.0.1") -> Iterator[Server]:
    db, work, log = tmp / "kesu.db", tmp / "work", tmp / "server.log"
    for _ in range(5):  # another port when the one picked was taken before the server bound it
        port = free_port()
        proc = _start_server(tmp, port, host, extra, log)
        if proc is not None:
            break
    else:
        raise AssertionError(f"kesu serve found no free port: {log.read_text(encoding='utf-8')}")
    url = f"http://127.0.0.1:{port}"
    server = Server(proc, url, db, work, log)
    try:
        yield server
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()  # (else a zombie in pytest's process: tests/conftest.py's check)


class ServerLoop:
    """A waitress server's loop in a thread of this process, stopped before the server's close as
    ``kesu serve`` stops it (its ``server.run()`` has returned when :func:`close_server` runs)."""

    def __init__(self, channels: dict) -> None:
        from waitress import wasyncore

        self.stopped = threading.Event()

        def run() -> None:
            while not self.stopped.is_set():
                wasyncore.loop(timeout=0.05, map=channels, count=1)

        self.thread = threading.Thread(target=run, name="test-waitress-loop", daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(30)


def declared_post(server, length: int, wait: float = 5) -> bytes:
    """What ``server`` answers, within ``wait`` seconds, to a POST to /check whose head declares
    a body of ``length`` bytes and sends a few of them: its whole answer, up to the connection's
    close (a server still awaiting the body: said in the bytes returned)."""
    return raw_request(
        server,
        b"POST /check HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=z\r\n"
        + f"Content-Length: {length}\r\n\r\n--z\r\n".encode(),
        wait,
    )


def raw_request(server, sent: bytes, wait: float = 5) -> bytes:
    """What ``server`` answers, within ``wait`` seconds, to the bytes ``sent`` on a connection of
    their own: its whole answer, up to the connection's close (no answer in time: said in the
    bytes returned)."""
    import select
    import socket

    port = int(server.url.rsplit(":", 1)[1])
    answer = b""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        for at in range(0, len(sent), 16384):  # in pieces, stopped by an answer come early (431)
            if select.select([conn], [], [], 0.01)[0]:
                break
            conn.sendall(sent[at : at + 16384])
        conn.settimeout(wait)
        try:
            while chunk := conn.recv(4096):
                answer += chunk
        except TimeoutError:
            answer = answer or f"(no answer in {wait} s: the server waits for the body)".encode()
    return answer


def idle(server) -> None:
    """Every request thread of ``server`` started and waiting for work: a request sent before
    then finds no idle thread, and waitress warns "Task queue depth is 1" (a loaded machine's
    CI run, thirteenth round's closing test run)."""
    dispatcher = server.task_dispatcher
    deadline = time.monotonic() + 30
    while True:
        with dispatcher.lock:
            if dispatcher.active_count == 0:
                return
        assert time.monotonic() < deadline, "waitress's request threads did not start"
        time.sleep(0.01)


@contextlib.contextmanager
def served(app, *, bounded: Callable[[object, dict], object] | None = None, **options) -> Iterator[object]:
    """``app`` (WSGI) served by a real waitress server on a free port of 127.0.0.1, its loop in a
    thread of this process; stopped on leaving as ``kesu serve`` stops (the loop, then
    :func:`~kesu_docs.web.close_server`: every connection closed, the request threads ended).
    ``server.close()`` alone, as tests did before, left waitress's request threads running in
    pytest's process: every later ``--jobs`` pool of the suite then spawned its workers rather
    than forking them (``workers.start_method``). ``bounded(server, channels)``: called before the
    loop starts (``kesu_docs.web.bound_connections``)."""
    from waitress import create_server

    from kesu_docs.web import close_server

    channels: dict = {}
    server = create_server(app, map=channels, host="127.0.0.1", port=0, **options)
    if bounded is not None:
        bounded(server, channels)
    loop = ServerLoop(channels)
    try:
        yield server
    finally:
        loop.stop()
        close_server(server, channels)


def browser(downloads: Path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1500,1100",
        "--lang=zh-CN",
        "--disable-gpu",
    ):
        options.add_argument(arg)
    options.add_experimental_option(
        "prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False}
    )
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)}
    )
    return driver


def screenshot(driver, name: str) -> Path:
    """Keep a picture of the page as a test artefact (tests/artifacts/web/, ignored by git)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    height = driver.execute_script("return Math.min(document.body.scrollHeight, 6000)")
    driver.set_window_size(1500, max(1100, height + 100))
    driver.save_screenshot(str(path))
    driver.set_window_size(1500, 1100)
    print(f"screenshot: {path}")
    return path


def wait_for(predicate, timeout: float = 90, message: str = "") -> object:
    deadline = time.monotonic() + timeout
    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as exc:  # the page is reloading: ask again
            last = exc
        time.sleep(0.25)
    raise AssertionError(f"timed out: {message} {last or ''}")


def downloaded(folder: Path, suffix: str = "", timeout: float = 60, prefix: str = "") -> Path:
    """The finished download ``prefix*suffix``: Chromium reserves the final name with an empty
    file while it still writes ``*.crdownload``, so wait for both to settle."""

    def done():
        files = [p for p in folder.glob(f"{prefix}*{suffix}") if not p.name.endswith(".crdownload")]
        ready = files and not list(folder.glob("*.crdownload")) and files[0].stat().st_size > 0
        return files[0] if ready else None

    return wait_for(done, timeout, f"a {prefix}*{suffix} download in {folder}")


@contextlib.contextmanager
def reading_held_until_the_stop(batches, batch) -> Iterator[None]:
    """A batch whose check is under way when ``batches.stop`` comes, on any machine however
    fast: a printed PDF put first in ``batch`` waits for PDFium, which another thread holds
    until the stop cuts (a stop of 0 s found 300 forms already checked on a fast CI runner).
    The batch is then cut at its first file, as a stop cuts a check under way."""
    from kesu_docs.web.preview import PDFIUM

    shutil.copyfile(SAMPLES / "complaint-broken.pdf", batch.inbox / "first.pdf")
    batch.names.insert(0, "first.pdf")
    held = threading.Event()

    def hold() -> None:
        with PDFIUM:
            held.set()
            batches._cut.wait(120)  # the stop cuts: PDFium is free, the batch stops at its next file

    holder = threading.Thread(target=hold, name="pdfium-holder", daemon=True)
    holder.start()
    assert held.wait(120), "PDFium held elsewhere: the batch would not wait for the stop"
    try:
        yield
    finally:
        batches._cut.set()  # a test that failed before its stop lets the holder go all the same
        holder.join(30)


class _StopHeld(threading.Event):
    """A :class:`~kesu_docs.web.jobs.Batches`' cut (the event its stop sets) as its worker asks it
    through ``render_paths``' ``stop=`` — between two documents rendered, before each part of
    the PDF conversion: once ``at()`` holds, the worker waits there until the stop sets it."""

    def __init__(self, at: Callable[[], bool]) -> None:
        super().__init__()
        self.at = at
        self.reached = threading.Event()  # the worker waits for the stop: the batch is under way

    def is_set(self) -> bool:
        worker = threading.current_thread().name.startswith("kesu-batch")
        if worker and not super().is_set() and self.at():
            self.reached.set()
            self.wait(120)  # the stop sets it: the worker sees it at once, as asked
        return super().is_set()


@contextlib.contextmanager
def filing_held_until_the_stop(batches, at: Callable[[], bool]) -> Iterator[threading.Event]:
    """A batch being filed when ``batches.stop`` comes, cut at a known point on any machine
    however fast (or however late the test's own thread runs): the worker, once ``at()`` holds
    where filing asks whether the server stops, waits there until the stop cuts. A poll of the
    progress followed by ``stop(0)`` found the batch filed whole before the stop, or cut later
    than the test assumed, on a fast or loaded machine. Yields an event set once the worker
    waits; to be entered before the filing is asked for (the worker reads the stop then)."""
    cut = _StopHeld(at)
    batches._cut = cut  # the stop sets this one: Batches.stop only ever sets its cut
    try:
        yield cut.reached
    finally:
        cut.set()  # a test that failed before its stop lets the worker go all the same


def until_held(held: threading.Event, batch, timeout: float = 300) -> None:
    """Back once the worker waits where :func:`filing_held_until_the_stop` holds it; a batch that
    ended without getting there (its point never reached) fails at once, not after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not held.wait(0.05):
        assert batch.progress.stage not in ("filed", "failed"), f"ended before it was held: {batch.progress}"
        assert time.monotonic() < deadline, batch.progress


@contextlib.contextmanager
def serve_log(lang: str) -> Iterator[io.StringIO]:
    """``kesu serve``'s log handler (:func:`~kesu_docs.cli.serve_log.log_lines`) on a stream of
    the test's own, taken away again with the levels it set: the ``kesu_docs.web`` logger left
    at INFO (and the handler, found again by the next caller in the process) changed what every
    later test of the run logged and captured."""
    from kesu_docs.cli.serve_log import log_lines

    loggers = [logging.getLogger(name) for name in ("kesu_docs.web", "waitress")]
    levels = [logger.level for logger in loggers]
    stream = io.StringIO()
    handler = log_lines(stream, lang)
    assert getattr(handler, "stream", None) is stream, (
        "a kesu serve handler of an earlier test was left in place"
    )
    try:
        yield stream
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.removeHandler(handler)
            logger.setLevel(level)
