"""Japanese and Korean form words read as the Chinese ones our labels are written with (issue 10).

A Japanese customer's form writes the same characters as ours in another shape (発生 for 发生, 処置 for
处置, 對策 for 对策): OpenCC's ``jp2t`` then ``t2s`` fold those already (:func:`vocab.folded`). But many of
its words are other words: 番号 is our 编号, 伝票 a 单, 得意先 the 客户, 値引 the 折让, 承認 a 批准, 受領 a
签收, 作成 the 编制, 不具合 the 不良, 是正 the 纠正. No package converts words (OpenCC, hanziconv and the
kanji tools of PyPI map characters, never a Japanese word to the Chinese one), so this small table is
kept beside the vocabulary: the words a quality form is worded with, each said once. A Korean label is
written in Hangul, but its words are mostly the same Sino-Korean ones (불량 = 不良, 수량 = 数量, 번호 =
编号): the table says them too, so ``불량수량`` reads as ``不良数量``.

:func:`vocab.chinese_words` gives a label as our words say it (``不具合連絡書番号`` → ``不良联络单编号``,
``作成者`` → ``编制人``, ``発行日`` → ``发出日期``), or None when it holds none of the table's words:
:func:`vocab.variants` adds it as one more reading of the label, a little less sure than the label as
printed (a word the form's vocabulary lists itself keeps its own strength), never as a value. The
vocabulary owns the table as a label is compared (its words folded as it folds them); this module
only the words and the rules of :func:`said_as_ours`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..lazy_re import lazy_re

# (the word as a Japanese or Korean form prints it, the Chinese word our labels use); the longer of two
# words sharing a start is tried first (消費税額 before 消費税), whatever its place here
FORM_WORDS: tuple[tuple[str, str], ...] = (
    # numbers and papers
    ("番号", "编号"),
    ("伝票番号", "单号"),  # a slip's number
    ("伝票no", "单号"),  # (伝票No., as a label is compared: lower case)
    ("伝票", "单"),
    ("連絡書", "联络单"),
    ("連絡票", "联络单"),
    ("報告書", "报告"),
    ("証明書", "证明单"),
    ("請求書", "发票"),
    ("納品書", "送货单"),
    ("文書", "文件"),
    # parties and people
    ("得意先", "客户"),
    ("顧客", "客户"),
    ("仕入先", "供应商"),
    ("購入先", "供应商"),
    ("納入業者", "供应商"),
    ("協力会社", "供应商"),
    ("会社名", "公司名称"),
    ("担当者", "经办人"),
    ("担当", "经办人"),
    ("責任者", "负责人"),
    ("氏名", "姓名"),
    ("部署", "部门"),
    ("住所", "地址"),
    # acts
    ("承認", "批准"),
    ("受領", "签收"),
    ("受付", "受理"),
    ("作成", "编制"),
    ("発行", "发出"),
    ("出荷", "出货"),
    ("納入", "交货"),
    ("返品", "退货"),
    ("値引", "折让"),
    ("是正", "纠正"),
    ("検証", "验证"),
    ("暫定", "临时"),
    ("恒久", "永久"),
    # things and counts
    ("不具合", "不良"),
    ("品番", "料号"),
    ("個数", "数量"),
    ("消費税額", "税额"),
    ("消費税率", "税率"),
    ("消費税", "税额"),
    ("区分", "类别"),
    ("理由", "原因"),
    ("日付", "日期"),
    ("年月日", "日期"),
    ("ロット", "批号"),
    ("メンバー", "成员"),
    ("チーム", "小组"),
    ("リーダー", "组长"),
    ("クレーム", "客诉"),
    ("コメント", "备注"),
    # Korean (Hangul): the Sino-Korean words of a quality form
    ("불량", "不良"),
    ("부적합", "不合格"),
    ("수량", "数量"),
    ("번호", "编号"),
    ("문서", "文件"),
    ("품번", "料号"),
    ("품명", "品名"),
    ("고객사", "客户"),
    ("고객", "客户"),
    ("납품", "交货"),
    ("반품", "退货"),
    ("승인", "批准"),
    ("작성자", "编制人"),
    ("작성", "编制"),
    ("담당자", "经办人"),
    ("확인", "确认"),
    ("발행일", "发出日期"),
    ("일자", "日期"),
    ("원인", "原因"),
    ("대책", "对策"),
    ("현상", "现象"),
    ("금액", "金额"),
    ("단가", "单价"),
    ("합계", "合计"),
    ("세액", "税额"),
)

_KANA = lazy_re(r"[\u3040-\u30ff]")
# the kana a Japanese label joins its words with (不具合の内容, 処置を要求): no word of its own
_PARTICLES = lazy_re(r"(?<=[\u3400-\u9fff\u30a0-\u30ff])[のをな](?=[\u3400-\u9fff\u30a0-\u30ff])")
# a Japanese label's last character that a Chinese one writes longer: 作成者 = 编制人, 発行日 = 发出日期
_PERSON_AFTER = lazy_re(r"(?<=[\u3400-\u9fff]{2})者$")
_NUMBER_AFTER = lazy_re(r"(?<=[\u3400-\u9fff])no\.?$")  # 連絡書No. = 联络单编号 (a label already lower case)
_DAY_AFTER = lazy_re(r"(?<=[\u3400-\u9fff]{2})(?<![日期])日$")


def word_pattern(words: Iterable[str]) -> re.Pattern[str]:
    """One pattern of ``words`` (a table's words as a label is compared), the longest first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def said_as_ours(text: str, pattern: re.Pattern[str], words: Mapping[str, str]) -> str | None:
    """``text`` (a label already folded: :func:`vocab.folded`) with the table's words found by
    ``pattern`` said as ours (``words``: each one as the vocabulary folds it, and its Chinese word —
    :func:`vocab.chinese_words` owns them), its particles dropped, a person's 者 said 人, a day's 日
    said 日期 and a number's No. 编号; None when it holds none of the table's words nor any kana (a
    Chinese label is never reworded), or says them as they are.

    >>> table = {w: ours for w, ours in FORM_WORDS}
    >>> said_as_ours("作成者", word_pattern(table), table), said_as_ours("불량수량", word_pattern(table), table)
    ('编制人', '不良数量')
    >>> said_as_ours("客户名称", word_pattern(table), table) is None
    True
    """
    said, n = pattern.subn(lambda m: words[m[0]], text)
    if not n and not _KANA.search(text):
        return None  # (no word of the table, and no kana: nothing says the label is Japanese)
    said = _PARTICLES.sub("", said)
    said = _PERSON_AFTER.sub("人", said)
    said = _DAY_AFTER.sub("日期", said)
    said = _NUMBER_AFTER.sub("编号", said)
    return said if said != text else None
