"""`kesu render` loads no network library to quote an XML attribute (issue 15, jobs42).

A template's file is looked at by :mod:`kesu_docs.render.template_file` in the command and,
with ``--jobs 2``, in each worker. It quoted attributes with ``xml.sax.saxutils.quoteattr``,
whose module imports ``urllib.request`` (``http.client``, ``ssl``, ``email``): ≈ 105 M
instructions a process, three times in a two-job run. The quoting is now the module's own, the
same text as the standard library's.
"""

from __future__ import annotations

import random
from pathlib import Path

from helpers import python_process

from kesu_docs.register import Register
from kesu_docs.render.template_file import quoteattr

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
HEAVY = ("xml.sax.saxutils", "urllib.request", "http.client")


def test_an_attribute_is_quoted_as_the_standard_library_quotes_it():
    """Every kind of value — quotes of each sort, both, neither; markup; line breaks and tabs;
    text already escaped — gives the standard library's text, character for character."""
    from xml.sax.saxutils import quoteattr as standard

    values = ["", "a", 'a"b', "a'b", "a\"b'c", "<&>\n\r\t", "http://x/?a=1&b=2", "&amp;&quot;", "客诉 “单”"]
    pieces = ['"', "'", "&", "<", ">", "\n", "\r", "\t", " ", "a", "客", "&amp;", "&#10;"]
    chosen = random.Random(42)
    values += ["".join(chosen.choice(pieces) for _ in range(chosen.randint(1, 12))) for _ in range(500)]
    for value in values:
        assert quoteattr(value) == standard(value), repr(value)


def test_a_render_imports_no_network_library(tmp_path):
    """A complaint rendered by the CLI, one job, into an existing register (a clerk's day): none
    of ``xml.sax.saxutils``, ``urllib.request``, ``http.client`` imported — fails before jobs42
    (the template's check imported all three)."""
    db = tmp_path / "kesu.db"
    Register.open(db).close()
    script = (
        "import sys\n"
        "from kesu_docs.cli import cli\n"
        "try:\n"
        "    cli.main(['render', '--lang', 'en', *sys.argv[1:]], standalone_mode=False)\n"
        "finally:\n"
        f"    print(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    given = [str(SAMPLES / "complaint-from-system.json"), "-o", str(tmp_path / "out"), "--db", str(db)]
    done = python_process("-c", script, *given, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert list((tmp_path / "out").glob("*.docx")), done.stdout[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout[-500:]
