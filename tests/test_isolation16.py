"""What one test leaves for the next in the suite's one process (sixteenth round): the language an
in-process command chose. (The races of the web's batch worker are held deterministically in
the tests that meet them: tests/web_helpers.py.)"""

from __future__ import annotations

from click.testing import CliRunner

from kesu_docs.cli import cli, common


def test_a_command_in_the_same_process_does_not_take_the_language_an_earlier_one_chose(monkeypatch):
    """``--lang en`` of one in-process call was what the next call said once it had ended
    (``_CHOSEN``, kept for a Ctrl-C's words), and what any later test read outside a command."""
    monkeypatch.delenv("KESU_LANG", raising=False)
    runner = CliRunner()
    english = runner.invoke(cli, ["--lang", "en", "forms"])
    assert english.exit_code == 0 and common.lang() == "en"  # chosen: said so once it ended
    chinese = runner.invoke(cli, ["forms"])
    assert chinese.exit_code == 0
    assert common.lang() == "zh"  # the second command chose nothing: the default, not the first's
