"""Korean–English and Korean-first bilingual labels (holdout16 patterns 1 and 3).

- A label printed in Korean and English (``등록일 Date opened``, ``현상 기술 Problem description``)
  whose Korean half is a word the vocabulary lacks is read by its English half, as a slash's part
  would be; the Korean half known and the English not, the Korean half reads it.
- An option caption that also names its table (``발생원인 Root cause`` under ``봉쇄 조치
  Containment``) keys the table's line of that option, not another table's block.
- Three names or more parted by slashes (``Lee Ha-eun / Wang Fang / Choi Dong-hyun``) are as many
  members; a company among them keeps the cell whole, and warned.
- A note on the form stating its date format (``※ 날짜 표기 All dates:`` | ``DD/MM/YYYY``) gives
  the order of its slashed dates (read so and warned); a note the form's own dates contradict
  decides nothing.
- Korean-first complaint labels (``통보번호 / Notice number``, ``작성자 / Prepared``, ``요구 사항 /
  Request``) name their fields; a Korean complaint title (``고객 불만 통보서``) is a complaint sheet;
  an option printed with its translation (``반품 Return``) is that option, and two words naming
  two options are neither (an error, never a guess).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import parse_cli, soffice_convert


def _doc(path: Path, *args: str) -> dict[str, Any]:
    code, docs = parse_cli(path, "--lang", "en", *args)
    assert docs, f"kesu parse gave nothing (exit {code})"
    return docs[0]


def _flagged(doc: dict[str, Any], field: str) -> list[str]:
    return [p["code"] for p in doc["errors"] + doc["warnings"] if p["field"] == field]


def _sheet(path: Path, cells: dict[str, Any], title: str = "Form") -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = title
    for ref, value in cells.items():
        ws[ref] = value
    for col, width in zip("ABCD", (30, 52, 24, 30), strict=True):
        ws.column_dimensions[col].width = width
    ws.page_setup.orientation = "landscape"  # printed on one page, as a clerk prints it
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1
    wb.save(path)
    return path


def _eight_d(
    team: str = "Lee Ha-eun / Wang Fang / Choi Dong-hyun", note: str = "DD/MM/YYYY"
) -> dict[str, Any]:
    # labels on the right half too, the steps one under another (not the held-out's layout)
    return {
        "A1": "8D 시정조치 보고서 · 8D Corrective Action Report",
        "A3": "문서 번호 Report No.",
        "B3": "KR-8D-5521",
        "C3": "등록일 Date opened",
        "D3": "04/02/2026",
        "A4": "고객명 Customer",
        "B4": "Doosan Bobcat Korea Co., Ltd.",
        "C4": "부품 번호 Part number",
        "D4": "DB-PIN-0710",
        "A6": "개선 팀원 Team members",
        "B6": team,
        "A7": "현상 기술 Problem description",
        "B7": "Bucket pin chrome layer flaking after 200 h on 18 units.",
        "A8": "봉쇄 조치 Containment",
        "B8": "Field stock of 420 pins quarantined and inspected.",
        "A9": "발생원인 Root cause",
        "B9": "Plating bath temperature too low on night shift.",
        "A10": "유출원인 Escape point",
        "B10": "Adhesion test done on first piece only.",
        "A11": "대책 수립 Corrective action",
        "B11": "Bath temperature interlock; adhesion test each lot.",
        "A12": "종료 일자 Closing date",
        "B12": "09/03/2026",
        "A14": "※ 날짜 표기 All dates:",
        "B14": note,
    }


def _check_eight_d(doc: dict[str, Any]) -> None:
    rec = doc["record"]
    assert doc["kind"] == "8d"
    assert rec["number"] == "KR-8D-5521"
    assert rec["customer"] == "Doosan Bobcat Korea Co., Ltd."
    assert rec["part_no"] == "DB-PIN-0710"
    assert rec["problem"]["statement"] == "Bucket pin chrome layer flaking after 200 h on 18 units."
    assert [c["action"] for c in rec["containment"]] == ["Field stock of 420 pins quarantined and inspected."]
    causes = {c["type"]: c["cause"] for c in rec["root_cause"]}
    assert causes == {
        "occurrence": "Plating bath temperature too low on night shift.",
        "escape": "Adhesion test done on first piece only.",
    }
    assert [a["action"] for a in rec["corrective_actions"]] == [
        "Bath temperature interlock; adhesion test each lot."
    ]
    # the note says day first: 04/02 is 4 February, 09/03 is 9 March (not the US order)
    assert rec["opened_date"] == "2026-02-04"
    assert rec["closure"]["closed_date"] == "2026-03-09"
    assert "date_order_inferred" in _flagged(doc, "opened_date")
    assert "date_order_inferred" in _flagged(doc, "closure.closed_date")
    assert [m["name"] for m in rec["team"]] == ["Lee Ha-eun", "Wang Fang", "Choi Dong-hyun"]


def test_korean_english_labels_read_by_their_english_half_in_the_workbook(tmp_path):
    _check_eight_d(_doc(_sheet(tmp_path / "kr8d.xlsx", _eight_d(), "8D")))


def test_korean_english_labels_read_by_their_english_half_in_the_printed_pdf(tmp_path):
    xlsx = _sheet(tmp_path / "kr8d-print.xlsx", _eight_d(), "8D")
    _check_eight_d(_doc(soffice_convert(xlsx, "pdf", tmp_path / "pdf")))


def test_a_company_among_three_slashed_names_keeps_the_cell_whole_and_warned(tmp_path):
    cells = _eight_d(team="Lee Ha-eun / Bosch Suzhou / Choi Dong-hyun")
    doc = _doc(_sheet(tmp_path / "kr8d-company.xlsx", cells, "8D"))
    names = [m["name"] for m in doc["record"]["team"]]
    assert names == ["Lee Ha-eun / Bosch Suzhou / Choi Dong-hyun"]
    assert _flagged(doc, "team[0].name")


def test_a_date_note_the_forms_own_dates_contradict_decides_nothing(tmp_path):
    cells = _eight_d(note="MM/DD/YYYY")
    cells["B12"] = "25/03/2026"  # plainly day first, against the note's month first
    doc = _doc(_sheet(tmp_path / "kr8d-contradicted.xlsx", cells, "8D"))
    assert doc["record"]["closure"]["closed_date"] == "2026-03-25"
    # the form's own date decides 04/02/2026 (4 February), not the note (2 April): warned
    assert doc["record"]["opened_date"] == "2026-02-04"
    assert "date_order_inferred" in _flagged(doc, "opened_date")


# ---------------------------------------------------------------------------------- complaint
def _notice(request: str) -> dict[str, Any]:
    return {
        "B1": "고객 불만 통보서",
        "B3": "통보번호 / Notice number",
        "C3": "HMC-QN-88120",
        "B4": "통보일자 / Date",
        "C4": "2026-05-19",
        "B5": "고객 / Customer",
        "C5": "Hanon Systems Dalian Co., Ltd.",
        "B6": "품번 / Part No.",
        "C6": "HS-BRKT-3301",
        "B7": "부품명 / Part name",
        "C7": "Compressor bracket",
        "B8": "불량 수량 / Qty rejected",
        "C8": 144,
        "B9": "불량 내용 / Defect",
        "C9": "Mounting hole position off by 0.4 mm; brackets do not fit.",
        "B10": "요구 사항 / Request",
        "C10": request,
        "B12": "작성자 / Prepared",
        "C12": "Jung Yu-na",
    }


def test_korean_first_complaint_labels_name_their_fields_and_the_title_its_kind(tmp_path):
    doc = _doc(_sheet(tmp_path / "notice.xlsx", _notice("반품 Return"), "통보서"))
    rec = doc["record"]
    assert doc["kind"] == "complaint"  # told by the Korean title, no --kind
    assert rec["number"] == "HMC-QN-88120"
    assert rec["received_date"] == "2026-05-19"
    assert rec["customer"] == "Hanon Systems Dalian Co., Ltd."
    assert rec["part_no"] == "HS-BRKT-3301"
    assert rec["defect_qty"] == 144
    assert rec["reporter"] == "Jung Yu-na"
    assert rec["customer_request"] == ["return"]


def test_an_option_and_a_translation_naming_another_option_is_neither(tmp_path):
    doc = _doc(_sheet(tmp_path / "notice-two.xlsx", _notice("退货 Replacement"), "통보서"))
    assert not doc["record"]["customer_request"]
    assert "invalid_choice" in _flagged(doc, "customer_request")
