"""The review's findings on the twenty-second round's reader rules, mended (issue 10: never silent).

- **A request in two languages, one half a word we lack**: a Chinese half we lack
  (``分拣/Return``) is another option, never the English one's translation — the field reads as
  written and says the word is none of its options; a half in another script we lack
  (``Сортування / Return``) lets the half we know decide, and the field says which half was
  left unread (``option_halves_differ``).
- **Gigabytes are no count**: Latvian ``gb.`` (gabals) counts only with its point, in lower
  case — ``16 GB`` is a memory size, an invalid quantity as before.
- **A count after a bare part word** (``送货的零件 3600 件``, ``发来的物料 1800 pcs``) is the quantity
  delivered, never the part number: after ``零件`` / ``物料`` alone a part code holds a letter or
  a hyphen and no count word follows it.
- **A letter's figures at a plain space**: an English or Chinese letter never groups thousands by
  a space (``in shipment 7 320 pcs`` is shipment 7's 320), a French one does (``3 200 pièces``),
  a no-break space groups in any; ``1st June`` / ``32GB`` hold no count (no ``st`` / ``gb`` in a
  letter's count words).
- **A mail is a complaint only when it counts or asks**: a letter opened as an e-mail (``Hello
  Maria,``) or sending a document (``attached is the updated 8D report``) needs a count or a
  request in its body; a cover note mentioning "the complaint" is no complaint.
- **The Arabic decimal separator** (٫, U+066B) is a decimal point, never a thousands mark: a
  count holding one (``۲٫۴۰۰``) is no whole quantity, an error, never 2400 read.
- **A form's label is no salutation**: ``业务主管：`` (a field label with its colon) never opens a
  letter, and ``致`` names an addressee only before a space or a colon (``致命缺陷：`` is a label).
- **Memory**: a long text's half-width fold is not kept between files (only texts of up to 64
  characters, the labels and short values asked again and again).
- **An 8D's "other parts" words**: Norwegian ``inne`` (inside), Italian ``visi`` and a company's
  ``SVE`` no longer say the text speaks of other parts (horizontal deployment).
- **Pictures in a group shape** (``grpSp``) over the value cells are said as pictures lying
  alone are (the drawing is parsed once for its text boxes and pictures).

Workbooks built here with openpyxl (not the holdout files).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import field_codes, read_doc, sheet_from_rows
from pydantic import TypeAdapter, ValidationError

from kesu_docs.values import Qty


def _complaint(tmp_path: Path, request: str) -> dict:
    path = sheet_from_rows(
        tmp_path,
        [
            ["客户投诉单"],
            ["投诉编号", "TS-2611-031", "接收日期", "2026-11-02"],
            ["客户名称", "宁波川和机电有限公司", "料号", "CH-VLV-118"],
            ["出货数量", "8000", "不良数量", "64"],
            ["不良描述", "阀芯卡滞，无法复位。"],
            ["客户要求", request],
        ],
        width=24,
    )
    return read_doc(path, "complaint")


@pytest.mark.parametrize("request_text", ["分拣/Return", "全数挑拣 / Rework"])
def test_a_chinese_half_we_lack_is_no_translation(tmp_path: Path, request_text: str):
    doc = _complaint(tmp_path, request_text)
    assert doc["record"]["customer_request"] != ["return"]
    assert doc["record"]["customer_request"] != ["rework"]
    assert "invalid_choice" in field_codes(doc, "customer_request")


@pytest.mark.parametrize(
    ("request_text", "read"), [("Сортування / Return", "return"), ("Ταξινόμηση / Rework", "rework")]
)
def test_a_half_in_another_script_decides_and_is_said(tmp_path: Path, request_text: str, read: str):
    doc = _complaint(tmp_path, request_text)
    assert doc["record"]["customer_request"] == [read]
    [warning] = [w for w in doc["warnings"] if w["field"] == "customer_request"]
    assert warning["code"] == "option_halves_differ"
    assert request_text.split("/")[0].strip() in warning["message"]


# ------------------------------------------------------------------------------------ counts
@pytest.mark.parametrize("text", ["16 GB", "4 GB", "8GB", "32 GB."])
def test_gigabytes_are_no_count(text: str):
    # Latvian gb. (gabals) counts only with its point, in lower case: 16 GB is a memory size
    with pytest.raises(ValidationError, match="invalid_qty"):
        TypeAdapter(Qty).validate_python(text)


def test_latvian_pieces_with_their_point_still_count():
    assert TypeAdapter(Qty).validate_python("275 gb.") == 275


def test_a_defect_count_in_gigabytes_is_an_error(tmp_path: Path):
    path = sheet_from_rows(
        tmp_path,
        [
            ["客户投诉单"],
            ["投诉编号", "TS-2611-032", "接收日期", "2026-11-02"],
            ["客户名称", "宁波川和机电有限公司", "料号", "MEM-DDR-0816"],
            ["出货数量", "8000", "不良数量", "8 GB"],
        ],
        width=24,
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["defect_qty"] is None
    assert "invalid_qty" in field_codes(doc, "defect_qty")


# ------------------------------------------------------------------------------------ letters
def _letter(tmp_path: Path, lines: list[str]) -> dict:
    from openpyxl import Workbook

    book = Workbook()
    for row, text in enumerate(lines, 1):
        book.active.cell(row, 1, text)
    book.save(tmp_path / "letter.xlsx")
    return read_doc(tmp_path / "letter.xlsx", "complaint")


@pytest.mark.parametrize(
    ("sentence", "shipped"),
    [
        ("本公司10月8日签收贵司送货的零件 3600 件，抽检发现 52 件不良（毛刺超标）。", 3600),
        ("贵司发来的物料 1800 pcs 中有 40 pcs 不良，螺纹损坏。", 1800),
    ],
)
def test_a_count_after_a_bare_part_word_is_no_part_number(tmp_path: Path, sentence: str, shipped: int):
    doc = _letter(
        tmp_path,
        [
            "尊敬的嘉禾精密五金有限公司：",
            sentence,
            "请贵司退货处理。",
            "此致",
            "敬礼",
            "无锡拓远机械有限公司",
            "2026年10月12日",
        ],
    )
    record = doc["record"]
    assert record["part_no"] is None
    assert record["ship_qty"] == shipped


def test_a_code_after_a_bare_part_word_is_still_the_part(tmp_path: Path):
    doc = _letter(
        tmp_path,
        [
            "尊敬的嘉禾精密五金有限公司：",
            "贵司送货的零件 JH-7730 共 3600 件，抽检发现 52 件不良（毛刺超标）。",
            "请贵司退货处理。",
            "此致",
            "敬礼",
            "无锡拓远机械有限公司",
        ],
    )
    assert doc["record"]["part_no"] == "JH-7730"


@pytest.mark.parametrize(
    ("sentence", "shipped"),
    [
        ("From batch 14 880 pcs were delivered; 23 pcs are rejected for burrs.", 880),  # batch 14
        ("In shipment 7 320 pcs were delivered and 23 pcs are rejected for burrs.", 320),
        ("Your delivery of 1st June: 1,500 pcs, and 23 pcs are rejected for burrs.", None),
        ("We received 2\u00a0750 pcs; 23 pcs are rejected for burrs.", 2750),  # a no-break space groups
    ],
)
def test_an_english_letter_parts_figures_at_a_plain_space(tmp_path: Path, sentence: str, shipped: int | None):
    doc = _letter(
        tmp_path,
        [
            "Dear Sir or Madam,",
            "Complaint about part no. VK-5510.",
            sentence,
            "Yours faithfully,",
            "Brook Tools Ltd",
        ],
    )
    assert doc["record"]["ship_qty"] in (shipped, None)
    assert doc["record"]["ship_qty"] not in (14880, 7320, 3)
    assert doc["record"]["defect_qty"] == 23


def test_a_french_letter_groups_thousands_by_a_space(tmp_path: Path):
    doc = _letter(
        tmp_path,
        [
            "Madame, Monsieur,",
            "Nous réclamons la référence de pièce VK-5510.",
            "Sur les 3 200 pièces livrées, 23 pièces sont défectueuses.",
            "Veuillez agréer nos salutations distinguées.",
            "Outils Brook SARL",
        ],
    )
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (3200, 23)


def test_a_memory_size_in_a_chinese_letter_is_no_count(tmp_path: Path):
    doc = _letter(
        tmp_path,
        [
            "尊敬的嘉禾电子有限公司：",
            "我司来料 32GB 固态硬盘共 800 块，其中 19 块不良，上电后无法识别。",
            "要求贵司换货。",
            "此致",
            "敬礼",
            "无锡拓远科技有限公司",
        ],
    )
    assert (doc["record"]["ship_qty"], doc["record"]["defect_qty"]) == (800, 19)


def _guessed(tmp_path: Path, lines: list[str]) -> dict:
    from openpyxl import Workbook

    book = Workbook()
    for row, text in enumerate(lines, 1):
        book.active.cell(row, 1, text)
    book.save(tmp_path / "mail.xlsx")
    return read_doc(tmp_path / "mail.xlsx")


def test_a_mail_sending_a_report_is_no_complaint(tmp_path: Path):
    doc = _guessed(
        tmp_path,
        [
            "Hello Maria,",
            "attached is the updated 8D report on the complaint for part no. VK-5510 (hinge).",
            "Containment finished last Friday.",
            "Best regards,",
            "Brook Tools Ltd",
        ],
    )
    assert doc["kind"] is None and doc["record"] is None
    assert {e["code"] for e in doc["errors"]} & {"unknown_kind", "not_a_form"}


def test_a_mail_that_counts_the_rejects_is_a_complaint(tmp_path: Path):
    doc = _guessed(
        tmp_path,
        [
            "Hello Maria,",
            "we have a complaint for part no. VK-5510 (hinge): 23 pcs are rejected for burrs.",
            "Best regards,",
            "Brook Tools Ltd",
        ],
    )
    assert doc["kind"] == "complaint"
    assert doc["record"]["defect_qty"] == 23


# ------------------------------------------------------------------------------------ Arabic figures
@pytest.mark.parametrize("text", ["۲٫۴۰۰", "۳۰٫۰۰۰ عدد", "٨٫٥"])
def test_the_arabic_decimal_separator_is_no_thousands_mark_in_a_count(tmp_path: Path, text: str):
    with pytest.raises(ValidationError, match="invalid_qty"):
        TypeAdapter(Qty).validate_python(text)
    path = sheet_from_rows(
        tmp_path,
        [
            ["客户投诉单"],
            ["投诉编号", "TS-2611-033", "接收日期", "2026-11-02"],
            ["客户名称", "宁波川和机电有限公司", "料号", "CH-VLV-118"],
            ["出货数量", "8000", "不良数量", text],
        ],
        width=24,
    )
    doc = read_doc(path, "complaint")
    assert doc["record"]["defect_qty"] is None
    assert field_codes(doc, "defect_qty") == {"invalid_qty"}


def test_the_arabic_thousands_mark_still_groups():
    assert TypeAdapter(Qty).validate_python("۲٬۴۰۰") == 2400


# ------------------------------------------------------------------------------------ salutations
def test_a_form_label_with_its_colon_is_no_salutation(tmp_path: Path):
    # a form with only its number and date read, a label line "业务主管：" and a thank-you under
    # the notes: a form, never re-read as a letter addressed to 业务主管
    path = sheet_from_rows(
        tmp_path,
        [
            ["客户投诉单"],
            ["投诉编号", "TS-2611-041", "接收日期", "2026-11-03"],
            ["业务主管："],
            ["备注：此批次共 900 件，另有 12 件待判定，请跟进"],
            ["谢谢"],
        ],
        width=24,
    )
    doc = read_doc(path, "complaint")
    assert "complaint_letter" not in {w["code"] for w in doc["warnings"]}
    assert doc["record"]["ship_qty"] is None


def test_zhi_names_an_addressee_only_before_a_space_or_colon():
    from kesu_docs.parse.letters import _SALUTATION

    assert _SALUTATION.match("致：华星电子有限公司")
    assert _SALUTATION.match("致 华星电子有限公司")
    assert not _SALUTATION.match("致命缺陷：")


# ------------------------------------------------------------------------------------ memory
def test_a_long_texts_fold_is_not_kept():
    from kesu_docs import values

    long_text = "外壳开裂，" * 2000 + "ＡＢＣ"  # a description cell of 10,000 characters
    values._folded_wide.cache_clear()
    assert values.halfwidth(long_text).endswith("ABC")
    assert values._folded_wide.cache_info().currsize == 0
    assert values.halfwidth("数量：５") == "数量:5"
    assert values._folded_wide.cache_info().currsize == 1  # a short one is kept


# ------------------------------------------------------------------------------------ 8D words
@pytest.mark.parametrize(
    "text",
    ["Sensor montert inne i huset, kontrollert 5 stk", "SVE approved the new PFMEA", "nuovi visi di taglio"],
)
def test_words_of_other_languages_are_not_all_other_parts(text: str):
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert not TEXT_SUBJECTS["prevention.horizontal_deployment"].search(text)


def test_croatian_all_tools_still_speaks_of_other_parts():
    from kesu_docs.parse.value_cues import TEXT_SUBJECTS

    assert TEXT_SUBJECTS["prevention.horizontal_deployment"].search("PFMEA ažurirana za sve alate")


# ------------------------------------------------------------------------------------ pictures
def _grouped(path: Path) -> Path:
    """The workbook's pictures each put in a group shape (``grpSp``), as Excel saves pictures
    a clerk grouped to move them together."""
    import zipfile

    with zipfile.ZipFile(path) as z:
        parts = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    group = b"<grpSp><nvGrpSpPr><cNvPr id='90' name='Group 1'/><cNvGrpSpPr/></nvGrpSpPr><grpSpPr/>"
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts:
            if name.startswith("xl/drawings/drawing") and name.endswith(".xml"):
                data = data.replace(b"<pic>", group + b"<pic>").replace(b"</pic>", b"</pic></grpSp>")
                assert b"<grpSp>" in data
            z.writestr(name, data)
    return path


def test_values_pasted_as_grouped_pictures_are_said(tmp_path: Path):
    import io

    from openpyxl import Workbook
    from openpyxl.drawing.image import Image as SheetImage
    from PIL import Image

    book = Workbook()
    for row in [["客户投诉单"], ["客户名称", None, "接收日期", None], ["出货数量", None, "不良数量", None]]:
        book.active.append(row)
    for cell in ("B2", "D2", "B3", "D3"):
        png = io.BytesIO()
        Image.new("RGB", (120, 16), "white").save(png, format="PNG")
        book.active.add_image(SheetImage(png), cell)
    book.save(tmp_path / "grouped.xlsx")
    doc = read_doc(_grouped(tmp_path / "grouped.xlsx"), "complaint")
    assert [e["code"] for e in doc["errors"]] == ["values_as_pictures"]
