"""debts32: the round-31 final read's small debts (one state, one import, one query, the folder
synced after its renames, a report that replaces no other file, one stored form of a moment,
reports byte-identical between runs, a deterministic SIGTERM test)."""

from __future__ import annotations

import dis

from kesu_docs.render import template_file


def _imports(fn) -> list[str]:
    return [i.argval for i in dis.get_instructions(fn) if i.opname == "IMPORT_NAME"]


def test_a_document_s_look_at_its_template_imports_nothing():
    """``_stamp`` runs once a document: its messages' module is imported with the module, not
    by an import statement run at each call."""
    assert _imports(template_file._stamp) == []
