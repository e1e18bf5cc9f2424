"""Round 44's re-read mends (reread45): one helper for a text shown on one line, ..."""

from __future__ import annotations

from kesu_docs.cli.layout import one_line as screen_line
from kesu_docs.values import one_line


def test_one_line_escapes_every_line_breaker_and_mark_the_same_for_a_message_and_a_screen():
    # a clerk's name pasted with a line separator, a direction mark and a terminal's escape: a
    # message (problems, values) and a terminal's line (cli.layout) show it alike, on one line
    name = "王\u2028伪造\u200e\u061c\u2029\x1b[2J\x85\u202e\tx\r\n"
    shown = one_line(name)
    assert shown == "王\\u2028伪造\\u200e\\u061c\\u2029\\u001b[2J\\u0085\\u202e\\tx\\r\\n"
    assert screen_line(name) == shown
    assert one_line("华东精密 DX-LED-0330") == "华东精密 DX-LED-0330"  # nothing else touched
