"""The register and the page, the nineteenth round: a version-1 register's documents are not
listed as unprinted (kesu of version 1 printed each as it numbered it), and the library's
``parse_paths`` warns two forms of one number as the command does."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

from click.testing import CliRunner
from helpers import complaint, version_1_register

from kesu_docs.cli import cli
from kesu_docs.register import Register, schema

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _version_1_register(path: Path) -> None:
    """A register as the first release wrote it (its tables, its schema_version row): two
    complaints filed — and printed, as that kesu printed each document it numbered — one voided."""
    filed = [
        (complaint(customer).model_dump(mode="json"), status)
        for customer, status in [("老客户", "issued"), ("作废客户", "void")]
    ]
    version_1_register(path, filed, dt.date(2026, 9, 3))


def test_a_version_1_registers_documents_are_not_unprinted_but_what_is_filed_since_is(tmp_path):
    db = tmp_path / "old.db"
    _version_1_register(db)
    runner = CliRunner()
    listed = runner.invoke(cli, ["register", "unprinted", "--db", str(db)], env={"KESU_LANG": "zh"})
    assert listed.exit_code == 0, listed.output
    assert "没有已编号但未生成文件的表单" in listed.output and "202609001" not in listed.output
    with Register.open(db) as register:
        assert register.schema_version == schema.LATEST  # upgraded
        assert register.unprinted() == []
        # filed since the upgrade, not printed: listed; the old one revised: its revision listed
        new = register.issue(complaint("新客户"), source_hash="h3", source="new.xlsx")
        changed = complaint("老客户", number="202609001", loss_amount="999.00")
        revised = register.issue(changed, source_hash="h9", source="old1-revised.xlsx")
        assert revised.number == "202609001" and revised.revision == 2
        assert [d.number for d in register.unprinted()] == ["202609001", new.number]
    listed = runner.invoke(cli, ["register", "unprinted", "--db", str(db)], env={"KESU_LANG": "en"})
    assert "202609001" in listed.output and new.number in listed.output, listed.output
    assert "202609002" not in listed.output  # void: nothing due


def test_a_register_created_now_lists_every_document_not_printed(tmp_path):
    with Register.open(tmp_path / "new.db") as register:
        doc = register.issue(complaint("甲"), source_hash="a", source="a.xlsx")
        assert [d.number for d in register.unprinted()] == [doc.number]


def test_the_library_warns_two_forms_of_one_number_as_the_command_does(tmp_path):
    import kesu_docs
    from kesu_docs.parse import parse_paths

    system = json.loads((SAMPLES / "complaint-from-system.json").read_text(encoding="utf-8"))
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a.json").write_text(json.dumps(system, ensure_ascii=False), encoding="utf-8")
    other = dict(system, customer="另一家客户有限公司")  # another customer typed with the same number
    (batch / "b.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    shutil.copy(batch / "a.json", batch / "a-copy.json")  # a copy of one document: not two documents
    command = CliRunner().invoke(cli, ["parse", str(batch)], env={"KESU_LANG": "en"})
    said_by_command = {
        Path(line["source"]).name: [w["code"] for w in line["warnings"]]
        for line in map(json.loads, command.output.splitlines())
    }
    for results in (parse_paths([batch]), kesu_docs.read([batch])):
        said = {Path(r.source).name: [w.code for w in r.warnings] for r in results}
        assert said == said_by_command, (said, said_by_command)
        assert all(said[name].count("batch_same_number") == 1 for name in ("a.json", "a-copy.json", "b.json"))
        warning = next(w for w in results[-1].warnings if w.code == "batch_same_number")
        assert "202609001" in warning.message("zh") and warning.field == "number"
