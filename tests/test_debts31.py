"""Round 30's final read mended (debts31): what was written twice made one (the ``/=`` mark,
the Setswana months, the write-then-rename), what sat at the wrong depth moved (a whole price
into the line's check, the store's linked rows onto the one query runner), and the command's
exits typed as exits."""

from __future__ import annotations

from typing import NoReturn, get_type_hints


# ------------------------------------------------------------------ 6. an exit never returns
def test_the_commands_failures_are_typed_as_never_returning():
    """``fail`` / ``fail_writing`` were annotated ``-> Exit``: a caller had to ``raise`` after
    them for its type checker (report_cmds did), as if they could return."""
    from kesu_docs.cli import common

    assert get_type_hints(common.fail)["return"] is NoReturn
    assert get_type_hints(common.fail_writing)["return"] is NoReturn
