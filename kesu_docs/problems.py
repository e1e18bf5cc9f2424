"""Errors and warnings: a small catalogue of stable codes with zh and en message templates.

A problem always says where it is: the field key, its Chinese label, and the location in the
source (``Sheet1!D7``, ``p1 · 客户名称``). Messages are chosen by the code, never by matching
Pydantic's English text, so scripts can rely on the code and clerks read their own language.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Any, Literal, NamedTuple

from .values import Term

Lang = Literal["zh", "en"]
Severity = Literal["error", "warning"]

# code -> (zh template, en template). Templates use str.format with the problem's params
# plus ``label`` (the field's label in the message's language).
MESSAGES: dict[str, tuple[str, str]] = {
    # reading a source
    "file_not_found": ("找不到文件：{path}", "File not found: {path}"),
    "unreadable_file": ("无法读取文件：{reason}", "Cannot read the file: {reason}"),
    "unsupported_file": (
        "不支持的文件类型：{suffix}（支持 .xlsx .xls .pdf .json）",
        "Unsupported file type: {suffix} (use .xlsx, .xls, .pdf or .json)",
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
    "unknown_kind": (
        "无法判断表单种类，不是可识别的表单{found}；请用 --kind 指定（{kinds}）",
        "Cannot tell which form this is, not a recognised form{found}; give --kind ({kinds})",
    ),
    "internal_error": (
        "检查此文件时程序出错（{reason}），请把文件交给 IT 人员报告此问题；其他文件照常处理",
        "kesu failed on this document ({reason}): please report it with the file; the other "
        "documents were processed",
    ),
    "kind_guessed": (
        "表单上没有标题，依栏位判断为“{title}”；如不对请用 --kind 指定",
        "The form has no title: taken as '{title}' from its labels; give --kind if that is wrong",
    ),
    "invalid_json": ("JSON 格式错误：{reason}", "Invalid JSON: {reason}"),
    "no_text_layer": (
        "PDF 没有文字层（扫描件），需先做 OCR 文字识别",
        "The PDF has no text layer (a scan): it needs OCR first",
    ),
    # field values
    "required": ("{label}为必填栏位", "{label} is required"),
    "invalid_date": ("{label}不是有效日期：{value}", "{label} is not a valid date: {value}"),
    "invalid_number": ("{label}不是有效数字：{value}", "{label} is not a valid number: {value}"),
    "invalid_money": ("{label}不是有效金额：{value}", "{label} is not a valid amount: {value}"),
    "invalid_qty": ("{label}不是有效数量（须为整数）：{value}", "{label} is not a whole quantity: {value}"),
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
    # references between documents (register)
    "reference_unchecked": (
        "未连接登记簿，未检查{label}“{value}”是否存在",
        "No register given: {label} '{value}' was not checked",
    ),
    "reference_not_found": ("登记簿中没有{label}“{value}”", "{label} '{value}' is not in the register"),
    "render_failed": ("生成文件失败：{reason}", "Rendering failed: {reason}"),
    "number_taken": ("编号 {value} 已用于另一份文件", "Number {value} is already used by another document"),
}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Add a form's own codes to the catalogue (each form module calls this once)."""
    for code, pair in messages.items():
        existing = MESSAGES.get(code)
        if existing is not None and existing != pair:
            raise ValueError(f"message code {code!r} is defined twice with different texts")
        MESSAGES[code] = pair


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
    severity: Severity = "error"
    params: dict[str, Any] = dc_field(default_factory=dict)

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

    def to_dict(self, lang: Lang = "zh") -> dict[str, str]:
        return {
            "code": self.code,
            "field": self.field,
            "label": self.label,
            "location": self.location,
            "message": self.message(lang),
        }


def _show(value: Any, lang: Lang = "zh") -> str:
    """A parameter as the message's language writes it: a term is 重大 in Chinese, ``major`` in English."""
    if isinstance(value, Term):
        return value.zh if lang == "zh" else value.value
    if isinstance(value, Bilingual):
        return value.zh if lang == "zh" else value.en
    if isinstance(value, (list, tuple)):
        return ("、" if lang == "zh" else ", ").join(_show(v, lang) for v in value)
    return str(value)


class SourceError(Exception):
    """A source that cannot be read at all (exit code 2 for that file)."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params

    def problem(self, location: str = "") -> Problem:
        return Problem(self.code, location=location, params=self.params)
