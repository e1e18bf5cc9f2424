"""Sales allowance certificate 销货折让证明单 — kind ``allowance``, form QR-047-05 rev A1, 2 copies (DOMAIN §5.4).

The buyer stamps it as proof of the allowance; accounting books it against the original
invoice. Every figure on it must add up to the cent, and the amount in words must say the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import ROUND_HALF_UP, Decimal

from pydantic import PrivateAttr

from ..amount_words import LIMIT, SPELLED, check_words, read_english_words, read_words, to_words, words_in
from ..config import Settings
from ..problems import Bilingual
from ..terms import OTHER_TOTAL_WORDS, TAX_NAMES, Disposition
from ..values import Code, Date, Money, Qty, Ratio, TaxId, Text, YesNo, round_money, tax_id_check, uscc_check
from .base import (
    ANY_CURRENCY_SIGN,
    Finding,
    Form,
    FormSpec,
    Group,
    Row,
    RuleContext,
    alone,
    copies,
    doubtful,
    error,
    field,
    line_amount_rule,
    reference,
    required,
    warning,
    whole,
)
from .return_note import disposition_rule

# VAT rates in law (PRC 13/9/6/3/1 %, ROC business tax 5 %): a form that leaves its rate blank
# but computes every line's tax at one of these is read at that rate; any other rate the lines
# agree on is not guessed, and the lines are checked at the company's rate
STATUTORY_RATES = frozenset(Decimal(r) for r in ("0.13", "0.09", "0.06", "0.05", "0.03", "0.01"))
# currencies whose tax is rounded to the whole unit: Taiwan's 營業稅 to the whole 元 (a 統一發票's tax,
# 8,325 × 5 % = 416.25 printed 416), the yen's and the won's to the whole yen / won — a line's tax so
# rounded fits its rate as well as one rounded to the cent
WHOLE_UNIT_TAX = frozenset({"TWD", "JPY", "KRW"})

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "line_tax_mismatch": (
        "税额 {stated} 与金额×税率不符：{amount} × {rate} = {expected}",
        "Tax {stated} does not match amount × rate: {amount} × {rate} = {expected}",
    ),
    "total_mismatch": (
        "{label} {stated} 与明细合计 {expected} 不符",
        "{label} {stated} does not match the sum of the lines, {expected}",
    ),
    "total_in_words_mismatch": (
        "大写金额“{stated}”与合计 {total} 不符，应为“{expected}”",
        "Amount in words '{stated}' does not say the total {total}; expected '{expected}'",
    ),
    "total_in_words_invalid": (
        "大写金额“{stated}”不合《支付结算办法》的写法，合计 {total} 应写为“{expected}”",
        "Amount in words '{stated}' is not written by the payment-settlement rules; "
        "the total {total} is written '{expected}'",
    ),
    "amount_words_not_derived": (
        "表上金额的币别是 {currency}，大写金额按人民币、新臺幣的写法无法生成，未自动填写：请核对后手写",
        "The form's amounts are in {currency}: no amount in words is derived (only renminbi and "
        "New Taiwan dollars are spelled); write it by hand if needed",
    ),
    "totals_in_other_currency": (
        "表上金额有多种币别（{currencies}）：合计与明细对不上，可能是明细与合计用了不同币别，请核对每个金额的币别",
        "The form's amounts are in more than one currency ({currencies}): its totals do not add up to "
        "its lines, which may be in another currency; check each amount's currency",
    ),
    "invoice_after_issue": (
        "原发票日期（{invoice}）不能晚于开单日期（{issue}）",
        "Invoice date ({invoice}) is after the issue date ({issue})",
    ),
    "seller_is_buyer": (
        "销货人统一编号 {tax_id} 与买受人统一编号相同：折让证明单不能开给自己；"
        "两联式表单上常是同一个编号印了两次，请核对销货人的编号",
        "The seller's tax id {tax_id} is the buyer's too: a certificate is never issued to "
        "oneself (on a two-part form the same number is printed twice); check the seller's",
    ),
    "tax_id_check_digit": (
        "税号 {tax_id} 合乎{country}的格式，但校验位不对：可能抄错或读错了一位，请对照原件核对",
        "Tax id {tax_id} has {country}'s format but its check digit is wrong: a digit may be "
        "mistyped or misread; check it against the original",
    ),
    "tax_id_uscc_check": (
        "统一社会信用代码 {tax_id} 的校验码（第 18 位）不对（GB 32100-2015）：可能抄错或读错了一个字符，请对照原件核对",
        "Unified social credit code {tax_id}: its check character (the 18th) is wrong (GB 32100-2015): a character"
        " may be mistyped or misread; check it against the original",
    ),
    "allowance_exceeds_approved": (
        "折让合计 {total} 超过客诉 {number} 核定的折让/赔款金额 {approved}",
        "Allowance total {total} exceeds the {approved} approved on complaint {number}",
    ),
    "allowances_exceed_approved": (
        "客诉 {number} 已开折让证明单（{others}）合计 {before}，加本单 {total} 共 {sum}，超过核定的折让/赔款金额 {approved}",
        "Complaint {number}'s other allowance certificates ({others}) total {before}; with this one's {total} "
        "that is {sum}, beyond the {approved} approved",
    ),
}

ALLOWANCE_DISPOSITIONS = (Disposition.ALLOWANCE, Disposition.COMPENSATION)


def _same_code(a: str, b: str) -> bool:
    """One tax id written two ways (spaces, dashes, letter case) is the same id."""

    def bare(code: str) -> str:
        return "".join(ch for ch in code.upper() if ch.isalnum())

    return bare(a) == bare(b)


def _id_country(tax_id: str) -> Bilingual:
    """The country whose format a tax id has (its letters, or India's for a GSTIN), named in
    both languages by CLDR (babel)."""
    from babel import Locale

    code = tax_id[:2] if tax_id[:2].isalpha() else "IN"
    code = {"EL": "GR", "XI": "GB"}.get(code, code)  # Greece's and Northern Ireland's VAT letters
    names = [Locale.parse(lang).territories.get(code, code) for lang in ("zh", "en")]
    return Bilingual(*names)


class Seller(Group):
    """The seller (销货人): name and tax id, printed at the head of the certificate."""

    name: Text | None = field(
        "营业人名称",
        "Seller",
        aliases=(
            "Vendor",
            "销货人",
            "卖方",
            "名称",
            "销货人名称",
            "卖方名称",
            "营业人",
            "原销货人营业人名称",
            "销售方名称",
            "销方名称",
            "销货单位",
            "销售单位",
            "销货方",  # a 销货方 / 购货方 party block's caption
            "销货方名称",
            "销售方",
            "供方",  # a contract's 供方 (the supplier: us) beside 需方, on a customer's 质量扣款通知单
        ),
    )
    tax_id: TaxId | None = field(
        "统一编号",
        "Seller tax id",
        aliases=(
            "Vendor Tax ID",
            "纳税人识别号",
            "税号",
            "营利事业统一编号",
            "统编",
            "销售方纳税人识别号",
            "原销货人统一编号",
            "销货方纳税人识别号",
            "卖方统一编号",
            "销售方税号",
            "销方税号",
            "统一社会信用代码",  # a party row's generic id: given to the party the row names
        ),
    )


class AllowanceLine(Row):
    """One allowed line of the original invoice: the allowance excluding tax, and its tax."""

    name: Text | None = required(
        "品名",
        "Item",
        # Descripción / Concepto: a Mexican credit note's line (nota de crédito); Descrição a
        # Brazilian one's, Désignation a French avoir's, Bezeichnung a German Gutschrift's
        aliases=(
            "货物或应税劳务名称",
            # the fully digitised e-invoice's line (数电票: 项目名称), a settlement's 项目 column
            "项目名称",
            "项目",
            "Description",
            "品名规格",
            "货物名称",
            "Descripción",
            "Concepto",
            "Descrição",
            "Descrição do produto",
            "Désignation",
            "Libellé",
            "Bezeichnung",
            "Artikelbezeichnung",
            "项目",  # a 销售折让单 for a platform's compensation: each line's item (平台赔付, 优惠券补偿)
            # a distributor's price protection credit: each line names the part by its manufacturer's number
            # (MPN) — a code where a name is asked: read, and always shown for checking
            doubtful("MPN"),
            "Cost element",  # a charge-back's credit: each cost the review board charged (inspection, rework, scrap)
            # a buyer's chargeback / debit memo: each line what it charges for (a defective allowance, a fee)
            "Charge description",
        ),
    )
    # Billed Qty: an ERP's billing document (SAP's credit memo)
    qty: Qty | None = field(
        "数量",
        "Qty",
        aliases=(
            "Quantity",
            "Billed Qty",
            "Billed quantity",
            "Cantidad",
            "Quantidade",  # Portuguese
            "Qtde",
            "Quantité",  # French
            "Qté",
            "Menge",  # German
            "Anzahl",
            # price protection: the distributor's stock on the day the price fell, the count the line credits
            "Qty on hand",
            "On-hand qty",
            "库存数量",
            # a retailer's claim: the units withdrawn it is credited for (Units | Unit cost | Credit); printed
            # whole only (Units of measure, a Unit column are no count)
            whole("Units"),
            # scrap credited by weight (Weight (kg) | Rate per kg): the line counts kilograms, printed
            # whole only (a Weight class, a Net weight per box are no count)
            whole("Weight"),
            whole("重量"),
        ),
        ge=0,
    )
    unit_price: Money | None = field(
        "单价",
        "Unit price",
        aliases=(
            # the price the line's amount is worked out from: on a line giving the original price,
            # a discount rate and the reduced price (原单价 | 折让比例 | 折让单价), the reduced one
            "折让单价",
            "折让后单价",
            "Price",
            "Net price",
            "Tariff",  # energy credited by the kWh (Tariff (CNY/kWh) 0.42): the price of one unit of it
            "Precio unitario",
            "Precio",
            "Valor unitario",  # a CFDI's line: Valor unitario | Importe
            "P. unitario",
            "Preço unitário",  # Portuguese
            "Valor unitário",
            "Prix unitaire",  # French
            "P.U.",
            "Einzelpreis",  # German
            "Stückpreis",
            # Qty | Rate | Amount: an invoice's or a debit note's price a unit; printed whole only
            # (a Tax rate, an Exchange rate are no price)
            whole("Rate"),
            # a line priced by a unit of measure: scrap credited by weight (Weight (kg) | Rate per kg),
            # the price of one kilogram of it
            "Rate per kg",
            "Price per kg",
            "Unit credit",  # a credit note's line: the price credited per piece (Qty | Unit credit | Amount)
            "Unit cost",  # a retailer's claim credited at what each unit withdrawn cost it (Units | Unit cost)
            "Unit charge",  # a buyer's chargeback / debit note: what it charges per piece (Qty | Unit charge | Amount)
            # price protection (價格保護): the old price less the new one, what each unit on hand is credited
            # (原單價 | 新單價 | 差價, Old cost | New cost | Delta): the line's price, the old one no price of it
            "差价",
            "价差",
            "Price difference",
            "Price delta",
            whole("Delta"),
        ),
        ge=0,
    )
    allowance_amount: Money | None = required(
        "折让金额(不含税)",
        "Allowance excl. tax",
        # Importe: a Mexican credit note's line amount (金额)
        aliases=(
            "金额(不含税)",
            "折让金额",
            # Japanese: a 値引 (allowance) slip's line amount (品名 | 数量 | 単価 | 値引額 | 消費税)
            "値引額",
            "値引金額",
            "金额",
            "Amount",
            "Credit",
            "Credit amount",
            "Net value",
            "Importe",
            "Valor",  # Portuguese: the line's value (Descrição | Quantidade | Valor)
            "Valor total",
            "Montant",  # French
            "Montant HT",
            "Betrag",  # German
            "Gesamtpreis",
            "Net",  # Základ / Net: a Czech credit note's line base (the totals' Net is the sum's)
            "Základ",  # Czech: the tax base
            "Taxable value",  # India: a GST line's amount before the tax (Rate | Taxable Value | IGST)
            # a currency's sign alone heads the line's amount (货物名称 | 数量 | 单价 | ¥ | 税额), any
            # sign (¥, ￥, NT$, €, ₦, R$: base.ANY_CURRENCY_SIGN, the reader's one rule): printed
            # whole, never inside a longer header (单价 ¥ is the price's); a sign before figures one
            # digit a box on its row is a total written out, no header (anchor._sign_names_none)
            whole(ANY_CURRENCY_SIGN),
        ),
        ge=0,
    )
    tax: Money | None = field(
        "税额",
        "Tax",
        # a tax's name alone heads the line's tax column (GST 9%, VAT 13 %, ICMS, KDV: its rate
        # beside it); terms.TAX_NAMES is the one list of them
        aliases=(
            "营业税额",
            "折让税额",
            *TAX_NAMES,
            "GST amount",
            "VAT amount",
            "IVA amount",
            "MwSt.",
        ),
        ge=0,
        hint="可留空，自动计算",
    )


class AllowanceCertificate(Form):
    """销货折让证明单: an allowance against an invoice, stamped by the buyer."""

    number: Code | None = field(
        "证明单号",
        "Certificate no.",
        aliases=(
            # ja: a 値引 certificate's own number
            "値引番号",
            "証明書番号",
            "证明单号码",  # 營業人銷貨退回…折讓證明單: the certificate's own number (證明單號碼)
            "确认书编号",  # a 折让确认书 (a buyer's claim settled): the confirmation's own number
            "Debit Memo #",
            "Debit Memo No.",
            "Debit Note No.",  # a customer's debit note for a quality chargeback: its own number
            "Memo No.",  # a credit memo's own number, its title's word
            "编号",
            "单号",
            "No.",
            "单据编号",
            "折让单号",
            "折让单编号",
            "Credit note no.",
            "Credit memo no.",
            "信息表编号",
            "红字信息表编号",
            "Note No.",  # a credit note's own number (Note No. / Folio)
            "Folio",  # a Mexican credit note's own number (nota de crédito, folio)
            "No. de nota",
            "No. de nota de crédito",
        ),
        section="header",
        hint="由登记簿编号，可留空",
    )
    complaint_number: Code = required(
        "客诉编号",
        "Complaint no.",
        aliases=(
            # ja: the customer's 不具合連絡書 the 値引 follows
            "不具合連絡書No.",
            "連絡書No.",
            "Complaint Ref.",
            "索赔书编号",  # an overseas buyer's claim (索赔书, рекламация) the allowance settles
            "索赔单号",
            "PRR No.",  # GM's Problem Reporting and Resolution: the complaint a credit settles
            whole("PRR"),  # ("Reference (PRR)": the bracketed name read alone)
            "依据",
            "异议编号",  # a mill's 折让单: the 质量异议 (the steel trade's complaint) it settles
            "客户抱怨编号",
            "关联客诉",
            "关联客诉编号",
            # a cable's 质量异议单 and a utility's 物资质量问题反馈单 are the complaint the allowance settles
            "关联异议单",
            "关联反馈单",
            "客诉单号",
            "对应客诉单",
            "对应联络书编号",  # a Japanese customer's 联络书 (連絡書): the complaint the allowance settles
            "联络书编号",
            "客诉单",
            "投诉编号",  # a Hong Kong 貸項通知單's 投訴編號: the complaint it settles
            # a customer's receiving-exception sheet (收货异常反馈单, 到貨異常通知單: 異常通知單號 folds) the return or
            # allowance follows (not a bare 反馈单号: a complaint's own number as often)
            "原反馈单号",
            "异常通知单号",
            "投诉单号",
            "Your complaint ref.",
            "Your claim",  # a note addressed to the customer: "your" is the customer's claim
            "Your claim no.",
            "Our ref.",
            "Complaint ref.",
            "Complaint no.",
            "Claim ref.",  # a customer's claim: what our complaint records
            "Claim no.",
            # a brand's corrective action request (SCAR) the credit settles: its number is the complaint's
            "SCAR ref.",
            "SCAR No.",
            "Concern ref.",  # an automotive customer's concern (Ford / GM): the complaint the credit settles
            "Claim",  # a credit memo's "Claim | CLM-0931" (as "Reclamo"): the claim it settles
            "Reclamo No.",  # a Latin-American customer's claim the note settles
            "No. de reclamo",
            "Reclamo",
            # a customer IQC's quality alert (品质异常联络单) the allowance settles: its number names the case
            "品质异常单号",
            # a distributor's price protection claim (價保申請單, PP claim) the credit settles: the case's number
            "价保申请单号",
            "价保单号",
            "PP claim No.",
            "Price protection claim No.",
            # a customer's nonconformance report (NCR) the credit settles (an MRB charge-back)
            "NCR No.",
            "NCR number",
            # the concession (让步申请, Taiwan 特採) the customer accepted the deviating goods under at a reduced
            # price: its number where no complaint's stands beside it (a 客訴單號 beside is the complaint's, holdout42)
            doubtful("让步申请单号"),
            doubtful("特采单号"),
            # a 申請單號 beside the certificate's own number (折讓單號): the application it answers — a
            # warranty claim, a customer's claim — likely the complaint; said, as it may be the allowance's own
            doubtful("申请单号"),
        ),
        section="header",
    )
    issue_date: Date = required(
        "开单日期",
        "Issue date",
        aliases=(
            "日期",
            "折让日期",
            "Date",
            "填开日期",
            "开具日期",
            "填报日期",
            "填单日期",
            "制单日期",  # an ERP's header: the day the document was made
            "申请日期",  # a 销售折让审批表: the allowance applied for, the form's own date
            "Memo date",
            "Credit memo date",
            "Fecha",  # Spanish: the date alone
            "Fecha de emisión",
        ),
        section="header",
    )
    seller: Seller | None = field("销货人", "Seller", section="header")
    buyer: Text = required(
        "买受人",
        "Buyer",
        aliases=(
            # ja: 得意先, the customer (the party one sells to)
            "得意先",
            "原进货营业人名称",
            "买受人名称",
            "客户名称",
            "客户",
            "原进货人营业人名称",
            "进货人名称",
            "进货人",
            "买方",
            "买方名称",
            "购买方名称",
            "购方名称",
            "购货单位",
            "购方",
            "购货方",
            "购货方名称",
            "购买方",
            "需方",  # a contract's 需方 (the demand side: the customer) beside 供方, on its 质量扣款通知单
            "Bill to",
            "Sold to",
            "Customer",
            "Payer",  # an ERP billing document's payer
            "Distributor",  # a component maker's credit memo to its distributor (price protection, a claim)
            "Dealer",  # an equipment maker's credit memo settling its dealer's warranty claim
            "To",  # a credit note's addressee: ``To: Legrand France SA``
            "Cliente",  # Spanish: the customer
            "Nombre del cliente",
        ),
        section="header",
    )
    buyer_tax_id: TaxId = required(
        "统一编号/纳税人识别号",
        "Buyer tax id",
        aliases=(
            # ko: a Korean business registration number (사업자등록번호, 214-86-17735): the buyer's beside 공급받는자, the issuer's too on a 세금계산서 — read, always shown for checking
            doubtful("사업자등록번호"),
            doubtful("Business Reg. No."),
            # ja: 納税者識別番号, the buyer's taxpayer number (纳税人识别号)
            "納税者識別番号",
            "原进货营业人统一编号",
            "纳税人识别号",
            "买受人统一编号",
            "统一编号",
            "营利事业统一编号",
            "买方统一编号",
            "购买方纳税人识别号",
            "原进货人统一编号",
            "购货方纳税人识别号",
            "购买方税号",
            "购方税号",
            "统一社会信用代码",
            "VAT No.",
            "Customer VAT No.",
            "VAT number",
            "Tax ID",
            "Customer Tax ID",
            "Buyer Tax No.",
            "Buyer ABN",  # an Australian business number: the buyer's tax registration
            "Buyer EIN",  # a US employer identification number: the buyer's tax id
            "Customer EIN",  # (the buyer a credit note calls its customer)
            "Dealer tax ID",  # (the buyer a warranty credit memo calls its dealer)
            # a GST registration number: the buyer's beside "Bill To", the issuer's in a
            # letterhead at times — read, always shown for checking
            doubtful("GST Reg. No."),
            doubtful("SST No."),  # Malaysia's SST registration number, as the GST's was
            doubtful("SST Reg. No."),
            "RFC",  # Mexico: the buyer's tax id (Registro Federal de Contribuyentes)
            "RFC del cliente",
            "CNPJ",  # Brazil: a company's tax registration (Cadastro Nacional da Pessoa Jurídica)
            "CNPJ do cliente",
            "Partita IVA",  # Italy: the VAT number
            "Vergi No.",  # Turkey: the tax number (Vergi Numarası)
            "Vergi Numarası",
            "DIČ",  # Czech: the VAT id (daňové identifikační číslo; IČO, the company's number, is none)
            "IČ DPH",  # Slovak: the VAT id
            "Adószám",  # Hungarian: the tax number
            "BTW-nummer",  # Dutch: the VAT number
            "BTW-nr.",
            "USt-IdNr.",  # German: the VAT id (Umsatzsteuer-Identifikationsnummer)
            "VAT ID",
            # the Nordic organisation number (Norway's with MVA is its VAT id: NO 923 609 016
            # MVA): the buyer's beside "Kunde", the issuer's in a letterhead at times — read,
            # always shown for checking
            doubtful("Org.nr."),
            # Denmark's company number (CVR-nr.: its VAT number is DK and the same eight digits)
            doubtful("CVR-nr."),
            doubtful("CVR"),
            doubtful("Org. No."),
            doubtful("Organisasjonsnummer"),
            doubtful("Organisation number"),
            # Iceland's kennitala (kt. 530269-1234: a company's or a person's registration
            # number, the VAT number beside it): the buyer's under "Kaupandi", the issuer's in
            # a letterhead at times — read, always shown for checking
            doubtful("Kennitala"),
            # India's GST identification number (27AAACP1234F1Z5): the buyer's beside "Buyer",
            # the issuer's in a letterhead at times — read, always shown for checking
            doubtful("GSTIN"),
            "STIR",  # Uzbekistan: the taxpayer's number (soliq to'lovchining identifikatsiya raqami)
            doubtful("TIN"),  # a taxpayer identification number: the buyer's, or the issuer's in a letterhead
            "Tax No.",  # (Buyer Tax No.'s short form, beside the buyer's name)
            # a fiscal identification number (Número de Identificación Fiscal in Spain, Numéro
            # d'Identification Fiscale in Madagascar and French-speaking Africa): the buyer's, or
            # the issuer's in a letterhead — read, always shown for checking
            doubtful("NIF"),
        ),
        section="header",
    )
    invoice_no: Code = required(
        "原发票号码",
        "Original invoice no.",
        aliases=(
            # ja: 請求書番号, the invoice's number (請求書: an invoice)
            "請求書番号",
            "Invoice #",
            "发票号码",
            "原发票号",
            "发票号",
            "Invoice No.",
            "字轨号码",
            "发票字轨号码",
            "对应蓝字专用发票号码",
            "蓝字发票号码",
            "原发票号码",
            "Ref. Invoice",
            "Reference invoice",
            "Original invoice",
            "Your invoice",  # a credit note from the customer: the invoice we sent them
            "Supplier invoice",  # a debit note from the buyer: the invoice its supplier sent
            "Supplier invoice no.",
            "Your invoice no.",
            "Billing doc.",  # an ERP credit memo's reference to the billing document
            "Billing document",
            "Against Invoice",  # a credit note raised against an invoice (Singapore, Malaysia)
            "Factura",  # Spanish: the invoice the note is against
            "No. de factura",
            "Factura original",
            "Folio de factura",
        ),
        section="header",
    )
    invoice_date: Date = required(
        "原发票日期",
        "Original invoice date",
        aliases=(
            "发票日期",
            "开立日期",
            "发票开立日期",
            "开立发票日期",
            "Invoice date",
            "开票日期",
            "原开票日期",
            "Billing date",
            "Fecha de factura",  # Spanish: the invoice's date
        ),
        section="header",
    )
    items: list[AllowanceLine] = required(
        "折让明细", "Items", aliases=("明细",), section="items", rows=5, min_length=1
    )
    tax_rate: Ratio | None = field(
        "税率",
        "Tax rate",
        # a Mexican or European credit note: the VAT's rate (Tasa de IVA / VAT rate)
        aliases=("VAT rate", "IVA rate", "Tasa IVA", "Tasa de IVA", "Tasa", "GST rate"),
        section="items",
        ge=0,
        lt=1,
        hint="空白按公司默认税率",
    )
    total_excl_tax: Money | None = field(
        "合计金额(不含税)",
        "Total excl. tax",
        aliases=(
            "合计",
            "金额合计",
            "合计金额",
            # the subtotal over a tax line (小計 | 消費税 | 合計 on a Japanese 値引): the lines' sum before tax
            "小计",
            "Total amount",
            "Net",
            "Net amount",
            "Net value",
            "Net credit",
            "Net sum",
            "Total net",
            "Total before GST",  # a Singapore / Malaysian credit note's net total
            "Total before tax",
            "Total HT",  # French: hors taxes
            "Base imponible",  # Spanish: the taxable base
            "Tax base",  # the lines' sum the tax is reckoned on (Данъчна основа / Tax base)
            "Summe netto",  # German
            "Nettosumme",
            "Nettobetrag",
            # Danish: the total before moms (VAT), said as such ("Beløb ekskl. moms", an amount)
            "ekskl. moms",
            "Beløb ekskl. moms",
            "I alt ekskl. moms",
            "Subtotal ekskl. moms",
        ),
        ge=0,
        section="totals",
        hint="可留空，自动计算",
    )
    total_tax: Money | None = field(
        "合计税额",
        "Total tax",
        aliases=(
            "税额合计",
            "营业税合计",
            "Total tax",
            "Output tax",
            # a credit note's totals: Subtotal / IVA 16% / Total (terms.TAX_NAMES); a Chinese
            # tax's name alone (營業稅額) heads the statutory form's line column, never its total
            *(name for name in TAX_NAMES if not re.search(r"[\u3400-\u9fff]", name)),
            "Total GST",
            "Total IVA",
            "Total TVA",
            "MwSt.",
        ),
        section="totals",
        ge=0,
        hint="可留空，自动计算",
    )
    total: Money | None = field(
        "总计",
        "Total",
        aliases=(
            "Total Debit",
            "含税合计",
            "总金额",
            "价税合计",
            "Total credit",
            "Grand total",
            # the total with a tax's name after it (Total incl. VAT, Total including SST): terms.TAX_NAMES
            *(
                f"Total {incl} {name}"
                for name in TAX_NAMES
                if name.isascii() and " " not in name
                for incl in ("incl.", "including")
            ),
            "Final amount",
            "Importe total",  # Spanish: the note's total
            "Total a pagar",
            "Total da nota",  # Portuguese
            "Valor total da nota",
            "Total TTC",  # French: toutes taxes comprises
            "Montant TTC",
            "Gesamtbetrag",  # German
            "Gesamtsumme",
            "Summe brutto",
            "inkl. moms",  # Danish: the total with moms (VAT)
            "I alt inkl. moms",
            "Total inkl. moms",
            *OTHER_TOTAL_WORDS,  # a totals line's bare word in other languages: Общо, Celkem, Итого
        ),
        section="totals",
        ge=0,
        hint="可留空，自动计算",
    )
    total_in_words: Text | None = field(
        "大写金额",
        "Total in words",
        aliases=("Amount in words", "金额大写", "合计(大写)", "大写"),
        section="totals",
        hint="可留空，自动生成",
    )
    approved_by_manager: Text | None = field(
        "经(副)理",
        "Manager",
        aliases=(
            "经理",
            "副理",
            "销售经理",
            "业务主管",
            "业务经理",
            # the person who approves the allowance; in an approval app's flow its first row is the
            # one who submitted it: the form's own label first (warned)
            doubtful("审批人"),
            "部门负责人",  # an approval app's form: the requesting department's head signs it off
            "财务审核",
            "财务主管",
            "财务负责人",  # the person in charge of finance: a 折让证明单's sign-off beside 经办
            "销售方负责人",  # the seller's person in charge: a 销售折让证明单's sign-off
            "会计",  # a Taiwanese 銷貨折讓單's one signature box: 會計
            "主管",  # a sign-off row 經手人 | 主管 | 總經理: the level below the general manager
            alone("经手人"),  # a 折讓單's one signature: who handled it; beside 主管 / 核准, the clerk's
            alone("经办"),
            alone("经办人"),
            "Sales Manager",
            "Purchasing Manager",
            "Authorised signatory",
            "Authorized signatory",
            "Authorised",  # a credit memo's one sign-off, as "Approved"
            "Authorized",
            "Approved by",  # a credit memo's one approval: the first level, the manager's
            "Released by",  # an ERP's credit memo released for posting: its one approval
        ),
        section="approval",
    )
    approved_by_gm: Text | None = field(
        "总(副)经理",
        "General manager",
        aliases=("总经理", "副总经理", "核准", "General Manager", "GM"),
        section="approval",
    )
    buyer_stamped: YesNo | None = field(
        "买受人盖章",
        "Stamped by the buyer",
        aliases=(
            "签收人盖章",
            "买受人签章",
            "盖章",
            "购买方盖章",
            "买方盖章",
            "进货人盖章",
            "原进货营业人盖章",
            "盖统一发票专用章",
        ),
        section="approval",
    )

    # the currency the form shows (TWD on a 新臺幣 form, USD…; "" for renminbi), told by the
    # reader (kesu_docs/parse/currency.py): the amount in words is derived in it, or not at all
    _currency: str = PrivateAttr(default="")
    # the rate the law of the form's country puts on it when it prints none (5 % on a Taiwanese
    # business's statutory certificate), told by the reader with the currency; "" for none
    _statutory: str = PrivateAttr(default="")

    def in_currency(self, currency: str, statutory: str = "") -> None:
        """Say which currency the form shows (its reader's finding), for the derived words, and
        the rate its country's law puts on it, if the reader knows the form for a statutory one."""
        self._currency = currency
        self._statutory = statutory

    @property
    def currency(self) -> str:
        """The currency the form's amounts are in, as its ISO code: the reader's finding (TWD on a
        新臺幣 form, USD…), CNY where it found no other (the procedure's renminbi)."""
        return {"": "CNY", "RMB": "CNY"}.get(self._currency, self._currency)

    def derived_facts(self) -> dict[str, str]:
        """The currency, in the record ``kesu parse`` prints (NT$ told from ¥ by whoever imports it)."""
        return {"currency": self.currency}

    def says_its_currency(self) -> bool:
        """Is the form's currency said once for the whole form: a currency whose amount in words is
        spelled (renminbi, New Taiwan dollars: the form's own words, no other to say), or another
        where a total stands with no amount in words written (``amount_words_not_derived`` names
        it)? Then a figure typed in it is not said one by one as another currency's
        (:func:`.parse.currency.own_currency_unsaid`); else each is (no total: nothing else says it)."""
        return self._currency in ("", *SPELLED) or (self.total_in_words is None and self.total is not None)

    @property
    def in_renminbi(self) -> bool:
        """The form shows renminbi, or no other currency was found on it: the procedure's own
        rates and the company's default rate hold (another country's rate is taken, and a
        default rate warned, only on a form the reader found in another currency)."""
        return self._currency in ("", "CNY", "RMB")

    # ------------------------------------------------------------------ derived values
    def rate(self, settings: Settings) -> Decimal | None:
        """The tax rate: the one on the form, else the statutory rate every line's tax was
        computed at (5 % on a Taiwanese certificate), else the company's (13 % by default) — on a
        renminbi form only: a form in another currency printing no rate (and no tax telling one)
        has none, never the procedure's (a GST, an IVA, a VAT is the other country's to say)."""
        if self.tax_rate is not None:
            return self.tax_rate
        implied = self.implied_rate(settings)
        if implied is not None:
            return implied
        if self._statutory:
            return Decimal(self._statutory)
        if self.untaxed():
            return Decimal("0")
        return settings.tax_rate if self.in_renminbi else None

    def untaxed(self) -> bool:
        """A note with no tax on it: no rate, no tax on a line or among the totals, and its amount in
        words says the lines' own sum (a 质量扣款 / 违约金 note, a 價保 note): its total is that sum, its
        tax none — never the company's rate added to what the words say."""
        if self.total_tax is not None or not self.items or not self.total_in_words:
            return False
        if any(line.tax is not None or line.allowance_amount is None for line in self.items):
            return False
        net = sum(
            (line.allowance_amount for line in self.items if line.allowance_amount is not None),
            Decimal("0.00"),
        )
        if net <= 0 or net >= LIMIT:
            return False
        return check_words(self.total_in_words, net) or read_english_words(self.total_in_words) == net

    def tax_fits(self, amount: Decimal, rate: Decimal, tax: Decimal) -> bool:
        """Is ``tax`` the tax of ``amount`` at ``rate``: half-up to the cent, or, on a form in a
        currency taxed to the whole unit (:data:`WHOLE_UNIT_TAX`), half-up to the whole unit?"""
        exact = amount * rate
        if round_money(exact) == tax:
            return True
        return self._currency in WHOLE_UNIT_TAX and tax == exact.quantize(Decimal(1), rounding=ROUND_HALF_UP)

    def line_tax(self, line: AllowanceLine, settings: Settings) -> Decimal | None:
        """Tax of a line: its amount excl. tax × the rate, half-up to the cent (None without
        either)."""
        amount, rate = line.allowance_amount, self.rate(settings)
        if amount is None or rate is None:
            return None
        if self._statutory and self._currency in WHOLE_UNIT_TAX:  # the law's own rounding: to the 元
            return round_money((amount * rate).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        return round_money(amount * rate)

    def sums(self, settings: Settings) -> tuple[Decimal, Decimal | None, Decimal | None] | None:
        """(total excl. tax, total tax, total) as the lines make them, each line's tax computed.

        A wrong line tax is that line's error; the totals are held to the right figures. With no
        rate (a form in another currency printing none), a line's tax is the one it states: the
        tax and the total are None when a line states none.
        """
        amounts: list[Decimal] = []
        taxes: list[Decimal | None] = []
        if not self.items:
            return None  # no lines read: no total to derive (never a fabricated 0.00 / 零元整)
        rate = self.rate(settings)
        known = rate is not None
        for line in self.items or []:
            amount = line.allowance_amount
            tax = self.line_tax(line, settings) if known else line.tax
            if (
                rate is not None
                and amount is not None
                and line.tax is not None
                and self.tax_fits(amount, rate, line.tax)
            ):
                tax = line.tax  # (416 for 416.25 on a form taxed to the whole 元: the line's own)
            if amount is None or (known and tax is None):
                return None
            amounts.append(amount)
            taxes.append(tax)
        excl = sum(amounts, Decimal("0.00"))
        if any(tax is None for tax in taxes):
            return excl, None, None
        tax_sum = sum((t for t in taxes if t is not None), Decimal("0.00"))
        return excl, tax_sum, excl + tax_sum

    def taxed_pairs(self) -> list[tuple[Decimal | None, Decimal | None]]:
        """The (amount, tax) pairs a blank rate is told by: each line's, or with no tax on the
        lines, the stated total tax against the stated total (else the lines' sum):
        ``Subtotal 3,375.00 / Sales Tax 6% 202.50``."""
        lines = [(line.allowance_amount, line.tax) for line in self.items or []]
        if lines and all(tax is None for _, tax in lines) and self.total_tax:
            amounts = [amount for amount, _ in lines if amount is not None]
            excl = self.total_excl_tax
            if excl is None and len(amounts) == len(lines):
                excl = sum(amounts, Decimal("0.00"))
            return [(excl, self.total_tax)]
        return lines

    def implied_rate(self, settings: Settings) -> Decimal | None:
        """The statutory rate every line's stated tax was computed at (5 % on a Taiwanese
        form), the company's first when it fits too — or, with no tax on the lines, the one the
        stated total tax was computed at from the stated total; None when no one rate fits."""
        lines = self.taxed_pairs()
        if not lines or any(amount is None or tax is None or amount <= 0 for amount, tax in lines):
            return None
        for rate in (settings.tax_rate, *sorted(STATUTORY_RATES, reverse=True)):
            if all(self.tax_fits(amount, rate, tax) for amount, tax in lines):  # type: ignore[arg-type]
                return rate
        # another country's rate (GST 10 %, VAT 20 %) on a form in another currency: a whole
        # percent every line's tax fits. On a renminbi form a rate no law knows is the lines'
        # error (line_tax_mismatch at the company's rate), never a rate to take
        if self.in_renminbi:
            return None
        amount, tax = max(lines, key=lambda pair: pair[0])  # type: ignore[arg-type,return-value]
        rate = (tax / amount).quantize(Decimal("0.01"))  # type: ignore[operator]
        if Decimal("0") < rate < Decimal("0.5") and all(
            self.tax_fits(a, rate, t)  # type: ignore[arg-type]
            for a, t in lines
        ):
            return rate
        return None

    def complete(self, settings: Settings) -> None:
        if self.tax_rate is None:
            # the lines' own figures before the company default: totals are not derived from a
            # rate the form does not use (none at all on a form in another currency printing none)
            self.tax_rate = self.rate(settings)
        for line in self.items or []:
            if line.tax is None:
                line.tax = self.line_tax(line, settings)
        sums = self.sums(settings)
        if sums is not None:
            for key, derived in zip(("total_excl_tax", "total_tax", "total"), sums, strict=True):
                if getattr(self, key) is None and derived is not None:
                    setattr(self, key, derived)
        if self.total_in_words is None and self.total is not None and self.total < LIMIT:
            # in the form's currency; None for one the rules do not spell (warned by the rules)
            self.total_in_words = words_in(self.total, self._currency)

    # ------------------------------------------------------------------ the procedure's rules
    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        s = ctx.settings
        rate = self.rate(s)
        for i, line in enumerate(self.items or []):
            worked_out = None  # the line's amount as qty × price, when it says otherwise
            mismatch = line_amount_rule(
                i, "allowance_amount", line.allowance_amount, line.qty, line.unit_price
            )
            if mismatch is not None:
                worked_out = mismatch.params["expected"]
                yield mismatch
            expected_tax = self.line_tax(line, s)
            if (
                rate is not None
                and line.tax is not None
                and expected_tax is not None
                and line.tax != expected_tax
                and not (
                    line.allowance_amount is not None and self.tax_fits(line.allowance_amount, rate, line.tax)
                )
            ):
                yield error(
                    "line_tax_mismatch",
                    f"items[{i}].tax",
                    stated=line.tax,
                    amount=line.allowance_amount,
                    rate=f"{format((rate * 100).normalize(), 'f')}%",
                    expected=expected_tax,
                )
            elif rate is not None and line.tax is not None and worked_out is not None:
                # the tax agrees with an amount that disagrees with qty × price (a stale line
                # printed from a workbook that was not worked out again: both figures old): the
                # tax is as doubtful as the amount it follows, said on its own field too
                right_tax = round_money(worked_out * rate)
                if line.tax != right_tax:
                    yield error(
                        "line_tax_mismatch",
                        f"items[{i}].tax",
                        stated=line.tax,
                        amount=worked_out,
                        rate=f"{format((rate * 100).normalize(), 'f')}%",
                        expected=right_tax,
                    )

        sums = self.sums(s)
        total = self.total
        if sums is not None:
            # every printed total is checked against the lines, so one wrong figure is one error
            mismatched = False
            for key, made in zip(("total_excl_tax", "total_tax", "total"), sums, strict=True):
                stated = getattr(self, key)
                if stated is not None and made is not None and stated != made:
                    mismatched = True
                    yield error("total_mismatch", key, stated=stated, expected=made)
            if mismatched and "+" in self._currency:
                # lines in USD under totals in CNY: the clerk is told why they do not add up
                yield warning(
                    "totals_in_other_currency", "total", currencies=self._currency.replace("+", ", ")
                )
            if total is None:
                total = sums[2]
        english_total = read_english_words(self.total_in_words) if self.total_in_words else None
        if (
            self.total_in_words
            and total is not None
            and total < LIMIT
            and not check_words(self.total_in_words, total)
            and english_total != total  # an English form's words
        ):
            try:
                read_words(self.total_in_words)
                code = "total_in_words_mismatch"  # legal words, another amount
            except ValueError:
                # English number words of another amount, or not written by the rules at all
                code = "total_in_words_mismatch" if english_total is not None else "total_in_words_invalid"
            yield error(
                code,
                "total_in_words",
                stated=self.total_in_words,
                total=f"{total:,.2f}",
                expected=to_words(total),
            )

        if self.total_in_words is None and total is not None and self._currency not in ("", *SPELLED):
            yield warning("amount_words_not_derived", "total_in_words", currency=self._currency)

        if self.invoice_date and self.issue_date and self.invoice_date > self.issue_date:
            yield error(
                "invoice_after_issue", "invoice_date", invoice=self.invoice_date, issue=self.issue_date
            )

        seller_id = self.seller.tax_id if self.seller else None
        for key, tax_id in (("seller.tax_id", seller_id), ("buyer_tax_id", self.buyer_tax_id)):
            known = tax_id_check(tax_id) if tax_id and not tax_id.isdigit() else None
            if tax_id and known and known[1]:
                yield warning("tax_id_check_digit", key, tax_id=tax_id, country=_id_country(tax_id))
            elif tax_id and known is None and (mainland := uscc_check(tax_id)) is not None and mainland[1]:
                # (weak48) a unified social credit code whose check character fails: a typo or a misread
                yield warning("tax_id_uscc_check", key, tax_id=tax_id)
        if seller_id and self.buyer_tax_id and _same_code(seller_id, self.buyer_tax_id):
            yield error("seller_is_buyer", "seller.tax_id", tax_id=seller_id)

        complaint = ctx.find("complaint", self.complaint_number) if self.complaint_number else None
        if self.complaint_number:
            referenced = list(reference(ctx, "complaint_number", "complaint", self.complaint_number))
            yield from referenced
            if any(f.code == "reference_void" for f in referenced):
                return  # a void complaint cannot be the basis of an allowance
        if complaint is not None:
            disallowed = list(
                disposition_rule(
                    complaint,
                    ALLOWANCE_DISPOSITIONS,
                    self.complaint_number,
                    Bilingual("折让证明单", "allowance certificate"),
                )
            )
            yield from disallowed
            approved = complaint.get("allowance_amount")
            others = ctx.followups("allowance", self.complaint_number, self.to_json())
            before = sum((Decimal(str(r.get("total") or 0)) for _, r in others), Decimal(0))
            if (
                not disallowed
                and approved not in (None, "")
                and total is not None
                and before
                and before + total > Decimal(str(approved))
            ):
                yield error(
                    "allowances_exceed_approved",
                    "total",
                    number=self.complaint_number,
                    others="、".join(n or "本批" for n, _ in others),
                    before=f"{before:,.2f}",
                    total=f"{total:,.2f}",
                    sum=f"{before + total:,.2f}",
                    approved=f"{Decimal(str(approved)):,.2f}",
                )
            elif (
                not disallowed
                and approved not in (None, "")
                and total is not None
                and total > Decimal(str(approved))
            ):
                yield error(
                    "allowance_exceeds_approved",
                    "total",
                    total=f"{total:,.2f}",
                    number=self.complaint_number,
                    approved=f"{Decimal(str(approved)):,.2f}",
                )


SPEC = FormSpec(
    kind="allowance",
    code="QR-047-05",
    revision="A1",
    title_zh="销货折让证明单",
    title_en="Sales Allowance Certificate",
    title_aliases=(
        "折让证明单",
        "销货折让证明",
        "营业人销货折让证明单",
        "营业人销货退回进货退出或折让证明单",
        "销货退回进货退出或折让证明单",
        "折让单",
        # a trading company's settlement of an overseas buyer's claim (索赔): the allowance it confirms (折让确认书)
        "折让确认书",
        "Credit Note",
        "Credit Memo",
        "Debit Memo",  # the customer's own document for the same deduction (a US debit memo)
        "Debit Note",
        "Sales Allowance",
        "销售折让单",
        "销货折让单",
        "销售折让通知单",
        "折让通知单",
        "Nota de crédito",  # Spanish: a credit note
    ),
    model=AllowanceCertificate,
    copies=copies("业务部存", "会计(作帐)"),
    date_field="issue_date",
    numbering="ZR{date:%Y%m}{serial:0{width}d}",  # one number names one document (DOMAIN §2)
    party_field="buyer",
    template="allowance.docx",
    sections=(
        ("header", "发票与买受人", "Invoice and buyer"),
        ("items", "折让明细", "Items"),
        ("totals", "合计", "Totals"),
        ("approval", "核准与盖章", "Approval and stamp"),
    ),
)
