"""What the sixty-seventh held-out set showed the reader lacked (issue 10), each rule read on forms of our
own (values and wording not the set's).

- **A colon standing apart after a tab stop is its label's, never the value's**: a form written in Word
  lines its values up with a tab stop and types the colon after the tab (``Customer⇥: Volterra S.p.A.``,
  ``客戶名稱⇥：東元電機``); in the PDF the colon opens the value's word, and the reader kept it (``': Volterra
  S.p.A.'``, silent) or lost the value (``': 8D-KD-26-0193'`` read as no number). A text opening with a
  colon and a value after it is now the value alone, as a colon printed alone between a label and its value
  already held nothing.

PDFs drawn here with fpdf2 (tests/helpers.py ``titled_lines_pdf``).
"""

from __future__ import annotations

from helpers import read_doc, titled_lines_pdf


def test_a_colon_typed_after_the_tab_stop_is_no_part_of_the_value(tmp_path) -> None:
    pdf = titled_lines_pdf(
        tmp_path / "eightd.pdf",
        "8D Report",
        [
            ("Report No.", ": 8D-22-0417"),
            ("Customer", ": Lindqvist Pumps AB"),
            ("Part number", ": LP-IMP-0093"),
            ("Quantity affected", ": 57 pcs"),
        ],
    )
    record = read_doc(pdf, "8d")["record"]
    assert record["number"] == "8D-22-0417"
    assert record["customer"] == "Lindqvist Pumps AB"
    assert record["part_no"] == "LP-IMP-0093"
    assert record["problem"]["qty_complained"] == 57


def test_a_full_width_colon_after_the_tab_stop_is_no_part_of_the_value(tmp_path) -> None:
    pdf = titled_lines_pdf(
        tmp_path / "return.pdf",
        "退貨單",
        [
            ("退貨單號", "：RT-0921-07"),
            ("客戶名稱", "：台灣精工股份有限公司"),
            ("退貨原因", "：外徑超差，組裝過緊。"),
        ],
    )
    record = read_doc(pdf, "return")["record"]
    assert record["number"] == "RT-0921-07"
    assert record["customer"] == "台灣精工股份有限公司"
    assert record["reason"] == "外徑超差，組裝過緊。"


def test_a_colon_inside_a_value_stays(tmp_path) -> None:
    """Only the colon opening the text is its label's: one inside the value (a time, a ratio) stays."""
    pdf = titled_lines_pdf(
        tmp_path / "complaint.pdf",
        "Customer Complaint",
        [
            ("Complaint No.", ": CC-0921-3"),
            ("Customer", ": Brook & Hale Ltd"),
            ("Description", ": Mixing ratio 1:4 instead of 1:5 on 12 drums"),
        ],
    )
    record = read_doc(pdf, "complaint")["record"]
    assert record["number"] == "CC-0921-3"
    assert record["customer"] == "Brook & Hale Ltd"
    assert record["description"] == "Mixing ratio 1:4 instead of 1:5 on 12 drums"
