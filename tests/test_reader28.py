"""The reader's gaps and contradictions left by round 27 (issue 10), each rule read on files of
our own (workbooks built with openpyxl, LibreOffice's print of them where the print matters).

- **A link file sent for a form** (an Internet shortcut ``[InternetShortcut] URL=…``, a Linux
  desktop link, a macOS ``.webloc``) named ``.pdf`` or ``.xlsx`` is said to be a link, with the
  address it points to and what to do — before, "not a PDF (no %PDF header)" or a text file.
- **A town's name after a person's label** (``Attn: George``) is a person's name only right after
  it: a label far before the town on its line, figures between them (``Contact: 044 801 9111,
  George 6529``), makes no name of the town. The words a person's name follows are the forms'
  person labels (derived) and the titles in the vocabulary module (``Mr``, ``Frau``), one place each.
- **A short month word of one language** (Kurmanji ``Adar``, Samoan ``Mati``: four letters or
  fewer, no other language's month) is a month only on a form whose own texts show that language
  (its letters: ``ê î û ş``, the ʻokina); elsewhere the date is not read (said), never March
  silently. A month of two words written with two spaces (``5 Pauqar  waray 2026``) is read.
- **A 折讓單's one signature** ``經手人`` / ``經辦`` (who handled it) is the manager's, read and
  shown for checking; beside another signer's label (``主管``, ``核准``, ``總經理``) it is the
  clerk's who prepared it, no field's (holdout27's stub, holdout24's halves; holdout10, holdout4).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import book_as, field_codes, landscape_book, read_doc
from test_currency_cues26 import _credit_note, _read

_URL = "https://portal.example.com/quality/returns/RN-26-0412.pdf"
_LINKS = {
    "windows": (
        "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n[InternetShortcut]\r\nIDList=\r\n"
        f"URL={_URL}\r\n"
    ).encode(),
    "desktop": f"[Desktop Entry]\nName=RN-26-0412\nType=Link\nURL={_URL}\n".encode(),
    "webloc": (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" '
        '"http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n'
        f"\t<key>URL</key>\n\t<string>{_URL}</string>\n</dict>\n</plist>\n"
    ).encode(),
}


@pytest.mark.parametrize("suffix", ["pdf", "xlsx", "xls"])
@pytest.mark.parametrize("link", sorted(_LINKS))
def test_a_link_file_sent_for_a_form_is_said_to_be_a_link_with_its_address(
    tmp_path: Path, link: str, suffix: str
) -> None:
    """Before: a .pdf said "not a PDF (no %PDF header)"; a .xlsx "a text file"."""
    path = tmp_path / f"RN-26-0412.{suffix}"
    path.write_bytes(_LINKS[link])
    for lang, words in (("en", "link file"), ("zh", "链接文件")):
        doc = read_doc(path, lang=lang)
        assert doc["record"] is None and len(doc["errors"]) == 1
        message = doc["errors"][0]["message"]
        assert words in message and _URL in message, message


def test_a_text_file_naming_a_url_is_no_link_file(tmp_path: Path) -> None:
    """Only a link file's own shape counts: a text mentioning ``URL=`` stays a text file."""
    path = tmp_path / "notes.pdf"
    path.write_bytes(f"Return note RN-26-0412\nURL={_URL}\n".encode())
    [error] = read_doc(path)["errors"]
    assert "link file" not in error["message"]


# ---------------------------------------------------------------------------------- a person's label far before a town
@pytest.mark.parametrize(
    "text",
    [
        "Contact: 044 801 9111, George 6529",
        "Contact: 044 801 9111 / George",
        "Signed ________ 2026-03-05     George",
    ],
)
def test_a_persons_label_far_before_a_town_makes_no_name_of_it(tmp_path: Path, text: str) -> None:
    """George: a town of South Africa and a first name. Before: the label ending the run of words
    before the town, however far (figures, other words between), read it as a person's name."""
    got, _said = _read(_credit_note(tmp_path / "r.xlsx", [["Deliver to", text]], "R18,50", "R22 200,00"))
    assert got == "ZAR"


@pytest.mark.parametrize(
    "text", ["Attn: George", "Prepared by:\nGeorge", "Reviewer  George", "负责人：George"]
)
def test_a_town_right_after_a_persons_label_stays_a_name(tmp_path: Path, text: str) -> None:
    """``Reviewer``, ``负责人``: labels of the forms' person fields (derived, not listed by hand)."""
    got, said = _read(_credit_note(tmp_path / "r.xlsx", [["Deliver to", text]], "R18,50", "R22 200,00"))
    assert got == "" and len(said) == 1, (got, said)


def test_every_word_a_persons_name_follows_is_kept_in_one_place() -> None:
    """The forms' person labels give the words derived; the vocabulary's titles hold only what no
    form's label gives (no word in both places)."""
    from kesu_docs.parse.persons import person_label_words
    from kesu_docs.parse.vocab import PERSON_TITLES

    derived = person_label_words()
    assert {"by", "contact", "signature", "经办人", "制表人", "reviewer"} <= derived
    assert not derived & PERSON_TITLES, derived & PERSON_TITLES


# ---------------------------------------------------------------------------------- month words of one language
def _return_note(tmp_path: Path, labels: tuple[str, str, str], date: str) -> Path:
    number, dated, customer = labels
    rows = [
        ["RETURN NOTE"],
        [number, "RN-26-0311", dated, date],
        [customer, "Harbour Power Ltd", "Complaint No.", "HP-QA-260302"],
        [],
        ["Part No.", "Description", "Qty", "Unit price", "Amount"],
        ["CB-1101", "Service cable", "1,200", "3.85", "4,620.00"],
    ]
    return landscape_book(tmp_path / "rn.xlsx", rows, {"A": 24, "B": 24, "C": 24, "D": 24, "E": 24})


_ENGLISH = ("Return No.", "Date", "Customer")


@pytest.mark.parametrize("date", ["3 Adar 2026", "5 Mati 2026"])
def test_a_short_month_word_of_one_language_is_no_month_on_a_form_in_another(
    tmp_path: Path, date: str
) -> None:
    """Before: 2026-03-03 / 2026-03-05 on an English form, no word (Adar is a month of the Hebrew
    calendar too; Mati a name)."""
    doc = read_doc(_return_note(tmp_path, _ENGLISH, date), kind="return")
    assert (doc["record"] or {}).get("issue_date") != date[-4:] + "-03-0" + date[0]
    assert field_codes(doc, "issue_date"), doc["errors"]  # (said, never silent)


@pytest.mark.parametrize(
    ("labels", "date", "iso"),
    [
        (("Hejmara vegerê / Return No.", "Dîrok / Date", "Mişterî / Customer"), "3 Adar 2026", "2026-03-03"),
        (
            ("Numera / Return No.", "Aso / Date", "Tagata fa\u02bbatau / Customer"),
            "5 Mati 2026",
            "2026-03-05",
        ),
    ],
)
def test_a_short_month_word_is_read_on_a_form_in_its_language(
    tmp_path: Path, labels: tuple[str, str, str], date: str, iso: str
) -> None:
    doc = read_doc(_return_note(tmp_path, labels, date), kind="return")
    assert doc["record"]["issue_date"] == iso, doc["errors"]


def test_a_month_of_two_words_written_with_two_spaces_is_read(tmp_path: Path) -> None:
    """Before: ``5 Pauqar  waray 2026`` (two spaces) was no date (one space only)."""
    doc = read_doc(_return_note(tmp_path, _ENGLISH, "5 Pauqar  waray 2026"), kind="return")
    assert doc["record"]["issue_date"] == "2026-03-05", doc["errors"]


# ---------------------------------------------------------------------------------- a credit note's one signature
def _credit_note_zht(tmp_path: Path, sign_off: list[str], name: str = "zr.xlsx") -> Path:
    rows = [
        ["銷貨折讓證明單"],
        ["折讓單號", "ZR-2611-05", "開立日期", "2026/11/12", "原發票號碼", "RK-12345678"],
        ["買受人", "廣達電腦", None, None, "統一編號", "22822281"],
        [],
        ["品名", "數量", "單價", "金額(不含稅)", "營業稅額"],
        ["晶片電阻 0603", 50000, 0.1, 5000, 250],
        ["合計", None, None, 5000, 250],
        [],
        sign_off,
    ]
    return landscape_book(tmp_path / name, rows, {c: 16 for c in "ABCDEF"})


@pytest.mark.parametrize("form", ["xlsx", "pdf"])
@pytest.mark.parametrize("label", ["經手人", "經辦"])
def test_a_credit_notes_one_signature_is_the_managers_shown_for_checking(
    tmp_path: Path, form: str, label: str
) -> None:
    """Before: unread (``unread_label``), the manager missing."""
    doc = read_doc(book_as(_credit_note_zht(tmp_path, [label, "蕭美玲"]), form), kind="allowance")
    assert doc["record"]["approved_by_manager"] == "蕭美玲"
    assert "low_confidence" in field_codes(doc, "approved_by_manager")
    assert doc["record"].get("approved_by_gm") is None


@pytest.mark.parametrize(
    ("sign_off", "manager", "gm"),
    [
        (["經手人", "陳美玲", "主管", "郭志遠", "總經理", "賴俊傑"], "郭志遠", "賴俊傑"),
        (["核准", "郭文雄", None, "經辦", "蔡佩珊"], None, "郭文雄"),
        (["經辦", "蔡佩珊", "總經理", "賴俊傑"], None, "賴俊傑"),
    ],
)
def test_a_handlers_signature_beside_another_signer_is_no_managers(
    tmp_path: Path, sign_off: list[str], manager: str | None, gm: str
) -> None:
    record = read_doc(_credit_note_zht(tmp_path, sign_off), kind="allowance")["record"]
    assert (record.get("approved_by_manager"), record.get("approved_by_gm")) == (manager, gm)


@pytest.mark.parametrize(
    ("sign_off", "known"),
    [
        (["經手人", "陳美玲"], True),  # the form's one signature: the manager's label, the form's own
        (["經辦", None], True),  # (unsigned too)
        (["經手人", "陳美玲", "主管", "郭志遠"], False),  # the clerk's beside the manager's: no field's
        (["經辦", "蔡佩珊", "總經理", "賴俊傑"], False),
    ],
)
def test_a_handlers_label_is_known_as_lone_signers_decides(
    tmp_path: Path, sign_off: list[str | None], known: bool
) -> None:
    """One decision on ``經手人`` / ``經辦``: the page's labels (:func:`compound.lone_signers`)
    and :meth:`_Page.known` — before, ``known`` held it no label of the form even where it is the
    form's one signature, read as the manager's."""
    from kesu_docs.forms import all_specs
    from kesu_docs.parse.anchor import _Page
    from kesu_docs.parse.excel import read_workbook

    path = _credit_note_zht(tmp_path, sign_off)  # type: ignore[arg-type]
    spec = next(s for s in all_specs() if s.kind == "allowance")
    page = _Page(read_workbook(path.read_bytes()).sheets[0].boxes, spec)
    [handler] = [b for b in page.boxes if b.text == sign_off[0]]
    assert page.known(handler) is known
    assert any(lab.box is handler for lab in page.labels) is known
