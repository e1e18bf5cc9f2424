"""Complaint letters as clerks get them (dev25-ops, issue 10): counts in Chinese numerals read
with cn2an and warned (``贰佰件``, ``一千二百五十件``, ``两百件``); an e-mail with a reply chain read
from its newest message only, never a value from the quoted older mail; a signing company with a
short legal form (``Co., Ltd.``, ``GmbH``, ``S.p.A.``, ``(股)``) kept whole, a department after it
dropped. Real workbooks (openpyxl), the letter a line a row, or all of it in one cell as an
e-mail's body is pasted."""

from __future__ import annotations

import pytest
from test_reader_guards import parse, value, warned
from test_reader_letters import _letter_pdf, _letter_xlsx

from kesu_docs.parse.letters import _han_count


def _chinese_letter(counts: str) -> list[str]:
    return [
        "尊敬的温州恒达阀门有限公司：",
        f"贵司交付的零件 VX-2207 {counts}（密封面气孔）。",
        "要求贵司换货。",
        "此致",
        "敬礼！",
        "宁波远航集团有限公司",
    ]


@pytest.mark.parametrize(
    ("counts", "shipped", "defective"),
    [
        ("共贰仟件，其中贰佰件不良", 2000, 200),
        ("共一千二百五十件，其中两百件不良", 1250, 200),
        ("共壹仟贰佰伍拾件，其中四十五件不良", 1250, 45),
        ("共1.5万件，其中三百零五件不良", 15000, 305),
    ],
)
def test_a_count_in_chinese_numerals_is_read_and_warned(tmp_path, counts, shipped, defective):
    result = parse(_letter_xlsx(tmp_path, _chinese_letter(counts)))
    assert result.kind == "complaint"
    assert value(result, "ship_qty") == shipped and value(result, "defect_qty") == defective
    for path, figure in (("ship_qty", shipped), ("defect_qty", defective)):
        said = [p for p in result.warnings if p.field == path and p.code == "count_in_words"]
        assert said and str(figure) in said[0].message("en") and str(figure) in said[0].message("zh")


def test_numerals_that_are_no_number_are_left_empty_and_warned():
    assert _han_count("十百") is None and _han_count("万万") is None and _han_count("千") is None
    assert _han_count("两三") is None and _han_count("七八") is None  # two or three, never 23
    assert _han_count("两百") == 200 and _han_count("贰佰") == 200 and _han_count("一千二百五十") == 1250


def test_a_range_in_numerals_is_left_empty_and_warned(tmp_path):
    result = parse(_letter_xlsx(tmp_path, _chinese_letter("共一千二百件，其中两三件不良")))
    assert value(result, "ship_qty") == 1200 and value(result, "defect_qty") is None
    assert warned(result, "defect_qty", "count_in_words_unread")
    said = next(p for p in result.warnings if p.code == "count_in_words_unread")
    assert "两三" in said.message("zh") and "两三" in said.message("en")


def _reply_chain(newest: list[str], older: list[str], header: str) -> list[str]:
    return [*newest, header, *older]


OLDER = [
    "Dear Sir or Madam,",
    "We hereby complain about part number VX-2207 (Valve seat) from lot 26-0311. 1,800 pcs were "
    "delivered; 72 pcs are rejected for porosity on the sealing face.",
    "We request a replacement of the rejected quantity.",
    "Yours faithfully,",
    "Ana Ruiz",
    "Harbour Fluid Pty Ltd",
]
NEWEST = [
    "Dear Sir or Madam,",
    "Further to our complaint below about part number VX-2207, after sorting: 2,000 pcs were "
    "delivered; 96 pcs are rejected for porosity on the sealing face.",
    "We request a replacement of the rejected quantity.",
    "Best regards,",
    "Ana Ruiz",
    "Harbour Fluid Pty Ltd",
]


@pytest.mark.parametrize(
    "header",
    [
        "-----Original Message-----",
        "-----原始邮件-----",
        "在 2026年3月5日 星期四 10:12，Ana Ruiz <ana@harbour.example> 写道：",
        "On Thu, 5 Mar 2026 at 10:12, Ana Ruiz <ana@harbour.example> wrote:",
        "Am 05.03.2026 um 10:12 schrieb Ana Ruiz:",
    ],
)
def test_a_reply_chain_is_read_from_the_newest_message_only(tmp_path, header):
    result = parse(_letter_xlsx(tmp_path, _reply_chain(NEWEST, OLDER, header)))
    assert result.kind == "complaint"
    assert value(result, "defect_qty") == 96 and value(result, "ship_qty") == 2000  # never 72, 1,800
    assert any(p.code == "letter_reply_chain" for p in result.warnings)
    # the lot is in the quoted older mail only: not taken, warned on its field
    assert value(result, "lot_no") in (None, "")
    assert warned(result, "lot_no", "letter_reply_chain_quoted")
    assert "26-0311" in next(p for p in result.warnings if p.field == "lot_no").message("en")


def test_quoted_lines_and_an_outlook_header_are_not_read_either(tmp_path):
    quoted = [f"> {line}" for line in OLDER]
    result = parse(_letter_xlsx(tmp_path, [*NEWEST, *quoted], "quoted.xlsx"))
    assert value(result, "defect_qty") == 96 and warned(result, "lot_no", "letter_reply_chain_quoted")
    outlook = [*NEWEST, "From: Ana Ruiz", "Sent: Thursday, March 5, 2026 10:12 AM", "To: QA", *OLDER]
    result = parse(_letter_xlsx(tmp_path, outlook, "outlook.xlsx", one_cell=True))
    assert value(result, "defect_qty") == 96 and warned(result, "lot_no", "letter_reply_chain_quoted")


def test_a_reminder_above_the_quoted_complaint_takes_nothing_from_it(tmp_path):
    reminder = ["Hi Tom,", "any news on this? We still wait for your 8D report.", "Best regards,", "Ana"]
    result = parse(_letter_xlsx(tmp_path, _reply_chain(reminder, OLDER, "-----Original Message-----")))
    assert result.fatal and result.record is None
    [error] = result.errors
    assert error.code == "letter_quoted_only" and "Original Message" in error.message("en")
    assert "引用的旧邮件" in error.message("zh")


def test_a_short_reply_above_the_quoted_letter_never_lets_the_old_figures_through(tmp_path):
    """No salutation of its own above the quote: the letter found is the older mail's, whose 72
    the reply corrects — refused, never read as the complaint's count."""
    reply = ["Please note: after sorting, 96 pcs are rejected, not 72.", "Ana"]
    for n, header in enumerate(["-----Original Message-----", "From: Ana Ruiz"]):
        lines = [*reply, header, *(["Sent: 5 March 2026 10:12", "Subject: VX-2207"] if n else []), *OLDER]
        result = parse(_letter_xlsx(tmp_path, lines, f"short{n}.xlsx"))
        assert result.fatal and [e.code for e in result.errors] == ["letter_quoted_only"], header


def test_a_letter_without_a_chain_is_read_as_before(tmp_path):
    result = parse(_letter_xlsx(tmp_path, OLDER))
    assert value(result, "defect_qty") == 72 and value(result, "lot_no") == "26-0311"
    assert not any(p.code.startswith("letter_reply_chain") for p in result.warnings)


@pytest.mark.parametrize(
    ("signature", "company"),
    [
        ("Shenzhen Huaxing Electronics Co., Ltd.", "Shenzhen Huaxing Electronics Co., Ltd."),
        ("Sanyo Denki Co., Ltd. Quality Dept.", "Sanyo Denki Co., Ltd."),
        ("Müller Antriebstechnik GmbH", "Müller Antriebstechnik GmbH"),
        ("Müller Antriebstechnik GmbH Qualitätssicherung", "Müller Antriebstechnik GmbH"),
        ("Officine Meccaniche Rossi S.p.A.", "Officine Meccaniche Rossi S.p.A."),
        ("Officine Meccaniche Rossi S.p.A. - Qualità", "Officine Meccaniche Rossi S.p.A."),
        ("台灣精密工業(股)公司", "台灣精密工業(股)公司"),
        ("台灣精密工業（股） 品保部", "台灣精密工業（股）"),
        ("宁波远航集团有限公司 质量部", "宁波远航集团有限公司"),
    ],
)
def test_a_company_with_a_short_legal_form_is_kept_whole(tmp_path, signature, company):
    lines = [*OLDER[:-1], signature]
    assert value(parse(_letter_xlsx(tmp_path, lines)), "customer") == company


def test_a_mail_forwarded_with_nothing_written_above_is_one_letter(tmp_path):
    forwarded = ["---------- Forwarded message ---------", "From: Ana Ruiz", "Date: 5 March 2026", *OLDER]
    result = parse(_letter_xlsx(tmp_path, forwarded))
    assert value(result, "defect_qty") == 72 and value(result, "lot_no") == "26-0311"
    assert not any(p.code.startswith("letter_reply_chain") for p in result.warnings)


def test_a_chain_of_thousands_of_replies_is_read_in_a_moment(tmp_path):
    """A mail quoting itself 3,000 times over (a loop between two auto-replies): the newest read,
    the one it replies to checked, no recursion through the rest."""
    import time

    chain = [*NEWEST]
    for _ in range(3000):
        chain += ["-----Original Message-----", *OLDER]
    path = _letter_xlsx(tmp_path, chain, one_cell=True)
    started = time.process_time()
    result = parse(path)
    assert time.process_time() - started < 20
    assert value(result, "defect_qty") == 96 and warned(result, "lot_no", "letter_reply_chain_quoted")


def test_a_long_signature_line_is_looked_at_in_a_moment():
    """The department after a legal form is looked for at the line's end only: a line of 30,000
    spaced letters under the close (a pasted log, an attacker's) costs no time."""
    import time

    from kesu_docs.parse.letters import _company_name

    started = time.process_time()
    for line in ("a " * 15_000, "- " * 15_000, "Acme GmbH " + "x " * 15_000 + "Quality Dept."):
        _company_name(line)
    assert time.process_time() - started < 2  # (each letter split at each space: minutes)
    assert _company_name("Acme GmbH Quality Dept.") == "Acme GmbH"


def test_a_printed_mail_with_its_reply_chain_is_read_from_the_newest_message(tmp_path):
    """The same on paper: the mail printed to PDF (fpdf2), an Outlook block above the older one."""
    chain = [
        *NEWEST,
        "",
        "From: Ana Ruiz <ana@harbour.example>",
        "Sent: Thursday, March 5, 2026 10:12 AM",
        "To: Quality",
        "Subject: Complaint VX-2207",
        "",
        *OLDER,
    ]
    result = parse(_letter_pdf(tmp_path, chain))
    assert result.kind == "complaint"
    assert value(result, "defect_qty") == 96 and value(result, "ship_qty") == 2000
    assert any(p.code == "letter_reply_chain" for p in result.warnings)
    assert value(result, "lot_no") in (None, "") and warned(result, "lot_no", "letter_reply_chain_quoted")


def test_a_line_to_sign_on_or_a_quoted_figure_in_the_body_is_no_reply_chain(tmp_path):
    """A rule drawn to sign on under the close, a single ``>`` in a sentence: one letter."""
    lines = [*OLDER[:4], "______________________", *OLDER[4:]]
    lines[1] += " > 5 % of the lot is affected."
    result = parse(_letter_xlsx(tmp_path, lines))
    assert value(result, "customer") == "Harbour Fluid Pty Ltd" and value(result, "defect_qty") == 72
    assert not any(p.code.startswith("letter_reply_chain") for p in result.warnings)


def test_a_memo_head_under_the_letterhead_is_no_reply_chain(tmp_path):
    """``From:`` / ``Date:`` / ``Subject:`` lines of the letter's own head, under its letterhead."""
    head = [
        "Harbour Fluid Pty Ltd",
        "12 Quay Street, Auckland",
        "To: Wenzhou Hengda Valve Co., Ltd.",
        "From: Ana Ruiz, Incoming Inspection",
        "Date: 5 March 2026",
        "Subject: Complaint VX-2207",
    ]
    result = parse(_letter_xlsx(tmp_path, [*head, *OLDER]))
    assert value(result, "defect_qty") == 72 and value(result, "lot_no") == "26-0311"
    assert value(result, "received_date") == "2026-03-05"
    assert not any(p.code.startswith("letter_reply_chain") for p in result.warnings)
