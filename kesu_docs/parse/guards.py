"""Guards against silent misreads: a wrong value must come with a warning on its field.

The label reader (:mod:`.anchor`) picks, for every field, the likeliest value near its label.
On a layout nobody tuned it on, the likeliest is sometimes wrong in ways a reader can still
*see*: these guards look at what was read, once the reading is done, and either mend what is
plainly mendable (saying so) or lower the value's confidence so the clerk is told to check it.
Each rule is a small function of its own; none knows any particular form or file.

- **Label-like values** (:func:`label_like_value`): the text read is itself a caption — an 8D
  discipline heading (``D4 Diagnose Root Cause``), a text ending with a colon, a text any
  form's vocabulary reads as a label (``Customer PO``), or a cell shaded/bold like the label
  it was read beside (labels over values: the cell right of a label is the next label).
- **Instructions** (:func:`instruction_boxes`): a sheet or block explaining how to fill the
  form (``How to fill in this form``, ``填写说明``, texts with ``e.g.`` / ``例如``) repeats the
  labels with example answers; values read there are weighed down before the choice and
  reported when nothing better was found.
- **A name with more** (:func:`split_name`): ``陈美玲 分机 215``, ``J. Ortiz (972) 555-0143``,
  ``张伟(组长)``: a person's field keeps the name; the phone, extension or role is reported
  (the role goes into the row's role column when the form has one and it is empty).
- **European thousands** (:func:`thousands_point`): ``24.000 pcs`` in a whole-quantity field is
  24000, reported as an ambiguous reading.
- **Two boxes, one value** (:func:`spans_columns`): a figure whose box starts in the column of
  the label beside its own (PDF words of neighbouring cells run together: ``150`` + ``3.0%``).
- **A numbered list cut in two** (:func:`split_lists`): ``1. …`` read for one field and
  ``2. …`` for the next: the second line of one cell fell into the next field.
- **Totals rows** (:func:`totals_row`): a table ends at its totals line (合计, Subtotal, Net
  total…), which is never an item.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from decimal import ROUND_HALF_UP, Decimal
from functools import cache, lru_cache
from typing import Any, NamedTuple

from .. import value_paths
from ..forms import FIGURE_KINDS, FieldMeta, FormSpec, describe
from ..forms.base import MACHINE_LABELS
from ..lazy_re import lazy_re
from ..memos import memo
from ..problems import Problem
from ..terms import (
    TAX_AMOUNT_AFTER_NAME,
    TAX_AMOUNT_WORDS,
    TAX_RATE,
    TOTALS_LINE_WORDS,
    bare_total,
    tax_names_pattern,
)
from ..validation import labels_for
from ..values import (
    CURRENCY,
    _as_date,
    beyond_cents,
    day_month_year,
    either_order,
    european_amount,
    factory_day,
    halfwidth,
    round_money,
)
from .approval_status import ended_approval
from .boxes import Provenance, page_of, side_note_parts, side_notes
from .cell_lines import name_over_lines, party_field
from .field_codes import without_field_codes
from .mentions import mention_alone, mentioned
from .option_halves import label_half, mend_halves
from .persons import COMPANY, COMPANY_WORD, INSTITUTION, person_field, sign_off_caption
from .results import may_be_in_doubt
from .symbol_fonts import marks_by_code, marks_by_private_code, private_shown
from .system_ids import keyed_name, refused_key
from .typed import (
    NO_CENTS_MARK,
    amount_in_units,
    amount_per_unit,
    approximate,
    count_in_a_word,
    count_in_measure,
    count_in_money,
    count_in_packages,
    date_in_label_order,
    day_month_order,
    footnote_marked,
    foreign_amount,
    grouped_by_points,
    in_packs,
    label_order,
    order_in_doubt,
    reads_as_code,
    scaled_figure,
    signed_figure,
    status_word,
    value_with_comment,
    with_tolerance,
)
from .typed import valid as typed_valid
from .units import RATED_FIGURES, own_unit, rate_from_labels, scale_for, unit_conflict
from .vocab import (  # (one shape of an 8D heading)
    DOUBTFUL_STRENGTH,
    ENCLOSED_NUMBERS,
    FormLabels,
    enclosed_number,
    filling_note,
    fold_ahead,
    folded,
    form_labels,
    heading_start,
    in_two_languages,
    norm,
    one_thing,
    slash_names,
    vocabulary,
)

MESSAGES: dict[str, tuple[str, str]] = {
    "step_open_on_closed_form": (
        "{label}：旁注“{note}”说此步骤尚未完成，但本表已结案（{closed}）；已按所写读取，请核对",
        "{label}: the note '{note}' beside it says the step is still open, yet the form is closed "
        "({closed}); read as written, please check",
    ),
    "value_not_printed": (
        "{label}：打印件上此值印成“###”（该列太窄，数值没有印在页面上）；请读取 Excel 文件，或加宽该列后重新打印",
        "{label}: the print shows '###' for this value (its column is too narrow: the value is not on the page); read the Excel file, or widen the column and print again",
    ),
    "two_values_one_cell": (
        "{label}：“{value}”是两个值，标签“{names}”分别对应；已取“{name}”的“{read}”，请核对",
        "{label}: '{value}' holds two values, one for each name of the label '{names}'; read the one of "
        "'{name}', '{read}', please check",
    ),
    "qty_in_two_units": (
        "{label}：“{value}”用几种单位写出，已取以“{word}”计的“{read}”，其余单位未换算，请核对",
        "{label}: '{value}' is written in several units; read the part counted in '{word}', '{read}' "
        "(the others are not converted), please check",
    ),
    "two_numbers": (
        "{label}“{value}”是两个编号（{first} 和 {second}）：一份表单只有一个{label}，已按所写读取，请核对",
        "{label} '{value}' is two numbers ({first} and {second}): a form has one; read as written, "
        "please check",
    ),
    "value_from_instructions": (
        "{label}的值“{value}”读自填写说明（示例或解释），不是填写的内容，请核对",
        "{label}: '{value}' was read from the form's instructions (an example or explanation), "
        "not from the filled form; please check",
    ),
    "ticks_not_shown": (
        "{label}“{value}”中的勾选框是 {font} 字体的字码，这里却是普通字体（打印时字体被替换，显示为字母），"
        "看不出勾了哪一项，未读取：请读取原 Excel 文件，或在装有该字体的电脑上重新打印",
        "{label}: the boxes in '{value}' are {font} codes set in a text font here (the print replaced"
        " the font: they show as letters), so which is ticked cannot be told; not read: read the Excel"
        " file, or print it again on a computer that has the font",
    ),
    "ticks_by_private_code": (
        "{label}“{value}”中的勾选框是 {font} 字体的专用字码（U+F0FE 等，打印时字体丢失，页面上可能只显示方块），"
        "已按字码读作勾选框：请对照原件核对勾选了哪一项",
        "{label}: the boxes in '{value}' are {font} codes at their private-use places (U+F0FE …: the"
        " print lost the font, the page may show blank squares); read as the boxes they code: please"
        " check against the original which is ticked",
    ),
    "value_is_people_list": (
        "{label}的值“{value}”是一串人名（姓名后括注角色或部门），不像本栏的内容，请核对",
        "{label}: '{value}' is a list of people (names with their role or department in brackets), "
        "not what the field holds; please check",
    ),
    "value_with_label_word": (
        "{label}：“{value}”前面的“{word}”是栏位自己的标签字样，不是编号的一部分，已读作“{read}”，请核对",
        "{label}: '{word}' before '{value}' is the field's own label word, no part of the code; read as "
        "'{read}', please check",
    ),
    "two_values_unsure": (
        "{label}：“{value}”是两个值，标签“{names}”分别对应，但无法判断哪一个属于本栏位；已按原文读取，请核对",
        "{label}: '{value}' holds two values, one for each name of the label '{names}', and which one is this "
        "field's cannot be told; read as written, please check",
    ),
    "name_with_extra": (
        "{label}：“{value}”中姓名后还有“{extra}”，已只取姓名“{name}”，请核对",
        "{label}: '{value}' holds more than a name ('{extra}'); read as the name '{name}', please check",
    ),
    "name_with_system_key": (
        "{label}：“{value}”中的“{key}”是系统的编号（客户号、用户号），不是名称的一部分，已只取名称“{name}”",
        "{label}: '{key}' in '{value}' is the system's key (a customer or user number), no part of the name;"
        " read as the name '{name}'",
    ),
    "name_in_seal": (
        "{label}：“{value}”是印章栏里的名字（㊞），已读作“{name}”；盖章的人可能是客户一方的承认/确认/作成人，"
        "不是本表的签核人，请核对",
        "{label}: '{value}' is a name in a seal box (㊞), read as '{name}'; who stamped it may be the customer's"
        " approver, checker or preparer rather than this form's signer; please check",
    ),
    "name_as_mention": (
        "{label}：“{value}”是在线表格或协作工具的 @ 提及，已只取姓名“{name}”",
        "{label}: '{value}' is an online sheet's or a collaboration tool's @ mention; read as the name '{name}'",
    ),
    "approval_ended": (
        "表单的审批状态是“{status}”：这份审批已撤销或被拒绝，没有获得批准；已照常读取，请勿当作已批准处理",
        "The form's approval status is '{status}': the approval was withdrawn or rejected and grants nothing; "
        "read as usual, do not treat it as approved",
    ),
    "name_with_prefix": (
        "{label}：“{value}”中名称“{name}”前的“{prefix}”像是角色或列表的序号，不是系统编号；已按原文读取，请核对",
        "{label}: '{prefix}' before the name '{name}' in '{value}' looks like a role or a list's number, no"
        " system's key; read as written, please check",
    ),
    "value_first_of_column": (
        "{label}“{value}”读自一列日期的第一行（其下还有 {count} 个日期）：这一栏像是表格的列标题，所读只是其中一行的日期，请核对",
        "{label}: '{value}' is the first of a column of dates ({count} more under it): the caption looks like a"
        " table's column heading and the date read is one row's; please check",
    ),
    "ambiguous_thousands": (
        "{label}：“{value}”中的“.”按千位分隔符读作 {number}，请核对",
        "{label}: the '.' in '{value}' was read as a thousands separator ({number}); please check",
    ),
    "decimal_point_by_form": (
        "{label}：表上其他数字以“.”为小数点（如“{example}”），“{value}”读作 {number}，请核对",
        "{label}: the form's other figures write '.' as the decimal point (such as '{example}'), so "
        "'{value}' was read as {number}; please check",
    ),
    "european_decimal_comma": (
        "{label}：表上金额按欧洲写法（1.234,50），“{value}”中的“,”是小数点，读作 {number}，请核对",
        "{label}: the form writes its amounts the European way (1.234,50), so the ',' in '{value}' "
        "is the decimal comma ({number}); please check",
    ),
    "comma_thousands_by_line": (
        "{label}：表上金额按欧洲写法，但本行的数量与金额表明“{value}”中的“,”是千位分隔符，读作 {number}，请核对",
        "{label}: the form writes its amounts the European way, but this line's quantity and amounts "
        "show the ',' in '{value}' is a thousands separator ({number}); please check",
    ),
    "price_written_whole": (
        "{label}：单价“{value}”以“/=”写成整数（不带分），本行金额除以数量为 {read}，所写单价像是它四舍五入所得；已按所写读取，请核对",
        "{label}: the price '{value}' is written in whole units ('/=': no cents); the line's amount over its"
        " quantity is {read}, which it looks rounded from: read as written, please check",
    ),
    "code_in_scientific": (
        "{label}：单元格以科学计数法显示（如 1.00E+05），编号不会这样写——Excel 常把输入的 1E5 或过长的数字编号这样显示，"
        "原来输入的编号可能不是 {value}；已按数字读作 {value}，请对照原件核对",
        "{label}: the cell shows its figure in scientific notation (like 1.00E+05), and a code is not written so — "
        "Excel shows a typed 1E5 or a number too long for the cell so, and the code typed may not be {value}; "
        "read as {value}, please check it against the original",
    ),
    "money_beyond_cents": (
        "{label}“{value}”精确到分以下，金额只记到分，未读取（不按四舍五入读作 {rounded}），请核对",
        "{label}: '{value}' is written past the cent while amounts are held in cents; it was not read"
        " (never rounded to {rounded}), please check",
    ),
    "value_not_a_code": (
        "{label}“{value}”不像编号（没有数字或含有空格，可能是品名），未读取，请核对",
        "{label}: '{value}' does not read as a number or code (no digit, or words with spaces: a name?);"
        " it was not read, please check",
    ),
    "value_spans_cells": (
        "{label}的值“{value}”跨到相邻栏位，可能与邻栏的内容连在一起，请核对",
        "{label}: '{value}' runs into the neighbouring column and may be two values run together; please check",
    ),
    "choice_with_remark": (
        "{label}“{value}”已读作其中的选项，旁边的“{words}”是备注，不是选项，请核对",
        "{label}: '{value}' read as the options it names; '{words}' beside them is a remark, no option; "
        "please check",
    ),
    "choice_option_left_in_sentence": (
        "{label}“{value}”是一句说明，已移到{area}；句中提到的选项“{words}”未读作{label}，请核对",
        "{label}: '{value}' is a sentence, moved to {area}; the option '{words}' it names was not read"
        " as {label}, please check",
    ),
    "ticked_option_unknown": (
        "{label}勾选了“{words}”，不是本栏的选项之一，已只取其余勾选项，请核对",
        "{label}: the ticked '{words}' is none of the field's options; read the other ticked "
        "options only, please check",
    ),
    "name_with_digits": (
        "{label}：“{value}”不像只是姓名（含数字），请核对",
        "{label}: '{value}' does not read as a name alone (it holds digits); please check",
    ),
    "value_one_word": (
        "{label}只有一个词“{value}”，像是类别或标题，不像描述，请核对",
        "{label}: only the one word '{value}' — a category or a heading rather than the text itself? "
        "Please check",
    ),
    "value_bare_figure": (
        "{label}只有“{value}”，像是版次或编号，不像描述，请核对",
        "{label}: only '{value}' — an issue or revision number rather than the text itself? Please check",
    ),
    "short_value_on_lines": (
        "{label}的值“{value}”占了几行，后面的行可能是别的内容（如地址），请核对",
        "{label}: '{value}' runs over several lines; the later lines may be something else "
        "(an address), please check",
    ),
    "total_not_read": (
        "表上的合计“{text}”旁的数字未能读作{label}；{label}若按明细计算，请与表上的数字核对",
        "The form's totals line '{text}' was not read as {label}; if {label} is computed from the "
        "lines, check it against the form",
    ),
    "value_is_a_place": (
        "{label}的值“{value}”像是地点（仓库、库区、车间），不像人名，请核对",
        "{label}: '{value}' reads like a place (a store, a bay, a workshop), not a person's name; please check",
    ),
    "member_is_department": (
        "{label}：“{value}”是部门，不是人名，已读作该行的部门，请核对组员姓名（{name}）",
        "{label}: '{value}' is a department, not a person; read as the row's department; please "
        "check the member's name ({name})",
    ),
    "value_not_a_name": (
        "{label}的值“{value}”像一句话，不像人名，可能读到了附近的说明文字，请核对",
        "{label}: '{value}' reads like a sentence, not a person's name; it may be a nearby note, please check",
    ),
    "name_cut_off": (
        "{label}的值“{value}”像是不完整的名称（结尾缺字），请对照原表核对",
        "{label}: '{value}' looks like a name cut short (its ending is missing); please check the original",
    ),
    "value_begins_with_cut_tail": (
        "{label}的值以单独一行“{tail}”开头，像是上一格公司名称折行后落下的结尾，请对照原表核对",
        "{label} begins with a line '{tail}' alone: the tail of a company's name wrapped from the cell "
        "above, it seems; please check the original",
    ),
    "tax_rate_from_lines": (
        "{label}没有读到，按各行税额推得 {rate}（每行税额都是金额×{rate}），请核对",
        "{label} was not read; {rate} is the rate every line's tax was computed at, please check",
    ),
    "tax_rate_not_printed": (
        "{label}：表上没有写税率，各行也没有税额可推；表上金额是 {currency}，不套用公司默认税率，"
        "税额与含税合计未推算，请按原表核对",
        "{label}: the form gives no tax rate and no line's tax tells it; its amounts are in {currency}, "
        "so no company rate is assumed and the tax and the total incl. tax were not computed; please "
        "check the form",
    ),
    "derived_value_in_doubt": (
        "{label}“{value}”不是从表上读出的，而是由其他栏位推算的；推算所依的栏位有错误或提醒，请核对",
        "{label}: '{value}' was not read from the form but computed from other fields, which have "
        "errors or warnings; please check",
    ),
    "date_other_zone": (
        "{label}：“{value}”是另一时区（{zone}）的时间，按所写日期读作 {date}；在工厂（北京时间 UTC+08:00）是 {here}，请核对",
        "{label}: '{value}' is a time in another zone ({zone}); read as the date written, {date}; at the "
        "factory (China, UTC+08:00) it is {here}, please check",
    ),
    "date_order_inferred": (
        "{label}：“{value}”的月、日次序不明，按{why}读作 {date}（另一种次序为 {other}），请核对",
        "{label}: the order of month and day in '{value}' is unclear; read as {date} by {why_en} (the "
        "other order reads {other}), please check",
    ),
    "numbered_list_split": (
        "{label}的值“{value}”与另一栏位是同一编号清单的前后项，可能分错了栏位，请核对",
        "{label}: '{value}' and another field hold items of one numbered list; the lines may have "
        "been split across fields, please check",
    ),
    "code_is_a_date": (
        "{label}：单元格里是日期（{value}），编号不会是日期——Excel 常把输入的编号（如 3-12、2026/11）自动转成日期，"
        "原来输入的编号已无法还原；已按日期读作 {value}，请对照原件核对",
        "{label}: the cell holds a date ({value}), and a code is no date — Excel turns a code typed like 3-12 or "
        "2026/11 into one, and what was typed cannot be got back; read as {value}, please check it against the original",
    ),
    "value_masked": (
        "{label}：“{value}”有一部分被 *、X、# 或省略号遮住，或以“某某”代替（电商平台、热线、12315 转办单隐藏姓名、"
        "电话、订单号的写法），凭它认不出是谁、是哪一单，请对照原始记录核对",
        "{label}: '{value}' is partly hidden by *, X, # or an ellipsis, or stands for a name as '某某' (as platforms, "
        "hotlines and 12315 transfers mask a name, a phone or an order number): it tells no one and no order for "
        "sure; please check the original record",
    ),
    "negative_as_credit": (
        "{label}：表上为负数“{value}”（红字/贷项的写法），已按金额本身读作 {read}，请核对",
        "{label}: the form shows a negative figure '{value}' (the way a red-letter or credit form "
        "writes it); read as {read}, please check",
    ),
}

# ---------------------------------------------------------------------------------- field shapes
_TEXTUAL = ("text", "code")


def meta_at(spec: FormSpec, path: str) -> FieldMeta | None:
    """The field a record path names (``team[0].name`` → the team row's name column)."""
    fields: dict[str, FieldMeta] | None = spec.fields
    meta = None
    for name, _index in value_paths.parts(path):
        if fields is None or name not in fields:
            return None
        meta = fields[name]
        fields = describe(meta.row_model) if meta.row_model is not None else None
    return meta


# a record's values by path: the one reading of a path (kept under these names for the reader)
value_at = value_paths.get
set_value = value_paths.put


def _short(value: Any) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= 40 else text[:39] + "…"


# ---------------------------------------------------------------------------------- label-like values
_BOLD_CAPTION_MAX = 40


def _column_labels() -> frozenset[str]:
    """Every label of every table's text columns, normalised (the forms' vocabularies hold the
    fields; a column's own words, ``措施``, ``Action item``, only the table's). A figure's, a
    date's or a yes/no column's label (``Effective``, ``Done``, ``Verified``, ``NG``) is also
    an answer a clerk writes in a text: not one of them."""
    return form_labels().derived(_text_column_labels)


def _text_column_labels(labels: FormLabels) -> frozenset[str]:
    """:func:`_column_labels` of the forms ``labels`` indexes."""
    from .vocab import columns_vocabulary

    return frozenset(
        key
        for spec in labels.specs
        for meta in spec.fields.values()
        if meta.kind == "table" and meta.row_model is not None
        for key, entries in columns_vocabulary(meta.row_model).index.items()
        if any(describe(meta.row_model)[e.path].kind in _TEXTUAL for e in entries)
    )


@memo
@lru_cache(maxsize=16384)
def reads_as_label(text: str) -> bool:
    """Is a value's text a caption of some form: a discipline heading, ``…:``, or (a line of it)
    a label any form's vocabulary knows, the label covering most of the line?"""
    folded = halfwidth(text).strip()
    if not folded:
        return False
    if heading_start(folded) and len(folded) <= 60:
        return True
    if re.search(r"[:：]$", folded) and len(folded) <= 40:
        return True
    for line in folded.split("\n"):
        line = line.strip()
        if not line or len(line) > 30 or re.search(r"\d", line):
            continue
        key = norm(line)
        if key in _column_labels():
            return True  # "措施" under "Action": a table's column label, never the column's value
        if not form_labels().joined.may_read(line):
            continue  # no form's vocabulary has anything for it (asked of the seven at once)
        for vocab in form_labels().vocabularies:
            found = vocab.match(line)
            if found is not None and found[1] >= 0.6 and len(found[2]) >= 0.75 * len(key):
                return True
    return False


def sign_off_title(text: str) -> bool:
    """Is a text one of a sign-off grid's titles (``财务``, ``审核``, ``Checked by``): a sign-off
    caption (:func:`~kesu_docs.parse.persons.sign_off_caption`, from the forms' sign-off block) or
    another title of the grid (:data:`~kesu_docs.forms.base.SIGN_OFF_GRID`: 财务, 日期, Name)?"""
    key = folded(halfwidth(text)).strip().strip(":：").strip().lower()
    return key in form_labels().derived(_grid_titles) or sign_off_caption(text)


def _grid_titles(_labels: FormLabels) -> frozenset[str]:
    """A sign-off grid's titles beyond the captions, as :func:`sign_off_title` compares them."""
    from ..forms.base import SIGN_OFF_GRID

    return frozenset(folded(t) for t in SIGN_OFF_GRID)


def another_fields_label(labels: Sequence[Any], box: Any, key: str, match: Any) -> bool:
    """Is ``box`` found as the label of another field of the form (``倉管簽收`` beside ``核准``:
    the next sign-off's title), the words it is known by making at least half of it? A text
    with a digit or brackets in it is a value (``Zhou Min (customer IQC)``), not a title."""
    if box.empty or not isinstance(box.value, str) or re.search(r"[\d()（）]", box.text):
        return False
    own = key.partition(".")[0]
    if not any(lab.box is box and lab.key.partition(".")[0] != own for lab in labels):
        return False
    found = match(box.text)
    return found is not None and len(found[2]) >= 0.5 * len(norm(box.text))


# a figure written negative: -2,000 / −¥5,100.00 / ¥-5,100 / (1,200.00) / (US$ 1,200.00) / △1,200, and
# the trailing minus of SAP and other ERPs' prints: 300- / 12,600.00- (the sign after the digits)
_NEGATIVE = lazy_re(
    r"^\s*(?P<cur>(?:US|NT|HK|S|A|C)\$\s*|(?:RMB|CNY|USD|EUR|TWD|NTD|HKD|JPY|GBP)\s*)?(?:[-−－–]\s*(?P<a>[¥￥$€]?\s*\d[\d,.]*)|(?P<c>[¥￥$€])\s*[-−－–]\s*(?P<b>\d[\d,.]*)"
    r"|[(（]\s*(?P<pc>(?:US|NT|HK|S|A|C)\$\s*|(?:RMB|CNY|USD|EUR|TWD|NTD|HKD|JPY|GBP)\s*)?(?P<p>[¥￥$€]?\s*\d[\d,.]*)\s*[)）]|[△▲]\s*(?P<t>\d[\d,.]*)|(?P<s>[¥￥$€]?\s*\d[\d,.]*\d)\s*[-−－–])\s*$"
)


def negative_figure(value: Any) -> str | None:
    """The magnitude of a figure printed negative (``-2,000``, ``(1,200.00)``, ``△1,200``,
    SAP's ``12,600.00-``), as printed with its currency; None for any other value. The one
    reading of a printed minus (:func:`credit_magnitude`, the red-letter rows)."""
    if not isinstance(value, str):
        return None
    if (m := _NEGATIVE.match(halfwidth(value))) is None:
        return _minus_before(halfwidth(value))
    # US$ (1,250.00) or (US$ 1,250.00): a credit memo's credit, its currency kept
    cur = (m.group("cur") or m.group("pc") or "").strip()
    if m.group("b"):
        return cur + m.group("c") + m.group("b")
    figure = next(g for g in (m.group("a"), m.group("p"), m.group("t"), m.group("s")) if g).strip()
    return f"{cur} {figure}" if cur else figure


# a minus before a figure grouped by spaces (-1 480) or one with any currency's sign (-R20 886,00,
# -1 234,50 ₽: typed.signed_figure), which _NEGATIVE's signs and groups do not write
_MINUS_BEFORE = lazy_re(r"^\s*[-−－–]\s*(?P<rest>[^\s\-−－–].*?)\s*$")
_SPACE_GROUPED = lazy_re(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?")


def _minus_before(text: str) -> str | None:
    """``-1 480`` → ``1 480``, ``-R20 886,00`` → ``R20 886,00``; None for any other text."""
    m = _MINUS_BEFORE.match(text)
    if m is None or not (_SPACE_GROUPED.fullmatch(m["rest"]) or signed_figure(m["rest"]) is not None):
        return None
    return m["rest"]


_HASHES = lazy_re(r"\s*#{2,}\s*")  # a spreadsheet's figure or date too wide for its column


# two document numbers written in one box: KS-2611-003/004, KS-2611-003、KS-2611-004, 003~005
_NUMBERS_JOINED = lazy_re(
    r"^\s*(?P<first>[^/、,，;；~～]+?)\s*(?:/|、|,|，|;|；|~|～|至|&)\s*(?P<second>[^/、,，;；~～]+?)\s*$"
)
_NUMBER_SHAPE = lazy_re(r"^(?P<head>[A-Za-z]{0,6}[-_.#]?(?:\d+[-_.])*)(?P<tail>\d{2,})$")


def _shape(text: str) -> str:
    return re.sub(r"[A-Za-z]", "A", re.sub(r"\d", "9", text))


def two_numbers(value: Any) -> tuple[str, str] | None:
    """Two document numbers written in one box (``KS-2611-003/004``, ``KS-2611-003、KS-2611-004``,
    ``KS-2611-003~005``): the first and the second written out; None for one number. The first
    is a number with a separator before its serial (a bare ``2026/001`` is a customer's own
    number); the second is its serial alone, as wide, after a first of two figures at least
    (``KS-2611-003/004``; ``SG-2611/0307`` may be one), or a number of the same shape
    (``/KS-2611-004``) — a customer's number with slashes (``CCF/SG/26/0307``) is none of these."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    m = _NUMBERS_JOINED.match(halfwidth(value))
    if m is None:
        return None
    first, second = m["first"], m["second"]
    shape = _NUMBER_SHAPE.match(first)
    if shape is None or not shape["head"] or not re.search(r"[-_.#]|[A-Za-z]", shape["head"]):
        return None
    if (
        second.isdigit()
        and len(second) == len(shape["tail"])
        and second != shape["tail"]
        and re.search(r"\d", shape["head"])  # KS-2611-003/004; SG-2611/0307 may be one number
    ):
        return first, shape["head"] + second
    if second != first and _shape(second) == _shape(first) and _NUMBER_SHAPE.match(second):
        return first, second
    return None


def number_field(meta: FieldMeta | None, path: str) -> bool:
    """A field holding one document's number: the form's own, a complaint's, an invoice's, an
    order's (a lot or a part number may name several)."""
    name = path.rpartition(".")[2]
    return (
        meta is not None
        and meta.kind == "code"
        and (name == "number" or name.endswith(("_number", "invoice_no", "order_no")))
    )


def not_printed(value: Any) -> bool:
    """``###``: a spreadsheet prints a figure or date too wide for its column as hashes — the
    value is not on the page (the one test of it: the reader, the layout profiles)."""
    return isinstance(value, str) and _HASHES.fullmatch(value) is not None


# a form whose figures are a reduction by definition: a credit, an allowance, a return
_CREDIT_TITLE = lazy_re(
    r"(?i)(折让|折讓|红字|紅字|贷项|貸項|退货|退貨|退回|credit|debit|allowance|return|rma)"
)


@lru_cache(maxsize=64)  # per form, asked of every value (issue 15)
def credit_form(spec: FormSpec) -> bool:
    """Does the form's own title say its figures are a credit (折让, 红字, 退货, Credit memo)?"""
    return any(_CREDIT_TITLE.search(t) for t in spec.titles)


def credit_magnitude(meta: FieldMeta | None, value: Any) -> Any:
    """A quantity or amount written negative (``-3,600.00``, ``(1,200.00)``, ``△1,200``) on a
    credit form: the figure itself, the sign being the form's way of saying "credit" (a red-letter
    VAT form, an ERP's return note). None when the value is not such a figure."""
    if meta is None or meta.kind not in ("qty", "money"):
        return None
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return -value if value < 0 else None
    return negative_figure(value)


def _styled(box: Any) -> tuple[bool, bool]:
    return (bool(box.bold), bool(box.filled))


def label_like_value(
    value: Any, meta: FieldMeta | None, places: Sequence[Any], label_box: Any, plain_values: bool
) -> bool:
    """A text value that is a caption, or sits in a cell styled like its label (bold or
    shaded) on a page whose other values are plain."""
    if not isinstance(value, str) or meta is None or meta.kind not in _TEXTUAL:
        return False
    if reads_as_label(value) or sign_off_title(value):
        return True
    if label_box is None or not places or not plain_values or not any(_styled(label_box)):
        return False
    text = value.strip()
    if len(text) > _BOLD_CAPTION_MAX or re.search(r"\d", text):
        return False
    return all(b.location != label_box.location and _styled(b) == _styled(label_box) for b in places)


# ---------------------------------------------------------------------------------- instructions
_INSTRUCTION_HEADING = lazy_re(
    r"(?i)(how\s*to\s*f\s*ill|instructions?\b|guidance|填写说明|填表说明|使用说明|填写须知|填表须知|说明事项)"
)
_A_COLON = lazy_re(r"[:：]")
_INSTRUCTION_TEXT = lazy_re(
    r"(?i)(\be\.\s?g\.|\bi\.\s?e\.|for example|例如|举例|比如|例[:：]|格式为|格式[:：]|\bformat[:：])"
)


def _explains(text: str) -> bool:
    """A line of instructions: it gives an example, or explains a label at sentence length
    (``Customer: the customer's legal name``, ``Prepared by: name of the QA engineer``)."""
    line = folded(halfwidth(text)).strip()
    if _INSTRUCTION_TEXT.search(line):
        return True
    m = re.search(r"[:：]", line)
    if m is None:
        return False
    rest = line[m.end() :]
    sentence = len(line.split()) >= 5 or len(re.findall(r"[\u4e00-\u9fff]", rest)) >= 10
    return 0 < m.start() <= 30 and len(rest.strip()) >= 10 and sentence


def _cells(boxes: Sequence[Any]) -> list[list[Any]]:
    """The boxes grouped back into the printed texts they were cut from: the pieces of one
    ``Label: value`` cell touch each other on one line (see :func:`.anchor.explode`)."""
    rows: dict[tuple[str, float, float], list[Any]] = {}
    for b in boxes:
        rows.setdefault((page_of(b.location), b.y0, b.y1), []).append(b)
    out: list[list[Any]] = []
    for row in rows.values():
        row.sort(key=lambda b: b.x0)
        chain = [row[0]]
        for b in row[1:]:
            if abs(b.x0 - chain[-1].x1) < 1e-6:
                chain.append(b)
            else:
                out.append(chain)
                chain = [b]
        out.append(chain)
    return out


def _text(cell: Sequence[Any]) -> str:
    return folded(halfwidth(_joined(cell, " "))).strip()


def _joined(boxes: Sequence[Any], between: str) -> str:
    return between.join(b.text for b in boxes)


def _row_text(row: Sequence[Any]) -> str:
    """A row's texts joined left to right, as :func:`instruction_boxes` reads a heading in pieces."""
    return halfwidth(_joined(sorted(row, key=lambda b: b.x0), ""))


def instruction_boxes(boxes: Sequence[Any]) -> set[int]:
    """``id()`` of the boxes that explain the form rather than fill it: a line explaining a
    label with an example (``Customer: the legal name, e.g. …``, ``(例如 …)``), and the block
    under a heading such as ``How to fill in this form`` / ``填写说明`` when most of its lines
    explain (a button "8D Instructions" over a form is no such block)."""
    out: set[int] = set()
    texts = [b for b in boxes if isinstance(b.value, str) and b.value.strip()]
    cells = _cells(texts)
    # each cell's text and each row's, folded at once (issue 15: one OpenCC call, not one each)
    rows: dict[tuple[str, int], list[Any]] = {}
    for b in texts:
        rows.setdefault((page_of(b.location), round(b.y0)), []).append(b)
    fold_ahead(
        [halfwidth(_joined(cell, " ")) for cell in cells]
        + [_row_text(r) for r in rows.values() if len(r) >= 2]
    )
    headings = []
    for cell in cells:
        line = _text(cell)
        # (the cheap tests first: most cells are too long for a heading, or have no colon near
        # their start, and need no pattern searched over them, issue 15)
        if len(line) <= 60 and _INSTRUCTION_HEADING.search(line):
            headings.append(cell[0])
        colon = _A_COLON.search(line)
        if ((colon and colon.start() <= 30) or line[:1] in "(（") and _INSTRUCTION_TEXT.search(line):
            out.update(id(b) for b in cell)
    # a heading printed in pieces ("How to f" + "ill in this form"): the row's text joined
    for row in rows.values():
        if len(row) < 2:
            continue  # (a row of one box was looked at as a cell above)
        joined = folded(_row_text(row))
        if len(joined) <= 60 and _INSTRUCTION_HEADING.search("".join(joined.split())):
            headings.append(min(row, key=lambda b: b.x0))
    for h in headings:
        page = page_of(h.location)
        block = [c for c in cells if h not in c and page_of(c[0].location) == page and c[0].y0 >= h.y1 - 1e-6]
        explaining = [c for c in block if _explains(_text(c))]
        if block and len(explaining) >= 0.6 * len(block):
            out.add(id(h))
            out.update(id(b) for c in block for b in c)
    return out


def instructions_first(texts: Iterable[Any]) -> bool:
    """A sheet or page that opens with a heading such as ``How to fill in the Global 8D`` /
    ``填写说明``: the form's instructions (labels with example answers), not a copy of the form.
    Only its first text counts: a button "8D Instructions" further down a form is no such page."""
    for text in texts:
        if not isinstance(text, str) or not text.strip():
            continue
        line = folded(halfwidth(text)).strip()
        return len(line) <= 60 and bool(_INSTRUCTION_HEADING.search(re.sub(r"\s+", " ", line)))
    return False


# a sheet or page carrying the rest of a form: 續頁, 库存排查（接上页）, Continued, (cont'd)
# (…證明單（續）: the title repeated on the next page with 續 in brackets, 续表 a table's rest)
_CONTINUED = lazy_re(
    r"(?i)(續頁|续页|接上頁|接上页|續上頁|续上页|continued|continuation|\(cont(?:'d|\.)\)"
    r"|[(（]\s*[續续][表頁页]?\s*[)）])"
)


def continues_form(text: str) -> bool:
    """Does a sheet's name or a page's first line say it carries the rest of the form?"""
    return bool(_CONTINUED.search(text[:60]))


# ---------------------------------------------------------------------------------- names with more
_PHONE = lazy_re(
    r"(?i)[\s,，;；/]*(?:(?:分机|分機|转|轉|(?<![a-z])(?:ext\.?|x(?=\s*\d)|tel\.?|phone|mobile|mob\.?)|电话|電話|手机|手機|☎)"
    r"\s*[:：#.]?\s*[\d\-\s()+]{2,}"
    r"|\(?\+?\d{0,3}\)?\s*\(\d{2,4}\)\s*\d{3,4}[-\s]?\d{3,4}"
    r"|\+\d{1,3}[\d\s\-]{7,}"
    r"|(?<!\d)0\d{2,3}-\d{7,8}(?!\d)"
    r"|(?<!\d)1[3-9]\d{9}(?!\d)"
    r"|(?<!\d)1[3-9]\d[-\s]\d{4}[-\s]\d{4}(?!\d)"
    r"|(?<!\d)\d{3}-\d{3}-\d{4}(?!\d))"
    r"(?:\s*(?:分机|分機|转|轉|(?<![a-z])ext\.?|(?<![a-z])x)\s*\d{1,6})?\s*$"
)
_ROLE_WORDS = (
    "组长", "组员", "成员", "主管", "经理", "课长", "科长", "部长", "倡导者", "队长", "负责人",
    "leader", "tl", "member", "champion", "sponsor", "engineer", "manager", "qa", "qc", "pm",
    # job titles and departments written after a name: ``M. Brandt (SQE)``, ``林怡君（製造）``
    "sqe", "sqa", "qe", "pe", "me", "te", "ie", "mgr", "director", "supervisor", "inspector",
    "coordinator", "specialist", "lead", "head", "officer", "gm", "vp", "cs",
    "品保", "品管", "品质", "质量", "质检", "工程", "生产", "制造", "技术", "采购", "业务", "销售",
    "仓库", "研发", "财务", "物流", "课", "部",
    # departments written in English after a name: ``M. Keller (Finance)``, ``Olivia Chen (Production)``
    "finance", "accounting", "quality", "production", "manufacturing", "engineering", "sales",
    "purchasing", "procurement", "logistics", "warehouse", "maintenance", "r&d",
    # job titles ending a longer role in English: ``N. Brennan (Financial Controller)``
    "controller", "buyer", "planner", "accountant", "clerk", "auditor", "analyst", "technician", "assistant",
    "administrator", "representative", "assurance",
)  # fmt: skip
# a role in English after a name is a phrase whose last word says the job or the department
# (``A. Hargreaves (Supplier Quality)``, ``Financial Controller``, ``Senior Buyer``): the words before
# it letters only, at most three of them
_ROLE_PHRASE = lazy_re(r"(?:[A-Za-z][A-Za-z&.\-]*\s+){1,3}[A-Za-z][A-Za-z&]*")
# ``S. Mitchell, Customer Service Mgr``: a comma, then a job title
_TITLE_TAIL = lazy_re(r"\s*[,，]\s*([A-Za-z][A-Za-z .&/\-]{1,40}|[\u4e00-\u9fff]{2,10})\s*$")
_TITLE_WORDS = lazy_re(
    r"(?i)\b(mgr|manager|director|supervisor|engineer|eng|sqe|sqa|qe|head|lead|officer|coordinator|"
    r"specialist|inspector|president|vp|gm|ceo|rep|representative)\b\.?|(经理|主管|工程师|课长|科长|部长|厂长|专员|总监)"
)
_ROLE = lazy_re(r"\s*[(（\[【]\s*([^()（）\[\]【】\d]{1,20})\s*[)）\]】]\s*$")
# a person's staff number in brackets after the name, as a service network's system prints its
# engineers (``刘建军（工号 036-12）``, ``Dean Kowalski (Tech ID 2231)``, ``陳志明 (員工編號 A1023)``): the
# word that says it is the person's number, then the number
_STAFF_NUMBER = lazy_re(
    r"(?i)\s*[(（\[【]\s*((?:工号|工號|员工号|員工號|员工编号|員工編號|职工号|職工號|编号|編號|staff\s*(?:no\.?|id)"
    r"|emp(?:loyee)?\.?\s*(?:no\.?|id)|tech(?:nician)?\.?\s*(?:no\.?|id)|id)\s*[:：#.]?\s*[A-Za-z0-9][\w\-/.]{0,15})"
    r"\s*[)）\]】]\s*$"
)
# the day a signature was signed, written after the name in its cell (a ``签名/日期`` box): a
# month and day without the year after a Chinese name, with a slash or 月…日 (``邵建军 3/13``,
# ``3月13日``: ``王芳 12.5``, ``Müller 4-5``, ``Room 5/6`` are a figure, a range, a room); a whole
# date is :func:`kesu_docs.values._as_date`'s (``孙丽  2026.3.12``, ``J. Okafor 12 Mar 2026``)
_DAY_SIGNED = lazy_re(
    r"(?:0?[1-9]|1[0-2])\s*(?:/\s*(?:0?[1-9]|[12]\d|3[01])|月\s*(?:0?[1-9]|[12]\d|3[01])\s*日)"
)
# a Chinese person's name: two to four characters (a signature beside its day; a named person, :func:`a_named_person`)
_NAME_ZH = lazy_re(r"[\u4e00-\u9fff]{2,4}")
_NAME_THEN_DAY = lazy_re(r"([\u4e00-\u9fff]{2,4})(\d{2,4}[./\-年]\d{1,2}[./\-月]\d{1,2}日?)")
# a department (…课, …部, …科, QA, 品保), in simplified script (the text is folded first)
_DEPT = r"[\u4e00-\u9fff]{1,6}(?:部门|课|科|部|组|室|处|中心|厂)|品保|品管|质保|QA|QC"
# a department and a space before a Chinese name of two to four characters
_DEPT_FIRST = lazy_re(rf"^(\s*(?:{_DEPT})\s+)[\u4e00-\u9fff]{{2,4}}\s*$")
# a Chinese job title: 品保经理, 质量总监, 组长 (folded)
_TITLE_ZH = lazy_re(r"[\u4e00-\u9fff]{0,6}(?:经理|主管|工程师|课长|科长|部长|厂长|专员|总监|组长|组员)")
# ``王强/品保部``, ``周立新/质量总监``, ``陳志明/品保課(組長)``, ``Li Ming / QA``: a name, a slash, what
# the signer does (and the department first: ``品保部/王强``)
# (a middle dot joins them as a slash does: 品質保証部・吉田健一)
_SLASHED = lazy_re(r"^\s*([^/／・･\d\n]{1,30}?)\s*[/／・･]\s*([^/／・･\d\n]{1,24}?)\s*$")
_BRACKET_TAIL = lazy_re(r"^(.*?)\s*[(（\[【]\s*([^()（）\[\]【】]{1,20})\s*[)）\]】]\s*$")


def unit_parts(text: str) -> list[str]:
    """``品保部(组长)`` → [``品保部``, ``组长``]: a department and the role in brackets after it."""
    m = _BRACKET_TAIL.match(text.strip())
    parts = [m.group(1), m.group(2)] if m else [text]
    return [p.strip() for p in parts if p.strip()]


# what a short department's name is made of (品保部, 模具课, 生管组): a short word ending in 部 / 科 /
# 中心 is as often a person's name (王立科, 陈中心), so up to four letters it needs one of these
_DEPT_STEMS = lazy_re(
    r"品保|品管|品质|品證|品证|质量|質量|质检|质保|检验|檢驗|工程|生产|生管|制造|製造|技术|研发|采购|资材|业务|"
    r"营业|销售|财务|会计|物流|物控|计划|模具|注塑|冲压|装配|组装|包装|设备|设计|开发|人事|行政|总务|管理|"
    r"客服|服务|售后|稽核|实验|试验|测试|安全|环安|质管|工务|生技|厂务|企划|市场|出货|进料|制程|成品|仓储|仓"
)
# a title after one letter that names no rank (张经理, 王工程师: a surname and a title, so a person)
_TITLE_RANKS = "总副正代主首大小"


def _unit_word(word: str) -> bool:
    low = folded(halfwidth(word)).strip().lower()
    # (three characters at least for a department's shape: 王科 may be a name, 品保部 is not;
    # up to four, a department's word in it: 王立科 and 陈中心 are names)
    if len(low) >= 3 and re.fullmatch(_DEPT, low, flags=re.IGNORECASE):
        if len(low) >= 5 or not re.fullmatch(r"[\u4e00-\u9fff]+", low) or _DEPT_STEMS.search(low[:-1]):
            return True
    title = _TITLE_ZH.fullmatch(low)
    if title and not (len(low) - len(_title_end(low)) == 1 and low[0] not in _TITLE_RANKS):
        return True
    words = [w for w in re.split(r"[\s/,，、&]+", low) if w]
    return bool(words) and all(w in _ROLE_WORDS or _TITLE_WORDS.fullmatch(w) for w in words)


def _known_word(spec: FormSpec) -> Callable[[str], bool]:
    """What is no system's key before a name on this form: a role's or a department's word
    (``ENG (Eric Ng)``, ``MGR (…)``, ``QA (…)``) or a label its vocabulary knows."""
    vocab = vocabulary(spec)
    return lambda word: _unit_word(word) or vocab.may_name(word)


# departments named in English (a team row's "Quality" is the quality department, not a person)
_EN_DEPARTMENTS = frozenset(
    (
        "quality", "quality assurance", "quality control", "qa", "qc", "production", "manufacturing",
        "engineering", "sales", "purchasing", "procurement", "logistics", "warehouse", "maintenance",
        "finance", "accounting", "r&d", "planning", "customer service", "process engineering", "tooling",
        "supply chain", "hr", "human resources", "it",
    )
)  # fmt: skip


def department_alone(text: Any) -> bool:
    """A department and nothing else (``Quality``, ``Production``, ``品保部``): never a person."""
    if not isinstance(text, str):
        return False
    low = " ".join(folded(halfwidth(text)).lower().split())
    if low in _EN_DEPARTMENTS:
        return True
    return len(low) >= 3 and bool(re.fullmatch(_DEPT, low, flags=re.IGNORECASE)) and _unit_word(low)


def _title_end(text: str) -> str:
    """The title a Chinese job title ends in (品保经理 → 经理)."""
    m = re.search(r"(?:经理|主管|工程师|课长|科长|部长|厂长|专员|总监|组长|组员)$", text)
    return m.group(0) if m else ""


def unit_word(text: str) -> bool:
    """Is ``text`` what a signer does, written after (or before) the name: a department by its
    shape (品保部, 製造課) or a function or title the reader knows (QA, Finance, 质量总监,
    Quality Manager), with a role in brackets after it (``品保部(组长)``)? Never a name."""
    parts = unit_parts(text)
    return bool(parts) and len(parts) <= 2 and all(_unit_word(p) for p in parts)


def name_alone(text: str) -> bool:
    """A person's name and nothing else: two to four Chinese characters, or up to four Latin
    words (``M. Keller``); never a department or function itself."""
    name = folded(halfwidth(text)).strip()
    if not name or unit_word(name):
        return False
    if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name):
        return True
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z.'\-]*(?:\s+[A-Za-z][A-Za-z.'\-]*){0,3}", name))


def name_and_unit_slashed(text: str) -> tuple[str, str] | None:
    """``王强/品保部`` → (``王强``, ``品保部``); ``品保部/王强`` the same; None unless one side is a
    name alone and the other what the person does (:func:`unit_word`)."""
    m = _SLASHED.match(text)
    if m is None:
        return None
    first, second = m.group(1).strip(), m.group(2).strip()
    if name_alone(first) and unit_word(second):
        return first, second
    if unit_word(first) and name_alone(second):
        return second, first
    return None


# a Chinese name with Latin letters in brackets after it: its romanisation, as a bilingual office
# writes names for its foreign staff (``蔡丽娟（Cai Lijuan）``, ``呂冠廷（Lü Guanting）``), or the
# person's department or role (``张伟(Quality)``, ``李娜（QA Manager）``)
_NAME_ROMANISED = lazy_re(
    r"([\u4e00-\u9fff]{2,4})\s*[(（]\s*([A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*"
    r"(?:[ ·-][A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f'’-]*){0,3})\s*[)）]"
)


@memo
@lru_cache(maxsize=4096)
def _readings(char: str) -> frozenset[str]:
    """A character's readings in pinyin without tones (pypinyin's, ``ü`` as ``v`` and ``u``)."""
    from pypinyin import Style, pinyin

    said = {r.lower() for r in pinyin(char, style=Style.NORMAL, heteronym=True)[0]}
    return frozenset(said | {r.replace("v", "u") for r in said})


def pinyin_of(name: str, latin: str) -> bool:
    """Is ``latin`` a Chinese ``name`` in pinyin — each character's syllable one of its readings
    (pypinyin's), the surname first or last (``Cai Lijuan`` for 蔡丽娟, ``Qiang Wang`` for 王强,
    ``Lü Guanting``; the tone marks and the spaces, hyphens and apostrophes between syllables
    free, the given name written joined or not)? ``Quality``, ``QA Manager``, ``Lin Ma`` for
    张伟, ``Wei`` or ``Sean`` are not."""
    letters = "".join(
        c for c in unicodedata.normalize("NFD", latin.lower().replace("ü", "v")) if "a" <= c <= "z"
    )

    def spelt(chars: str) -> bool:
        @cache
        def parts(at: int, k: int) -> bool:  # letters[at:] as the readings of chars[k:]
            if k == len(chars):
                return at == len(letters)
            return any(letters.startswith(r, at) and parts(at + len(r), k + 1) for r in _readings(chars[k]))

        return parts(0, 0)

    return bool(letters) and (spelt(name) or spelt(name[1:] + name[:1]))


class NameSplit(NamedTuple):
    """A person's cell parted by :func:`split_name`: the name, and what was written with it."""

    name: str
    extra: str

    @property
    def romanised(self) -> bool:
        """Is the rest the name again in pinyin (``蔡丽娟（Cai Lijuan）``): nothing to move into the
        row, unlike a role or a department (``张伟(Quality)``)?"""
        return pinyin_of(self.name, self.extra)


# a seal's imprint typed or printed beside a name: 山本㊞ (U+329E, the circled 印 of a Japanese stamp
# box), ㊞ 田中, 佐藤（印）
_SEAL_MARK = r"(?:㊞|[(（]印[)）])"
_IN_SEAL = lazy_re(
    rf"^\s*{_SEAL_MARK}\s*(?P<after>[^㊞\n]+?)\s*$|^\s*(?P<before>[^㊞\n]+?)\s*{_SEAL_MARK}\s*$"
)


def name_in_seal(text: str) -> str | None:
    """The name a seal box holds (``山本㊞``, ``㊞ 田中``, ``佐藤（印）`` → ``山本``, ``田中``, ``佐藤``): the text is one
    name and the seal's mark; None for anything else (a mark alone, a sentence, a company's seal)."""
    m = _IN_SEAL.match(text)
    if m is None:
        return None
    name = (m["after"] or m["before"] or "").strip()
    return name if name and a_person(name) else None


def split_name(text: str) -> NameSplit | None:
    """``陈美玲 分机 215`` → (``陈美玲``, ``分机 215``); ``张伟(组长)`` → (``张伟``, ``组长``);
    ``蔡丽娟（Cai Lijuan）`` → (``蔡丽娟``, ``Cai Lijuan``), its :attr:`NameSplit.romanised`;
    None when the text is a name alone (or nothing would be left of it)."""
    if not isinstance(text, str):
        return None
    raw = text.strip()
    if "\n" in raw:  # "陈怡君\n115.11.04": a name signed with the day under it, nothing else over lines
        signed = _signed_on(raw)
        return NameSplit(*signed) if signed is not None else None
    latin = _NAME_ROMANISED.fullmatch(raw)  # "蔡丽娟（Cai Lijuan）", "张伟(Quality)"
    if latin is not None and pinyin_of(latin[1], latin[2]):
        return NameSplit(latin[1], latin[2])  # the name and its pinyin
    staff = _STAFF_NUMBER.search(raw)
    if staff is not None and staff.start() > 0:  # "刘建军（工号 036-12）": the name, then the person's number
        name = raw[: staff.start()].strip()
        if name_alone(name):
            return NameSplit(name, staff.group(1).strip())
    m = _PHONE.search(raw)
    if m and m.start() > 0:
        name = raw[: m.start()].strip(" ,，;；/-")
        if name and not re.search(r"\d", name):
            phone = raw[m.start() :].strip(" ,，;；/")
            more = split_name(name)  # "Xu Ping / Sales Engineer / +509 …": the title before the phone too
            return NameSplit(more[0], f"{more[1]} / {phone}") if more is not None else NameSplit(name, phone)
    if (signed := _signed_on(raw)) is not None:  # "孙丽  2026.3.12": the name, then the day signed
        return NameSplit(*signed)
    m = _DEPT_FIRST.match(folded(raw))
    if m:  # "品保課 林志豪": the signer's department before the name
        cut = len(m.group(1))
        return NameSplit(raw[cut:].strip(), raw[:cut].strip())
    slashed = name_and_unit_slashed(raw)
    if slashed is not None:  # "王强/品保部", "周立新/质量总监": the name, then what the signer does
        return NameSplit(*slashed)
    m = _ROLE.search(raw)
    if m and m.start() > 0:
        role = m.group(1).strip()
        words = [w for w in re.split(r"[\s/,，、]+", folded(role).lower()) if w]
        name = raw[: m.start()].strip()
        if name and words and all(w in _ROLE_WORDS for w in words) and not re.search(r"\d", name):
            return NameSplit(name, role)
        if words and words[-1] in _ROLE_WORDS and _ROLE_PHRASE.fullmatch(role) and name_alone(name):
            return NameSplit(name, role)  # "A. Hargreaves (Supplier Quality)": the phrase's last word its job
        if re.fullmatch(r"[\u4e00-\u9fff]{2,4}", name) and re.fullmatch(r"[\u4e00-\u9fff]{1,6}", role):
            return NameSplit(
                name, role
            )  # "李娜(品质)": a Chinese name with its department (or role) in brackets
    if latin is not None:  # "张伟(Production Planning)": Latin words, no pinyin of the name: its department
        return NameSplit(latin[1], latin[2])
    m = _TITLE_TAIL.search(raw)
    if m and m.start() > 0 and _TITLE_WORDS.search(folded(m.group(1))):
        name = raw[: m.start()].strip()
        if name and not re.search(r"\d", name) and len(name.split()) <= 4:
            return NameSplit(name, m.group(1).strip())
    return None


# a name in Latin letters (two to four capitalised words) with a place in brackets after it, numbered
# (``Tan Wei Ling (Returns bay 4)``, ``Jan Novak (Gate 2)``); the Chinese of the name in brackets (``Tan Wei
# Ming (陈伟明)``) is the name's own, so is who the person is (``Zhou Min (customer IQC)``)
_LATIN_NAME_NOTE = lazy_re(
    r"([A-Z][A-Za-z\u00c0-\u024f'’\-]+(?:\s+[A-Z][A-Za-z\u00c0-\u024f'’\-]+){1,3})\s*[(（]\s*"
    r"([A-Za-z][A-Za-z0-9 .,&/'’\-]{1,38}?)\s*[)）]"
)


def name_with_note(text: Any) -> NameSplit | None:
    """``Tan Wei Ling (Returns bay 4)`` → (``Tan Wei Ling``, ``Returns bay 4``): a person's name in Latin
    letters with a numbered place in brackets after it (no second name, no role: ``Tan Wei Ming (陈伟明)``,
    ``Li Na (Lina)``, ``Zhou Min (customer IQC)`` stay whole). None else."""
    if not isinstance(text, str):
        return None
    m = _LATIN_NAME_NOTE.fullmatch(text.strip())
    if m is None:
        return None
    if not re.search(r"\d", m[2]):
        return None  # (a second name, a title, who the person is: Zhou Min (customer IQC) is one whole)
    return NameSplit(m[1], m[2].strip())


# what may stand between a field's own label typed before its value and the value (``PO 4711-…``,
# ``Lot: 2610-07``, ``No.ZR-2609-003``, ``批号 B2611``)
_LABEL_GAP = lazy_re(r"[\s:：#№.]+")


def label_word_before(
    meta: FieldMeta | None, label: str, value: Any, *, tagged: bool = False
) -> tuple[str, str] | None:
    """A code typed after one of the field's own labels or abbreviations (issue 10, silent48): ``PO
    4711-2026-0832`` under Purchase order is the order ``4711-2026-0832``: the word and the code after it,
    when a space, a colon, a point or ``#`` parts them (``PO26-4410``, ``LOT-2611-A``: the code's own
    letters) or the word is Chinese (``批号B2611``), and what follows is one code with a digit. A word the
    printed ``label`` shows itself (``Customer PO No.`` over ``PO 81344-2``, ``P.O. No.`` over ``PO 770412``,
    ``SERIAL/LOT/BATCH NUMBER`` over ``LOT 2608A``) is the number as the clerk's system writes it, kept —
    unless the value is one ``tagged`` part of several (``LS 26-11873 / lot 2610-07`` under ``Delivery note /
    lot``: the tag names the part, no part of the lot). None else."""
    if meta is None or meta.kind != "code" or not isinstance(value, str):
        return None
    text = halfwidth(value).strip()
    shown = _label_tokens(label)
    for word in sorted({halfwidth(w).strip().rstrip(":：") for w in meta.labels}, key=len, reverse=True):
        if not word or not text.lower().startswith(word.lower()) or len(text) <= len(word):
            continue
        if not tagged and not _abbreviates(word, label, shown):
            continue  # (the label prints the word, or another: the clerk's number as written, PO 81344-2)
        rest = text[len(word) :]
        gap = _LABEL_GAP.match(rest)
        if gap is None and not (re.search(r"[\u4e00-\u9fff.]$", word)):
            continue  # (a code's letters spelling a label: PO26-4410)
        rest = rest[gap.end() :] if gap is not None else rest
        if rest and reads_as_code(rest) and re.match(r"[A-Za-z0-9]", rest):
            return text[: len(text) - len(rest)].strip(), rest
    return None


_CJK_CHAR = lazy_re(r"[\u3400-\u9fff]")


def _abbreviates(word: str, label: str, shown: set[str]) -> bool:
    """Is ``word`` the printed ``label``'s abbreviation, not printed in it: its words' initials (``PO`` of
    ``Purchase order``, ``P.O.`` too) or one word cut short with a point (``Inv.`` of ``Invoice``)?"""
    tokens = _label_tokens(word)
    if _CJK_CHAR.search(word) or not tokens or tokens <= shown:
        return False
    words = re.findall(r"[a-z]+", halfwidth(label or "").lower())
    flat = "".join(sorted(tokens)) if len(tokens) == 1 else ""
    initials = "".join(w[0] for w in words)
    if flat and len(words) >= 2 and len(flat) >= 2 and flat in (initials, initials[:2]):
        return True
    cut = word.strip().lower()
    return cut.endswith(".") and any(w.startswith(cut[:-1]) and len(w) > len(cut) for w in words)


def _label_tokens(text: str) -> set[str]:
    """A label's Latin words and figures, lower-case, its points dropped (``P.O. No.`` → po, no)."""
    return set(re.findall(r"[a-z0-9]+", halfwidth(text or "").lower().replace(".", "")))


def _signed_on(raw: str) -> tuple[str, str] | None:
    """``孙丽  2026.3.12`` → (``孙丽``, ``2026.3.12``), ``邵建军 3/13`` → (``邵建军``, ``3/13``): a
    name without figures, then (after a space, comma or slash) the date it was signed on."""
    for m in re.finditer(r"[\s,，;；/]+", raw):
        name, day = raw[: m.start()].strip(), raw[m.end() :].strip()
        if not name or not day or re.search(r"\d", name):
            continue
        if _as_date(day) is not None or (_NAME_ZH.fullmatch(name) and _DAY_SIGNED.fullmatch(halfwidth(day))):
            return name, day
    glued = _NAME_THEN_DAY.fullmatch(raw)  # "王建国2026.11.03": a print joined the name and the day signed
    if glued is not None and _as_date(glued[2]) is not None:
        return glued[1], glued[2]
    return None


_PRINTED_MARKS = ("⊗", "ⓧ", "Ⓧ", "⊕")

# ---------------------------------------------------------------------------------- not a name
_SENTENCE_END = lazy_re(r"[.。!！?？]\s*$")


# a Chinese word ending in a place's name: 成品仓, 原料库, A 区, 二车间, 3 号线
_PLACE = lazy_re(
    r"^[\w\u4e00-\u9fff]*[\u4e00-\u9fff\d](?:仓|库|倉|庫|区|區|库区|庫區|车间|車間|仓库|倉庫|号线|號線)$"
)


def a_place(value: str) -> bool:
    """Does a person's field hold a place (``成品仓`` beside a bare ``仓库`` in a sign-off row:
    the store the goods went to, not the one who signed for them)? Three letters or more."""
    text = folded(halfwidth(value)).replace(" ", "")
    return len(text) >= 3 and bool(_PLACE.match(text))  # (a two-letter 李仓 may be a name)


# a mask: two asterisks together (张**, 138****5678), one asterisk between four figures each side
# (7712*8845; a size 10*20 is none), or a run of three X/x/＊/●/•/# inside figures (5530XXXXXXXX8812,
# 139XXXX0071, 5830#####9902) or an ellipsis between them (5830…9902), as mainland exports, 12315 and
# hotline records print a hidden phone, order or ID number (a code's XX-100 is none)
_MASK = lazy_re(
    r"[*＊]{2,}|(?<=\d{4})[*＊](?=\d{4})|(?<=\d)[Xx＊●•#]{3,}(?=\d)|(?<=\d)\s*(?:…|⋯|\.{3,})\s*(?=\d)"
)
# a person's name masked or made anonymous: a Chinese name of two to four characters with one of them
# an asterisk (张*, 李*明, *明, 欧阳*: platforms and 12315 transfers print a buyer so), or a surname with
# 某 / 某某 / XX for the given name (张某某, 王某, 张XX: a clerk's or a regulator's anonymous consumer)
_MASKED_NAME = lazy_re(
    r"^(?=.{2,4}$)[\u4e00-\u9fff]*[*＊][\u4e00-\u9fff]*$|^[\u4e00-\u9fff]{1,2}(?:某{1,2}|[Xx×]{2})$"
)


def masked(meta: FieldMeta | None, value: Any) -> bool:
    """Is a short text or code partly hidden by asterisks, as e-commerce platforms, call centres and
    12315 transfers print a buyer's name, phone or order (``张**``, ``138****5678``, ``4219********3321``,
    ``t***8``, ``5530XXXXXXXX8812``, ``7712*8845``)? Two mask characters together, or a run of X
    inside figures, or one asterisk between figures; a long text (a description quoting ``**``) is no mask.
    A short Chinese name with one asterisk (``张*``, ``李*明``) or with 某 / XX for its given name
    (``张某某``, ``张XX``) is hidden too."""
    return (
        meta is not None
        and meta.kind in _TEXTUAL
        and isinstance(value, str)
        and len(value) <= 40
        and (bool(_MASK.search(value)) or bool(_MASKED_NAME.match(value.strip())))
    )


def not_a_name(value: Any) -> bool:
    """A person's field holding a sentence (a footnote under a signature line): six words or
    more, or a sentence's end after four; in Chinese, a clause with its punctuation; or the
    caption of a stamp box (``審查`` beside ``承認``: see :func:`sign_off_caption`)."""
    if not isinstance(value, str):
        return False
    text = " ".join(value.split())
    if sign_off_caption(text):
        return True
    words = re.findall(r"[A-Za-z]+", text)
    if len(words) >= 6 or (len(words) >= 4 and _SENTENCE_END.search(text)):
        return True
    han = re.findall(r"[\u4e00-\u9fff]", text)
    return len(han) >= 10 and bool(re.search(r"[，。；！？,;]", text))


# ----------------------------------------------------------------- a list of people in one cell
# the separators of the people listed in one cell: 、 ; ； | , ， and a line break (a comma between
# figures is not one: "1,250"; one outside brackets only: "Liang Hui (Leader, Quality)" is one).
# A "/" is not one: "张伟/品质部" is a name and what the person does (:func:`split_name`).
_OUTSIDE_BRACKETS = r"(?![^()（）]*[)）])"
# (the Japanese middle dot ・ between kanji names parts people, 吉田健一・周敏; inside a katakana
# name, ジョン・スミス, and the Chinese · of 阿依古丽·买买提, it is one name's)
_PEOPLE_SEPARATORS = lazy_re(
    rf"\s*(?:[、;；|｜\n]|(?<!\d)[,，]|[,，](?!\d)|(?<=[\u4e00-\u9fff])[・･](?=[\u4e00-\u9fff])){_OUTSIDE_BRACKETS}\s*"
)
# a trade or a site, never a person: 工厂, 商行, Trading, Motor, and the industrial cities
# a supplier's or a customer's plant is named after ("Bosch Suzhou")
# (and a company's legal form anywhere: :data:`.persons.COMPANY_WORD`)
_NOT_A_PERSON = lazy_re(
    r"(?i)(工厂|工廠|商行|(?<=[\u4e00-\u9fff])[厂廠]\s*$|\b("
    r"trading|traders|enterprises?|hardware|stores?|mart|motors?|group|"
    r"automotive|industries|industry|industrial|technology|technologies|electronics|electric|"
    r"suzhou|shanghai|shenzhen|ningbo|wuxi|kunshan|tianjin|beijing|guangzhou|dongguan|hangzhou|"
    r"changchun|chongqing|wuhan|nanjing|qingdao|xiamen|foshan|changzhou)\b)"
)


def _not_a_persons(text: str) -> bool:
    """Does ``text`` hold a company's, a trade's or a city's word (:data:`_NOT_A_PERSON`, :data:`.persons.COMPANY_WORD`)?"""
    return bool(COMPANY_WORD.search(text) or _NOT_A_PERSON.search(text))


def list_parts(text: str) -> list[str]:
    """The parts of a cell's text at the separators of a list (:data:`_PEOPLE_SEPARATORS`):
    the one place that says what parts a list of names typed in one cell. A middle dot between
    a department and a name (``品質保証部・吉田健一``) joins one person to their department, as a
    slash does: no list there."""
    text = _DOTTED_PAIR.sub(_dot_as_slash, text)
    return [p.strip() for p in _PEOPLE_SEPARATORS.split(text) if p.strip()]


# two words joined by a middle dot (品質保証部・吉田健一): a department and a name, or two names
_DOTTED_PAIR = lazy_re(
    r"(?<![^\s、;；|｜,，])([\u4e00-\u9fff]{2,12})[・･]([\u4e00-\u9fff]{2,12})(?![^\s、;；|｜,，(（])"
)


def _dot_as_slash(m: re.Match[str]) -> str:
    first, second = m.group(1), m.group(2)
    if (unit_word(first) and name_alone(second)) or (name_alone(first) and unit_word(second)):
        return f"{first}/{second}"
    return m.group(0)


def two_names_slashed(part: str) -> tuple[str, ...] | None:
    """``鄧永康／周詠詩``, ``Kevin Yeo / Siti Hajar`` → the two names: a slash between two whole
    names (two to four Chinese characters each, or a given and a family name each) parts two
    people, and slashes between three or more parts them all (``Kim Ji-hoon / Zhang Wei / Park
    Min-ji``); ``张伟/品质部`` (a name and what the person does, :func:`name_and_unit_slashed`),
    ``OK/NG`` or ``QA/QC`` do not."""
    m = _SLASHED.match(part)
    if m is not None:
        names: tuple[str, ...] = (m.group(1).strip(), m.group(2).strip())
    elif _MANY_SLASHED.match(part):
        names = tuple(n.strip() for n in _SLASH_MARK.split(part))
    else:
        return None
    if not all(name_alone(n) for n in names):
        return None
    chinese = all(re.fullmatch(r"[\u4e00-\u9fff]{2,4}", folded(n)) for n in names)
    latin = all(len(n.split()) >= 2 for n in names)
    return names if chinese or latin else None


# three parts or more parted by slashes, each short, no figure: three people's names in one cell
_MANY_SLASHED = lazy_re(r"^\s*[^/／\d\n]{1,30}(?:\s*[/／]\s*[^/／\d\n]{1,30}){2,7}\s*$")
_SLASH_MARK = lazy_re(r"[/／]")


def a_person(part: str) -> bool:
    """Does one part of a list read as a person — a name, perhaps with its department or
    role after it (``张伟/品质部``, ``李娜(品质)``, :func:`split_name`)? Not a job title alone
    (``QA Manager``), a company or a site (``Great Wall Motor``, ``Bosch Suzhou``), a figure or a
    sentence (:func:`not_a_name`)."""
    cut = split_name(part)
    name = cut[0] if cut else part.strip()
    if unit_word(part):  # 品保, 製造, QA: a department or a function alone is nobody
        return False
    if not name or len(name) > 30 or len(name.split()) > 4 or re.search(r"[\d:：。!?！？]", name):
        return False
    return not (not_a_name(part) or _TITLE_WORDS.search(folded(name)) or _not_a_persons(halfwidth(part)))


def a_named_person(text: Any) -> bool:
    """Is ``text`` one person's name and nothing else — two to four Chinese characters, or a given
    and a family name (two to four Latin words: :func:`name_alone`) — and no company's (its legal
    form, 有限公司 / 股份 / 廠 / Co., Ltd. / GmbH / Inc. / Pvt. Ltd, or a trade's word, Trading,
    Hardware: :func:`a_person`, :data:`.persons.COMPANY`), nor an institution's (a hospital)? A complainant's name so is a person's
    (the one who reported for the customer), else the customer itself."""
    if not isinstance(text, str):
        return False
    name = " ".join(text.split())
    if not name_alone(name) or not a_person(name) or COMPANY.search(name) or INSTITUTION.search(name):
        return False
    if _NAME_ZH.fullmatch(folded(halfwidth(name))):
        return True
    # a given and a family name, each capitalised (a particle, van / de / bin, may not be)
    words = name.split()
    return len(words) >= 2 and all(w[0].isupper() or len(w) <= 3 for w in words)


def _one_name(text: str) -> bool:
    """One name with what follows it (``S. Mitchell, QA Mgr``, ``张伟/品质部``): its name part
    is no list itself — ``林怡君（製造）、吳宗翰（工程）`` ends in a bracket too, yet is two people."""
    cut = split_name(text.strip())
    return cut is not None and len(list_parts(cut[0])) < 2


# a person's mail address after the name, in angle brackets, as a mail's To: or Cc: line writes it
# (``Kila Wari <kila.wari@pngpower.com.pg>``; the line may wrap before the bracket)
_MAIL_ADDRESSES = lazy_re(r"\s*<[^<>@\s]+@[^<>\s]+>")


def people_in(text: str) -> list[str] | None:
    """The people of a list typed in one cell (``Chen Hao; Lucy Wang``, ``陳怡安、王志豪``, one a
    line, ``张伟/品质部、李娜/生产部``), each with what follows the name; None when the text is
    not such a list (one part) or is doubtful: a part that is a title, a company, a sentence, or
    a text both wrapped and separated (a wrap may cut a name) — then it stays whole, and
    :func:`doubtful_people` has it warned."""
    if not isinstance(text, str):
        return None
    text = _MAIL_ADDRESSES.sub("", text)  # a mail's To: line (Kila Wari <kila.wari@…>; Zhou Bin <…>)
    named = mentioned(text)  # an online sheet's mentions: "@张伟 @李娜 @王强"
    if named is not None and len(named) > 1 and all(a_person(n) for n in named):
        return named
    # (in a person's field, a slash between two whole names parts two people: 鄧永康／周詠詩)
    parts = [name for part in list_parts(text) for name in two_names_slashed(part) or (part,)]
    if len(parts) < 2 or _one_name(text):
        return None  # one part, or one name with its title after a comma ("S. Mitchell, QA Mgr")
    lines = [ln for ln in text.split("\n") if ln.strip()]
    if len(lines) > 1 and len(parts) > len(lines):
        return None
    return parts if all(a_person(p) for p in parts) else None


def doubtful_people(value: Any) -> bool:
    """A person's field holding a list whose parts are not all people (``Zhang Wei | Bosch
    Suzhou``, ``Bosch; Continental; Great Wall Motor``, ``Zhang Wei, QA Manager; Li Na, SQE
    Engineer``): kept whole by :func:`people_in`, it must be checked."""
    if not isinstance(value, str) or _one_name(value):
        return False
    parts = list_parts(value)
    if len(parts) > 1:
        return not all(a_person(p) for p in parts)
    # one part: a person and what is no person either side of a slash (``Zhang Wei / Bosch
    # Suzhou``), neither two names (:func:`two_names_slashed`) nor a name and its unit
    m = _SLASHED.match(value)
    sides: tuple[str, ...] = (m.group(1).strip(), m.group(2).strip()) if m else ()
    if not sides and _MANY_SLASHED.match(value):  # "Zhang Wei / Bosch Suzhou / Li Na"
        sides = tuple(p.strip() for p in _SLASH_MARK.split(value))
    return bool(sides) and any(a_person(p) for p in sides) and not all(a_person(p) for p in sides)


# one person with a bracket after the name: ``Liang Hui (Leader, Quality)``, ``张伟（组长，质量部）``
_PERSON_WITH_ROLE = r"[^\W\d_][^\W\d_ .'·-]*(?:[ .'·-][^\W\d_]+){0,3}\s*[(（][^()（）\n\d]{2,40}[)）]"
_PEOPLE = lazy_re(rf"(?:{_PERSON_WITH_ROLE}[\s,，;；、]*){{2,}}")


def one_word_text(meta: FieldMeta | None, value: Any) -> bool:
    """A text area (a problem, a cause, an action) holding one English word (``Problem |
    Cosmetic``): a category or a heading read in place of the text, never quite the text."""
    return (
        meta is not None
        and meta.kind == "text"
        and meta.long
        and isinstance(value, str)
        and value.strip().isascii()
        and value.strip().isalpha()
        and len(value.strip()) <= 20
    )


# a figure alone, perhaps after a letter: 02, 3, A1, 2.1 — an edition, a revision, a count
_BARE_FIGURE = lazy_re(r"^[A-Za-z]?\d{1,4}(?:\.\d{1,2})?$")


def bare_figure_text(meta: FieldMeta | None, value: Any) -> bool:
    """A text area (a problem, a cause, an action) holding a figure alone (``Issue: 02`` in a
    form's document-control header, read as the e-mail's ``Issue: …`` line): an edition or a
    number read in place of the text, never the text."""
    return (
        meta is not None
        and meta.kind == "text"
        and meta.long
        and isinstance(value, str)
        and bool(_BARE_FIGURE.match(halfwidth(value).strip()))
    )


def people_list(meta: FieldMeta | None, value: Any) -> bool:
    """A text area (a problem, a cause, an action) holding nothing but two or more people, each
    with a role or department in brackets: a team list beside or over the text area read in its
    place (a portal's D1 team over its D2 problem), never the field's text."""
    return (
        meta is not None
        and meta.kind == "text"
        and meta.long
        and isinstance(value, str)
        and bool(_PEOPLE.fullmatch(value.strip()))
    )


# ---------------------------------------------------------------------------------- names cut short
# a company's name in Chinese ends in its form (有限公司, 股份有限公司, 厂, 行…): one ending inside
# that word was cut by the print (a wrapped line fell into the next cell)
_CUT_COMPANY = lazy_re(r"(有限公|股份有限|股份有|有限责任公|有限責任公|有限责|有限責)$")


# a party's name (the customer, the buyer) ending in 有限 / 股份: its 公司 fell into the next cell
# (in another field's text "效果有限" is a sentence's end)
_CUT_PARTY = lazy_re(r"(有限|股份)$")


def cut_company_name(meta: FieldMeta | None, value: Any) -> bool:
    return (
        meta is not None
        and meta.kind in _TEXTUAL
        and isinstance(value, str)
        and (
            bool(_CUT_COMPANY.search(value.strip()))
            or (party_field(meta) and bool(_CUT_PARTY.search(value.strip())))
        )
    )


# a text whose first line is a company's form alone (公司, 有限公司): the tail of the name in the
# cell above, wrapped across the border in the print, fell into this one
_COMPANY_TAIL = lazy_re(r"(?:有限|股份有限|有限责任|有限責任)?(?:公司|公|司)|集团|集團")


def cut_tail_first(meta: FieldMeta | None, value: Any) -> str | None:
    if meta is None or meta.kind not in _TEXTUAL or not isinstance(value, str) or "\n" not in value:
        return None
    first = value.split("\n", 1)[0].strip()
    return first if _COMPANY_TAIL.fullmatch(first) and value.split("\n", 1)[1].strip() else None


# ---------------------------------------------------------------------------------- thousands point
# (its unit after it, an abbreviation's point too: 1.250 st., the Dutch stuks)
_THOUSANDS = lazy_re(r"^\s*(\d{1,3}(?:\.\d{3})+)(?![\d.,])\s*([^\d.,]*(?<=[^\W\d_])\.|[^\d.,]*)$")


def european_form(values: Any, spec: FormSpec, paths: Any) -> bool:
    """Does an amount on the form prove the European way of writing (``1.250,00``, ``0,50``)?"""
    for path in paths:
        meta = meta_at(spec, path)
        value = value_at(values, path)
        if meta is not None and meta.kind == "money" and isinstance(value, str) and european_amount(value):
            return True
        if meta is not None and meta.kind == "money" and isinstance(value, str) and "," in value:
            if european_amount(signed_figure(value) or "") is not None:  # 2.400,00 zł: its sign aside
                return True
    return False


# a figure whose comma groups the thousands and whose point follows them (``1,200.000``, ``3,000.00``):
# on its form the point is the decimal point
_COMMA_THEN_POINT = lazy_re(r"(?<![\d.,])\d{1,3}(?:,\d{3})+\.\d+(?![\d.,])")


def decimal_point_form(values: Any, spec: FormSpec, paths: Any) -> str | None:
    """A count on the form written with a comma grouping its thousands and a point after them
    (``1,200.000``: an ERP printing its counts with decimals): the figure that proves the form's
    counts write the point as a decimal point, so that ``500.000`` beside it is five hundred, never
    five hundred thousand; None when no count proves it (an amount's ``1,234.50`` does not: a
    clerk may type ``24.000 pcs`` the European way beside it)."""
    for path in paths:
        meta = meta_at(spec, path)
        value = value_at(values, path)
        if meta is not None and meta.kind == "qty" and isinstance(value, str):
            if _COMMA_THEN_POINT.search(halfwidth(value)):
                return value
    return None


def european_point(meta: FieldMeta | None, value: Any, european: bool) -> str | None:
    """``1.250`` in an amount field of a form whose other amounts are written the European way
    (``2.542,50``) → ``1250.00``: the point is the thousands separator there. Alone it stays
    1.25 (the form does not prove it); the reading warns either way it is reinterpreted."""
    if not european or meta is None or meta.kind != "money" or not isinstance(value, str):
        return None
    m = _THOUSANDS.match(halfwidth(value))
    if m is None or m.group(2).strip():
        return None
    return f"{int(m.group(1).replace('.', ''))}.00"


_COMMA_THOUSANDS = lazy_re(r"^([-+]?\d{1,3}),(\d{3})$")


def european_comma(meta: FieldMeta | None, value: Any, european: bool) -> str | None:
    """``1,275 €`` in an amount field of a form whose other amounts are written the European
    way (``1.235,00 €``) → ``1.275``: there the comma is the decimal mark, never the thousands
    separator it would be on a Chinese or English form (1275). Read so and warned; a figure
    past the cent is then left unread (money_beyond_cents), never rounded."""
    if not european or meta is None or meta.kind != "money" or not isinstance(value, str):
        return None
    m = _COMMA_THOUSANDS.match(CURRENCY.sub("", halfwidth(value)).strip())
    if m is None:
        return None
    return f"{m[1]}.{m[2]}".rstrip("0").rstrip(".")  # 1,250 → 1.25 (never 1.250 read as thousands after)


def comma_as_thousands(value: str) -> str:
    """``1,275 €`` read with its comma as the thousands separator: ``1275``."""
    m = _COMMA_THOUSANDS.match(CURRENCY.sub("", halfwidth(value)).strip())
    return f"{m[1]}{m[2]}" if m else value


_LINE_PATH = lazy_re(r"^(\w+)\[(\d+)\]\.(\w+)$")
_LEADING_NUMBER = lazy_re(r"^\s*[-+]?\d+(?:\.\d+)?")


def _line_figures(values: Any, spec: FormSpec, path: str) -> tuple[list[Decimal], list[Decimal]]:
    """The quantities and the amounts of the line ``path`` stands in, its own figure left out;
    ([], []) for a path of no table's line."""
    m = _LINE_PATH.match(path)
    table = spec.fields.get(m[1]) if m else None
    rows = values.get(m[1]) if m and isinstance(values, dict) else None
    if m is None or table is None or table.row_model is None or not isinstance(rows, list):
        return [], []
    row = rows[int(m[2])] if int(m[2]) < len(rows) else None
    if not isinstance(row, dict):
        return [], []
    kinds = {col: meta.kind for col, meta in describe(table.row_model).items() if col != m[3]}
    qtys = [q for c, k in kinds.items() if k == "qty" and (q := _figure(row.get(c), k)) is not None]
    amounts = [a for c, k in kinds.items() if k == "money" and (a := _figure(row.get(c), k)) is not None]
    return qtys, amounts


def _line_agrees(values: Any, spec: FormSpec, path: str, reading: str, other: str) -> bool:
    """Does the line ``path`` stands in agree with ``reading`` of its figure (quantity × price
    = amount, the figure either the price or the amount) and not with the ``other`` reading?
    The form's other amounts decide how ``1,275`` is meant; neither or both agreeing: no."""
    qtys, amounts = _line_figures(values, spec, path)

    def agrees(text: str) -> bool:
        x = Decimal(text)
        cent = Decimal("0.005")
        return any(abs(q * x - a) <= cent or abs(q * a - x) <= cent for q in qtys for a in amounts)

    return agrees(reading) and not agrees(other)


def _point_by_line(values: Any, spec: FormSpec, path: str, points: Points) -> bool:
    """Does the line ``path`` stands in prove the one point of its count (``points``,
    :func:`thousands_point`) a decimal point that leaves a fraction — the count times one of the
    line's amounts (its price) is another of them (its amount) read with the point (23.456 × 300.00
    = 7,036.80) and not read without it (23456 × 300.00)? A whole quantity cannot hold such a
    figure: the clerk typed a weight or a length, never a count of thousands."""
    if points.decimal is None or not points.decimal_number or "." not in points.decimal_number:
        return False
    _qtys, amounts = _line_figures(values, spec, path)
    cent = Decimal("0.005")

    def agrees(x: Decimal) -> bool:
        return any(
            abs(x * p - a) <= cent for i, p in enumerate(amounts) for j, a in enumerate(amounts) if i != j
        )

    return agrees(Decimal(points.decimal_number)) and not agrees(Decimal(points.number))


# a figure closed by ``/=`` or ``/-`` ("and no cents": ``72,750/=``, ``Rs. 500/-``; typed.py's mark)
_NO_CENTS = lazy_re(rf"(?<=\d)\s?{NO_CENTS_MARK}\s*$")


def _whole_price(values: Any, spec: FormSpec, path: str, text: str) -> str | None:
    """A line's price closed by ``/=`` (``28/=``: in whole units, "no cents") where the line's
    amount over its quantity is a price with cents that rounds to it (11,000/= ÷ 400 = 27.50):
    that quotient (as text), said beside the price as written (never read in its place); None
    when the written price agrees with the line or nothing says so."""
    written = _figure(text, "money") if _NO_CENTS.search(text) else None
    if written is None:
        return None
    qtys, amounts = _line_figures(values, spec, path)
    qtys = [q for q in qtys if q]  # (a count of 0 divides nothing)
    if any(q * written == a for q in qtys for a in amounts):
        return None  # (the price as written agrees with the line)
    exact = {
        each
        for q in qtys
        for a in amounts
        if (each := a / q) == each.quantize(Decimal("0.01"))
        and each != written
        and each.quantize(Decimal("1"), rounding=ROUND_HALF_UP) == written
    }
    return f"{exact.pop():.2f}" if len(exact) == 1 else None


def _figure(raw: Any, kind: str) -> Decimal | None:
    """A line's figure as written (``765,00 €``, ``600 Stk``, 600), or None."""
    from ..values import european_amount, to_decimal

    if isinstance(raw, bool) or raw is None:
        return None
    if isinstance(raw, (int, float, Decimal)):
        return Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)
    text = halfwidth(str(raw))
    if kind == "money":
        text = _NO_CENTS.sub("", text)  # 11,000/=
        try:
            return Decimal(european_amount(text) or to_decimal(text))
        except (ValueError, ArithmeticError):
            return None
    found = _LEADING_NUMBER.match(text)
    return Decimal(found[0]) if found else None


def beyond_cents_params(value: Any) -> dict[str, Any]:
    """The message's figures: what was written and the cents it would have been rounded to."""
    from ..values import round_money, to_decimal

    number = to_decimal(f"{value:.15g}" if isinstance(value, float) else value)
    return {"value": _short(value), "rounded": f"{round_money(number):.2f}"}


def several_lines(meta: FieldMeta | None, value: Any) -> bool:
    """A short text (a name, a code) read over several lines of a cell: the name over its
    address, never silently one value."""
    return (
        meta is not None
        and meta.kind in _TEXTUAL
        and not meta.long
        and isinstance(value, str)
        and len([ln for ln in value.split("\n") if ln.strip()]) > 1
    )


class Points(NamedTuple):
    """A count's points read both ways (:func:`thousands_point`): as thousands separators
    (``thousands``: ``24000`` or ``24000 pcs``; ``number``, the figure) and, where the figure has
    exactly one point, as its decimal point (``decimal``: ``500`` or ``1.25 pcs``; ``decimal_number``);
    ``decimal`` is None when two or more points can only be thousands. Each reading is an int when
    no unit follows and the figure is whole."""

    thousands: Any
    number: int
    decimal: Any
    decimal_number: str  # ("" without a decimal reading)


def thousands_point(meta: FieldMeta | None, value: Any) -> Points | None:
    """``24.000 pcs`` in a whole-quantity field → thousands ``24000 pcs`` (24000), decimal ``24 pcs``:
    a point before exactly three digits is the European thousands separator there unless another
    figure of the form writes it as the decimal point (:func:`_points` chooses). The Arabic
    decimal separator (``۱٫۶۰۰``, U+066B, folded to a point) is always a decimal point: a count
    holding one is no whole number, as typed."""
    if meta is None or meta.kind != "qty" or not isinstance(value, str) or "\u066b" in value:
        return None
    m = _THOUSANDS.match(halfwidth(value))
    if m is None:
        return None
    written, unit = m.group(1), m.group(2).strip()
    number = int(written.replace(".", ""))
    decimal: Any = None
    figure = ""
    if written.count(".") == 1:
        point = Decimal(written)
        figure = f"{point.normalize():f}"
        decimal = int(point) if point == point.to_integral_value() else figure
        decimal = f"{figure} {unit}" if unit else decimal
    return Points(f"{number} {unit}" if unit else number, number, decimal, figure)


# ---------------------------------------------------------------------------------- boxes and columns
def spans_columns(place: Any, label: Any, labels: Sequence[Any], how: str) -> bool:
    """A value read under (or beside) its label whose box starts in the column of another
    label of the label's row, or runs past the next label: two cells' texts run together."""
    if place is None or label is None:
        return False
    tol = 0.25 * max(label.y1 - label.y0, 1e-6)
    row = [b for b in labels if b is not label and b.same_band(label)]
    if how.startswith("label-below"):
        before = [b for b in row if b.x0 < label.x0 - tol]
        if place.x0 < label.x0 - tol and any(b.x0 - tol <= place.x0 for b in before):
            return True
        after = [b for b in row if b.x0 > label.x0 + tol]
        return any(place.x1 > b.x0 + tol for b in after)
    if how.startswith("label-right"):
        after = [b for b in row if b.x0 >= place.x0 - 1e-6]
        return any(place.x0 < b.x0 < place.x1 - tol for b in after)
    return False


# ---------------------------------------------------------------------------------- numbered lists
# a numbered item's number: 1. / 2、/ 3) / (4) / ⑤, never the 4 of 4.200 (the guards and profiles)
NUMBERED = lazy_re(rf"^\s*(?:(\d{{1,2}})\s*[.、)）](?!\d)|[(（](\d{{1,2}})[)）]|([{ENCLOSED_NUMBERS}]))")
_ITEM = lazy_re(NUMBERED.pattern + r"\s*\S")


def _item_numbers(text: str) -> list[int]:
    out = []
    for line in text.split("\n"):
        # (the raw line first: halfwidth turns the 、 of "1、" into a comma)
        m = _ITEM.match(line) or _ITEM.match(halfwidth(line))
        if m:
            n = m.group(1) or m.group(2)
            out.append(int(n) if n else enclosed_number(m.group(3)) or 0)
    return out


def list_goes_on(text: str) -> bool:
    """Does the first line of ``text`` start a numbered list its next lines go on with
    (``1、…`` then ``2、…``)? Then the first line is the list's first item, never a caption."""
    first, _, rest = text.partition("\n")
    head, after = _item_numbers(first), _item_numbers(rest)
    return bool(head) and bool(after) and after[0] == head[0] + 1


def continues_list(before: str, line: str) -> bool:
    """Is ``line`` the next item of the numbered list ``before`` ends with (``2、…`` then ``3、…``)?"""
    head, after = _item_numbers(before), _item_numbers(line.partition("\n")[0])
    return bool(head) and bool(after) and after[0] == head[-1] + 1


def split_lists(texts: dict[str, str]) -> set[str]:
    """The fields (path → text) whose text continues another's numbered list: one starts with
    item n+1 where another ends with item n."""
    numbered = {p: _item_numbers(t) for p, t in texts.items()}
    out: set[str] = set()
    for p, nums in numbered.items():
        if not nums or nums[0] < 2 or not _item_numbers(texts[p].lstrip().split("\n")[0]):
            continue  # a list begins at 1: one beginning further on is another field's continuation
        out.add(p)
        out.update(q for q, other in numbered.items() if q != p and other and other[-1] == nums[0] - 1)
    return out


# ---------------------------------------------------------------------------------- totals rows
def _spelt(words: Iterable[str]) -> str:
    """Words as a pattern's alternatives, longest first: a hyphen also a space or nothing
    (``Sub-total``, ``Sub total``, ``Subtotal``), a plural's ``s`` (``Subtotals``)."""
    return "|".join(
        re.escape(w).replace(r"\-", r"-?\s?").replace(r"\ ", r"\s+") + ("" if w.endswith("s") else "s?")
        for w in sorted(set(words), key=len, reverse=True)
    )


# a totals line's caption (terms.TOTALS_LINE_WORDS, one vocabulary): a Chinese word anywhere in it
# (``合计``, ``Total credit 合计``); a caption of Latin letters beginning with a word of it
# (``Total credit``, ``Summe netto``), or ending with one that names a total as English does,
# the noun last (``Net total``, ``Line subtotal``)
_HAN_TOTALS = [w for w in TOTALS_LINE_WORDS if re.search(r"[\u3400-\u9fff]", w)]
_LATIN_TOTALS = [w for w in TOTALS_LINE_WORDS if re.fullmatch(r"[A-Za-z][A-Za-z\- ]*", w)]
_TOTALS_ZH = lazy_re("|".join(map(re.escape, _HAN_TOTALS)))
# a tax line under a table's lines, with its rate or without: "VAT 13 %", "Sales tax @ 6%", "税额 13%",
# "ICMS 12 %", "營業稅額" — a tax's name (terms.TAX_NAMES, with its amount word after it:
# terms.TAX_AMOUNT_AFTER_NAME) or 税额 (terms.TAX_AMOUNT_WORDS), its rate as
# terms.TAX_RATE writes it (``16,5 %``); with its translation after a slash too
# (``ICMS 12 % / Tax 12 %``: there a bare Tax, never alone — a lines' column is headed Tax).
# Matched on the text folded (:func:`_tax_line`): 稅額, 營業稅 are the simplified words.
_TAX_WORD = (
    rf"(?:(?:{tax_names_pattern()})(?:{'|'.join(TAX_AMOUNT_AFTER_NAME)})?|{'|'.join(TAX_AMOUNT_WORDS)})"
)
_TAX_RATE = rf"(?:\s*@?\s*{TAX_RATE})?"
_TAX_LINE = lazy_re(rf"(?i)^{_TAX_WORD}{_TAX_RATE}(?:\s*/\s*(?:{_TAX_WORD}|tax){_TAX_RATE})?\s*[:：]?$")


def _tax_line(text: str) -> bool:
    """Is ``text`` (half-width, stripped) a tax line's caption (:data:`_TAX_LINE`), in either script?"""
    return bool(_TAX_LINE.match(text)) or (not text.isascii() and bool(_TAX_LINE.match(folded(text))))


_TOTALS_EN = lazy_re(
    rf"(?i)^(?:{_spelt(_LATIN_TOTALS)})\b|\b(?:{_spelt(w for w in _LATIN_TOTALS if 'total' in w.casefold())})$"
)


@lru_cache(maxsize=1)
def _net_line() -> re.Pattern[str]:
    """The lines' sum before tax, as credit notes and invoices print it ("Net", "Net amount",
    "Net credit", "Tax base"): the allowance's own words for its total before tax that say "net"
    or "base" — one list (forms/allowance.py), so a new alias there is a new net line here."""
    from ..forms import get

    words = [
        w for w in get("allowance").fields["total_excl_tax"].labels if re.search(r"(?i)\b(net|base)\b", w)
    ]
    spelled = "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?i)^({spelled})\s*[:：]?$")


def totals_caption(text: Any) -> bool:
    """A caption of a totals line: ``合计``, ``小計``, ``Total credit 合计``, ``Subtotal:``."""
    if not isinstance(text, str):
        return False
    return _totals_caption(text)


@memo
@lru_cache(maxsize=65536)  # pure: asked of every box of a page (issue 15)
def _totals_caption(text: str) -> bool:
    folded = halfwidth(text).strip()
    if _tax_line(folded) or _net_line().match(folded):
        return True  # "VAT 13 %", "Net credit" under the lines: the totals begin
    halves = re.split(r"\s+/\s+|\s*/\s*(?=[A-Za-z])", folded)
    if len(halves) == 2 and all(halves) and any(map(_totals_caption, halves)):
        # "Netto / Net amount", "Kûê ti nginza / Net total", "TVA kûê / Total VAT": the caption
        # with its translation, either half a totals caption
        return True
    if not folded or len(folded) > 30 or re.search(r"\d", folded):
        return False
    if _TOTALS_ZH.search(folded):
        return True
    if bare_total(folded):
        return True  # "Общо", "Celkem:", "Итого": a total's own word in any language we know
    # English: a caption of a few words that begins or ends with the word (Total credit, Net total)
    # (every letter kept but the Han, kana and Hangul beside it: ``Gesamtübersicht``, ``Toplamında``
    # are one word each, no ``Gesamt``, ``Toplam``; ``Total金額`` still two)
    # (a currency or a unit in brackets after the words, ``Total amount debited (USD)``, is no word of the caption)
    bare = re.sub(r"\s*\([^()]*\)\s*", " ", folded)
    latin = re.sub(r"[^\w\s\-]|[\d_]|[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]", " ", bare).strip()
    return 0 < len(latin.split()) <= 3 and bool(_TOTALS_EN.search(latin))


def totals_row(band: Sequence[Any]) -> bool:
    """Is a table line its totals line (a caption of totals in it)? The table ends there."""
    return any(not b.empty and totals_caption(b.text) for b in band)


# ---------------------------------------------------------------------------------- the pass
def _places(boxes: Sequence[Any], location: str, value: Any) -> list[Any]:
    """The boxes a value was read from: at its location, holding (a part of) its text."""
    text = str(value).strip()
    at = [b for b in boxes if b.location == location and not b.empty]
    exact = [b for b in at if str(b.value).strip() == text]
    if exact:
        return exact[:1]
    return [b for b in at if str(b.value).strip() and str(b.value).strip() in text]


def _label_box(boxes: Sequence[Any], location: str, label: str) -> Any:
    for b in boxes:
        if b.location == location and isinstance(b.value, str) and b.text.strip() == label.strip():
            return b
    return None


def guard(
    reading: Any,
    boxes: Sequence[Any],
    spec: FormSpec,
    is_label: Any = None,
    instructions: set[int] | None = None,
    choices: Any = None,
) -> None:
    """Check a finished reading (one sheet or page set) in place: mend a name with a phone or
    role after it and a European thousands point (each reported), lower the confidence of
    label-like values, values from instructions and values running over two columns.
    ``choices(reading, boxes, spec)``: the reader's look at choices written out in words
    (:mod:`.value_cues`, which sits above this module), run before the totals are checked."""
    problems: list[Problem] = []
    if instructions is None:  # the reader passes what it found already
        instructions = instruction_boxes(boxes)
    labels = [b for b in boxes if is_label is not None and is_label(b)]
    at: dict[str, list[Any]] = {}
    for b in boxes:
        at.setdefault(b.location, []).append(b)
    chosen_places: dict[str, list[Any]] = {}
    for path, prov in reading.provenance.items():
        value = value_at(reading.values, path)
        if value is not None:
            chosen_places[path] = _places(at.get(prov.location, []), prov.location, value)
    plain_values = any(
        not any(_styled(b)) for places in chosen_places.values() for b in places if not b.empty
    )
    european = european_form(reading.values, spec, reading.provenance)
    decimal = decimal_point_form(reading.values, spec, reading.provenance)
    for path, prov in list(reading.provenance.items()):
        value = value_at(reading.values, path)
        if value is None:
            continue
        meta = meta_at(spec, path)
        if (
            meta is not None
            and (meta.kind == "date" or meta.kind in FIGURE_KINDS)
            and not_printed(value)
            and "!" not in prov.location  # (a workbook's cell: values.parse_date says what it shows)
        ):
            _not_printed(reading, problems, path, prov)
            continue
        places = chosen_places.get(path, [])
        label = (
            _label_box(at.get(prov.label_location, []), prov.label_location, prov.label)
            if prov.label
            else None
        )
        if places and all(id(b) in instructions for b in places):
            reading.provenance[path] = replace(
                prov, confidence=min(prov.confidence, 0.3), how=prov.how + ":instructions"
            )
            problems.append(_warn("value_from_instructions", path, prov.location, {"value": _short(value)}))
            continue
        if ":label-like" not in prov.how and label_like_value(value, meta, places, label, plain_values):
            reading.provenance[path] = replace(
                prov, confidence=min(prov.confidence, 0.5), how=prov.how + ":label-like"
            )
            continue
        if (comma := european_comma(meta, value, european)) is not None:  # 1,275 € beside 1.235,00 €
            params = {"value": _short(value), "number": comma}
            thousands = comma_as_thousands(value)
            if _line_agrees(reading.values, spec, path, thousands, comma):  # 2 × 1,275 = 2.550,00
                params["number"] = f"{Decimal(thousands):,.2f}"
                value = _mended(reading, problems, path, prov, thousands, "comma_thousands_by_line", params)
            else:
                value = _mended(reading, problems, path, prov, comma, "european_decimal_comma", params)
        value = _mend_value(reading, problems, spec, path, prov, meta, value, at.get(prov.label_location, []))
        if (more := _dates_under(meta, prov, at.get(prov.location, []), boxes)) >= 2:
            reading.provenance[path] = replace(reading.provenance[path], confidence=min(prov.confidence, 0.5))
            params = {"value": _short(value), "count": str(more)}
            problems.append(_warn("value_first_of_column", path, prov.location, params))
        if (
            meta is not None
            and meta.kind in FIGURE_KINDS
            and len(places) == 1
            and spans_columns(places[0], label, labels, prov.how)
        ):
            reading.provenance[path] = replace(prov, confidence=min(prov.confidence, 0.5))
            problems.append(_warn("value_spans_cells", path, prov.location, {"value": _short(value)}))
        if (
            person_field(meta)
            and isinstance(value, str)
            and not any(p.code == "name_with_extra" and p.field == path for p in problems)
            and len(re.findall(r"\d", halfwidth(value))) >= 4
        ):
            problems.append(_warn("name_with_digits", path, prov.location, {"value": _short(value)}))
        if person_field(meta) and isinstance(value, str) and a_place(value):
            problems.append(_warn("value_is_a_place", path, prov.location, {"value": _short(value)}))
        if person_field(meta) and (
            not_a_name(value_at(reading.values, path)) or doubtful_people(value_at(reading.values, path))
        ):
            reading.provenance[path] = replace(reading.provenance[path], confidence=min(prov.confidence, 0.3))
            problems.append(_warn("value_not_a_name", path, prov.location, {"value": _short(value)}))
        if masked(meta, value):  # 张**, 138****5678: a value the sender hid in part, never taken silently
            problems.append(_warn("value_masked", path, prov.location, {"value": _short(value)}))
        if meta is not None and meta.kind == "code" and isinstance(value, dt.date):
            # a part number 3-12 Excel made 12 March, a lot shown yymmdd: the code is the date's ISO text, said
            problems.append(_warn("code_is_a_date", path, prov.location, {"value": value.isoformat()[:10]}))
        if cut_company_name(meta, value):
            problems.append(_warn("name_cut_off", path, prov.location, {"value": _short(value)}))
        if number_field(meta, path) and (pair := two_numbers(value)) is not None:
            reading.provenance[path] = replace(reading.provenance[path], confidence=min(prov.confidence, 0.5))
            params = {"value": _short(value), "first": pair[0], "second": pair[1]}
            problems.append(_warn("two_numbers", path, prov.location, params))
        if (tail := cut_tail_first(meta, value)) is not None:
            problems.append(_warn("value_begins_with_cut_tail", path, prov.location, {"tail": tail}))
        if (
            meta is not None
            and meta.kind == "text"
            and isinstance(value, str)
            and value[:1] in _PRINTED_MARKS
        ):
            # ``⊗叁仟叁佰玖拾元整``: the sign a Chinese invoice prints before the amount in words
            set_value(reading.values, path, value.lstrip("".join(_PRINTED_MARKS) + " "))
        if one_word_text(meta, value):
            problems.append(_warn("value_one_word", path, prov.location, {"value": _short(value)}))
        if bare_figure_text(meta, value):
            reading.provenance[path] = replace(reading.provenance[path], confidence=min(prov.confidence, 0.3))
            problems.append(_warn("value_bare_figure", path, prov.location, {"value": _short(value)}))
        if people_list(meta, value):
            reading.provenance[path] = replace(reading.provenance[path], confidence=min(prov.confidence, 0.3))
            problems.append(_warn("value_is_people_list", path, prov.location, {"value": _short(value)}))
        if several_lines(meta, value) and not party_field(meta):  # (a party's name: mended above)
            problems.append(_warn("short_value_on_lines", path, prov.location, {"value": _short(value)}))
        value = _credit(reading, problems, spec, path, prov, meta, value)
        _points(reading, problems, path, prov, meta, value, european, decimal, spec)
    texts = {
        p: v
        for p in reading.provenance
        if "[" not in p  # table rows may be numbered by the clerk
        if isinstance(v := value_at(reading.values, p), str)
        and (m := meta_at(spec, p)) is not None
        and m.kind == "text"
    }
    for path in sorted(split_lists(texts)):
        problems.append(
            _warn(
                "numbered_list_split", path, reading.provenance[path].location, {"value": _short(texts[path])}
            )
        )
    if choices is not None:  # 不良類別：品質異常 — 异常类别's option; 处理意见 | a sentence
        choices(reading, boxes, spec)
    rate_from_labels(reading, boxes, spec, is_label)  # Sales Tax 0% | 0.00: the rate the label states
    stale: list[tuple[str, str]] = []  # (field, place) a figure moved from: what was said there goes
    untaxed = reading.values.get("total_tax") is None
    problems.extend(column_totals(reading, boxes, spec, stale))  # 合计 | 3600.00 | 468.00: each its column's
    if untaxed and reading.values.get("total_tax") is not None:
        # 營業稅 5% | 660 read only now (a tax line under the lines): the rate it states, and
        # the 合計 above or below it checked as the gross (as when the tax was read first)
        from .gross_total import gross_total

        rate_from_labels(reading, boxes, spec, is_label)
        problems.extend(gross_total(reading.values, reading.where, reading.provenance, spec.fields))
    if stale:
        problems[:] = [p for p in problems if (p.field, p.location) not in stale]
        reading.problems[:] = [p for p in reading.problems if (p.field, p.location) not in stale]
    problems.extend(unread_totals(reading, boxes, spec))
    problems.extend(date_order(reading, spec, [b.text for b in boxes]))
    problems.extend(open_step_notes(reading, boxes, spec))  # … | 状态 进行中 on an 8D closed: said
    if (ended := ended_approval(boxes)) is not None:  # 审批状态：已撤销 — an approval that granted nothing
        problems.append(_warn("approval_ended", "", ended[1], {"status": ended[0]}))
    reading.problems.extend(problems)


def _dates_under(meta: FieldMeta | None, prov: Any, places: Sequence[Any], boxes: Sequence[Any]) -> int:
    """How many dates stand in a column under a date read below its caption, one a row, before
    anything else (``Closed on`` over a date on each step's row: the caption is a column's, the
    date read only its first row's). 0 for a field of no date, read otherwise, or alone."""
    if meta is None or meta.kind != "date" or not prov.how.startswith("label-below") or len(places) != 1:
        return 0
    return dates_in_column_under(places[0], boxes)


def dates_in_column_under(place: Any, boxes: Sequence[Any]) -> int:
    """How many dates stand one a row in the column under ``place`` on its page, before anything
    else: a caption over ``place`` and them heads a table's column (``return-date`` over each
    return's day), each date one row's."""
    page = page_of(place.location)
    under = sorted(
        (
            b
            for b in boxes
            if not b.empty
            and b is not place
            and b.y0 >= place.y1 - 1e-6
            and b.overlaps_x(place.x0, place.x1)
            and page_of(b.location) == page
        ),
        key=lambda b: b.y0,
    )
    count = 0
    for b in under:
        if not (isinstance(b.value, (dt.date, dt.datetime)) or _as_date(b.text.strip()) is not None):
            break
        count += 1
    return count


def _credit(
    reading: Any,
    problems: list[Problem],
    spec: FormSpec,
    path: str,
    prov: Any,
    meta: FieldMeta | None,
    value: Any,
) -> Any:
    """A figure written negative on a credit form ("-3,600.00" on a red-letter form, ``US$
    (1,250.00)`` on a credit memo): the credit's own figure, its currency mended as any figure's
    (:func:`_typed_more`), each step shown. The value as mended."""
    magnitude = credit_magnitude(meta, value) if credit_form(spec) else None
    if magnitude is None:
        return value
    params = {"value": _short(value), "read": _short(magnitude)}
    _mended(reading, problems, path, prov, magnitude, "negative_as_credit", params)
    return _typed_more(reading, problems, path, prov, meta, magnitude, [])


def _late_value(
    reading: Any, problems: list[Problem], spec: FormSpec, path: str, prov: Any, value: Any
) -> Any:
    """A value a later guard puts in (a column's total, :func:`column_totals`) is typed as a
    value read by its label is (``S$570.00``: the figure, its currency said; ``(500.00)`` on
    a credit note: the credit), so no guard leaves a figure it placed to fail as no amount."""
    meta = meta_at(spec, path)
    credited = _credit(reading, problems, spec, path, prov, meta, value)
    if credited is not value:
        return credited  # (a credit: typed there)
    return _typed_more(reading, problems, path, prov, meta, value, [])


def _points(
    reading: Any,
    problems: list[Problem],
    path: str,
    prov: Any,
    meta: FieldMeta | None,
    value: Any,
    european: bool,
    decimal: str | None = None,
    spec: FormSpec | None = None,
) -> None:
    """A point read as the thousands separator, shown (``ambiguous_thousands``): ``1.250`` on a
    European form, ``24.000 pcs`` in a whole quantity — unless another figure of the form
    (``decimal``, :func:`decimal_point_form`: ``1,200.000``) writes its point as the decimal point:
    ``500.000`` is then 500, shown too (``decimal_point_by_form``), or the figure's own line
    (``spec`` given) proves its point a decimal point that leaves no whole count (:func:`_point_by_line`:
    ``23.456`` tons × 300.00 = 7,036.80): left as typed, the whole quantity's error (``invalid_qty``)
    quoting it."""
    point = european_point(meta, value, european)
    if point is not None:  # 1.250 beside 2.542,50: one thousand two hundred fifty, shown
        params = {"value": _short(value), "number": f"{Decimal(point):,.2f}"}
        _mended(reading, problems, path, prov, point, "ambiguous_thousands", params)
    mended = thousands_point(meta, value)
    if mended is not None and mended.decimal is not None and decimal is not None and not european:
        params = {"value": _short(value), "number": mended.decimal_number, "example": _short(decimal)}
        _mended(reading, problems, path, prov, mended.decimal, "decimal_point_by_form", params)
    elif mended is not None and spec is not None and _point_by_line(reading.values, spec, path, mended):
        return  # 23.456 (t) × 300.00 = 7,036.80: no whole count — as typed, invalid_qty says so
    elif mended is not None:  # (two or more points: thousands, whatever the form's decimals)
        params = {"value": _short(value), "number": f"{mended.number:,}"}
        _mended(reading, problems, path, prov, mended.thousands, "ambiguous_thousands", params)


def mend_read_values(
    values: dict[str, Any], provenance: dict[str, Any], spec: FormSpec, shown: dict[str, str] | None = None
) -> list[Problem]:
    """The mending of :func:`guard` for values read without the page's boxes (by a layout
    profile, from the places learned on another copy): :func:`_mend_value` on every value, and
    the thousands points as the generic reader reads them (``15.000 pz`` is 15,000, shown).
    ``shown``: a label printed by a value besides the one it was read by (a profile's
    ``next_label``: ``Customer PO No.`` over ``PO 81502-1`` read under the label above)."""
    from types import SimpleNamespace

    problems: list[Problem] = []
    reading = SimpleNamespace(values=values, provenance=provenance)
    european = european_form(values, spec, provenance)
    decimal = decimal_point_form(values, spec, provenance)
    for path, prov in list(provenance.items()):
        value = value_at(values, path)
        meta = meta_at(spec, path)
        if value is not None and meta is not None and isinstance(value, str):
            value = _credit(reading, problems, spec, path, prov, meta, value)  # "(500.00)" on a credit note
            value = _mend_value(
                reading, problems, spec, path, prov, meta, value, [], (shown or {}).get(path, "")
            )
            _points(reading, problems, path, prov, meta, value, european, decimal, spec)
    return problems


def _mend_value(
    reading: Any,
    problems: list[Problem],
    spec: FormSpec,
    path: str,
    prov: Any,
    meta: FieldMeta | None,
    value: Any,
    label_boxes: Sequence[Any],
    shown: str = "",
) -> Any:
    """One value mended, each mending reported (the generic reader's :func:`guard` and a
    profile's reading both): a figure or date typed with more, a name with a phone or role
    after it (the role into its row), a party's name over its address, a note on who fills a
    text before the text, a slash label's share. The value as mended."""
    if meta is not None and meta.kind == "money" and isinstance(value, str):
        if (exact := _whole_price(reading.values, spec, path, value)) is not None:
            # 28/= over 400 × 27.50 = 11,000/=: read as written, the exact price said beside it —
            # never put in its place (the form says 28; whether 27.50 was meant is the clerk's)
            params = {"value": _short(value), "read": exact}
            problems.append(_warn("price_written_whole", path, prov.location, params))
    value = _typed_more(reading, problems, path, prov, meta, value, label_boxes)
    if meta is None or not isinstance(value, str):
        return value
    if meta.kind == "money" and beyond_cents(value):  # $0.004 a piece: never read as 0.00
        set_value(reading.values, path, None)
        problems.append(_warn("money_beyond_cents", path, prov.location, beyond_cents_params(value)))
        return None
    if meta.kind == "code" and _code_only_label(prov, meta) and not reads_as_code(value):
        set_value(reading.values, path, None)  # "Part | Plastic housing": the part's name, not its number
        problems.append(_warn("value_not_a_code", path, prov.location, {"value": _short(value)}))
        return None
    if meta.kind in ("term", "terms", "bool") and (coded := marks_by_code(value)) is not None:
        return _ticks_by_code(reading, problems, path, prov, value, coded[1])
    if meta.kind in ("term", "terms", "bool") and (coded := marks_by_private_code(value)) is not None:
        # (\uf0fe 退货 \uf0a8 换货: the codes are no letters, the boxes they are read — said)
        params = {"value": _short(private_shown(value)), "font": coded[1].title()}
        value = _mended(reading, problems, path, prov, coded[0], "ticks_by_private_code", params)
    if meta.kind in ("term", "terms") and meta.term is not None:
        halves = _option_halves(spec, path, prov, meta, value)
        if halves is not None:  # ☑ Naprawa / Rework: one tick, two options named
            set_value(reading.values, path, halves.value)
            problems += [_warn(code, path, prov.location, params) for code, params in halves.warnings]
            if halves.value is None:
                return None
            value = halves.value
    if (party_field(meta) or person_field(meta)) and (
        keyed := keyed_name(value, _known_word(spec))
    ) is not None:
        # "[C0012] 华东精密模具有限公司", "KELLERB (Brian Keller)": the system's key is no part of the name
        params = {"value": _short(value), "name": _short(keyed.name), "key": keyed.key}
        value = _mended(reading, problems, path, prov, keyed.name, "name_with_system_key", params)
    elif (party_field(meta) or person_field(meta)) and (
        refused := refused_key(value, _known_word(spec))
    ) is not None:
        # "ENG (Eric Ng)", "[7] 王强": a role's word or a list's number, no key — kept as written, said
        params = {"value": _short(value), "name": _short(refused.name), "prefix": refused.key}
        problems.append(_warn("name_with_prefix", path, prov.location, params))
    if person_field(meta) and isinstance(value, str) and (named := mention_alone(value)) and a_person(named):
        # "@赵敏": an online sheet's mention of the person, its @ no letter of the name
        params = {"value": _short(value), "name": named}
        value = _mended(reading, problems, path, prov, named, "name_as_mention", params)
    if person_field(meta) and isinstance(value, str) and (sealed := name_in_seal(value)) is not None:
        # "山本㊞": a Japanese stamp row's box (承認 / 確認 / 作成) holds the seal's name, its ㊞ no letter of it
        params = {"value": _short(value), "name": sealed}
        value = _mended(reading, problems, path, prov, sealed, "name_in_seal", params)
    if person_field(meta) and department_alone(value):
        moved = _department_into_row(reading, spec, path, value)
        if moved is not None:  # "Quality" under Name: the row's department; its name, if any, beside
            params = {"value": _short(value), "name": moved or "—"}
            return _mended(reading, problems, path, prov, moved or None, "member_is_department", params)
    if person_field(meta) and (split := split_name(value)) is not None:
        name, extra = split
        if not split.romanised:  # (the name written twice, in pinyin: nothing for the row)
            _role_into_row(reading, spec, path, extra)
        params = {"value": _short(value), "name": name, "extra": extra}
        return _mended(reading, problems, path, prov, name, "name_with_extra", params)
    if person_field(meta) and (noted := name_with_note(value)) is not None:
        # "Tan Wei Ling (Returns bay 4)": a place or a note in brackets after the name, no part of it
        params = {"value": _short(value), "name": noted.name, "extra": noted.extra}
        return _mended(reading, problems, path, prov, noted.name, "name_with_extra", params)
    if several_lines(meta, value) and party_field(meta):
        for code, where, params in name_over_lines(reading, spec, path, value):
            problems.append(_warn(code, where, prov.location, params))
        return value_at(reading.values, path)
    lines = value.split("\n")
    if meta.long and len(lines) > 1 and filling_note(lines[0]):
        rest = "\n".join(lines[1:]).strip()
        params = {"value": _short(value), "comment": lines[0].strip(), "read": _short(rest)}
        return _mended(reading, problems, path, prov, rest, "value_with_comment", params)
    label = getattr(prov, "label", "") or ""
    if (meta.kind in FIGURE_KINDS or meta.kind == "date") and (
        two := _share_of_two(spec, path, meta, label, value)
    ):
        # 應到／實到 500／480, Shipped / Received 12-Oct-2026 / 05-Nov-2026: the field's name's part, said
        params = {"value": _short(value), "names": label, "name": two[0], "read": two[1]}
        return _mended(reading, problems, path, prov, two[1], "two_values_one_cell", params)
    if (counted := _count_of_two(meta, value)) is not None:
        # 1,200 pcs / 0.66 MW: the part in pieces, the measure never converted — said
        params = {"value": _short(value), "word": counted[0], "read": counted[1]}
        return _mended(reading, problems, path, prov, counted[1], "qty_in_two_units", params)
    if (worded := label_word_before(meta, f"{label} {shown}", value)) is not None:
        # "PO 4711-2026-0832" under Purchase order: the label's own word typed before the code, no part of it
        params = {"value": _short(value), "word": worded[0], "read": worded[1]}
        return _mended(reading, problems, path, prov, worded[1], "value_with_label_word", params)
    if meta.kind in ("code", "text") and "/" in label and "\n" not in value:
        names = slash_names(re.sub(r"[:：]", "", label))
        parts = [t.strip() for t in re.split(r"\s+/\s*|\s*/\s+|[|]", value) if t.strip()]
        vocab = vocabulary(spec)
        if (
            len(names) >= 2
            and len(parts) == len(names)
            and not one_thing(vocab, label, path)
            and not in_two_languages(vocab, path, meta.kind, names, parts, meta.long)
        ):
            for name, part in zip(names, parts, strict=True):
                found = vocab.match(name)
                if found is not None and found[0] == path and found[1] >= 0.85:
                    params = {"value": _short(value), "comment": label, "read": part}
                    return _mended(reading, problems, path, prov, part, "value_with_comment", params)
            tagged = [
                t for t in (label_word_before(meta, label, p, tagged=True) for p in parts) if t is not None
            ]
            if len(tagged) == 1:
                # "LS 26-11873 / lot 2610-07" under Delivery note / lot: the part tagged with the field's word
                params = {"value": _short(value), "names": label, "name": tagged[0][0], "read": tagged[0][1]}
                return _mended(reading, problems, path, prov, tagged[0][1], "two_values_one_cell", params)
            if meta.kind == "code":
                # which part is the field's, neither the label nor the parts say: kept whole, never unsaid
                problems.append(
                    _warn("two_values_unsure", path, prov.location, {"value": _short(value), "names": label})
                )
    return value


# the marks joining a label's two names and their two values (``應到／實到``, ``Shipped / Received``,
# ``发货、实收``); a slash in a value only with a space beside it, or between two figures (a date's own
# slashes, 2026/11/02, join no values), or full-width
_TWO_NAMES = lazy_re(r"\s*[/／、]\s*")
_TWO_VALUES = lazy_re(r"\s+/\s*|\s*/\s+|(?<=\d)/(?=\d)|\s*\|\s*")
_TWO_VALUES_WIDE = lazy_re(r"\s*[／、]\s*")  # (split before folding: halfwidth makes them / and ,)


def _value_parts(value: str) -> list[str]:
    """The parts of a value joined as two values are (:data:`_TWO_VALUES`), each folded."""
    return [t.strip() for wide in _TWO_VALUES_WIDE.split(value) for t in _TWO_VALUES.split(halfwidth(wide))]


def _share_of_two(
    spec: FormSpec, path: str, meta: FieldMeta, label: str, value: str
) -> tuple[str, str] | None:
    """A figure's or date's label of two names over a value of two parts joined the same way
    (``應到／實到`` over ``500／480``, ``Shipped / Received`` over ``1,000 / 960``): the name of the
    two that names ``path`` (its vocabulary's reading at 0.85 or more; of two that do, the one naming
    it best, the first on a tie) and its part, when the part is a value of the field's kind. None
    when the label has one name, the counts of names and parts differ, no name or the whole label
    names the field as one thing (``Lot / Date Code``), or the part does not read."""
    if not label or "\n" in value or not _TWO_NAMES.search(label):
        return None
    # (、 before folding: halfwidth makes it a comma, a figure's thousands)
    names = slash_names(halfwidth(_TWO_NAMES.sub("/", re.sub(r"[:：]", "", label))))
    parts = _value_parts(value)
    if len(names) < 2 or len(parts) != len(names) or not all(parts):
        return None
    vocab = vocabulary(spec)
    if one_thing(vocab, label, path):
        return None
    scores = [max((c[1] for c in vocab.candidates(name) if c[0] == path), default=0.0) for name in names]
    best = max(scores)
    if best < 0.85:
        return None
    i = scores.index(best)
    return (names[i], parts[i]) if typed_valid(meta, parts[i]) else None


def _count_of_two(meta: FieldMeta, value: str) -> tuple[str, str] | None:
    """A count's value of two figures or more, each with its unit, joined as two values are
    (``1,200 pcs / 0.66 MW``, ``12 ctns / 1,200 pcs``): the one part counted in a count word
    (pcs, 件) and its word — the others a measure or a package, never converted. None where no
    part or several are counted in pieces, or a part is no figure with its unit."""
    if meta.kind != "qty" or "\n" in value:
        return None
    parts = _value_parts(value)
    read = [own_unit(p) for p in parts]
    if len(parts) < 2 or any(r[0] == p or not r[2] for p, r in zip(parts, read, strict=True)):
        return None  # (a part no figure, or a bare figure: which unit it is in is not said)
    counted = [(r[2], p) for p, r in zip(parts, read, strict=True) if r[1] == 1]
    return counted[0] if len(counted) == 1 and typed_valid(meta, counted[0][1]) else None


def _option_halves(spec: FormSpec, path: str, prov: Any, meta: FieldMeta, value: str) -> Any:
    """A ticked option whose two languages name different options, resolved and said
    (:mod:`.option_halves`); None when no option's halves disagree."""

    def by_label() -> int | None:
        vocab = vocabulary(spec)
        label = getattr(prov, "label", "") or ""

        def names_field(half: str) -> bool:
            found = vocab.match(half)
            return found is not None and found[0] == path and found[1] >= 0.85

        return label_half(label, names_field)

    assert meta.term is not None
    return mend_halves(meta.term, value, by_label)


def _code_only_label(prov: Any, meta: FieldMeta) -> bool:
    """Was the value read beside a label that names its code field only when a code stands there
    (a label the form declares ``code_only``: a bare ``Part``), printed with a system's field code
    or not (``物料(MATNR)`` is 物料: over a name, 弹片, no part number either)?"""
    return names_code_only(getattr(prov, "label", "") or "", meta)


def names_code_only(label: str, meta: FieldMeta) -> bool:
    """Is ``label`` (with or without a system's field code: ``物料(MATNR)``) one that names
    ``meta``'s code field only when a code stands beside it (``code_only``: 机型, a bare ``Part``)?"""
    read = {norm(label), norm(without_field_codes(label, True))}
    return any(getattr(text, "code_only", False) and norm(text) in read for text in meta.labels)


def _names_machine(label: str) -> bool:
    """Is ``label`` (its system's field code aside) a machine's label (:data:`.forms.base.MACHINE_LABELS`:
    机型, 機型), whose code may be the machine's model rather than the part's number?"""
    read = {norm(label), norm(without_field_codes(label, True))}
    return any(norm(t) in read for t in MACHINE_LABELS)


def code_only_fit(
    fields: Any, label: str, meta: FieldMeta, value: Any, labelled_elsewhere: Callable[[str], bool]
) -> float:
    """How well ``value`` suits ``meta`` beside a label that names a code field only over a code
    (``code_only``): 机型 over ``HX-620`` is the part's code, over ``手持扫描枪`` the part's name,
    and over ``PD680`` too when the form gives the part's code under a label of its own (编码
    1401-PD680-003: ``labelled_elsewhere(key)``, another label on the page naming that field). The
    code field where the value is not its code, or a text field where it is (``fields``: the page's
    fields), fits 0.4: the other field wins by the value. The code field over a code, no other label
    naming it, beside a machine's label (机型), fits as a doubtful label does (:data:`.vocab.DOUBTFUL_STRENGTH`): read and warned — a
    machine's type standing alone (機型 VMC-850 on a warranty claim) may be the machine's model, not
    the part's number, and only the clerk knows; else 1.0. The one rule for 机型 on every form (a
    complaint's, an 8D's, a return line's), decided among the candidates so the page's assignment
    weighs it — no value is moved after the reading."""
    if not isinstance(value, str) or not label:
        return 1.0
    if meta.kind == "code" and names_code_only(label, meta):
        if not reads_as_code(value) or labelled_elsewhere(meta.key):
            return 0.4
        # only a machine's label (机型) doubts its code: a bare Part over a code names the part itself
        return DOUBTFUL_STRENGTH if _names_machine(label) else 1.0
    if meta.kind == "text" and reads_as_code(value):
        others = fields.values() if hasattr(fields, "values") else ()
        for m in others:
            if m.kind == "code" and m is not meta and names_code_only(label, m):
                return 1.0 if labelled_elsewhere(m.key) else 0.4
    return 1.0


def _typed_more(
    reading: Any,
    problems: list[Problem],
    path: str,
    prov: Any,
    meta: FieldMeta | None,
    value: Any,
    label_boxes: Sequence[Any],
) -> Any:
    """A figure or date typed with more than itself (see :mod:`.typed`): the value is mended
    and the addition reported; a date is read in the order its label prints."""
    if meta is None or not isinstance(value, str):
        return value
    marked = footnote_marked(meta, value)
    if marked is not None:  # 1,200¹: 1200, the footnote's mark said
        params = {"value": _short(value), "mark": marked[1], "read": marked[0]}
        value = _mended(reading, problems, path, prov, marked[0], "value_with_footnote", params)
    about = approximate(meta, value)
    if about is not None:  # 约500 pcs, 84 件左右: 84, said to be approximate
        params = {"value": _short(value), "read": about}
        value = _mended(reading, problems, path, prov, about, "value_approximate", params)
    tolerance = with_tolerance(meta, value)
    if tolerance is not None:  # 12,000 ±0.5%: 12000, the tolerance said
        params = {"value": _short(value), "tolerance": tolerance[1], "read": tolerance[0]}
        value = _mended(reading, problems, path, prov, tolerance[0], "qty_with_tolerance", params)
    packed = in_packs(meta, value)
    if packed is not None:  # 3箱(每箱100pcs): 300, said to be computed
        packs, each, total = (str(n) for n in (*packed, packed[0] * packed[1]))
        params = {"value": _short(value), "packs": packs, "each": each, "read": total}
        value = _mended(reading, problems, path, prov, total, "qty_in_packs", params)
    if (packages := count_in_packages(meta, value, prov.label)) is not None:  # 3箱: 3, said to count packs
        params = {"value": _short(value), "word": packages[1], "read": packages[0]}
        value = _mended(reading, problems, path, prov, packages[0], "qty_in_packages", params)
    if (measured := count_in_measure(meta, value, prov.label)) is not None:  # 86 kg: 86, said to be no pieces
        params = {"value": _short(value), "word": measured[1], "read": measured[0]}
        value = _mended(reading, problems, path, prov, measured[0], "qty_in_measure", params)
    mended = value_with_comment(meta, value)
    if mended is not None:
        params = {"value": _short(value), "comment": mended[1], "read": mended[0]}
        value = _mended(reading, problems, path, prov, mended[0], "value_with_comment", params)
    units = amount_in_units(meta, value)
    if units is not None:  # ¥1.2万: 12000.00 元, said
        params = {"value": _short(value), "unit": units[1], "unit_en": units[2], "read": units[0]}
        value = _mended(reading, problems, path, prov, units[0], "amount_in_units", params)
    counted = count_in_money(meta, value)
    if counted is not None:  # 1,200元 in a quantity: 1200, and said (a count is no amount)
        params = {"value": _short(value), "unit": counted[1], "read": counted[0]}
        value = _mended(reading, problems, path, prov, counted[0], "qty_in_currency", params)
    scale = scaled_figure(meta, value)
    if scale is not None:  # 12 dozen: 144, 2 million: 2000000, 3万: 30000 — the scale said
        params = {"value": _short(value), "word": scale[1], "figure": scale[2], "factor": f"{scale[3]:,}"}
        params["read"] = scale[0]
        said = _own_unit_said(meta, prov, value)  # (1.2万 under 数量(K): unit_conflict says it)
        if typed_valid(meta, value):  # 3万, 1.5k: the value type reads them so, left as typed
            if not said:  # (1.250k: its point the value type's, ambiguous_thousands said by _points)
                problems.append(_warn("qty_scaled", path, prov.location, params))
        else:
            if grouped_by_points(meta, scale[2]):
                # 2.500 thousand: 2500 × 1000 as 1.000 Tausend is, the point a thousands separator — said
                grouped = {"value": params["value"], "number": f"{int(scale[2].replace('.', '')):,}"}
                problems.append(_warn("ambiguous_thousands", path, prov.location, grouped))
            if said:  # (1,5万 under 数量(K): read as unit_conflict said, once)
                set_value(reading.values, path, scale[0])
                value = scale[0]
            else:
                value = _mended(reading, problems, path, prov, scale[0], "qty_scaled", params)
    worded = count_in_a_word(meta, value)
    if worded is not None:  # 1 200 pecoj: 1200, the word said (no count word we know)
        # (500 OK: a result, no unit — whether it counts good or bad pieces is said)
        code = "qty_with_status" if status_word(worded[1]) else "qty_word_unknown"
        params = {"value": _short(value), "word": worded[1], "read": str(worded[2])}
        value = _mended(reading, problems, path, prov, worded[0], code, params)
    per = amount_per_unit(meta, value)
    if per is not None:  # $0.28/Wp: the price of one Wp, the unit said
        params = {"value": _short(value), "unit": per[1], "read": per[0]}
        value = _mended(reading, problems, path, prov, per[0], "amount_per_unit", params)
    amount = foreign_amount(meta, value)
    if amount is not None:
        params = {"value": _short(value), "currency": amount[1], "read": amount[0]}
        value = _mended(reading, problems, path, prov, amount[0], "amount_in_currency", params)
    if meta.kind == "date":
        zoned = factory_day(value)
        if zoned is not None:  # 2026-03-05T23:30-08:00: the 5th written, the 6th at the factory
            params = {"value": _short(value), "zone": zoned[2], "date": str(zoned[0]), "here": str(zoned[1])}
            problems.append(_warn("date_other_zone", path, prov.location, params))
        printed = " ".join(str(b.text) for b in label_boxes) or prov.label
        ordered = date_in_label_order(printed, value)
        if ordered is not None:
            set_value(reading.values, path, ordered)
            if order_in_doubt(printed, value):  # 9/3/26 under "(mm/dd/yy)": read so, and shown
                why = {"why": "标签所注的次序", "why_en": "the order its label gives"}
                params = {
                    "value": _short(value),
                    "date": ordered,
                    "other": _other_order(value, ordered),
                    **why,
                }
                problems.append(_warn("date_order_inferred", path, prov.location, params))
            value = ordered
    return value


def column_totals(
    reading: Any, boxes: Sequence[Any], spec: FormSpec, stale: list[tuple[str, str]] | None = None
) -> list[Problem]:
    """A totals line holding several figures, each under a column of the line table (合计 |
    3600.00 under 折让金额 | 468.00 under 税额): a figure no field read is the total of the column
    it stands in — put in the one empty totals field whose label names that column (合计税额 for
    税额) and read with low confidence, so the clerk is shown it. Never left for a total computed
    from the lines to stand in its place without a word."""
    problems: list[Problem] = []
    by_place = {b.location: b for b in boxes}
    captions = [b for b in boxes if isinstance(b.value, str) and totals_caption(b.text)]
    for caption in captions:
        _totals_under_headers(reading, boxes, spec, caption, problems, [] if stale is None else stale)
    read_at = {p.location for p in reading.provenance.values()}
    for caption in captions:
        figures = [
            o
            for o in _right_along(boxes, caption)
            if o.location not in read_at
            and re.search(r"\d", str(o.value))
            and not re.match(r"\s*[-−(（]", str(o.value))  # a red-letter minus: red_letter's to read
        ]
        for figure in figures:
            for key, meta in spec.fields.items():
                if (
                    meta.kind != "table"
                    or meta.row_model is None
                    or not isinstance(reading.values.get(key), list)
                ):
                    continue
                for col, cmeta in describe(meta.row_model).items():
                    if cmeta.kind not in ("money", "qty", "number"):
                        continue
                    if col not in RATED_FIGURES and _tax_line(halfwidth(caption.text).strip()):
                        continue  # 營業稅 5% | 660 under the amounts: the form's tax (_tax_lines'), no total
                    found = (
                        by_place.get(reading.where.get(f"{key}[{k}].{col}", ""))
                        for k in range(len(reading.values[key]))
                    )
                    cells = [c for c in found if c is not None]
                    middle = (figure.x0 + figure.x1) / 2
                    if not cells or not all(
                        c.x0 <= middle <= c.x1 and figure.x1 - figure.x0 <= 1.2 * (c.x1 - c.x0) for c in cells
                    ):
                        continue  # (a figure spanning several columns is no one column's total)
                    if not all(c.y1 <= figure.y0 + 1e-6 for c in cells) and not (
                        # a totals line above the lines (Zonse / Totals | MK74,400.00 right under the
                        # header): its column's total only when it is the lines' sum
                        all(c.y0 >= figure.y1 - 1e-6 for c in cells)
                        and _sums_to(figure.value, reading.values[key], col, cmeta)
                    ):
                        continue
                    names = {norm(t) for t in cmeta.labels if len(norm(t)) >= 2}
                    totals = [
                        k
                        for k, m in spec.fields.items()
                        if m.kind == cmeta.kind
                        and reading.values.get(k) is None
                        and any(totals_caption(t) or "total" in t.lower() for t in m.labels)
                        and any(n in norm(t) for t in m.labels for n in names)
                    ]
                    if len(totals) > 1:  # "VAT" names the tax and "Total incl. VAT": the column's own name
                        own = norm(cmeta.labels[0])
                        totals = [k for k in totals if any(own in norm(t) for t in spec.fields[k].labels)]
                    if len(totals) == 1:
                        reading.values[totals[0]] = figure.value
                        reading.where[totals[0]] = figure.location
                        prov = reading.provenance[totals[0]] = Provenance(
                            figure.location, caption.text.strip(), caption.location, 0.6, "column-total"
                        )
                        read_at.add(figure.location)
                        _late_value(reading, problems, spec, totals[0], prov, figure.value)
    _tax_lines(reading, boxes, spec, captions, read_at, problems)
    return problems


def _sums_to(value: Any, rows: Sequence[Any], col: str, meta: Any) -> bool:
    """Is ``value`` the sum of the lines' figures in column ``col`` (every line's read)?"""
    from .gross_total import _figure, lines_sum

    total = _figure(value, meta)
    return total is not None and total == lines_sum({"items": list(rows)}, col, meta)


def _tax_lines(
    reading: Any,
    boxes: Sequence[Any],
    spec: FormSpec,
    captions: Sequence[Any],
    read_at: set[str],
    problems: list[Problem],
) -> None:
    """``營業稅 | 1,080`` on a line of its own among the totals (``合計 | 21,600`` above, ``總計``
    below): a tax line under the table's lines is the form's total tax (DOMAIN: the allowance's
    ``total_tax``), though its word is also the lines' tax column (营业税). Its one figure no
    field read goes to the one empty money field a tax line names (Sales Tax, VAT), read with
    low confidence so the clerk is shown it; in a column of the lines' tax it is column_totals'."""
    taxes = [
        k
        for k, m in spec.fields.items()
        if m.kind == "money" and any(_tax_line(halfwidth(t).strip()) for t in m.labels)
    ]
    for caption in captions:
        if len(taxes) != 1 or reading.values.get(taxes[0]) is not None:
            return
        if not _tax_line(halfwidth(caption.text).strip()):
            continue
        line = sorted(_right_along(boxes, caption), key=lambda o: o.x0)
        figures = [o for o in line if re.search(r"\d", str(o.value))]
        if len(figures) != 1 or figures[0].location in read_at or line[0] is not figures[0]:
            continue
        figure, key = figures[0], taxes[0]
        reading.values[key] = figure.value
        reading.where[key] = figure.location
        prov = reading.provenance[key] = Provenance(
            figure.location, caption.text.strip(), caption.location, 0.6, "tax-line"
        )
        read_at.add(figure.location)
        _late_value(reading, problems, spec, key, prov, figure.value)  # (R$ 666,72: its currency said)


def _right_along(boxes: Sequence[Any], b: Any) -> list[Any]:
    """The filled boxes on ``b``'s band right of it (a caption's line: 合计 | 3600 | 468), in
    ``boxes``' order."""
    return [o for o in boxes if o is not b and not o.empty and o.same_band(b) and o.x0 >= b.x1 - 1e-6]


def _header_over(boxes: Sequence[Any], figure: Any) -> Any | None:
    """The text printed at the top of ``figure``'s column: the nearest label-like box above it
    in the same column (its table's header), passing over the figures of the lines between —
    a header only with a line's figure between it and the totals line (not the caption of the
    totals line above, 合计 merged across the columns over 价税合计's figure). A totals line printed
    right under the header, above the lines (``Totals | 83,750`` under ``Net``, the lines' figures
    under it), has the header right over it: its own column's."""
    middle = (figure.x0 + figure.x1) / 2
    stack = [b for b in boxes if not b.empty and b.x0 <= middle <= b.x1]
    column = [b for b in stack if b.y1 <= figure.y0 + 1e-6]
    above = [b for b in column if isinstance(b.value, str) and not re.search(r"\d", b.text)]
    if not above:
        return None
    header = max(above, key=lambda b: b.y0)
    lines = [b for b in column if b.y0 >= header.y1 - 1e-6 and re.search(r"\d", str(b.value))]
    under = [b for b in stack if b.y0 >= figure.y1 - 1e-6 and re.search(r"\d", str(b.value))]
    if lines:
        return header
    first = under and _first_under(stack, header) is figure
    return header if first and _in_header_row(boxes, header) else None


def _first_under(stack: Sequence[Any], header: Any) -> Any | None:
    """The first filled box under ``header`` in its column (``stack``)."""
    below = [b for b in stack if b.y0 >= header.y1 - 1e-6]
    return min(below, key=lambda b: b.y0) if below else None


def _in_header_row(boxes: Sequence[Any], header: Any) -> bool:
    """Does ``header`` stand in a row of column names (another text without figures beside it on
    its line), not alone as a section's caption (``合计`` on a line of its own over the totals: the
    totals line under it is no line of a table whose header is right over it)?"""
    middle = (header.y0 + header.y1) / 2
    return any(
        b is not header
        and not b.empty
        and isinstance(b.value, str)
        and not re.search(r"\d", b.text)
        and b.y0 - 1e-6 <= middle <= b.y1 + 1e-6
        for b in boxes
    )


def _totals_under_headers(
    reading: Any, boxes: Sequence[Any], spec: FormSpec, caption: Any, problems: list, stale: list
) -> None:
    """``合計 | 42,500 | 2,125 | 44,625`` under ``折讓金額 | 營業稅 | 含稅合計``: a figure of a
    totals line standing under a header that names a totals field (含稅合計 → the total) is that
    field's, though the caption's first figure was read for it. The field moves to its own
    column's figure, read with low confidence so the clerk is shown it."""
    vocab = vocabulary(spec)
    line = sorted(_right_along(boxes, caption), key=lambda o: o.x0)
    figures = [f for f in line if re.search(r"\d", str(f.value))]
    for figure in line:
        if not re.search(r"\d", str(figure.value)):
            continue
        header = _header_over(boxes, figure)
        found = vocab.match(header.text) if header is not None else None
        if header is not None and found is not None and len(figures) >= 2:
            _column_sum_taken(reading, boxes, spec, vocab, caption, header, found, figure, problems, stale)
        if header is None or found is None or found[1] < 0.85:
            continue
        key = found[0]
        meta = spec.fields.get(key)
        prov = reading.provenance.get(key)
        # the caption's field its first figure was taken from (the net column's sum): its own column's
        freed = prov is None and reading.values.get(key) is None and any(k == key for k, _ in stale)
        if meta is None or meta.kind != "money" or (prov is None and not freed):
            continue
        if prov is not None and prov.location == figure.location:
            continue
        if prov is not None and prov.label_location not in (caption.location, header.location):
            continue  # read from a label of its own elsewhere: left as read
        # (read under the header itself: the first line's figure, not the column's total)
        reading.values[key] = figure.value
        reading.where[key] = figure.location
        moved = reading.provenance[key] = Provenance(
            figure.location, header.text.strip(), header.location, 0.6, "column-total"
        )
        _late_value(reading, problems, spec, key, moved, figure.value)


# a totals line's caption naming the total with tax (Grand total, Gross, Total incl. VAT, Amount
# due, 价税合计, 含税总计, 應付金額, 税込合計): the figure beside it is that total, never a column's sum.
# No word here is one of gross_total's bare total words (总计 / 總計 alone is a bare total, as
# 合计 is: ``总计 | 3200 | 800`` under Net | VAT sums the columns); a test holds the two agreeing.
# (Not ``not terms.bare_total``: that list is closed, and a bare total in a language it lacks —
# ``Spolu / Total`` — would no longer head the columns' sums.)
_GROSS_CAPTION = lazy_re(
    r"(?i)\b(?:grand|gross|brutto|bruto|incl|including|inclusive|inkl|inklusive|ttc|tvac|due|payable)\b"
    r"|\bwith\s+(?:vat|tax|gst|moms|mva)\b|\btax\s+included\b|价税|價稅|含税|含稅|应付|應付|税込|稅込"
)


def _column_sum_taken(
    reading: Any,
    boxes: Sequence[Any],
    spec: FormSpec,
    vocab: Any,
    caption: Any,
    header: Any,
    found: tuple[str, float, str],
    figure: Any,
    problems: list,
    stale: list,
) -> None:
    """``I alt / Total | 14.310,00 kr. | 3.577,50 kr.`` under ``Beløb / Net | Moms 25 % / VAT``,
    with ``Til gode / Total credit | 17.887,50 kr.`` below: a totals line holding a figure under
    each of several columns sums each column, so the figure under the lines' net amounts is the
    total before tax (the header's totals field, empty), not the total its caption's word names.
    The figure moves to the header's field, read with low confidence; the caption's field is read
    from its other label when one holds a figure of its own no field read (else left to be
    computed, and said so as any total computed is). ``stale``: the (field, place) pairs whose
    findings no longer hold, for the caller to drop."""
    target = found[0]
    meta = spec.fields.get(target)
    if found[1] < 0.8 or meta is None or meta.kind != "money" or meta.section != "totals":
        return
    if _GROSS_CAPTION.search(caption.text):
        return  # (``Grand total | 3200 | 800``: the caption names the total with tax, no column's sum)
    if reading.values.get(target) is not None:
        return
    took = [
        k
        for k, p in reading.provenance.items()
        if k != target
        and p.location == figure.location
        and p.label_location == caption.location
        and getattr(spec.fields.get(k), "section", None) == "totals"
    ]
    if len(took) != 1:
        return
    key = took[0]
    reading.values[target] = figure.value
    reading.where[target] = figure.location
    moved = reading.provenance[target] = Provenance(
        figure.location, header.text.strip(), header.location, 0.6, "column-total"
    )
    reading.values[key] = None
    reading.where.pop(key, None)
    del reading.provenance[key]
    stale.append((key, figure.location))
    _late_value(reading, problems, spec, target, moved, figure.value)
    read_at = {p.location for p in reading.provenance.values()}
    # the caption's field from its other label (Til gode / Total credit | 17.887,50 kr.)
    others = []
    for b in boxes:
        if b is caption or not isinstance(b.value, str) or (m := vocab.match(b.text)) is None:
            continue
        if m[0] != key or m[1] < 0.8:
            continue
        beside = sorted(_right_along(boxes, b), key=lambda o: o.x0)
        if beside and re.search(r"\d", str(beside[0].value)) and beside[0].location not in read_at:
            others.append((b, beside[0]))
    if len(others) != 1:
        return
    label, value = others[0]
    reading.values[key] = value.value
    reading.where[key] = value.location
    prov = reading.provenance[key] = Provenance(
        value.location, label.text.strip(), label.location, 0.6, "label-right"
    )
    stale.append((key, label.location))  # (its label_lost: read now)
    _late_value(reading, problems, spec, key, prov, value.value)


def unread_totals(reading: Any, boxes: Sequence[Any], spec: FormSpec) -> list[Problem]:
    """A totals line printed with a figure beside it that no field read: every totals field
    left empty is reported, so a total computed from the lines later is never passed silently."""
    used = {(p.label_location, p.label.strip()) for p in reading.provenance.values()}
    read_at = {p.location for p in reading.provenance.values()}

    def figures(b: Any) -> list[Any]:
        return [o for o in _right_along(boxes, b) if re.search(r"\d", str(o.value))]

    # a caption no field read, or one whose line holds a figure no field read (合计 | 3600 | 468)
    captions = [
        b
        for b in boxes
        if isinstance(b.value, str)
        and totals_caption(b.text)
        and (found := figures(b))
        and ((b.location, b.text.strip()) not in used or any(o.location not in read_at for o in found))
    ]
    if not captions:
        return []
    out = []
    for key, meta in spec.fields.items():
        if meta.kind not in ("money", "qty", "number") or reading.values.get(key) is not None:
            continue
        if any(totals_caption(t) for t in meta.labels):
            where = reading.where.get(key) or captions[0].location
            out.append(_warn("total_not_read", key, where, {"text": _short(captions[0].text)}))
    return out


def _ticks_by_code(
    reading: Any, problems: list[Problem], path: str, prov: Any, value: str, font: str
) -> None:
    """A choice whose tick boxes are a symbol font's codes set in a text font (``þ退货 ¨换货``:
    Wingdings' codes in DejaVu, the font replaced on a print; or typed in Calibri): the page
    shows letters, not boxes, and only the font says what ``þ`` is — so nothing is read (never
    guessed from the codes), and the field says why and where to read it instead."""
    set_value(reading.values, path, None)
    problems.append(
        _warn("ticks_not_shown", path, prov.location, {"value": _short(value), "font": font.title()})
    )


def _not_printed(reading: Any, problems: list[Problem], path: str, prov: Any) -> None:
    """A figure or date printed as ``###``: nothing is read, and an error on the field says the
    value is not on the page (never a wrong date or figure, never a silent blank)."""
    set_value(reading.values, path, None)
    problems.append(Problem("value_not_printed", field=path, location=prov.location, severity="error"))


def _warn(code: str, path: str, location: str, params: dict[str, Any]) -> Problem:
    return Problem(code, path, location=location, severity="warning", params=params)


def _own_unit_said(meta: FieldMeta, prov: Any, value: str) -> bool:
    """Is ``value``'s own unit other than the one its label names (``1.2万`` under ``数量(K)``)?
    The reading said so (``unit_conflict``, with the figure read): its scale word is the same fact."""
    return unit_conflict(meta.kind, scale_for(meta.kind, getattr(prov, "label", "") or ""), value)


def _mended(
    reading: Any, problems: list[Problem], path: str, prov: Any, read: Any, code: str, params: dict[str, Any]
) -> Any:
    """A value read otherwise than it is printed (``约500 pcs`` → 500): the value read goes into
    the record and a warning on its field says so (``params``: what was printed, what was
    read), never a mend without a word. Returns the value read."""
    set_value(reading.values, path, read)
    problems.append(_warn(code, path, prov.location, params))
    return read


def _department_into_row(reading: Any, spec: FormSpec, path: str, value: str) -> str | None:
    """``Production`` alone in a team row's name column: the department goes into the row's
    department cell — empty (→ "": the row names no member), or holding a name alone, the two
    typed in each other's column (→ that name). None: the row has no such place; left as read."""
    head, _, col = path.rpartition(".")
    if not head.endswith("]") or col != "name" or meta_at(spec, f"{head}.dept") is None:
        return None
    row = value_at(reading.values, head)
    if not isinstance(row, dict):
        return None
    dept = row.get("dept")
    if dept in (None, ""):
        row["dept"] = value.strip()
        return ""
    if isinstance(dept, str) and name_alone(dept) and not department_alone(dept):
        row["dept"] = value.strip()
        return dept.strip()
    return None


def _role_into_row(reading: Any, spec: FormSpec, path: str, extra: str) -> None:
    """``张伟(组长)`` in a table whose rows have a role column: the role goes there, if empty."""
    head, _, col = path.rpartition(".")
    if not head.endswith("]"):
        return
    row = value_at(reading.values, head)
    role_meta = meta_at(spec, f"{head}.role")
    if not isinstance(row, dict) or role_meta is None or role_meta.term is None:
        return
    for word in unit_parts(extra):  # "品保部(组长)": the department, then the role
        _unit_into_row(row, role_meta.term, meta_at(spec, f"{head}.dept") is not None, word)


def _unit_said(word: str) -> bool:
    """Does a word written after a member's name say a department or role: any in Chinese
    (``品质``), in Latin letters only with a word of the vocabulary's (``Quality``, ``QA Manager``,
    ``Production Planning``) — never a given name (``David``, ``Lisa Li``)?"""
    low = " ".join(folded(halfwidth(word)).lower().split())
    if not re.search(r"[a-z]", low):
        return True
    words = re.split(r"[^a-z&]+", low)
    return (
        low in _EN_DEPARTMENTS
        or any(w in _ROLE_WORDS or w in _EN_DEPARTMENTS for w in words if w)
        or _TITLE_WORDS.search(low) is not None
    )


def _unit_into_row(row: dict[str, Any], roles: Any, has_dept: bool, word: str) -> None:
    """One word written after a member's name: a role option into the row's role (unless the
    row names a role already), anything else into its department, if empty."""
    try:
        found = roles.lookup(word)
    except Exception:
        found = None
    named = bool(row.get("role")) and roles.lookup(row["role"]) is not None
    if found is not None:
        if not named:
            row["role"] = word
    elif has_dept and not row.get("dept") and not re.search(r"\d", word) and _unit_said(word):
        if row.get("role") and not named:
            return  # the row's role column holds something else: leave the row as read
        row["dept"] = word  # "李娜(品质)", "李娜/制造部": the member's department


# ---------------------------------------------------------------------------------- derived values
def _leaves(value: Any, path: str = "") -> dict[str, Any]:
    """Every filled leaf of a dumped record by its path (``items[0].tax``)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for k, v in value.items():
            out.update(_leaves(v, f"{path}.{k}" if path else k))
        return out
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        out = {}
        for i, v in enumerate(value):
            out.update(_leaves(v, f"{path}[{i}]"))
        return out
    return {} if value in (None, "", []) else {path: value}


def derived_in_doubt(
    spec: FormSpec, read: Any, derived: Any, provenance: dict[str, Any], problems: Sequence[Problem]
) -> list[Problem]:
    """A value the form computes (a tax rate by default, totals, the amount in words) that the
    reader did not read, on another company's layout, computed beside fields that carry errors
    or warnings: it is as doubtful as they are and is reported, never passed silently."""
    if not may_be_in_doubt(provenance, problems):
        return []
    flagged = [f for p in problems if p.code != "required" for f in p.fields]  # (missing is no doubt)

    def section(path: str) -> str:
        meta = meta_at(spec, re.sub(r"\[\d+\]", "[0]", path).split("[")[0])
        return meta.section if meta is not None else ""

    def numeric(path: str) -> bool:
        meta = meta_at(spec, path)
        return meta is not None and meta.kind in FIGURE_KINDS

    doubtful = {section(f) for f in flagged} | {f.split("]")[0] for f in flagged if "[" in f}
    # figures are computed from figures: one read in doubt puts every computed figure in doubt
    figures_in_doubt = any(numeric(f) for f in flagged)
    before = _leaves(read.model_dump(mode="json", warnings=False))
    computed = {
        path: value
        for path, value in _leaves(derived.model_dump(mode="json", warnings=False)).items()
        if path not in before and path not in provenance and path not in flagged
    }
    in_doubt: dict[str, Any] = {}
    while True:  # a value computed from one in doubt (the amount in words from the total) is too
        more = {
            path: value
            for path, value in computed.items()
            if path not in in_doubt
            and (
                section(path) in doubtful
                or ("[" in path and path.split("]")[0] in doubtful)
                or (figures_in_doubt and numeric(path))
            )
        }
        if not more:
            break
        in_doubt.update(more)
        doubtful |= {section(path) for path in more}
    out = []
    for path, value in computed.items():
        if path in in_doubt:
            zh, en = labels_for(spec, path)
            problem = _warn("derived_value_in_doubt", path, "", {"value": _short(value)})
            out.append(replace(problem, label=zh, label_en=en))
    return out


_RATE_UNREAD = ("profile_field_unread", "profile_label_gone")


def rate_told_by_lines(
    read: Any, derived: Any, problems: Sequence[Problem]
) -> tuple[list[Problem], list[Problem]]:
    """A tax rate left blank on a print (unread by its profile) whose lines each carry a tax
    computed at one statutory rate (or, untaxed lines, whose stated total tax is): that rate is what the totals were computed with, and it is
    sure — the unread-field warning (which puts every total in doubt) gives way to one note on
    the rate. Returns (the warnings replaced, the note)."""
    # (imported here: reading a complaint sheet loads the complaint form's module alone — tests/test_form_titles.py)
    from ..forms.allowance import STATUTORY_RATES

    unread = [p for p in problems if p.field == "tax_rate" and p.code in _RATE_UNREAD]
    rate = getattr(derived, "tax_rate", None)
    if not unread or getattr(read, "tax_rate", 0) is not None or rate not in STATUTORY_RATES:
        return [], []
    lines = read.taxed_pairs() if hasattr(read, "taxed_pairs") else []
    fits = getattr(read, "tax_fits", lambda a, r, t: round_money(a * r) == t)  # (416 for 416.25 in NT$)
    if not lines or any(a is None or t is None or a <= 0 or not fits(a, rate, t) for a, t in lines):
        return [], []
    shown = f"{format((rate * 100).normalize(), 'f')}%"
    note = replace(unread[0], code="tax_rate_from_lines", params={"rate": shown})
    return unread, [note]


def rate_not_printed(read: Any, derived: Any, provenance: dict[str, Any]) -> list[Problem]:
    """A form in another currency (US$, NT$, AUD…) whose tax rate is neither printed nor told by
    its lines' taxes: no rate of the procedure's is assumed for it (a GST 10 % debit note's tax is
    no 13 % of its net), so its tax and total incl. tax may stay uncomputed — a warning on the rate
    says so. A renminbi form takes the company's rate, the procedure's own default (nothing to
    say); our own templates (read by their defined names) leave the rate blank by design."""
    if not hasattr(read, "implied_rate") or getattr(read, "tax_rate", 0) is not None:
        return []
    if getattr(read, "in_renminbi", True):
        return []
    if not provenance or all(getattr(p, "how", "") == "name" for p in provenance.values()):
        return []
    if getattr(derived, "tax_rate", None) is not None:
        return []  # printed after all (a label's rate) or told by the lines' taxes
    if getattr(derived, "total_tax", None) is not None and getattr(derived, "total", None) is not None:
        return []  # every figure printed: nothing computed at a rate the form does not give

    zh, en = labels_for(read.spec, "tax_rate")
    currency = getattr(read, "_currency", "") or "?"
    return [
        replace(_warn("tax_rate_not_printed", "tax_rate", "", {"currency": currency}), label=zh, label_en=en)
    ]


# ---------------------------------------------------------------------------------- date order


def _other_order(value: str, date: str) -> str:
    """The date ``value`` reads in the order not taken (``11-03-2026`` read 2026-11-03: 2026-03-11)."""
    readings = either_order(value)
    if readings is None:
        return date
    return next((d.isoformat() for d in readings if d.isoformat() != date), date)


def _english_form(reading: Any, least: int = 3) -> bool:
    """A form labelled in English only: ``least`` labels read or more, none in CJK script."""
    labels = {str(getattr(p, "label", "") or "") for p in reading.provenance.values()}
    labels = {t for t in labels if t.strip()}
    return len(labels) >= least and not any(re.search(r"[\u3040-\u9fff\uac00-\ud7af]", t) for t in labels)


# where the form comes from, when it writes its dates day first (dd/mm/yyyy): Hong Kong,
# Singapore, Malaysia, Macau, the United Kingdom — their currencies, a tax only they levy (GST),
# their companies' suffixes, their names in an address; the Gulf and the Arab world (a form in
# Arabic script: التاريخ / Date, 05/03/2026 is the 5th of March there), its currencies' codes
_DAY_FIRST_CURRENCIES = frozenset({"HKD", "SGD", "MYR", "MOP", "GBP"})
_DAY_FIRST_PLACE = lazy_re(
    r"(?i)(?<![a-z])(?:GST|Pte\.?\s*Ltd|Sdn\.?\s*Bhd|Bhd|Singapore|Malaysia|Kuala\s+Lumpur|Hong\s+Kong|"
    r"Kowloon|Macau|Macao|United\s+Kingdom|Dubai|Abu\s+Dhabi|Sharjah|U\.?A\.?E\.?|Saudi\s+Arabia|Riyadh|"
    r"Jeddah|Qatar|Doha|Kuwait|Bahrain|Oman|Muscat)(?![a-z])|香港|九龍|九龙|新加坡|馬來西亞|马来西亚|澳門|澳门|英国|英國"
    r"|(?<![A-Z])(?:AED|SAR|QAR|KWD|BHD|OMR)(?=\s?\d)|[\u0621-\u064a]{2,}(?:\s+[\u0621-\u064a]{2,})*"
    # a dd.mm country (dev23-dates): the word for "date" of a language writing the day first
    # (German, Dutch, Czech, Croatian Datum; Spanish Fecha; Turkish Tarih; Portuguese Data de).
    # (A date of the form dotted day first is its own sign: :func:`_dotted_date`, a date field's
    # value only — a lot number 12.3.2024 in a remark is no date of the form.)
    r"|\b(?:Datum|Fecha|Tarih|Data\s+de)\b"
    # Vietnam's word for a date (Ngày khiếu nại: the day of the complaint), India's companies'
    # suffix and its rupees written before a figure (Pvt. Ltd., Rs. 1,25,000.00, ₹): day first there
    r"|\bNg[àa]y\b|\bPvt\.?\s*Ltd\b|(?<![A-Za-z])(?:Rs\.?|INR|₹)(?=\s?\d)"
    # a telephone number with the region's country code: +852 2843 3111 (Hong Kong), +853 (Macau),
    # +65 (Singapore), +60 (Malaysia), +44 (the United Kingdom)
    r"|(?<![\w+])\+\s?(?:852|853|65|60|44)[\s\-]?\(?\d{1,4}\)?[\s\-]?\d{3,4}"
)


# 30.09.2026, 31. 3. 2026: a date dotted day first, as Germany, Poland, Czechia, Russia write it
_DOTTED_DATE = lazy_re(r"^\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d{2}\.?$")


def _dotted_date(reading: Any, spec: FormSpec) -> str | None:
    """A date field of the form whose value is written dotted day first (``Ship date
    30.09.2026``): the form is of a country writing its dates day first. Its date fields' values
    only, as written: a dotted number in a remark (``Lot 12.3.2024``, ``rev 1.2.2019``) is no
    date of the form and tells nothing of its order."""
    for path in reading.provenance:
        meta = meta_at(spec, path)
        value = value_at(reading.values, path)
        if meta is not None and meta.kind == "date" and isinstance(value, str):
            if _DOTTED_DATE.match(halfwidth(value).strip()):
                return value.strip()
    return None


def day_first_region(texts: Iterable[Any]) -> str | None:
    """The sign on the form of a region that writes its dates day first: its currency's code
    (``HK$ 3,780`` → HKD) or the word as written (``GST``, ``Sdn Bhd``, ``Singapore``); None
    when the form shows none."""
    from .currency import currencies_in

    for text in texts:
        if not isinstance(text, str) or not text:
            continue
        if found := sorted(currencies_in([text]) & _DAY_FIRST_CURRENCIES):
            return found[0]
        if m := _DAY_FIRST_PLACE.search(halfwidth(text)):
            return m[0]
    return None


# a note of the form's date format: "Date format: MM/DD/YYYY", "All dates DD/MM/YYYY", "날짜 형식"
_DATE_WORD = lazy_re(r"(?i)(?<![a-z])dates?(?![a-z])|日期|날짜|日付|datum|fecha|tarih")
_FORMAT_ALONE = lazy_re(r"(?i)^\W*[dmy]{1,4}\s*([/.\-])\s*[dmy]{1,4}\s*\1\s*[dmy]{1,4}\W*$")
# DD/…, …/DD/…: in letters, or 日 as a part of 日/月/年 (a Chinese note of the order: （日/月/年）)
_LETTER_DAY = lazy_re(r"(?i)(?<![a-z])dd?\s*[/.\-]|[/.\-]\s*dd?(?![a-z])|日\s*[/.\-]\s*月|月\s*[/.\-]\s*日")


def stated_date_order(texts: Iterable[Any]) -> str | None:
    """The order of month and day a note on the form states for its dates (``※ Date format:
    MM/DD/YYYY``, ``All dates DD/MM/YYYY``): a text naming dates and printing day, month and
    year in letters, or the format alone in its box (the note's words read apart, as a label). "md" or "dm"; None when no note says, or two notes disagree."""
    found = set()
    for text in texts:
        if not isinstance(text, str) or len(text) > 120:
            continue
        if not _DATE_WORD.search(text) and not _FORMAT_ALONE.match(halfwidth(text)):
            continue  # (a format alone in its box: the note's words read as a label beside it)
        order = label_order(text)
        if order is not None and _LETTER_DAY.search(halfwidth(text)):
            found.add("md" if order.index("m") < order.index("d") else "dm")
    return next(iter(found)) if len(found) == 1 else None


# a table's row read: its field, its number, its column (``corrective_actions[0].action``)
_ROW_PATH = lazy_re(r"^(?P<row>[a-z_]+\[\d+\])\.[a-z_]+$")


def open_step_notes(reading: Any, boxes: Sequence[Any], spec: FormSpec) -> list[Problem]:
    """A tracker's status note on a table row's line saying the row is not closed (``D5 … |
    状态 进行中``, ``Status: open``: a term of the form's ``status`` other than its closed one) on
    a form that is closed (its closing date read, or its status read as closed elsewhere): the
    two contradict each other, said on the row (``step_open_on_closed_form``); nothing is changed."""
    status = spec.fields.get("status")
    if status is None or status.term is None:
        return []
    if _closed_by(reading, spec, status, set()) is None:
        return []  # (an open form, or one not said closed: no note contradicts it)
    notes = _status_notes(reading, boxes, spec, status)
    closed = _closed_by(reading, spec, status, {box.location for _path, box in notes}) if notes else None
    problems: list[Problem] = []
    for path, box in notes if closed is not None else ():
        problems.append(
            _warn(
                "step_open_on_closed_form", path, box.location, {"note": _short(box.text), "closed": closed}
            )
        )
        prov = reading.provenance.get("status")
        if prov is not None and prov.location == box.location:  # the note read as the form's status too
            problems.append(
                _warn(
                    "step_open_on_closed_form",
                    "status",
                    box.location,
                    {"note": _short(box.text), "closed": closed},
                )
            )
    return problems


def _status_notes(
    reading: Any, boxes: Sequence[Any], spec: FormSpec, status: FieldMeta
) -> list[tuple[str, Any]]:
    """Each table row's first read cell (its path) with a side note on its line
    (:func:`.boxes.side_notes`, a cell cut into its label and value read whole) whose label names
    the form's status and whose value is one of its terms other than closed."""
    cells: dict[str, Any] = {}
    for b in sorted(boxes, key=lambda b: b.x0):
        if not b.empty:
            was = cells.get(b.location)
            cells[b.location] = b if was is None else replace(was, text=f"{was.text} {b.text}", x1=b.x1)
    vocab = vocabulary(spec)
    out: list[tuple[str, Any]] = []
    if not any(_open_status_note(vocab, status, c.text) for c in cells.values()):
        return out  # (no cell of the page says a status other than closed: no row's line looked at)
    seen: set[str] = set()
    for path, prov in reading.provenance.items():
        m = _ROW_PATH.match(path)
        own = cells.get(prov.location)
        if m is None or m["row"] in seen or own is None:
            continue
        line = sorted(
            (c for c in cells.values() if c.same_band(own) and c.x0 >= own.x1 - 1e-6), key=lambda c: c.x0
        )
        noted = side_notes([own, *line])
        for cell in (c for c in line if id(c) in noted):
            option = _status_note(vocab, status, cell.text)
            if option is not None:
                if option.value != "closed":
                    out.append((path, cell))
                    seen.add(m["row"])
                break
    return out


def _status_note(vocab: Any, status: FieldMeta, text: str) -> Any:
    """The term of the form's status a side note's text says (``狀態 進行中``, ``Status: open``):
    its label names the status, its value is one of the status's terms; None otherwise."""
    parts = side_note_parts(text)
    if parts is None:
        return None
    named = vocab.match(parts[0])
    if named is None or named[0] != "status" or named[1] < 0.85:
        return None
    return _term_of(status, parts[1])


def _open_status_note(vocab: Any, status: FieldMeta, text: str) -> bool:
    """Would ``text``, read as a side note, say a status other than closed? The page-level
    pre-test of :func:`_status_notes` (issue 15): a page holding no such text has no row's note
    to say, and its rows' lines (every cell looked at for every row's cell) are never made."""
    option = _status_note(vocab, status, text)
    return option is not None and option.value != "closed"


def _term_of(meta: FieldMeta, word: str) -> Any:
    try:
        return meta.term.lookup(word) if meta.term is not None else None
    except Exception:  # a term's own lookup refusing the text: no option of it
        return None


def _closed_by(reading: Any, spec: FormSpec, status: FieldMeta, notes: set[str]) -> str | None:
    """What says the form is closed: its closing date as read (``closure.closed_date``), or its
    status read as closed from a place other than the notes; None when nothing says so."""
    for path in spec.field_paths:
        if path.rpartition(".")[2] == "closed_date" and (value := value_at(reading.values, path)) is not None:
            return _short(value)
    prov = reading.provenance.get("status")
    said = _term_of(status, str(reading.values.get("status") or ""))
    if said is not None and said.value == "closed" and prov is not None and prov.location not in notes:
        return _short(reading.values["status"])
    return None


def date_order(reading: Any, spec: FormSpec, texts: Iterable[Any] = ()) -> list[Problem]:
    """A date like ``9/3/26`` (March 9 or September 3?) on a form that tells its order: its
    label says ``(mm/dd/yy)``, or every other date of the form written so shows one order
    (``9/22/26``, never ``22/9/26``), or, no date telling it, the form shows where it comes from
    (``texts``, the page's: ``S$``, ``HK$``, ``GST``, a Singapore address — day first, as Hong
    Kong, Singapore and Malaysia write it), or it is labelled in English only (month first, as
    US forms write it). Read in that order and warned; never guessed otherwise."""
    dated = {}
    for path, prov in reading.provenance.items():
        meta = meta_at(spec, path)
        value = value_at(reading.values, path)
        if meta is not None and meta.kind == "date" and isinstance(value, str):
            m = day_month_year(halfwidth(value).strip())  # 9/3/26, 11-03-2026
            if m:
                dated[path] = (m, prov)
    seen = set()
    for m, _ in dated.values():
        a, b = int(m[1]), int(m[2])
        if b > 12 >= a:
            seen.add("md")
        elif a > 12 >= b:
            seen.add("dm")
    out = []
    texts = list(texts) if dated else []
    labels = {str(prov.label or "") for _m, prov in dated.values()}
    noted = stated_date_order(t for t in texts if t not in labels) if dated else None
    if noted is not None and seen and seen != {noted}:
        noted = None  # the form's note and its dates disagree: neither decides
    dotted = _dotted_date(reading, spec) if dated and not seen and noted is None else None
    region = (dotted or day_first_region(texts)) if dated and not seen and noted is None else None
    for path, (m, prov) in dated.items():
        a, b = int(m[1]), int(m[2])
        if a > 12 or b > 12:
            continue  # the order is plain
        hinted = day_month_order(prov.label)  # the label's hint, read as typed.py reads it
        order = hinted or noted or (next(iter(seen)) if len(seen) == 1 else None)
        regional = order is None and region is not None
        if regional:
            order = "dm"  # Hong Kong, Singapore, Malaysia: day first, warned
        # (an English form's month first is the US's slashed date: 11-03-2026 with hyphens is as
        # often day first, Europe's and India's way — only a sign of its country decides it)
        english = order is None and not seen and "/" in m[0] and _english_form(reading)
        if english:
            order = "md"  # an English form, no date telling its order: month first (US), warned
        if order is None:
            continue
        year = int(m[3]) if len(m[3]) == 4 else 2000 + int(m[3])
        month, day = (a, b) if order == "md" else (b, a)
        try:
            date = dt.date(year, month, day).isoformat()
        except ValueError:
            continue
        raw = value_at(reading.values, path)
        set_value(reading.values, path, date)
        why = (
            ("标签所注的次序", "the order its label gives")
            if hinted
            else ("表上注明的日期格式", "the date format the form states")
            if order == noted
            else (
                f"表上另一日期 {region} 的日/月次序",
                f"the form's other date {region}, written day first",
            )
            if regional and region == dotted
            else (f"“{region}”所示地区的日/月次序", f"the day/month order of the region '{region}' shows")
            if regional
            else ("英文表单的月/日次序", "an English form's month/day order")
            if english
            else ("表上其他日期的次序", "the order of the form's other dates")
        )
        if len(m[3]) == 2:  # 05/03/26: the century decided too, and said (dev23-dates)
            why = (
                f"{why[0]}、两位年份 {m[3]} 按 {year} 年",
                f"{why[1]}, the two-digit year {m[3]} as {year}",
            )
        out.append(
            _warn(
                "date_order_inferred",
                path,
                prov.location,
                {
                    "value": raw,
                    "date": date,
                    "other": _other_order(str(raw), date),
                    "why": why[0],
                    "why_en": why[1],
                },
            )
        )
    return out
