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


def test_a_moment_stored_either_way_reads_the_same_through_both_readers(tmp_path):
    """A register written before debts32 holds a batch's moments as ``…03`` (no fraction on a
    whole second) beside ``…03.000000`` (every other write): both read as the same moment, by
    the register and by the reader without SQLAlchemy; what is written now has the fraction."""
    import datetime as dt
    import re

    from helpers import complaint, sqlite_open

    from kesu_docs.register import Register
    from kesu_docs.register.lite import LiteRegister

    db = tmp_path / "kesu.db"
    with Register.open(db) as reg:
        reg.issue_many([(complaint(f"客户{i}"), f"h{i}", f"c{i}.xlsx") for i in range(2)])
    with sqlite_open(db) as conn:
        stored = [at for (at,) in conn.execute("SELECT issued_at FROM documents")]
        stored += [at for (at,) in conn.execute("SELECT at FROM events")]
        assert stored and all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", at) for at in stored)
        for text, serial in (("2026-09-03 01:02:03", 1), ("2026-09-03 01:02:03.000000", 2)):
            conn.execute("UPDATE documents SET issued_at = ? WHERE serial = ?", (text, serial))
            conn.execute(
                "UPDATE events SET at = ? WHERE document_id = (SELECT id FROM documents WHERE serial = ?)",
                (text, serial),
            )
    moment = dt.datetime(2026, 9, 3, 1, 2, 3, tzinfo=dt.timezone.utc)
    logs = []
    for opened in (lambda: Register.open(db, read_only=True), lambda: LiteRegister.open(db)):
        with opened() as reg:
            for number in ("202609001", "202609002"):
                doc = reg.entry("complaint", number)
                assert doc is not None and doc.issued_at == moment, (type(reg).__name__, number)
            logs.append([(e.number, e.at, e.event) for e in reg.case_log()])
    assert logs[0] == logs[1]
    assert {at for _, at, _ in logs[0]} == {moment}
