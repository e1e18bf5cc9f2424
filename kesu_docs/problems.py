"""Errors and warnings: a small catalogue of stable codes with zh and en message templates.

A problem always says where it is: the field key, its Chinese label, and the location in the
source (``Sheet1!D7``, ``p1 · 客户名称``). Messages are chosen by the code, never by matching
Pydantic's English text, so scripts can rely on the code and clerks read their own language.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal, NamedTuple

from .values import Term, one_line

Lang = Literal["zh", "en"]
ErrorOrWarning = Literal["error", "warning"]  # a problem's severity

# Modules that declare a ``MESSAGES`` dict of their own codes, besides every form module
# (kesu_docs/forms/*.py): the catalogue reads them all on its first look-up, so no message
# depends on which module happened to be imported first.
CATALOGUE_MODULES = (
    "kesu_docs.register.errors",
    "kesu_docs.register.document",
    "kesu_docs.register.database",
    "kesu_docs.render.pdf",
    "kesu_docs.xlsxsave",
    "kesu_docs.parse.excel",
    "kesu_docs.parse.print_notes",
    "kesu_docs.parse.pdf",
    "kesu_docs.parse.pdf_attached",
    "kesu_docs.parse.letters",
    "kesu_docs.parse.legend",
    "kesu_docs.parse.anchor",
    "kesu_docs.parse.head_words",
    "kesu_docs.parse.party_ids",
    "kesu_docs.parse.dates",
    "kesu_docs.parse.currency",
    "kesu_docs.parse.copies",
    "kesu_docs.parse.two_forms",
    "kesu_docs.parse.lab_reports",
    "kesu_docs.parse.request_or_decision",
    "kesu_docs.parse.ubn",
    "kesu_docs.parse.record_rows",
    "kesu_docs.parse.gross_total",
    "kesu_docs.parse.unread_beside",
    "kesu_docs.parse.unread_texts",
    "kesu_docs.parse.placeholders",
    "kesu_docs.parse.guards",
    "kesu_docs.parse.option_halves",
    "kesu_docs.parse.cell_lines",
    "kesu_docs.parse.typed",
    "kesu_docs.parse.units",
    "kesu_docs.parse.jsonfile",
    "kesu_docs.parse.profile",
    "kesu_docs.same_numbers",
    "kesu_docs.reports.notices",
    "kesu_docs.web.uploads",
    "kesu_docs.web.jobs",
)


class Catalogue(dict[str, tuple[str, str]]):
    """code → (zh template, en template): this module's codes, then the declared modules' ones.

    >>> MESSAGES["total_in_words_invalid"][1][:15]   # declared in forms/allowance.py
    'Amount in words'
    """

    _complete = False

    def _load(self) -> None:
        import importlib
        import pkgutil

        self._complete = True
        names = list(CATALOGUE_MODULES)
        forms = importlib.import_module("kesu_docs.forms")
        names += [f"kesu_docs.forms.{m.name}" for m in pkgutil.iter_modules(forms.__path__)]
        for name in names:
            declared = getattr(importlib.import_module(name), "MESSAGES", None)
            if isinstance(declared, dict) and declared is not self:
                _merge(self, declared, name)

    def _imported(self, code: str) -> bool:
        """Is ``code`` declared by a catalogue module imported already (merged here then)? The
        whole catalogue imports the web server's modules too (0.9 s of CPU): a `kesu parse` whose
        first message is the Excel reader's (a Word file named .xlsx) need not wait for them."""
        import sys

        for name, module in list(sys.modules.items()):
            if name in CATALOGUE_MODULES or name.startswith("kesu_docs.forms."):
                declared = getattr(module, "MESSAGES", None)
                if isinstance(declared, dict) and declared is not self and code in declared:
                    _merge(self, {code: declared[code]}, name)
                    return True
        return False

    def __missing__(self, code: str) -> tuple[str, str]:
        if not self._complete:
            if not self._imported(code):
                self._load()
            if dict.__contains__(self, code):
                return dict.__getitem__(self, code)
        raise KeyError(code)

    def get(self, code: str, default: Any = None) -> Any:
        try:
            return self[code]
        except KeyError:
            return default

    def __contains__(self, code: object) -> bool:
        if not self._complete and not dict.__contains__(self, code) and not self._imported(str(code)):
            self._load()
        return dict.__contains__(self, code)


# Templates use str.format with the problem's params plus ``label`` (the field's label in the
# message's language).
MESSAGES: Catalogue = Catalogue(
    {
        # reading a source
        "file_not_found": ("找不到文件：{path}", "File not found: {path}"),
        "output_unusable": (
            "无法使用输出位置 {path}：{reason}",
            "Cannot use the output place {path}: {reason}",
        ),
        # a report's or an export's -o (--report): what is at the output already; {what}: 月报 …;
        # {instead}: 请另取文件名 (-o names the file), 请另选输出文件夹 (-o names its folder: kesu demo)
        "report_output_not_ours": (
            "{path} 已存在，且不是 kesu 写出的{what}：不覆盖。{instead}，或加 --force 覆盖它",
            "{path} exists and is no {what} kesu wrote: it is not replaced. {instead}, or add --force to replace it",
        ),
        "report_output_no_file": (
            "{path} 不是普通文件（命名管道、设备或套接字）：{what}不写到那里，也不读它（加 --force 也不行）。{instead}",
            "{path} is no regular file (a named pipe, a device or a socket): the {what} is neither written "
            "there nor read, --force or not. {instead}",
        ),
        "unreadable_file": ("无法读取文件：{reason}", "Cannot read the file: {reason}"),
        "unsupported_file": (
            "不支持的文件类型：{suffix}（支持 .xlsx .xls .pdf .json；表格请另存为 .xlsx）",
            "Unsupported file type: {suffix} (use .xlsx, .xls, .pdf or .json; save a spreadsheet as .xlsx)",
        ),
        "office_lock_file": (
            "不是表单，未读取：{what}",
            "Not a form; not read: {what}",
        ),
        # a check report kesu wrote, met in a folder a batch reads: passed over, the batch's note
        # says it (parse/reading.py's passed_over); never a result shown
        "check_report_passed_over": (
            "{path}：这是 kesu 写的{what}，不是表单，未读取",
            "{path}: a {what} kesu wrote, not a form; not read",
        ),
        # the same file named on its own (on the command line, uploaded on the page): a result
        "kesu_output_not_read": (
            "这是 kesu 写的{what}，不是表单，未读取：请给出填好的表单",
            "This is a {what} kesu wrote, not a form; not read: give the filled form instead",
        ),
        "name_ends_in_dot_or_space": (
            "文件名“{name}”以句点或空格结尾，Windows 打不开也改不了这样的文件，未读取：请改名为“{renamed}”后再次运行",
            "The file name '{name}' ends in a dot or a space, which Windows can neither open nor "
            "rename; not read: rename it '{renamed}' and run again",
        ),
        "empty_file": ("文件是空的", "The file is empty"),
        "corrupt_file": ("文件已损坏或不完整：{reason}", "The file is corrupt or truncated: {reason}"),
        "encrypted_file": (
            "文件有密码保护，请先取消密码再提交",
            "The file is password-protected: remove the password first",
        ),
        "not_a_form": (
            "文件中找不到表单的任何栏位（{kinds}），不是可识别的表单{found}",
            "None of the form's labels were found ({kinds}): not a recognised form{found}",
        ),
        "form_read_sparsely": (
            "这份{title}的版式很少见，只按常见字样读到了几项（找到的标签：{found}），缺少：{missing}；请核对并补填",
            "This {title} is laid out in a way kesu hardly reads: only a few values were read, by words any"
            " form prints (labels found: {found}); missing: {missing}; please check and fill them in",
        ),
        "letter_quoted_only": (
            "这封邮件最新的一封读不出投诉信的内容（没有称呼和结尾敬语，或没有写料号或数量），投诉信只在下面引用的"
            "旧邮件里（{marker}）：旧邮件的值未读取（可能已被更正）；请提交原投诉信本身，或按最新情况填写客户抱怨处理单",
            "The newest message of this e-mail cannot be read as a complaint letter (no salutation and close, "
            "or no part or count in it); the complaint letter is only in the older mail quoted below it "
            "({marker}): nothing was read from it (it may have been corrected since). Submit the original "
            "complaint letter itself, or fill in a complaint form as things stand now",
        ),
        "empty_form": (
            "表单（{title}）上只找到印好的标签，没有读到任何填写的内容：是空白表单吗？请填写后再提交；"
            "如果已经填写，请让 IT 人员为这种版式建立版式档案（kesu learn）",
            "Only the printed labels of the form ({title}) were found, nothing filled in: a blank "
            "form? Fill it in and submit again; if it was filled in, ask IT to teach kesu this "
            "layout (kesu learn)",
        ),
        "form_kind_unknown": (
            "没有这种表单：{kind}；表单种类为 {kinds}",
            "No such form kind: {kind}; the kinds are {kinds}",
        ),
        "unknown_kind": (
            "无法判断表单种类，不是可识别的表单{found}；请用 --kind 指定（{kinds}）",
            "Cannot tell which form this is, not a recognised form{found}; give --kind ({kinds})",
        ),
        "internal_error": (
            "检查此文件时程序出错（{reason}），请把文件交给 IT 人员报告此问题；其他文件照常处理",
            "kesu failed on this document ({reason}): please report it with the file; the other "
            "documents were processed",
        ),
        "worker_stopped": (
            "读取此文件的进程中途停止（{how}），此文件未读取；其他文件照常处理。请单独再试此文件，"
            "如仍如此，请把文件交给 IT 人员报告此问题",
            "The process reading this file stopped ({how}): the file was not read; the other files "
            "were processed. Try this file again alone; if it stops again, report it to IT with the file",
        ),
        "worker_none_left": (
            "此文件未读取：本次运行的工作进程已全部停止（{how}），此文件未曾尝试；其他文件照常处理。"
            "再次运行同一命令即会读取",
            "Not read: no worker was left ({how}) and this file was never tried; the other files "
            "were processed. Run the same command again to read it",
        ),
        "two_forms_named": (
            "表单写了两种表单：按“{title}”读取，但表上的表单名称是“{other}”；请核对是哪一种（或用 --kind 指定）",
            "The form names two forms: read as '{title}', but its form name says '{other}'; "
            "please check which it is (or give --kind)",
        ),
        "kind_guessed": (
            "表单上没有标题，依栏位判断为“{title}”；如不对请用 --kind 指定",
            "The form has no title: taken as '{title}' from its labels; give --kind if that is wrong",
        ),
        "kind_title_overruled": (
            "表上的“{line}”像是“{named}”的标题，但表上没有它独有的栏位，栏位是“{title}”的：按“{title}”读取；"
            "如不对请用 --kind 指定",
            "'{line}' on the form reads as the title of '{named}', but none of that form's own labels are on it"
            " and its labels are those of '{title}': read as '{title}'; give --kind if that is wrong",
        ),
        "kind_title_unsupported": (
            "表上的“{line}”像是“{title}”的标题，但它不在表的开头，表上也没有“{title}”独有的栏位：按“{title}”读取；"
            "如不对请用 --kind 指定",
            "'{line}' on the form reads as the title of '{title}', but it is not at the top of the form and none of"
            " that form's own labels are on it: read as '{title}'; give --kind if that is wrong",
        ),
        "kind_title_two_forms": (
            "标题“{line}”写了两种表单（“{named}”）：{how}“{title}”；如不对请用 --kind 指定",
            "The title '{line}' names two forms ('{named}'): {how} '{title}'; give --kind if that is wrong",
        ),
        "kind_second_form": (
            "表的开头是“{line}”，按“{title}”读取；下方还有 8D 报告的各步骤（D1…D8），那是表上的第二种表单，未读取；"
            "如需要请用 --kind 8d 另读",
            "The form begins with '{line}' and was read as '{title}'; below it stand an 8D report's steps (D1…D8),"
            " a second form on the sheet, not read; give --kind 8d to read that one",
        ),
        "kind_title_general": (
            "标题“{line}”只说明是投诉或索赔，没有说是哪种表单：依栏位判断为“{title}”{also}；如不对请用 --kind 指定",
            "The title '{line}' names a complaint or a claim only generally, not which form: taken as '{title}'"
            " from its labels{also}; give --kind if that is wrong",
        ),
        "blank_copy_sheet": (
            "工作表“{sheets}”是同一版式的空白表单（模板），只读取了填写的工作表",
            "Sheet '{sheets}' is a blank copy of the same form (the template): only the filled sheet was read",
        ),
        "blank_copy_page": (
            "第 {pages} 页是同一版式的空白表单（模板），只读取了填写的那一份",
            "Page {pages} is a blank copy of the same form (the template): only the filled copy was read",
        ),
        "stray_cell": (
            "工作表“{sheet}”的单元格 {cell} 有内容，远在表单之外（使用范围 {area} 超过 {limit} 个单元格），"
            "未读取：请删除该单元格（或整行、整列）后保存再提交",
            "Sheet '{sheet}' has something in cell {cell}, far outside the form (the used range {area} "
            "is over {limit} cells), not read: delete that cell (or its row or column), save and "
            "submit again",
        ),
        "invalid_json": ("JSON 格式错误：{reason}", "Invalid JSON: {reason}"),
        "xfa_form": (
            "这个 PDF 是 XFA 动态表单（只有 Adobe Reader 能显示和填写），页面上没有可读的内容：请在 Adobe "
            "Reader 中打开，用“打印 → Microsoft Print to PDF”另存为普通 PDF（或提交原来的 Excel 表）后再提交",
            "This PDF is an XFA (dynamic) form, which only Adobe Reader shows and fills: its pages hold "
            "nothing to read. Open it in Adobe Reader, print it to a PDF printer (Microsoft Print to "
            "PDF) and submit that, or submit the original Excel sheet",
        ),
        "no_text_layer": (
            "PDF 没有文字层（扫描件，或导出时文字被转成了轮廓/曲线），需先做 OCR 文字识别；有原 Excel 或 Word 文件时请提交原文件",
            "The PDF has no text layer (a scan, or its text was exported as outlines): it needs OCR "
            "first; where the original Excel or Word file exists, send that",
        ),
        # field values
        "required": ("{label}为必填栏位", "{label} is required"),
        "invalid_long_number": (
            "{label}：{value} 超过 Excel 能保存的 15 位有效数字，末几位可能已被改成 0；请把单元格设为文本后重新输入",
            "{label}: {value} has more digits than the 15 Excel keeps, its last ones may have been "
            "turned into 0: format the cell as text and type it again",
        ),
        "invalid_date": ("{label}不是有效日期：{value}", "{label} is not a valid date: {value}"),
        "invalid_date_hashes": (
            "{label}：单元格显示为 {value}（日期为负数、超出 Excel 的日期范围，或列宽不够），读不出日期，请在原表中重新填写日期",
            "{label}: the cell shows {value} (a negative date, one past Excel's range, or a column too "
            "narrow for it): no date can be read; please enter the date again in the original",
        ),
        "invalid_date_zero": (
            "{label}：单元格显示为 {value}（日期值为 0 或只有时间，即没有填写日期），读不出日期，请在原表中填写日期",
            "{label}: the cell shows {value} (a date of 0, or a time of day alone: no date was typed); "
            "no date can be read; please enter the date in the original",
        ),
        "invalid_date_ambiguous": (
            "{label}：“{value}”的月、日次序不明，可读作 {month_first}（月/日/年）或 {day_first}（日/月/年），"
            "表上没有可判断次序的依据，未读取；请在原表中写明（如 {day_first}）",
            "{label}: the order of month and day in '{value}' is unclear: {month_first} (month first) "
            "or {day_first} (day first), and nothing on the form tells which; not read, please write it "
            "unambiguously in the original (as {day_first})",
        ),
        "invalid_date_time_only": (
            "{label}：“{value}”只有时间，没有日期（单元格是日期加时间的格式，却只存了时间），读不出日期，请在原表中填写日期",
            "{label}: '{value}' is a time without a date (a day-and-time cell holding a time of day "
            "alone); no date can be read, please enter the date in the original",
        ),
        "invalid_date_duration": (
            "{label}：“{value}”是时限（小时或天数），不是日期，未读取；如有日期，请在原表中填写",
            "{label}: '{value}' is a time allowed (hours or days), not a date; not read — if there is a "
            "date, please enter it in the original",
        ),
        "invalid_number": ("{label}不是有效数字：{value}", "{label} is not a valid number: {value}"),
        "invalid_money": ("{label}不是有效金额：{value}", "{label} is not a valid amount: {value}"),
        "invalid_qty": (
            "{label}不是有效数量（须为整数）：{value}",
            "{label} is not a whole quantity: {value}",
        ),
        "invalid_qty_measure": (
            "{label}：“{value}”是按“{word}”计的重量或长度，不是件数，未读取；请在原表中填写件数",
            "{label}: '{value}' is in {word} (a weight or a length), not a count of pieces; not read — "
            "please enter the count of pieces in the original",
        ),
        "invalid_qty_product": (
            "{label}：{value} 中的乘积与等号后的总数不符，请核对",
            "{label}: in {value} the product does not equal the total after '='; please check",
        ),
        "invalid_ratio": ("{label}不是有效比率：{value}", "{label} is not a valid ratio: {value}"),
        "invalid_bool": ("{label}应填“是”或“否”：{value}", "{label} must be yes or no: {value}"),
        "invalid_choice": (
            "{label}的值“{value}”不在可选项中：{choices}",
            "{label}: '{value}' is not one of {choices}",
        ),
        "invalid_value": ("{label}的值无效：{reason}", "{label} is not valid: {reason}"),
        "too_small": ("{label}不能小于 {limit}", "{label} must not be less than {limit}"),
        "too_large": ("{label}不能大于 {limit}", "{label} must not be more than {limit}"),
        "too_long": ("{label}太长（最多 {limit} 字）", "{label} is too long (at most {limit} characters)"),
        "unknown_field": ("未知栏位：{value}", "Unknown field: {value}"),
        "invalid_characters": (
            "{label}含有无法保存或无法照原样打印的字符 {char}（第 {position} 个字），请删除后重新填写",
            "{label} holds a character that cannot be stored or printed as typed: {char} (character {position})",
        ),
        "number_out_of_range": (
            "{label}超出可保存的范围或精度（整数部分最多 {limit} 位）：{value}",
            "{label} is beyond what can be stored (at most {limit} integer digits): {value}",
        ),
        "invalid_doc_number": (
            "{label}“{value}”不能作为编号：编号最多 32 位，由字母、数字和 / - _ . # ( ) 〔 〕 及单个空格组成，"
            '含数字，以字母或数字开头和结尾，不得含 ..、// 或 \\ : * ? " < > | 等字符',
            "{label} '{value}' cannot be a document number: at most 32 characters of letters, digits, "
            "/ - _ . # ( ) 〔 〕 and single spaces, with a digit, starting and ending with a letter or digit, "
            'without .., // or any of \\ : * ? " < > |',
        ),
        # limits (config [limits]) and where output may go
        "limit_exceeded": (
            "文件超出限制，未读取：{what}为 {found}，上限 {limit}（如确为正常文件，可在 kesu.toml 的 "
            "[limits] 中调高 {key}）",
            "The file exceeds a limit and was not read: {what} is {found}, at most {limit} (for a "
            "legitimate file raise {key} in kesu.toml [limits])",
        ),
        "unsafe_output": (
            "输出文件 {path} 不在输出文件夹 {folder} 内（或会覆盖模板），未写出",
            "The output file {path} is not inside the output folder {folder} (or would overwrite a "
            "template): nothing written",
        ),
        # references between documents (register)
        "reference_unchecked": (
            "未连接登记簿，未检查{label}“{value}”是否存在",
            "No register given: {label} '{value}' was not checked",
        ),
        "reference_not_found": ("登记簿中没有{label}“{value}”", "{label} '{value}' is not in the register"),
        "reference_void": (
            "{label}“{value}”在登记簿中已作废，不能作为依据",
            "{label} '{value}' is void in the register: it cannot be referenced",
        ),
        "render_failed": ("生成文件失败：{reason}", "Rendering failed: {reason}"),
        # filing._reprint_not_placed: the reason of a render_failed whose re-print was counted
        "reprint_not_placed": (
            "登记册已计入补印 {count}，但其文件 {name} 未能放到位（{why}）；请再次补印",
            "the register counted re-print {count}, but its file {name} could not be put in place "
            "({why}); re-print again",
        ),
        "reprint_staged_replaced": (
            "其临时文件两次被另一个文件替换",
            "its temporary file was replaced by another, twice",
        ),
        # the output folder's listing cut at folder_ahead.SCAN_MOST names (filing._number)
        "folder_scan_cut": (
            "输出文件夹及其子文件夹中的文件太多：只查看了前 {count} 个名称，未查看的文件夹：{unscanned}"
            "（其中编号超过登记簿最后一号的文件不会被发现）；请把归档移出输出文件夹，"
            "或用 kesu register check --folder 检查它们",
            "The output folder and its subfolders hold too many files: only the first {count} names "
            "were looked at; folders not looked through: {unscanned} (a file there numbered past the "
            "register's last would not be found); move archives out of the output folder, or look "
            "through them with kesu register check --folder",
        ),
        "template_attached_dropped": (
            "模板 {template} 附加了本机上的模板 {attached}（Word 自动写入，如 Normal.dotm）："
            "受控文件的副本中已去掉这一附加，内容不受影响；如需避免本提示，请在 Word 的“开发工具 → 文档模板”中取消附加后重新保存模板",
            "The template {template} has a template on the local disk attached ({attached}, as Word "
            "writes for Normal.dotm): the controlled copies are made without it, their content "
            "unchanged; to stop this note, detach it in Word (Developer → Document Template) and save "
            "the template again",
        ),
        "template_objects_dropped": (
            "模板 {template} 中嵌入了对象 {objects}（如从 .doc 带来的 OLE 图片、公式、嵌入的 Excel 表，"
            "双击时交给另一个程序打开）：受控文件的副本中只保留其显示的图片，不带对象本身；"
            "如需避免本提示，请在 Word 中把对象转换为图片（右键 → 复制，选择性粘贴为图片）后重新保存模板",
            "The template {template} embeds objects ({objects}: an OLE picture or equation kept from "
            "a .doc, an embedded Excel table — handed to another program on a double-click): the "
            "controlled copies keep the picture each shows, not the object; to stop this note, turn "
            "each object into a picture in Word (copy it, Paste Special as a picture) and save the "
            "template again",
        ),
        "same_case_by_key": (
            "表上没有编号，但客户、日期、料号、订单号、批号与已登记的 {number} 相符：作为该案件的第 {revision} 版登记，未另编号",
            "The form has no number, but its customer, date, part, order and lot no. match {number}: "
            "filed as revision {revision} of that case, not numbered again",
        ),
        "revised": (
            "{number} 的第 {revision} 版（取代第 {previous} 版）：{changes}",
            "Revision {revision} of {number} (supersedes {previous}): {changes}",
        ),
        "clock_behind_register": (
            "本机时钟（{clock}）早于登记簿最近一次记录（{latest}）：本批编号时间记为 {latest}，"
            "不早于登记簿已有的记录；请校正本机时钟（Windows：设置 → 时间和语言 → 立即同步）",
            "This computer's clock ({clock}) is behind the register's latest record ({latest}): this "
            "batch is filed at {latest}, never earlier than what the register holds; set the clock "
            "right (Windows: Settings → Time & language → Sync now)",
        ),
        "register_dated_ahead": (
            "登记簿最近一次记录（{number}，{latest}）晚于本机时钟（{clock}）一天以上：本批按本机时钟编号，"
            "不再随该记录推后；若本机时钟正确，该记录的日期有误（历史导入或另一台电脑时钟超前），"
            "请核对；否则请校正本机时钟",
            "The register's latest record ({number}, {latest}) is more than a day after this "
            "computer's clock ({clock}): this batch is filed at this clock's time, not pushed after "
            "that record; if this clock is right, that record is dated in the future (a history "
            "import, another PC's clock ahead): check it; otherwise set this clock right",
        ),
        "issued_before_document_date": (
            "{number} 的编号日期 {issued} 早于表上的日期 {date}：请检查本机时钟或表上的日期",
            "{number} is issued on {issued}, before the form's own date {date}: check this "
            "computer's clock or the date on the form",
        ),
        "superseded_source": (
            "此文件是 {number} 的第 {revision} 版，已被第 {latest} 版取代",
            "This file is revision {revision} of {number}, superseded by revision {latest}",
        ),
        "working_copy_written": (
            "已写出带编号的工作副本 {path}：后续阶段请在此副本上填写",
            "Numbered working copy written: {path} — fill the next stage in this copy",
        ),
        "working_copy_left_out": (
            "工作副本未带上原文件的{what}：原文件保持不变",
            "The working copy leaves out the source's {what}: the source is unchanged",
        ),
        "working_copy_failed": (
            "文件已生成，但带编号的工作副本 {name} 未能写出（{reason}）：后续阶段请在表上填写编号 {number}",
            "The document is rendered, but its numbered working copy {name} could not be written "
            "({reason}): write {number} on the form before the next stage",
        ),
        "file_not_dated": (
            "{name} 已写出，但所在文件夹不接受设定的修改时间（共享盘、FAT 盘）：它带着本机时钟的时间，"
            "早于登记簿给它的时间；请先校准本机时钟——否则重新运行时会把它当作另一份文件而不覆盖",
            "{name} is written, but its folder refuses a set modification time (a network share, a FAT "
            "disk): it is dated by this computer's clock, before the register's time for it; set this "
            "computer's clock right — a rerun would otherwise take it for another document's file",
        ),
        "working_copy_not_written": (
            "未能写出带编号的工作副本（.xls 或表上没有编号栏）：后续阶段请在表上填写编号 {number}",
            "No numbered working copy (an .xls file, or no number cell on the form): write {number} on the "
            "form before the next stage",
        ),
        "number_taken": (
            "编号 {value} 已用于另一份文件{differences}",
            "Number {value} is already used by another document{differences_en}",
        ),
        "font_missing": (
            "找不到可嵌入的中文字体（Noto Sans CJK）：请安装 fonts-noto-cjk，或用环境变量 KESU_CJK_FONT 指定字体文件",
            "No Chinese font to embed (Noto Sans CJK): install fonts-noto-cjk, or name a font file in the KESU_CJK_FONT environment variable",
        ),
    }
)


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Add codes to the catalogue by hand (a plug-in's own); kesu's modules declare theirs."""
    _merge(MESSAGES, messages, "register_messages()")


def _merge(into: dict[str, tuple[str, str]], messages: dict[str, tuple[str, str]], where: str) -> None:
    for code, pair in messages.items():
        existing = dict.get(into, code)
        if existing is not None and existing != pair:
            raise ValueError(f"message code {code!r} is defined twice with different texts ({where})")
        dict.__setitem__(into, code, pair)


class Bilingual(NamedTuple):
    """A parameter said in both languages (a reason, a form's title): each message takes its own."""

    zh: str
    en: str

    @classmethod
    def title(cls, spec: Any) -> Bilingual:
        """A form's title: ``客户抱怨处理单`` / ``Customer Complaint Sheet``."""
        return cls(spec.title_zh, spec.title_en)


class _Default(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


@dataclass
class Problem:
    """One error or warning, located in its source."""

    code: str
    field: str = ""  # record path: "ship_date", "items[2].qty_returned"; "" for the file
    label: str = ""  # Chinese label of the field
    label_en: str = ""
    location: str = ""  # "Sheet1!D7", "p1 · 客户名称", "#3" in a JSON list
    severity: ErrorOrWarning = "error"
    params: dict[str, Any] = dc_field(default_factory=dict)

    @property
    def fields(self) -> tuple[str, ...]:
        """The record paths this finding is on: its field, or — one finding on many fields (pages
        printed across) — every field it names in ``params["fields"]``; each is in doubt."""
        if self.field:
            return (self.field,)
        many = self.params.get("fields")
        if isinstance(many, (str, bytes)) or not isinstance(many, Iterable):
            return ()  # a lone text is a field's name, not a list: its producer sets ``field``
        return tuple(sorted(many)) if isinstance(many, AbstractSet) else tuple(many)

    def label_in(self, lang: Lang = "zh") -> str:
        """The field's label in ``lang`` (the Chinese one when there is no English label)."""
        return self.label if lang == "zh" else (self.label_en or self.label)

    def message(self, lang: Lang = "zh") -> str:
        zh, en = MESSAGES.get(self.code, ("{code}", "{code}"))
        values = _Default(
            {k: _show(v, lang) for k, v in self.params.items()},
            label=self.label_in(lang) or self.field,
            code=self.code,
        )
        return (zh if lang == "zh" else en).format_map(values)

    def to_dict(self, lang: Lang = "zh") -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "field": self.field,
            "label": self.label,
            "location": self.location,
            "message": self.message(lang),
        }
        if not self.field and self.fields:  # one finding on many fields names them all
            out["fields"] = list(self.fields)
        return out


def _show(value: Any, lang: Lang = "zh") -> str:
    """A parameter as the message's language writes it: a term is 重大 in Chinese, ``major`` in English."""
    if isinstance(value, Term):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, Bilingual):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(_show(v, lang) for v in value)
    # a value quoted back is shown escaped and cut short: a message never carries a NUL, a lone
    # surrogate (which no console can print) or a megabyte of the input; nor a line break, a
    # terminal's escape or a bidi override (a file named "a⏎错误：…"): a message is one line on the
    # screen, in a check report's HTML or workbook and in a log alike
    return one_line(str(value), 200)


class KesuError(Exception):
    """The one base of the errors kesu raises on purpose: a stable ``code``, its ``params``, and
    the message in Chinese or English from the catalogue (:data:`MESSAGES`), formatted as every
    :class:`Problem` is.

    >>> err = KesuError("file_not_found", path="收件箱/客诉.xlsx")
    >>> err.code, err.message("en")
    ('file_not_found', 'File not found: 收件箱/客诉.xlsx')
    >>> str(err) == err.message()
    True
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message(self._str_lang))

    # the language of ``str(error)``; None: $KESU_LANG, else Chinese
    _str_lang: Lang | None = None

    def message(self, lang: Lang | str | None = None) -> str:
        """The message in ``lang`` (``zh`` or ``en``; None: $KESU_LANG, else ``zh``)."""
        from .language import chosen, from_env

        return Problem(self.code, params=self.params).message(chosen(lang or from_env()))

    def problem(self, location: str = "") -> Problem:
        return Problem(self.code, location=location, params=self.params)


class SourceError(KesuError):
    """A source that cannot be read at all (exit code 2 for that file)."""


NUL_IN_NAME = Bilingual(
    "其中含有 NUL 字符（\\0），任何文件名或地址都不能含有它：请检查给出它的程序",
    "it holds a NUL character (\\0), which no file name or address can hold: check the program that gave it",
)
"""Why a path or a register URL given through the Python API (no command line passes a NUL) is
refused: before, Python's own ``ValueError: embedded null byte``."""


def refuse_nul(path: str | os.PathLike[str]) -> None:
    """:class:`KesuError` ``output_unusable`` when the output ``path`` holds a NUL character."""
    text = os.fspath(path)
    if "\0" in text:
        raise KesuError("output_unusable", path=text.replace("\0", "\\0"), reason=NUL_IN_NAME)


A_FOLDER_TARGET = Bilingual(
    "这是一个文件夹，不是文件：请给出要写入的文件名（如 out/complaint-202609001.docx）",
    "it is a folder, not a file: give the name of the file to write (such as out/complaint-202609001.docx)",
)
"""Why a file's path given through the Python API that names a folder (``/tmp``, ``out/``) is
refused before anything is written: before, the temporary file was staged beside the folder (in
``/`` for ``/tmp``) and the rename failed with a bare ``IsADirectoryError``."""


STAGE_SWAPPED = Bilingual(
    "kesu 在输出文件夹中建立的临时文件夹被替换（换成了链接或其他文件，可能有人或程序在共享文件夹中动过它）："
    "未通过它写入任何文件，请重新运行",
    "the temporary folder kesu made in the output folder was replaced (by a link or another "
    "file: someone or some program changed it in the shared folder): nothing was written through "
    "it; run again",
)
"""Why a write is refused whose private staging folder (:func:`.leftovers._private_folder`) is
no longer the folder kesu made: a link put there would lead the document out of the output
folder."""


def refuse_folder(path: str | os.PathLike[str]) -> None:
    """:class:`KesuError` ``output_unusable`` when the file ``path`` names a folder: one there,
    or a path ending in a separator."""
    text = os.fspath(path)
    if text.endswith(("/", os.sep)) or os.path.isdir(text):
        raise KesuError("output_unusable", path=text, reason=A_FOLDER_TARGET)
