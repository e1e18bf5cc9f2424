"""What holdout38 still showed after round 37 (issue 10), each rule read on small forms of our own
(values and wording not the set's).

- **A system's key is a key** (:mod:`kesu_docs.parse.system_ids`): three characters at least, no
  role's word (``ENG (Eric Ng)``, ``MGR (…)``), no label the form knows, no word of the name itself
  (``BOSCH (Bosch Rexroth)``).

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import field_codes, read_doc, sheet_from_rows

from kesu_docs.parse.system_ids import coded_name, keyed_name, user_id_name


def _signed_complaint(reporter: str, customer: str) -> list[list[Any]]:
    return [
        ["客户投诉单"],
        ["投诉单号", "TS-2609-204", "接收日期", "2026-09-03"],
        ["客户", customer, "料号", "KM-SHF-310"],
        ["投诉数量", 150, "登记人", reporter],
        ["问题描述", "轴径超差 0.05 mm。"],
    ]


def test_a_role_before_a_name_in_brackets_is_no_user_id(tmp_path: Path) -> None:
    rows = _signed_complaint("ENG (Eric Ng)", "[1] 嘉兴锐达机械有限公司")
    doc = read_doc(sheet_from_rows(tmp_path, rows, "role.xlsx", width=26), "complaint")
    assert "name_with_system_key" not in field_codes(doc, "reporter")
    assert "name_with_system_key" not in field_codes(doc, "customer")
    assert doc["record"]["reporter"] != "Eric Ng"  # ENG is no key of Eric Ng's, said or not


def test_what_is_no_systems_key() -> None:
    assert coded_name("[1] Lakeshore Pump Works") is None  # a list's line number
    assert coded_name("[12] Lakeshore Pump Works") is None
    assert coded_name("[C12] Lakeshore Pump Works") == ("Lakeshore Pump Works", "C12")
    assert user_id_name("BOSCH (Bosch Rexroth)") is None  # a short name, then the whole one
    assert user_id_name("KELLERB (Brian Keller)") == ("Brian Keller", "KELLERB")
    roles = {"ENG", "MGR", "QA", "GM"}.__contains__
    assert keyed_name("ENG (Eric Ng)", roles) is None
    assert keyed_name("MGR (Mia Grant)", roles) is None
    assert keyed_name("MIAG (Mia Grant)", roles) == ("Mia Grant", "MIAG")
