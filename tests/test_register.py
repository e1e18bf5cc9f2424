"""The register (DOMAIN §2): numbering, pre-numbered forms, void, re-print, idempotence, concurrency.

Every test uses a real SQLite file in tmp_path; the concurrency test runs real processes.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest
from helpers import ROOT, assert_gapless_series, complaint, issue_from_processes, sqlite_open
from openpyxl import load_workbook

from kesu_docs import forms
from kesu_docs.config import Settings
from kesu_docs.register import Numbering, NumberTaken, Register, RegisterError, UnknownNumber


@pytest.fixture
def reg(tmp_path):
    register = Register.open(tmp_path / "kesu.db")
    yield register
    register.close()


# ---------------------------------------------------------------------------------- numbering
def test_first_complaint_received_in_september_2026_is_202609001(reg):
    assert reg.issue(complaint("甲"), source_hash="a").number == "202609001"
    assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"


def test_serial_restarts_each_month(reg):
    reg.issue(complaint("甲"), source_hash="a")
    reg.issue(complaint("乙"), source_hash="b")
    october = reg.issue(complaint("丙", received="2026-10-01"), source_hash="c")
    assert (october.number, october.period) == ("202610001", "202610")


def test_period_is_the_documents_own_date_not_the_clock(reg):
    late = reg.issue(complaint(received="2026-08-31"), source_hash="a")
    assert late.number == "202608001"
    assert late.document_date == dt.date(2026, 8, 31)


def test_serial_grows_past_999_instead_of_failing(reg):
    issued = reg.issue_many([(complaint(f"客户{i}"), f"h{i}", f"batch.json#{i}") for i in range(1000)])
    assert issued[998].number == "202609999"
    assert issued[999].number == "2026091000"
    assert reg.documents(period="202609")[-1].number == "2026091000"  # number order, not text order


def test_numbering_pattern_is_configurable_per_kind(tmp_path):
    daily = Settings(numbering={"complaint": "{date:%Y%m%d}{serial:0{width}d}"})
    with Register.open(tmp_path / "kesu.db", settings=daily) as reg:
        assert reg.issue(complaint("甲"), source_hash="a").number == "20260903001"
        assert reg.issue(complaint("乙"), source_hash="b").number == "20260903002"
        assert reg.issue(complaint("丙", received="2026-09-04"), source_hash="c").number == "20260904001"


def test_serial_width_comes_from_settings():
    numbering = Numbering.of(forms.get("complaint"), Settings(serial_width=4))
    assert numbering.number(dt.date(2026, 9, 1), 7) == "2026090007"
    assert numbering.scope(dt.date(2026, 9, 1)) == "202609{serial}"


# ---------------------------------------------------------------------------------- pre-numbered forms
def test_prenumbered_form_keeps_its_number(reg):
    doc = reg.issue(complaint(number="200909816"), source_hash="old")
    assert (doc.number, doc.serial, doc.created) == ("200909816", None, True)
    assert reg.find("complaint", "200909816")["customer"] == "华东精密机械有限公司"


def test_second_different_document_under_the_same_number_is_refused(reg):
    reg.issue(complaint("甲", number="202609005"), source_hash="a")
    with pytest.raises(NumberTaken) as refused:
        reg.issue(complaint("乙", number="202609005"), source_hash="b")
    assert refused.value.code == "number_taken"
    assert "202609005" in refused.value.message("zh")
    assert len(reg.documents()) == 1


def test_the_same_prenumbered_source_again_is_fine(reg):
    first = reg.issue(complaint(number="202609005"), source_hash="a")
    again = reg.issue(complaint(number="202609005"), source_hash="a")
    resaved = reg.issue(complaint(number="202609005"), source_hash="re-saved by LibreOffice")
    assert (again.created, resaved.created) == (False, False)
    assert again.number == resaved.number == first.number


def test_issued_serials_skip_a_number_already_taken_by_a_prenumbered_form(reg):
    reg.issue(complaint("预编号", number="202609002"), source_hash="pre")
    numbers = [reg.issue(complaint(f"客户{i}"), source_hash=f"h{i}").number for i in range(3)]
    assert numbers == ["202609001", "202609003", "202609004"]


def test_a_batch_over_several_months_skips_the_numbers_held_in_each_and_looks_them_up_at_once(reg):
    import sqlalchemy as sa

    # numbers held ahead of the counters, in two of the three months, by forms filed before
    reg.issue(complaint("预编号九月", number="202609002"), source_hash="pre9")
    reg.issue(complaint("预编号十月", number="202610001", received="2026-10-02"), source_hash="pre10")
    months = ["2026-09-03", "2026-10-05", "2026-11-07"]
    batch = [(complaint(f"客户{i}", received=months[i % 3]), f"h{i}", f"b.json#{i}") for i in range(9)]
    looked_up: list[str] = []

    def count(_conn, _cursor, statement, *_):
        if " ".join(statement.upper().split()).startswith(
            ("SELECT DOCUMENTS.NUMBER", "SELECT NUMBER FROM DOCUMENTS WHERE KIND")
        ):
            looked_up.append(statement)

    sa.event.listen(reg._engine, "before_cursor_execute", count)
    try:
        outcomes = reg.issue_many(batch)
    finally:
        sa.event.remove(reg._engine, "before_cursor_execute", count)
    by_month: dict[str, list[str]] = {}
    for outcome in outcomes:
        by_month.setdefault(outcome.number[:6], []).append(outcome.number)
    assert by_month == {
        "202609": ["202609001", "202609003", "202609004"],
        "202610": ["202610002", "202610003", "202610004"],
        "202611": ["202611001", "202611002", "202611003"],
    }
    assert len(looked_up) == 1  # the three counters' next serials, in one statement
    numbers = [d.number for d in reg.documents()]
    assert len(numbers) == len(set(numbers)) == 11
    # the next batch goes on from where each counter stopped
    nxt = reg.issue_many([(complaint("下一个", received=m), f"n{m}", "") for m in months])
    assert [o.number for o in nxt] == ["202609005", "202610005", "202611004"]


def test_issue_many_refuses_only_the_taken_number(reg):
    reg.issue(complaint("甲", number="202609001"), source_hash="a")
    outcomes = reg.issue_many(
        [
            (complaint("乙"), "b", "b.xlsx"),
            (complaint("丙", number="202609001"), "c", "c.xlsx"),
            (complaint("丁"), "d", "d.xlsx"),
        ]
    )
    assert outcomes[0].number == "202609002"
    assert isinstance(outcomes[1], NumberTaken)
    assert outcomes[2].number == "202609003"


def test_a_batch_numbers_around_the_numbers_it_carries(reg):
    outcomes = reg.issue_many(
        [
            (complaint("甲"), "a", ""),
            (complaint("乙", number="202609001"), "b", ""),
            (complaint("丙", number="202609003"), "c", ""),
            (complaint("丁"), "d", ""),
            (complaint("戊"), "e", ""),
        ]
    )
    # a form that arrives numbered keeps its number, wherever it stands in the batch
    assert [o.number for o in outcomes] == ["202609002", "202609001", "202609003", "202609004", "202609005"]


def test_the_same_source_twice_in_one_batch_is_one_document(reg):
    first, second = reg.issue_many([(complaint(), "a", "x.xlsx"), (complaint(), "a", "x.xlsx")])
    assert (first.number, first.created) == ("202609001", True)
    assert (second.number, second.created) == ("202609001", False)
    assert len(reg.documents()) == 1


# ---------------------------------------------------------------------------------- idempotence
def test_issuing_the_same_source_again_returns_the_existing_document_unchanged(reg):
    first = reg.issue(complaint(), source_hash="sha-1", source="客诉.xlsx")
    again = reg.issue(complaint(), source_hash="sha-1", source="客诉.xlsx")
    assert first.created and not again.created
    assert (again.number, again.issued_at, again.record) == (first.number, first.issued_at, first.record)
    assert len(reg.documents()) == 1
    assert [e.event for e in reg.events(first.number)] == ["issued"]


def test_the_stored_record_carries_its_number(reg):
    doc = reg.issue(complaint(), source_hash="a")
    assert doc.record["number"] == doc.number == reg.get(doc.number).record["number"]


# ---------------------------------------------------------------------------------- void and re-print
def test_void_stays_void_with_its_reason_and_the_number_is_never_reused(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        first = reg.issue(complaint("甲"), source_hash="a")
        reg.void(first.number, "重复登记")
        assert reg.issue(complaint("乙"), source_hash="b").number == "202609002"
    with Register.open(path) as reg:  # another day, another process
        doc = reg.get("202609001")
        assert (doc.status, doc.void_reason, doc.is_void) == ("void", "重复登记", True)
        assert reg.issue(complaint("甲"), source_hash="a").status == "void"  # a rerun does not revive it
        assert reg.issue(complaint("丙"), source_hash="c").number == "202609003"
        assert [d.number for d in reg.documents(status="void")] == ["202609001"]
        with pytest.raises(RegisterError) as twice:
            reg.void("202609001", "再次作废")
        assert twice.value.code == "already_void"


def test_void_needs_a_reason(reg):
    doc = reg.issue(complaint(), source_hash="a")
    with pytest.raises(RegisterError) as refused:
        reg.void(doc.number, "  ")
    assert refused.value.code == "void_reason_required"


def test_reprint_is_counted_and_keeps_the_original_issue_date(reg):
    issued = reg.issue(
        complaint(), source_hash="a", issued_at=dt.datetime(2026, 9, 3, 9, 30, tzinfo=dt.timezone.utc)
    )
    reg.reprint(issued.number)
    again = reg.reprint(issued.number)
    assert (again.status, again.reprints) == ("re-printed", 2)
    assert again.issued_at == issued.issued_at
    assert again.issued_date == issued.issued_at.astimezone().date()
    assert again.reprinted_at > issued.issued_at


def test_reprinting_a_void_document_keeps_it_void(reg):
    doc = reg.issue(complaint(), source_hash="a")
    reg.void(doc.number, "客户撤回")
    assert reg.reprint(doc.number).status == "void"


# ---------------------------------------------------------------------------------- look-ups and the case log
def test_find_gives_the_record_rules_check_references_against(reg):
    reg.issue(complaint(), source_hash="a")
    assert reg.find("complaint", "202609001")["order_no"] == "PO-2609-17"
    assert reg.find("complaint", "202609999") is None
    assert reg.find("8d", "202609001") is None


def test_unknown_number_is_a_clear_error(reg):
    with pytest.raises(UnknownNumber) as missing:
        reg.get("202609404")
    assert missing.value.message("en") == "Number 202609404 is not in the register"


def _eightd():
    sample = json.loads((ROOT / "samples" / "8d-valid.json").read_text(encoding="utf-8"))
    sample.pop("kind")
    return forms.get("8d").model.model_validate(sample)


def test_a_number_names_one_document_the_follow_up_kinds_have_a_prefix(reg):
    assert reg.issue(complaint(), source_hash="a").number == "202609001"
    assert reg.issue(_eightd(), source_hash="8d").number == "8D202609001"  # its own series
    assert reg.get("202609001").kind == "complaint" and reg.get("8D202609001").kind == "8d"


def test_a_number_shared_by_two_kinds_needs_the_kind(tmp_path):
    # a plant that configured the bare pattern for its 8D reports (as every kind was before)
    bare = Settings(numbering={"8d": "{date:%Y%m}{serial:0{width}d}"})
    reg = Register.open(tmp_path / "kesu.db", settings=bare)
    reg.issue(complaint(), source_hash="a")
    assert reg.issue(_eightd(), source_hash="8d").number == "202609001"  # its own series
    with pytest.raises(RegisterError) as ambiguous:
        reg.get("202609001")
    assert ambiguous.value.code == "ambiguous_number"
    assert reg.get("202609001", kind="8d").kind == "8d"
    reg.close()


def test_case_log_records_issue_void_reprint_and_later_notes(reg):
    doc = reg.issue(complaint(), source_hash="a", source="客诉.xlsx")
    reg.log(doc.number, "reminder", "催办单已发")
    reg.reprint(doc.number)
    reg.void(doc.number, "客户撤回")
    log = reg.events(doc.number)
    assert [e.event for e in log] == ["issued", "reminder", "re-printed", "void"]
    assert (log[0].detail, log[1].detail, log[3].detail) == ("客诉.xlsx", "催办单已发", "客户撤回")


def test_tracking_columns_are_kept_for_reports(reg):
    doc = reg.issue(complaint(market="国外", closed_date="2026-09-20", loss_amount="12000"), source_hash="a")
    assert (doc.customer, doc.part_no, doc.severity) == ("华东精密机械有限公司", "PCB-4471-A", None)
    assert doc.due_date == dt.date(2026, 9, 23)  # foreign: 20 days
    assert (doc.closed_date, doc.case_status) == (dt.date(2026, 9, 20), "closed")


def test_documents_filter_by_kind_period_and_status(reg):
    reg.issue(complaint("甲"), source_hash="a")
    reg.issue(complaint("乙", received="2026-10-02"), source_hash="b")
    reg.void("202610001", "录入错误")
    assert [d.number for d in reg.documents(period="2026-09")] == ["202609001"]
    assert [d.number for d in reg.documents(kind="complaint", status="作废")] == ["202610001"]
    assert reg.documents(kind="return") == []


def test_export_writes_the_register_and_case_log_as_a_spreadsheet(reg, tmp_path):
    reg.issue(complaint("A&B <Ltd>"), source_hash="a", source="客诉.xlsx")
    reg.void("202609001", "重复登记")
    path = reg.export_xlsx(tmp_path / "登记簿.xlsx")
    book = load_workbook(path)
    rows = list(book["登记簿"].values)
    header = rows[0]
    first = dict(zip(header, rows[1]))
    assert (first["编号"], first["状态"], first["客户"], first["作废原因"]) == (
        "202609001",
        "作废",
        "A&B <Ltd>",
        "重复登记",
    )
    assert first["文件日期"].date() == dt.date(2026, 9, 3)
    assert [r[3] for r in list(book["案件日志"].values)[1:]] == ["编号", "作废"]


# ---------------------------------------------------------------------------------- opening
def test_opening_creates_the_schema_and_records_its_version(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        assert reg.schema_version >= 1
    tables = {
        r[0] for r in sqlite3.connect(path).execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    assert {"schema_version", "counters", "documents", "events"} <= tables


def test_a_register_newer_than_the_program_is_refused(tmp_path):
    path = tmp_path / "kesu.db"
    Register.open(path).close()
    with sqlite_open(path) as db:
        db.execute("INSERT INTO schema_version (version, applied_at) VALUES (99, '2030-01-01 00:00:00')")
    with pytest.raises(RegisterError) as refused:
        Register.open(path)
    assert refused.value.code == "register_too_new"


def test_a_register_that_cannot_be_opened_is_a_clear_error(tmp_path):
    with pytest.raises(RegisterError) as no_folder:
        Register.open(tmp_path / "no-such-folder" / "kesu.db")
    assert no_folder.value.code == "register_no_folder"
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("这不是数据库" * 200, encoding="utf-8")
    with pytest.raises(RegisterError) as garbage:
        Register.open(not_a_db)
    assert "notes.db" in garbage.value.message("en")
    with pytest.raises(RegisterError) as missing:
        Register.open(tmp_path / "absent.db", create=False)
    assert missing.value.code == "register_missing"
    other = tmp_path / "other-program.db"
    sqlite3.connect(other).execute("CREATE TABLE orders (id INTEGER)").connection.close()
    with pytest.raises(RegisterError) as foreign:
        Register.open(other, create=False)
    assert foreign.value.code == "register_missing"
    with pytest.raises(RegisterError) as unsupported:
        Register.open("mysql://clerk@localhost/kesu")
    assert unsupported.value.code == "register_unsupported"


# ---------------------------------------------------------------------------------- concurrent processes
def test_several_processes_numbering_at_once_get_one_gapless_series(tmp_path):
    path = tmp_path / "kesu.db"  # fresh: the processes also race to create the schema
    results = issue_from_processes(str(path), processes=4, each=50)
    assert_gapless_series(results, {"202609": 200})
    with Register.open(path) as reg:
        docs = reg.documents()
        assert [d.serial for d in docs] == list(range(1, 201))
        assert sum(len(reg.events(d.number)) for d in docs[:5]) == 5


def test_several_processes_filing_batches_across_two_months_get_gapless_series(tmp_path):
    results = issue_from_processes(str(tmp_path / "kesu.db"), processes=4, each=60, batch=10)
    assert_gapless_series(results, {"202609": 120, "202610": 120})


def test_amending_a_case_keeps_its_number_and_updates_the_tracking_columns(reg):
    issued = reg.issue(complaint(), source_hash="intake", source="受理.xlsx")
    closed = reg.amend(
        complaint(number=issued.number, closed_date="2026-09-15", responsible_unit="制造二课"),
        source_hash="closed",
        source="结案.xlsx",
    )
    assert (closed.number, closed.issued_at, closed.status) == (issued.number, issued.issued_at, "issued")
    assert (closed.closed_date, closed.responsible_unit, closed.case_status) == (
        dt.date(2026, 9, 15),
        "制造二课",
        "closed",
    )
    assert reg.find("complaint", issued.number)["closed_date"] == "2026-09-15"
    assert [e.event for e in reg.events(issued.number)] == ["issued", "revised"]  # a revision now
    assert (
        reg.issue(
            complaint(number=issued.number, closed_date="2026-09-15", responsible_unit="制造二课"),
            source_hash="closed",
        ).created
        is False
    )  # the closed sheet rerun: nothing new
    with pytest.raises(UnknownNumber):
        reg.amend(complaint(number="202609404"))
    with pytest.raises(RegisterError) as unnumbered:
        reg.amend(complaint())
    assert unnumbered.value.code == "amend_needs_number"


def test_a_register_that_cannot_be_written_refuses_every_write_with_a_clear_error(tmp_path):
    path = tmp_path / "kesu.db"
    with Register.open(path) as reg:
        reg.issue(complaint(), source_hash="a")
    # opened read-only, as a clerk without write permission on the shared file would be
    with Register.open(f"sqlite:///file:{path}?mode=ro&uri=true", create=False) as reg:
        assert [d.number for d in reg.documents()] == ["202609001"]  # reading still works
        writes = {
            "issue": lambda: reg.issue(complaint("南方电器"), source_hash="b"),
            "void": lambda: reg.void("202609001", "重复登记"),
            "reprint": lambda: reg.reprint("202609001"),
            "log": lambda: reg.log("202609001", "reminder"),
            "amend": lambda: reg.amend(complaint(number="202609001", order_no="PO-2")),
        }
        for name, write in writes.items():
            with pytest.raises(RegisterError) as refused:
                write()
            assert refused.value.code == "register_read_only", name
            assert str(path) in refused.value.message("en") and "只读" in refused.value.message("zh")


def test_the_same_document_arriving_under_another_number_is_refused_not_renumbered(reg):
    first = reg.issue(complaint(number="202609001"), source_hash="from-system.json")
    with pytest.raises(RegisterError) as refused:
        reg.issue(complaint(number="202609050"), source_hash="typed-again.xlsx")
    assert refused.value.code == "filed_under_other_number"
    assert "202609050" in refused.value.message("zh") and first.number in refused.value.message("zh")
    assert [d.number for d in reg.documents()] == ["202609001"]
    # the number written back on the form it was issued for is still the same document
    assert reg.issue(complaint(number="202609001"), source_hash="re-saved").created is False
    unnumbered = reg.issue(complaint(), source_hash="no-number-yet")
    assert (unnumbered.number, unnumbered.created) == ("202609001", False)
