"""``kesu serve``'s log on stderr: the page's lines and waitress's, each on one line with its
time, in the language of ``--lang``. A module of its own: ``logging`` is imported as the server
starts, not by every command's ``--help``."""

from __future__ import annotations

import logging
import re
from typing import TextIO

from ..lazy_re import lazy_re
from .layout import one_line

# waitress's own warnings and errors, in kesu's words: the server's log speaks one language (its
# other lines: its own words). Matched on the line as waitress says it (some come formatted
# already: "Exception while serving /batch/…"); a line not here (waitress may add some) is said
# as it is, marked as the server's (WAITRESS_OTHER) for the IT person reading a service's log.
WAITRESS_WORDS: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (lazy_re(pattern, re.S), zh, en)
    for pattern, zh, en in (
        (
            r"(\d+) thread\(s\) still running",
            "kesu serve：停止时仍有 {0} 个请求未处理完",
            "kesu serve: {0} request(s) still running at the stop",
        ),
        (
            r"Canceling (\d+) pending task\(s\)",
            "kesu serve：停止时取消 {0} 个等待中的请求",
            "kesu serve: {0} waiting request(s) cancelled at the stop",
        ),
        (
            r"Task queue depth is (\d+)",
            "kesu serve：{0} 个请求在等待（处理线程都在忙，见 --threads）",
            "kesu serve: {0} request(s) waiting (every thread busy, see --threads)",
        ),
        (
            r"Exception while serving (.*)",
            "kesu serve：处理请求 {0} 时出错（浏览器收到“服务器出错”）",
            "kesu serve: request {0} failed (the browser was told of a server error)",
        ),
        (
            r"Exception when servicing (.*)",
            "kesu serve：处理请求时出错（{0}）",
            "kesu serve: a request failed ({0})",
        ),
        (
            r"Socket error",
            "kesu serve：连接出错（网络套接字错误），该连接已关闭",
            "kesu serve: a connection failed (socket error) and was closed",
        ),
        (
            r"Unexpected exception when flushing",
            "kesu serve：发送回答时出错，该连接已关闭",
            "kesu serve: sending an answer failed; the connection was closed",
        ),
        (
            r"(?:Unexpected error when closing an outbuf|Unknown exception while trying to close outbuf)",
            "kesu serve：关闭连接的缓冲文件时出错",
            "kesu serve: closing a connection's buffer failed",
        ),
        (
            r"total open connections reached the connection limit, no longer accepting new connections",
            "kesu serve：打开的连接数已达上限，暂不接受新连接（连接关闭后恢复）",
            "kesu serve: the connection limit is reached: no new connection until some close",
        ),
        (
            r"server accept\(\) threw an exception",
            "kesu serve：接受新连接时出错",
            "kesu serve: accepting a connection failed",
        ),
        (
            r"uncaptured python exception, closing channel (.*)",
            "kesu serve：连接出错，已关闭：{0}",
            "kesu serve: a connection failed and was closed: {0}",
        ),
    )
)
WAITRESS_OTHER = ("kesu serve（网页服务器 waitress）：{0}", "kesu serve (web server, waitress): {0}")


def log_lines(stream: TextIO, chosen: str) -> logging.Handler:
    """The kesu serve handler on ``stream`` (once a process): the page's log lines, and waitress's
    warnings (its info lines repeat kesu's own start line), each with its time."""
    logger = logging.getLogger("kesu_docs.web")
    found = next((h for h in logger.handlers if h.get_name() == "kesu serve"), None)
    if found is not None:  # started before in this process
        return found
    handler = logging.StreamHandler(stream)
    handler.set_name("kesu serve")
    handler.setFormatter(OneLine("%(asctime)s %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.addFilter(_InKesuWords(0 if chosen == "zh" else 1))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    waitress = logging.getLogger("waitress")
    waitress.addHandler(handler)
    waitress.setLevel(logging.WARNING)
    return handler


class OneLine(logging.Formatter):
    """The server log's lines: one event, one line (:func:`one_line` on its message). A traceback
    under it keeps its lines, each indented, so that none starts as an event's line does."""

    def format(self, record: logging.LogRecord) -> str:
        shown = logging.makeLogRecord(record.__dict__)
        shown.msg, shown.args = one_line(record.getMessage()), None
        shown.exc_text = None  # another handler's traceback, not indented: drawn again here
        return super().format(shown)

    def formatException(self, ei) -> str:
        return _indented(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:
        return _indented(super().formatStack(stack_info))


def _indented(text: str) -> str:
    return "\n".join("    " + one_line(line) for line in text.split("\n"))


class _InKesuWords:
    """A waitress line said as :data:`WAITRESS_WORDS` says it (``which``: 0 zh, 1 en), any other
    marked as the server's (:data:`WAITRESS_OTHER`); kesu's own lines pass as they are."""

    def __init__(self, which: int) -> None:
        self.which = which

    def filter(self, record: logging.LogRecord) -> bool:
        if record.name == "waitress" or record.name.startswith("waitress."):
            record.msg, record.args = waitress_said(record.getMessage(), self.which), None
        return True


def waitress_said(line: str, which: int) -> str:
    """waitress's ``line`` in kesu's words (``which``: 0 zh, 1 en)."""
    if line.startswith("kesu serve"):  # said already (a record another handler of ours took)
        return line
    for pattern, *words in WAITRESS_WORDS:
        found = pattern.fullmatch(line)
        if found is not None:
            return words[which].format(*found.groups())
    return WAITRESS_OTHER[which].format(line)
