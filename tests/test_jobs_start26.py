"""``kesu render``'s batch writes one transaction a chunk (issue 15, twenty-sixth round): each
chunk's prints are logged by the transaction that numbers the next chunk (as the page logs a
form's with the next form's number), the last chunk's at the batch's end; every document is
still logged once, as the original. And filing's work a document imports nothing."""

from __future__ import annotations

import dis

import pytest

from kesu_docs import filing
from kesu_docs.register import Register
from kesu_docs.register.register import Register as RegisterClass
from tests.test_filing_chunks import _file, _files, _inbox, _summary


class _Counted:
    """A method of the register, counted as it is called (the real method runs)."""

    def __init__(self, monkeypatch, name: str) -> None:
        self.calls = 0
        real = getattr(RegisterClass, name)

        def counted(register, *args, **kwargs):
            self.calls += 1
            return real(register, *args, **kwargs)

        monkeypatch.setattr(RegisterClass, name, counted)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_chunk_s_prints_are_logged_by_the_next_chunk_s_numbering(tmp_path, monkeypatch, jobs):
    inbox = _inbox(tmp_path / "inbox")
    whole = _file(inbox, tmp_path / "whole", tmp_path / "whole.db")
    monkeypatch.setattr(filing, "CHUNK", 2)
    numbering = _Counted(monkeypatch, "issue_many")
    logging = _Counted(monkeypatch, "log_prints")
    chunked = _file(inbox, tmp_path / "chunked", tmp_path / "chunked.db", jobs=jobs)

    assert _summary(chunked) == _summary(whole)
    assert _files(tmp_path / "chunked") == _files(tmp_path / "whole")
    assert numbering.calls >= 4  # complaints two at a time, then the return notes
    # only the last chunk's prints, which no numbering follows, have a transaction of their own
    # (one a chunk before: as many as the numberings)
    assert logging.calls == 1
    with Register.open(tmp_path / "chunked.db") as register:
        for f in chunked:
            if f.outcome == "rendered":
                assert [p.mark for p in register.printed(f.number, kind=f.kind)] == ["original"]


def _imports(fn) -> list[str]:
    return [i.argval for i in dis.get_instructions(fn) if i.opname == "IMPORT_NAME"]


def test_filing_s_work_a_document_imports_nothing():
    """What runs once a document (a print's entry, its notes) finds its modules imported with
    filing's, not by an import statement run at each call; the changes of a revised document
    are described by a module imported only for one."""
    assert _imports(filing._copies) == []
    assert _imports(filing._entry) == []
    assert _imports(filing._notes) == ["register.document"]
