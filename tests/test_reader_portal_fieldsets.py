"""A customer portal's 8D page printed by Chromium: no "8D report" title, one ``<fieldset>`` per
discipline whose ``<legend>`` is its heading (``D3 — Containment``, ``D5/D6 – Corrective action``,
``D7 - Prevention``: em dash, en dash or hyphen), ``<th>``/``<td>`` rows inside each frame with no
rule between label and value, the team a list of ``Name (Role, Dept)``. The headings make it an
8D (told as a guess), whatever labels of other forms the blocks hold (``Customer complaint``);
each frame's rows read as label | value, each legend heads what its frame holds.
"""

from __future__ import annotations

from helpers import chromium_print, needs_chromium
from test_reader_guards import parse, value

from kesu_docs.parse.vocab import discipline

STYLE = (
    "body{font-family:'Noto Sans',Arial,sans-serif;font-size:10pt}fieldset{margin:6px 10px;"
    "border:1px solid #9bb}legend{font-weight:bold}table{border-collapse:collapse;width:100%}"
    "th{width:30%;text-align:left;font-weight:normal;padding:2px 4px}td{padding:2px 4px}"
)


def _fieldset(legend: str, rows: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><th>{label}</th><td>{text}</td></tr>" for label, text in rows)
    return f"<fieldset><legend>{legend}</legend><table>{cells}</table></fieldset>"


def _portal_pdf(tmp_path, crumbs: str = "Supplier Portal › Cases › CS-2026-3391"):
    page = (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{STYLE}</style></head><body>"
        f"<div>{crumbs}</div>"
        + _fieldset(
            "General",
            [
                ("Customer", "Brightwater Pumps Ltd"),
                ("Customer complaint", "CC-BWP-2026-077"),
                ("Part number", "IMP-4410-B"),
                ("Opened", "2026-10-03"),
            ],
        )
        + "<fieldset><legend>D1 — Team</legend><ul><li>Grace Okafor (Leader, Quality)</li>"
        "<li>Tomas Reyes (Member, Machining)</li></ul></fieldset>"
        + _fieldset("D2 – Problem", [("Description", "Impeller hub bore oversize; 9 pumps leak.")])
        + _fieldset("D3 - Containment", [("Action", "Bore gauge check of all impellers in the warehouse")])
        + _fieldset("D4 — Root cause", [("Occurrence", "Reamer worn beyond its tool life.")])
        + _fieldset(
            "D5/D6 – Corrective action",
            [("Action", "Reamer changed every 2,000 parts by counter."), ("Implemented", "2026-10-20")],
        )
        + _fieldset("D7 - Prevention", [("Lessons learned", "Tool-life counters on all reaming spindles.")])
        + _fieldset("D8 — Closure", [("Closed", "2026-11-02")])
        + "</body></html>"
    )
    html = tmp_path / "portal.html"
    html.write_text(page, encoding="utf-8")
    return chromium_print(html, tmp_path / "portal.pdf")


def test_discipline_headings_take_any_dash_and_two_disciplines_in_one_block():
    for heading in ("D3 — Containment", "D3 – Containment", "D3 - Containment", "D3—Containment"):
        assert discipline(heading) == (3, "Containment")
    assert discipline("D5/D6 – Corrective action") == (5, "Corrective action")
    assert discipline("D5 / D6—Corrective action") == (5, "Corrective action")
    assert discipline("8D Report No.") is None  # the method's name, not the eighth discipline


@needs_chromium
def test_a_portal_8d_of_fieldsets_is_an_8d_and_its_rows_read_as_label_and_value(tmp_path):
    result = parse(_portal_pdf(tmp_path))
    assert result.kind == "8d"
    assert any(p.code == "kind_guessed" for p in result.warnings)  # no title: the clerk is told
    assert value(result, "customer") == "Brightwater Pumps Ltd"
    assert value(result, "complaint_number") == "CC-BWP-2026-077"
    assert value(result, "part_no") == "IMP-4410-B"
    assert value(result, "opened_date") == "2026-10-03"
    # the team under its legend, each name with its role and department in brackets
    assert value(result, "team") == [
        {"name": "Grace Okafor", "role": "leader", "dept": "Quality"},
        {"name": "Tomas Reyes", "role": "member", "dept": "Machining"},
    ]
    assert value(result, "problem.statement") == "Impeller hub bore oversize; 9 pumps leak."
    assert value(result, "containment.0.action") == "Bore gauge check of all impellers in the warehouse"
    assert value(result, "prevention.lessons_learned") == "Tool-life counters on all reaming spindles."
    assert value(result, "closure.closed_date") == "2026-11-02"
    # the D5/D6 frame's rows are labels with their values: its action is read (as D5's corrective
    # action or D6's implementation, the block is both), never the caption "Implemented"
    actions = [
        a["action"] for key in ("corrective_actions", "implementation") for a in value(result, key) or []
    ]
    assert "Reamer changed every 2,000 parts by counter." in actions
    assert "Implemented" not in actions


@needs_chromium
def test_a_portal_8ds_number_only_in_its_breadcrumb_is_read_and_shown_for_checking(tmp_path):
    result = parse(_portal_pdf(tmp_path, "Supplier Quality Portal › 8D › 8D-2026-0142"))
    assert value(result, "number") == "8D-2026-0142"
    assert any(p.field == "number" for p in result.warnings)  # read from a page heading: checked
    # the D5/D6 frame is both disciplines': its Implemented date is the implementation's
    assert [r.get("implemented_date") for r in value(result, "implementation")] == ["2026-10-20"]


def test_a_breadcrumb_names_the_document_only_when_its_crumbs_name_the_form():
    from kesu_docs.parse.pdf import _crumb_number

    assert _crumb_number("Supplier Quality Portal › 8D › 8D-2026-0142") == {
        "title": "Supplier Quality Portal 8D",
        "number": "8D-2026-0142",
    }
    assert _crumb_number("Home > Complaints > SC-2026-0311")["number"] == "SC-2026-0311"
    assert _crumb_number("Supplier Quality Portal › 8D") is None  # no code at its end
    assert _crumb_number("Net value > 1,250.00") is None
