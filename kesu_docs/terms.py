"""The procedure's vocabulary (DOMAIN §4): enumerated values with their Chinese terms."""

from __future__ import annotations

import re

from .values import Term

# what a customer asks for, in the words of forms in other languages (Request and Disposition)
_RETURN_WORDS = (
    "Возврат",
    "Devolución",
    "Devolução",
    "Retour",
    "Rücksendung",
    "Pengembalian",
    "Retur",
    "返品",
    "Reso",  # Italian, Polish, Turkish
    "Zwrot",
    "İade",
    "Vrácení",  # Czech, Hungarian, Dutch
    "Visszaküldés",
    "Retourzending",
    "Επιστροφή",  # Greek, Romanian, Danish, Finnish, Hebrew
    "Returnare",
    "Returnering",
    "Palautus",
    "החזרה",
    "Pagbabalik",  # Filipino
    "Повернення",  # Ukrainian; Persian بازگشت (a return), مرجوعی (goods sent back)
    "بازگشت",
    "مرجوعی",
    # a platform's after-sales type (售后类型 退货退款 on 天猫 / 京东 / 拼多多): the goods sent back, the
    # money refunded with them — a return
    "退货退款",
)
REPLACEMENT_WORDS = (
    "Замена",
    "Reemplazo",
    "Sustitución",
    "Substituição",
    "Remplacement",
    "Ersatz",
    "Austausch",
    "Penggantian",
    "Sostituzione",  # Italian, Polish, Turkish
    "Wymiana",
    "Değişim",
    "Výměna",  # Czech, Hungarian, Dutch
    "Csere",
    "Vervanging",
    "Αντικατάσταση",  # Greek, Romanian, Danish, Swedish, Finnish, Hebrew
    "Înlocuire",
    "Inlocuire",  # (typed without the comma below)
    "Udskiftning",
    "Utbyte",
    "Vaihto",
    "החלפה",
    "Pagpapalit",  # Filipino
    "Заміна",  # Ukrainian; Persian تعویض
    "تعویض",
    "交換",
    "换新",  # a hotline's 客户诉求 换新 (a new unit for the faulty one): a replacement
    "交换",
    "更换",  # a Hong Kong / Taiwan form's 更換 (folded): the goods changed for new ones, as 换货
    "交换良品",  # ja 良品交換 / 交換良品: the rejected goods changed for good ones
    "良品交换",
    "换新品",  # zh-Hant 換新品 (folded): changed for new goods
    "Replace",  # an OEM's request worded as a verb: Replace rejected parts
)
ALLOWANCE_WORDS = (
    "Скидка",
    "Nota de crédito",
    "Bonificación",
    "Avoir",
    "Gutschrift",
    "Potongan harga",
    "Nota di credito",  # Italian, Polish, Turkish
    "Nota kredytowa",
    "Alacak dekontu",
    "Dobropis",  # Czech, Hungarian, Dutch
    "Jóváírás",
    "Creditnota",
    "Kreditnota",  # Danish, Norwegian, Swedish, Greek, Romanian, Finnish, Hebrew
    "Πιστωτικό",
    "Πιστωτικό σημείωμα",
    "Notă de credit",
    "Hyvitys",
    "Hyvityslasku",
    "זיכוי",
    "Знижка",  # Ukrainian: a discount; Persian تخفیف
    "تخفیف",
    "値引き",
    "値引",
)
# the names of taxes forms print, one list: an allowance line's tax column and the total tax
# (forms.allowance), a rate written with its tax's name (values: ``IVA 16%``), a tax line under a
# table's lines (parse.guards: ``ICMS 12 %``). VAT and its names elsewhere (IVA: Spanish and
# Italian, TVA: French, MwSt / USt: German, IGV: Peru, PPN: Indonesia, KDV: Turkey), GST / HST
# (Singapore, Malaysia, Canada), ICMS (a Brazilian state's tax on goods), and the Chinese taxes
# (simplified: a traditional label is compared folded, parse.vocab.folded)
TAX_NAMES = (
    "VAT",
    "Sales tax",
    "GST",
    "HST",
    "SST",  # Malaysia: the Sales and Service Tax (SST 10 %), GST's successor there
    "IVA",
    "TVA",
    "MwSt",
    "USt",
    "Mehrwertsteuer",
    "Umsatzsteuer",
    "IGV",
    "PPN",
    "ICMS",
    "KDV",
    "DPH",  # Czech and Slovak: daň z přidané hodnoty (DPH 21 %)
    "ÁFA",  # Hungarian
    "BTW",  # Dutch
    "Moms",  # Danish and Swedish: merværdiafgift / mervärdesskatt (Moms 25 %)
    "MVA",  # Norwegian: merverdiavgift
    "ALV",  # Finnish: arvonlisävero
    "ΦΠΑ",  # Greek: φόρος προστιθέμενης αξίας
    "ДДС",  # Bulgarian: данък добавена стойност (ДДС 20 %)
    "НДС",  # Russian: налог на добавленную стоимость
    "ПДВ",  # Ukrainian: податок на додану вартість
    "ДДВ",  # Macedonian: данок на додадена вредност
    "PDV",  # Croatian, Serbian, Bosnian: porez na dodanu vrijednost (PDV 25 %)
    "מע״מ",  # Hebrew: מס ערך מוסף (מע״מ 18%), with the gershayim or a straight quote
    'מע"מ',
    "Impuesto",
    "Imposto",
    "增值税",
    "营业税",
    "Business tax",  # Taiwan's 營業稅 as its Business Tax Act names it in English (Business tax 5 %)
    "消費税",  # Japanese: the consumption tax a Japanese customer's 値引 or 返品 slip states (消費税 10 %)
)


# a bare total word, each language's: the sum of a table's lines, nothing said of tax (the
# allowance's ``Total`` and ``合计`` and ``Celkem / Total``, ``Summe``, ``I alt``, ``Yhteensä`` …);
# a word for the total with tax (Grand total, 价税合计, Total incl. VAT) is none. One list: the
# caption that may head the lines' net sum (parse.gross_total), compared case-folded
TOTAL_WORDS = (
    "Total",
    "Totals",
    "Sum",
    "Subtotal",
    "Sub-total",
    "合计",
    "合計",
    "小计",
    "小計",
    "合計金額",
    "总计",  # a bare total too (dev22-mend2: 总计 | 3200 | 800 under Net | VAT sums the columns)
    "總計",
    "I alt",  # Danish, Norwegian
    "Celkem",  # Czech
    "Celkom",  # Slovak
    "Summe",  # German
    "Gesamt",
    "Summa",  # Swedish
    "Totalt",
    "Yhteensä",  # Finnish, with and without its dots
    "Yhteensa",
    "Totaal",  # Dutch
    "Razem",  # Polish
    "Suma",
    "Totale",  # Italian
    "Toplam",  # Turkish
    "Σύνολο",  # Greek
    "Összesen",  # Hungarian
    "Итого",  # Russian
    "Всего",
    "Ukupno",  # Croatian, Serbian
    "Skupaj",  # Slovenian
    "Kokku",  # Estonian
    "Kopā",  # Latvian
    "Iš viso",  # Lithuanian
    "Общо",  # Bulgarian
    'סה"כ',  # Hebrew
    "الإجمالي",  # Arabic
)

# a totals line's caption words besides the bare totals, each more than a bare total says (no
# column's sum's head, never the allowance's total label): 共计 ("all told"), 总额 ("the whole
# amount"), German Zwischensumme (a subtotal), Gesamtbetrag and Gesamtsumme (the whole amount).
# One vocabulary with :data:`TOTAL_WORDS`: parse.guards' totals caption reads both
TOTALS_LINE_WORDS = (
    *TOTAL_WORDS,
    "共计",
    "共計",
    "总额",
    "總額",
    "Zwischensumme",
    "Gesamtbetrag",
    "Gesamtsumme",
)

_TOTAL_FOLDED = frozenset(w.casefold() for w in TOTAL_WORDS)

# the bare total words of other languages than ours (forms.allowance's total reads them as "Total"):
# not a subtotal, nor a word heading a column of the lines' own sums as well (Sum, Summa, Suma,
# Summe: an amount column's ``Summa / Net``; Gesamt, Totale: a line's total), nor a Chinese one
_COLUMN_WORDS = (
    "Total",
    "Totals",
    "Subtotal",
    "Sub-total",
    "Sum",
    "Summa",
    "Suma",
    "Summe",
    "Gesamt",
    "Totale",
)
OTHER_TOTAL_WORDS = tuple(
    w for w in TOTAL_WORDS if w not in _COLUMN_WORDS and not re.search(r"[\u3400-\u9fff]", w)
)


def bare_total(label: str) -> bool:
    """Is ``label`` only total words (``Summe / Total``, ``I alt:``, ``Общо``), none saying the tax is
    in? The caption of a table's totals line in any language :data:`TOTAL_WORDS` has."""
    parts = [re.sub(r"[\s:：.]+$", "", p).strip().casefold() for p in re.split(r"[/|｜]", label)]
    words = [p for p in parts if p]  # (a cell of "/" alone, "not applicable", is no total)
    return bool(words) and all(p in _TOTAL_FOLDED for p in words)


def tax_names_pattern() -> str:
    """:data:`TAX_NAMES` as one regular expression's alternatives (longest first; no flags:
    callers match with ``(?i)``): any spaces inside a name, a Latin abbreviation's point
    (``MwSt.``, ``I.V.A.``) and a plural ``Impuestos``."""
    out = []
    for name in sorted(TAX_NAMES, key=len, reverse=True):
        spelled = r"\s*".join(re.escape(w) for w in name.split())
        if name.isascii() and " " not in name and len(name) <= 4:
            spelled += r"\.?|" + r"\.?".join(map(re.escape, name)) + r"\."  # MwSt. / I.V.A.
        elif name.endswith("o"):
            spelled += "s?"  # Impuestos
        out.append(spelled)
    return "|".join(out)


# what a caption writes beside a tax's name or for it (one table with TAX_NAMES, read by every
# caption of a tax: a rate written with its tax's name, values; a tax line under the lines,
# parse.guards): Chinese 税额 (the tax's amount: ``税额 13%`` over a figure) and 税率 (its rate;
# 稅額, 稅率 traditional, compared folded), from the VAT invoice's printed columns (增值税专用
# 发票: 金额 | 税率 | 税额); English ``rate`` after a name (``VAT rate 16%``)
TAX_AMOUNT_WORDS = ("税额",)
# the amount word a Chinese caption writes right after a tax's name: 营业税额 (營業稅額, the statutory
# 銷貨折讓證明單's totals line under 銷售額合計), 增值税额 — the tax's amount, as 税额 alone
TAX_AMOUNT_AFTER_NAME = ("额",)
TAX_RATE_WORDS = ("税率",)
TAX_RATE_AFTER_NAME = ("rate",)
# a tax's rate as a caption prints it: ``13 %``, ``7.5%``, ``16,5 %`` (a decimal comma, as Latin
# America and most of Europe write it: Mexico's IVA 16 %, Peru's IGV 18 %, Czech DPH 21 %)
TAX_RATE = r"\d{1,2}(?:[.,]\d{1,3})?\s*%"


# money paid back for returned goods (a return note's handling, forms.return_note.ReturnHandling):
# Spanish / Portuguese, French, German, Italian, Polish, Turkish, Russian, Indonesian, Japanese
REFUND_WORDS = (
    "退钱",
    "退货款",
    "Reembolso",
    "Remboursement",
    "Rückerstattung",
    "Erstattung",
    "Rimborso",
    "Zwrot pieniędzy",
    "Zwrot kosztów",
    "Para iadesi",
    "Geri ödeme",
    "Возврат денег",
    "Возврат средств",
    "Pengembalian dana",
    "返金",
)
# an English form's credit (note): the allowance a customer asks for or is given (Request,
# Disposition) and a return note's credit handling, one list
CREDIT_NOTE_WORDS = ("Credit", "Credit note", "Credit memo")
# a credit for returned goods: the customer's account credited, no money paid (a credit note);
# the foreign credit-note words are the allowance's (a request's): ALLOWANCE_WORDS
CREDIT_WORDS = ("贷项通知", "贷记", "冲账", *CREDIT_NOTE_WORDS, "Credited")
# 返工: the mainland word for 重工 (rework); these and the replacement words are the return
# note's handling words too (forms.return_note.ReturnHandling)
# money claimed for the defect's cost: a customer's claim (索赔), a deduction from the payment
# (扣款: a 扣款确认单), a chargeback, a warranty claim's reimbursement
# 仅退款: a platform's refund without the goods sent back (售后类型), money paid to the buyer — as 赔款
# 赔偿 (to compensate) and 赔偿金 (the compensation paid): a 12315 transfer's 诉求 退货退款并赔偿, 赔款 worded so
# (补偿: to compensate — a mill's 用户要求 降级使用并补偿差价, the price difference paid back)
# a deduction worded as the verb (从当期货款中扣除, Deduct from next payment: a retailer's deduction notice or
# chargeback); a consumer's statutory compensation (退一赔十 / 假一赔十: the food safety law's price back and ten times
# it; 退一赔三: the consumer protection law's three times)
COMPENSATION_WORDS = (
    "索赔",
    "扣款",
    "Chargeback",
    "Reimbursement",
    "仅退款",
    "赔偿",
    "赔偿金",
    "补偿",
    "扣除",
    "Deduct",
    "Deduction",
    "退一赔十",
    "假一赔十",
    "退一赔三",
)
REWORK_WORDS = (
    "返工",
    "Доработка",
    "Retrabajo",
    "Reproceso",
    "Retrabalho",
    "Retouche",
    "Nacharbeit",
    "Rilavorazione",  # Italian, Turkish
    "Yeniden işleme",
    "Přepracování",  # Czech, Hungarian, Dutch
    "Javítás",
    "Herbewerking",
    "Omarbetning",  # Swedish, Danish, Greek, Romanian
    "Omarbetas",
    "Omarbejdning",
    "Επανεπεξεργασία",
    "Reprelucrare",
    "Доопрацювання",  # Ukrainian (Russian доработка); a repair (ремонт, تعمیر) is no rework: see parse.option_halves
    "手直し",
)


class Market(Term):
    # 内销 / 外销 (domestic or export sales) is what most forms print for the market
    DOMESTIC = "domestic", "国内", "domestic", ("内销", "内贸", "国内销售")
    FOREIGN = "foreign", "国外", "foreign", ("外销", "外贸", "出口", "export", "国外销售")


class ComplaintType(Term):
    # a platform's or a 客服中心's reason for the case (申请原因 质量问题, 客訴類別 商品瑕疵): the product's quality
    QUALITY = (
        "quality",
        "质量异常",
        "quality",
        (
            "Product quality",
            "质量",
            "品质",
            "品质异常",
            "品質異常",
            "质量问题",
            "商品瑕疵",
            "产品瑕疵",
        ),
    )
    # a delivery or service complaint (交期 / 服务 beside 品质 in a 客诉分类 column)
    NON_QUALITY = "non_quality", "非质量异常", "non-quality", ("交期", "交货", "服务", "delivery", "service")


class Severity(Term):
    # a GMP complaint's classes graded by their legend (投诉类别 ☐A类（严重）☑B类（主要）☐C类（一般）): 严重
    # (serious) the major one, 主要 (main) the important one, 一般 the general one
    MAJOR = "major", "重大", "", ("严重",)
    IMPORTANT = "important", "重要", "", ("主要",)
    GENERAL = "general", "一般"

    @property
    def rank(self) -> int:
        return {"general": 0, "important": 1, "major": 2}[self.value]


class CauseCategory(Term):
    MATERIAL = "material", "物料"
    OPERATOR = "operator", "作业方法", "work method"
    PROCESS = "process", "工程/工艺"
    APPEARANCE_PERFORMANCE = "appearance_performance", "外观/性能", "appearance / performance"
    PACKAGING = "packaging", "包装"
    HANDLING_STORAGE = "handling_storage", "搬运/贮存", "handling / storage"
    ENVIRONMENT = "environment", "时间/环境"
    OTHER = "other", "其他"


class Disposition(Term):
    RETURN = "return", "退货", "return", _RETURN_WORDS
    REPLACEMENT = "replacement", "换货", "replacement", REPLACEMENT_WORDS
    # English forms: credit (note); other languages' words as a Request's
    ALLOWANCE = "allowance", "折让", "allowance", (*CREDIT_NOTE_WORDS, *ALLOWANCE_WORDS)
    COMPENSATION = "compensation", "赔款", "compensation", COMPENSATION_WORDS
    REWORK = "rework", "重工", "rework", REWORK_WORDS
    RESUPPLY = "resupply", "补货"
    DOWNGRADE = "downgrade", "降级使用", "downgraded use"
    # GB/T 19000's 让步 (concession): a mill's 处理意见 □让步接收 — the goods taken as they are
    # UAI: the review board's (MRB's) disposition code for use as is on an NCR (AS9131)
    CONCESSION = "concession", "特采", "concession (use as is)", ("use as is", "UAI", "让步接收", "让步")
    NOT_ESTABLISHED = "not_established", "客诉不成立", "complaint not established"


class Request(Term):
    """What the customer asks for: a disposition, or 客户加工中未确定 while still processing."""

    # customers' own words for them: Russian (возврат, замена, скидка, доработка), Spanish,
    # Portuguese, French, German, Indonesian, Italian, Polish, Turkish, Ukrainian (повернення,
    # заміна, знижка, доопрацювання), Persian (بازگشت, تعویض, تخفیف), Japanese (返品, 交換 —
    # folded to 交换, 値引き, 手直し)
    RETURN = "return", "退货", "return", _RETURN_WORDS
    REPLACEMENT = "replacement", "换货", "replacement", REPLACEMENT_WORDS
    ALLOWANCE = "allowance", "折让", "allowance", (*CREDIT_NOTE_WORDS, *ALLOWANCE_WORDS)
    COMPENSATION = "compensation", "赔款", "compensation", COMPENSATION_WORDS
    REWORK = "rework", "重工", "rework", REWORK_WORDS
    RESUPPLY = "resupply", "补货"
    DOWNGRADE = "downgrade", "降级使用"
    CONCESSION = "concession", "特采", "concession", ("use as is", "让步接收", "让步")
    PENDING = "pending", "客户加工中未确定", "pending (customer still processing)"


class ApprovalLevel(Term):
    SALES_MANAGER = "sales_manager", "业务部经理", "sales manager"
    VICE_GM = "vice_gm", "副总经理", "vice general manager"
    GM = "gm", "总经理", "general manager"

    @property
    def rank(self) -> int:
        return {"sales_manager": 0, "vice_gm": 1, "gm": 2}[self.value]


class ResponsibilityCode(Term):
    """Responsibility codes for administrative penalties (A–N)."""

    A = "A", "发票或样品单据错误"
    B = "B", "财务错误"
    C = "C", "未按制造规范作业"
    D = "D", "不良品混入良品"
    E = "E", "擅自减少用料"
    F = "F", "业务未转达特殊品质要求"
    G = "G", "订单登录错误"
    H = "H", "交期延误致重大客诉"
    I = "I", "包装错误"
    J = "J", "出货单错误致错货"
    K = "K", "储运不当"
    L = "L", "标示与规格不符"
    M = "M", "检验数据不符"
    N = "N", "其他"


class PenaltyKind(Term):
    WARNING = "warning", "警告"
    MINOR_DEMERIT = "minor_demerit", "小过"
    MAJOR_DEMERIT = "major_demerit", "大过"
