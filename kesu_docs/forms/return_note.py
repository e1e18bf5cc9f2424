"""Finished-goods return note 成品退货单 — kind ``return``, form QR-047-04 rev A1, 4 copies (DOMAIN §5.3).

Accounting reconciles it against the complaint (DOMAIN §4): the approved return quantity on
the complaint's copy 4 against the quantity actually returned on this note.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator

from ..config import Settings
from ..problems import Bilingual
from ..terms import ALLOWANCE_WORDS, CREDIT_WORDS, REFUND_WORDS, REPLACEMENT_WORDS, REWORK_WORDS, Disposition
from ..values import Code, Date, Money, Qty, Ratio, Term, Text, distinct, options_of, round_money
from .base import (
    CUSTOMER_PART_LABELS,
    MACHINE_TYPE_LABEL,
    OWN_PART_LABELS,
    STYLE_LABELS,
    Finding,
    Form,
    FormSpec,
    Row,
    RuleContext,
    code_only,
    copies,
    doubtful,
    error,
    field,
    line_amount_rule,
    reference,
    required,
    warning,
)

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "complaint_disposition_disallows": (
        "客诉 {number} 的处理方式为“{disposition}”，不能开立{document}",
        "Complaint {number} was decided as '{disposition}': it allows no {document}",
    ),
    "qty_approved_differs": (
        "核定退货量 {stated} 与客诉 {number} 的核定退货量 {approved} 不符",
        "Approved qty {stated} differs from complaint {number}'s approved return qty {approved}",
    ),
    "return_beyond_over_acceptance": (
        "实退量 {actual} 超过核定退货量 {approved} 加超量允收 {ratio}（上限 {limit}），须查明差异",
        "Returned qty {actual} exceeds the approved {approved} plus the over-acceptance ratio {ratio} "
        "(limit {limit}): a discrepancy to resolve",
    ),
    "return_total_beyond_over_acceptance": (
        "各行实退量合计 {actual} 超过客诉核定退货量 {approved} 加超量允收 {ratio}（上限 {limit}），须查明差异",
        "The lines return {actual} in all, beyond the approved {approved} plus the over-acceptance ratio {ratio} "
        "(limit {limit}): a discrepancy to resolve",
    ),
    "return_proof_missing": (
        "未记录退货凭证（原发票收回、发票影本注记或销货退回证明单，三者之一）",
        "No proof of return recorded (the recovered invoice, an annotated copy, or a sales "
        "return certificate)",
    ),
    "return_proof_pending": (
        "货已签收，尚未取得退货凭证（原发票收回、发票影本注记或销货退回证明单，三者之一）：送会计入账前须取得",
        "Goods received, no proof of return yet (the recovered invoice, an annotated copy, or a sales "
        "return certificate): needed before the note goes to accounting",
    ),
    "return_receipt_incomplete": (
        "仓库签收时须填写{missing}",
        "When the warehouse receives the goods, {missing_en} must be filled in",
    ),
    "return_proof_before_receipt": (
        "尚未签收收货（实退量、签收、签收日期），不能先记录退货凭证",
        "The goods are not received yet (returned qty, receiver, date): no proof of return before that",
    ),
    "return_notes_beyond_approved": (
        "客诉 {number} 已开退货单（{others}）实退 {before}，加本单 {mine} 共 {actual}，超过核定退货量 {approved} "
        "加超量允收 {ratio}（上限 {limit}），须查明差异",
        "Complaint {number}'s other return notes ({others}) returned {before}; with this note's {mine} that is "
        "{actual}, beyond the approved {approved} plus the over-acceptance ratio {ratio} (limit {limit}): "
        "a discrepancy to resolve",
    ),
    "return_reconciled_without_complaint": (
        "无法对照客诉 {number} 的核定退货量（登记簿与本批都没有），仅按本单各料号的核定退货量合计检查",
        "Complaint {number} could not be checked (neither the register nor this batch has it): the lines "
        "were added up per part against the approved quantities this note states",
    ),
    "over_acceptance_ratio_high": (
        "超量允收比率 {ratio} 高于 20%，请确认（“5”或“1”表示 5%、1%）",
        "An over-acceptance ratio of {ratio} is above 20 %: please confirm ('5' or '1' mean 5 %, 1 %)",
    ),
}


class ReturnStage(Term):
    """How far a return note has come (DOMAIN §5.3): issued → received → proof obtained."""

    ISSUED = "issued", "已开单"
    RECEIVED = "received", "已签收"
    PROOF = "proof", "已取得凭证"


# A return note may follow a complaint decided as return, or as reprocessing (DOMAIN §1.7).
RETURN_DISPOSITIONS = (Disposition.RETURN, Disposition.REWORK)


# what is done with returned goods in the words of foreign customers' return forms
_SCRAP_WORDS = (
    "Hurda",  # Turkish
    "Złomowanie",  # Polish
    "Rottamazione",  # Italian
    "Sucata",  # Portuguese
    "Sucateamento",
    "Chatarra",  # Spanish
    "Desecho",
    "Mise au rebut",  # French
    "Rebut",
    "Verschrottung",  # German
    "Šrotace",  # Czech
    "Selejtezés",  # Hungarian
    "廃棄",  # Japanese: a 返品伝票's 処理区分 廃棄 (disposed of: scrapped)
    "Vernietigen",  # Dutch: destroy (Afkeuren is a rejection, not what is done)
    "Vernietiging",
    "Schroot",
    "إتلاف",  # Arabic: destruction (إتلاف / Scrap on a Gulf customer's return)
    "Skrotas",  # Swedish: is scrapped (Skrotas / Scrap); Skrotning, Danish too
    "Skrotning",
    "Kassation",  # Danish
    "Kassering",
    "Romutus",  # Finnish
    "Romutetaan",
    "Casare",  # Romanian
    "Καταστροφή",  # Greek: destruction
    "גריטה",  # Hebrew: scrapping
)
# (rework and replacement: the customer's request words, terms.REWORK_WORDS / REPLACEMENT_WORDS;
# no word for repair: Polish naprawa, Turkish onarım are a rework on some forms — ``Naprawa /
# Rework`` — and a word naming another option than its translation would read as two)


class ReturnHandling(Term):
    """What is done with the returned goods (处理方式)."""

    # the words other return forms print for each (en/zh-Hant folded to simplified), and foreign
    # customers' own (Turkish, Polish, Italian, Portuguese, Spanish, French, German): a bilingual
    # form's ``Hurda / Scrap`` is one option in two languages of one (Latin) script
    # RWK: the review board's (MRB's) disposition code for rework on an NCR or RTV note (AS9131)
    REWORK = "rework", "重工", "rework", ("返工", "Rework", "Re-work", "RWK", *REWORK_WORDS)
    # destroyed (销毁 / 銷毀, Destroy): a recalled medicine's, a food's or a device's lot is destroyed under
    # witness, not scrapped for its material — the same end for the goods (Quarantine and destroy)
    SCRAP = "scrap", "报废", "scrap", (
        "Scrap", "Scrapped", "报废处理", "销毁", "Destroy", "Destroyed", "Destruction", "Quarantine and destroy",
        *_SCRAP_WORDS,
    )  # fmt: skip
    DOWNGRADE = "downgrade", "降级使用", "downgrade", ("降级", "Downgrade")
    REPLACE = (
        "replace",
        "换货",
        "replace",
        # an RMA's advance replacement: the new part shipped before the faulty one comes back
        ("Replacement", "Replace", "Exchange", "Advance replacement", *REPLACEMENT_WORDS),
    )
    # the goods sent on back to the supplier they came from (a trading company's or a
    # distributor's return: 退回供应商, RTV), not kept, reworked or scrapped here
    RETURN = "return", "退回供应商", "return to supplier", (
        "退回供应商", "退供应商", "退回厂商", "退回原厂", "Return to supplier", "Return to vendor", "RTV",
        "返却",  # Japanese: a 返品伝票's 処理区分 返却 (sent back to the supplier)
    )  # fmt: skip
    # a store's goods sent back to the factory to be repaired (返厂维修: 返厂 says where, 维修 what is done),
    # a marketplace seller's returns refurbished (Refurbish and resell: repaired, then sold again)
    REPAIR = "repair", "维修", "repair", (
        "Repair", "修理", "返厂维修", "Refurbish", "Refurbished", "Refurbish and resell",
        "返修",  # GB/T 19000: 返修 a repair (made fit for use), 返工 a rework (made to conform)
    )  # fmt: skip
    # the goods' value paid back or credited (DOMAIN §5.3's open list): the return's own booking,
    # proved as any return is (§4) — no allowance certificate follows from it
    REFUND = "refund", "退款", "refund", ("Refund", "Refunded", *REFUND_WORDS)
    CREDIT = "credit", "贷项", "credit", ("折让", *CREDIT_WORDS, *ALLOWANCE_WORDS)
    OTHER = "other", "其他", "other", ("Other",)


class ReturnProof(Term):
    """The three proofs of a return that accounting accepts (DOMAIN §4)."""

    ORIGINAL_INVOICE = "original_invoice", "收回原发票(盖买受人发票章)", "original invoice", (
        "原发票", "发票正本", "收回原发票", "Original invoice",
    )  # fmt: skip
    ANNOTATED_COPY = "annotated_copy", "发票影本注明退回数量金额并盖章", "annotated copy", (
        "发票影本", "注记影本", "注明影本", "Annotated copy", "Invoice copy",
    )  # fmt: skip
    RETURN_CERTIFICATE = "return_certificate", "销货退回证明单(买受人盖章)", "return certificate", (
        "退货证明单", "退回证明单", "销货退回证明单", "Return certificate",
    )  # fmt: skip


Handlings = Annotated[
    list[ReturnHandling], BeforeValidator(options_of(ReturnHandling)), AfterValidator(distinct)
]


class ReturnLine(Row):
    """One returned part: what was approved, what came back, and its value."""

    part_no: Code | None = required(
        "料号",
        "Part no.",
        aliases=(
            "料号/型号",
            "型号",
            "品号",
            "物料编号",
            "品番",  # ja: the part number (a Japanese customer's 返品連絡書)
            "物料编码",
            "编码",
            "Part number",
            "Part No",
            "Item code",
            "Item No.",
            # (no bare "Item": a WMS receipt's Item column holds the part's code, an ERP's the line
            # numbers — 000010, 000030 with a gap, a partial return's — and no safe rule tells them apart)
            "产品编号",
            "零件号",
            # Taiwan's 件號 (a car assembler's part number); on a mainland 退货单 / 装箱单 件号 numbers the
            # packages (件号 1-2 = packages 1 to 2): read, warned
            doubtful("件号"),
            "Part #",
            "P/N",
            *OWN_PART_LABELS,
            *STYLE_LABELS,  # the textile trade's style number
            *CUSTOMER_PART_LABELS,  # the customer's own number: read only alone, and warned
            "MPN",  # a distributor's RMA: the manufacturer's part number
            # a stock-keeping unit: a marketplace seller's own code for what it sells (Amazon's sku, the brand's
            # model) at times, a retailer's own item number for our part at others — read, and always warned
            doubtful("SKU"),
            # a store's or a distributor's product code (商品编码, 商品編號): the part on its own sheet, a platform's
            # listing id at others (as on a complaint's) — read, and always warned
            doubtful("商品编码"),
            doubtful("商品编号"),
            "Material",  # an ERP export's material number
            "Material no.",
            "货品编号",  # Hong Kong / Macau: 貨品編號, the goods' code
            "物料代码",  # 金蝶 K/3: the material's code (规格型号 beside it is the spec, no part number)
            "存货编码",  # 用友 U8: the inventory item's code
            "No. de parte",  # Spanish, Portuguese, French, German: the part's number
            "Número de parte",
            "Código",
            "Código do produto",
            "Référence",
            "Réf.",
            "Artikelnummer",
            "Art.-Nr.",
            "Teilenummer",
            "Sachnummer",
            # a return of whole machines lists them by their model (機型 RTU-12T): the part, over a code only
            code_only(MACHINE_TYPE_LABEL),
            # a solar module RMA's line: the module's type (HM-72HBD-550W), over a code only
            code_only("Module type"),
        ),
    )
    part_name: Text | None = field(
        "品名",
        "Part name",
        aliases=(
            "品名规格",
            "产品名称",
            "名称及规格",  # a transformer's line: its name and rating together (油浸式变压器 S13-M-400/10)
            "物料名称",
            "物料描述",
            "名称",
            "Description",
            "存货名称",
            "Product name",  # a marketplace's return report (product-name): the item's name
            "Descripción",  # Spanish, Portuguese, French, German: the item's name
            "Descrição",
            "Désignation",
            "Bezeichnung",
        ),
    )
    unit: Text | None = field(
        "单位",
        "Unit",
        aliases=(
            "UoM",
            "Unit of measure",
            "SU",
            "Sales unit",
            "主计量",
            "主计量单位",
            "Unidad",
            "Unidade",
            "Unité",
            "Einheit",
        ),
    )
    qty_approved: Qty | None = field(
        "核定退货量",
        "Approved qty",
        aliases=(
            # ja: a 返品伝票's 指示数, the count the return was instructed for
            "指示数",
            "核定数量",
            "核定退货数量",
            "核准数量",
            "核准退货数",
            "核准退货数量",
            "核定",
            "核准",
            "批准数量",  # a Macau / Hong Kong 退貨單's 批准數量: the quantity approved
            "核退数量",  # Taiwan's 核退數量: 核准退貨 (approved for return) shortened
            "批准退货数量",
            "确认数量",  # a customer's SRM portal: the quantity it confirmed for return
            "申请数量",
            "申请退货数量",
            "Qty authorised",
            "Qty authorized",
            "Authorised qty",
            "Qty accepted",
            "Accepted qty",
            "Approved",  # a column headed by the word alone (Zatw. / Approved: a Polish form's)
            "承认数",  # a Japanese customer's 承認数: the quantity it approved for return
            "承认数量",
        ),
        ge=0,
    )
    qty_returned: Qty | None = field(
        "实退量",
        "Returned qty",
        aliases=(
            "实收",
            "实退数量",
            "实际退货量",
            "退货数量",
            "数量",
            "退回数量",
            "退回",  # 核准 240 / 退回 236: the approved and the returned count side by side (holdout30)
            "Qty",
            "Quantity",
            "实退",
            "返品数",  # a Japanese customer's 返品数 (返品数量): the quantity sent back
            "返品数量",
            "实收数量",
            "Qty received",
            "Received qty",
            "Qty recv.",  # a warehouse system's column: the quantity received back
            "Qty rec'd",
            "退料数量",
            "检验数量",
            "Cantidad",  # Spanish, Portuguese, French, German: the quantity (as 数量)
            "Cantidad devuelta",
            "Quantidade",
            "Quantidade devolvida",
            "Quantité",
            "Quantité retournée",
            "Menge",
            "Rücksendemenge",
            # the total after the count split into its parts (Good | Damaged | Total returned): the
            # parts are no field, the total is the count returned
            "Total returned",
            "Returned total",
        ),
        ge=0,
        hint="仓库签收时填写",
    )
    unit_price: Money | None = field(
        "单价",
        "Unit price",
        aliases=(
            "单价(元)",
            "Price",  # a line's price: the unit's (Cena / Price, a Polish form's)
            "Unit cost",  # a marketplace seller's return report (unit-cost): what one unit cost it, the price
            "Net price",
            "无税单价",
            "Precio unitario",
            "Preço unitário",
            "Valor unitário",
            "Prix unitaire",
            "Einzelpreis",
        ),
        ge=0,
    )
    amount: Money | None = field(
        "金额",
        "Amount",
        aliases=(
            "金额(元)",
            "Extended",
            "Extended price",
            "Ext. price",
            "Line total",
            "Net value",
            "无税金额",
            "Importe",  # Spanish, Portuguese, French, German: the line's amount
            "Valor",
            "Montant",
            "Betrag",
        ),
        ge=0,
        hint="可留空，自动计算",
    )

    def expected_amount(self) -> Decimal | None:
        if self.qty_returned is None or self.unit_price is None:
            return None
        return round_money(self.qty_returned * self.unit_price)


class ReturnNote(Form):
    """成品退货单: finished goods coming back from a customer on a decided complaint."""

    number: Code | None = field(
        "退货单号",
        "Return note no.",
        aliases=(
            # ja: a 返品伝票's own number (伝票番号, 伝票No.)
            "伝票番号",
            "伝票No.",
            "编号",
            "单号",
            "No.",
            "退货编号",
            "申请单号",
            "退货申请单号",
            "退料单号",
            "接收单号",
            "退运单号",  # an export order's goods shipped back (退运): the 退运单's own number
            "Return No.",
            "Return Ref.",
            "RMA No.",
            "RMA单号",
            "RMA #",
            "RMA number",
            "RMA No",
            "RGA #",
            "RGA No.",
            "RGA number",
            "Return order",  # an ERP export's returns order
            "退回单号",  # 銷貨退回單: the note is a 退回, its number 退回單號
            "退回编号",
            "销货退回单号",
            "GRN No.",  # a Goods Return Note's own number (Malaysia, Singapore)
            "RGN No.",  # a Returned Goods Note's own number (a drinks wholesaler's)
            "单据编号",  # an ERP's printout (金蝶 K/3, 用友 U8): the document's own number
            "单据号",
            "返品番号",  # a Japanese customer's 返品連絡書 (返品番号, 返品伝票番号): the return's own number
            "返品编号",
            "Receipt No.",  # a warehouse system's return receipt: its own number (as 接收单号)
            "RTV No.",  # a customer's Return To Vendor note (aerospace, heavy industry): its own number
            "RTV number",
            "RTV单号",  # (RTV 單號 folds to it)
            "Return receipt no.",
        ),
        section="header",
        hint="由登记簿编号，可留空",
    )
    complaint_number: Code = required(
        "退回依据",
        "Complaint no.",
        aliases=(
            # ja: the customer's 不具合連絡書 a 返品伝票 follows
            "不具合連絡書No.",
            "連絡書No.",
            "客诉编号",
            "客户抱怨编号",
            "依据",
            "关联客诉",
            "关联客诉编号",
            "关联投诉",
            "关联投诉单号",
            "相关投诉",
            "客诉单号",
            "Complaint ref.",
            "Complaint reference",
            "Claim ref.",  # a customer's claim: what our complaint records
            "Claim no.",
            "Claim",  # a credit memo's "Claim | CLM-0931" (as "Reclamo"): the claim it settles
            "Complaint No.",
            "Customer complaint ref.",
            "Customer complaint no.",
            "Customer ref.",
            "异议编号",  # a mill's 退货单: the 质量异议 (the steel trade's complaint) it follows
            # a customer's receiving-exception sheet (收货异常反馈单, 到貨異常通知單: 異常通知單號 folds) the return or
            # allowance follows (not a bare 反馈单号: a complaint's own number as often)
            "原反馈单号",
            "异常通知单号",
            "客诉单",
            "依据客诉单",
            "原客诉单号",
            "关联质量问题单",
            # a utility's 物资质量问题反馈单 and a cable's 质量异议单 are the complaint the return follows
            "关联反馈单",
            "关联异议单",
            "质量问题单号",
            "原投诉号",
            "投诉单号",
            "Reference QN",  # an ERP export's quality notification
            "Quality notification",
            "源单号",  # an ERP's printout: the source document the return is drawn on
            "源单编号",
            "来源单号",
            "联络书编号",  # a Japanese customer's 返品連絡書: the 连络书 (its complaint) it follows
            # a customer's claim (索赔单, 索賠通知書) the return settles, as Claim ref.
            "索赔单号",
            "索赔通知书号",
            # a customer IQC's quality alert (品质异常联络单) the return follows: its number names the case
            "品质异常单号",
            # a customer's nonconformance report (NCR) or review board's record (不合格品审理单) the return follows
            "NCR No.",
            "NCR number",
            "NCR编号",
            "审理单号",
        ),
        section="header",
        hint="客诉编号",
    )
    issue_date: Date = required(
        "开单日期",
        "Issue date",
        aliases=(
            "Request Date",
            doubtful("过账日期"),  # an ERP's posting date: the return booked (always warned)
            doubtful("过帐日期"),  # (帳 folds to 帐)
            doubtful("Posting date"),
            "日期",
            "退货日期",
            "单据日期",  # an ERP printout's document date
            "退回日期",
            "销货退回日期",
            "申请日期",
            "申请时间",
            "填表日期",
            "制单日期",  # the date the note was made out (制单: an ERP's or a clerk's)
            "制表日期",
            "Date",
            "Date issued",
            "Issue date",
            "Return date",  # 退货日期 in English: the day the note is made out
            "RMA date",
            "RTV date",  # a customer's Return To Vendor note: the day it is made out
            "Document date",
            "凭证日期",  # SAP's document date (凭证: the SAP document, not a proof of return)
            "返品日",  # a Japanese customer's 返品日 (the day the goods are sent back)
            "返品日期",
        ),
        section="header",
    )
    customer: Text = required(
        "客户名称",
        "Customer",
        aliases=(
            # ja: 得意先, the customer (the party one sells to)
            "得意先",
            "Company",
            "客户",
            "客户名",
            "退货单位",
            "退货客户",
            "采购组织",
            "Customer name",
            "Returned by",
            "Distributor",  # a distributor's RMA: the distributor returns the goods
            "经销商",  # a distributor's 退货申请单 (經銷商 folds to it): its stores' returns, the distributor returns them
            "Bill to",
            "Sold-to name",
            "购货单位",  # 金蝶 K/3: the buying unit
            "售达方",  # SAP's sold-to party
            "Sold-to party",
        ),
        section="header",
    )
    items: list[ReturnLine] = required(
        "退货明细", "Items", aliases=("明细",), section="items", rows=6, min_length=1
    )
    reason: Text = required(
        "退货原因",
        "Reason",
        aliases=(
            # ja: a 返品伝票's reason for the return
            "返品理由",
            "Describe the problem",
            "退回原因",
            "原因",
            "退货理由",
            "退换原因",  # a 退換貨單's reason for the return or exchange
            "Reason for return",
            "Return reason",
            "原因说明",
            "不具合内容",  # a Japanese customer's 返品連絡書: the defect the goods go back for
            "Failure description",  # a distributor's RMA: the failure the unit goes back for
            # an e-commerce return authorization (RA / RMA): the reason as the platform's code and its words
            # (DEF-03 Defective …, Q02 品質不良…) — the row under the lines, never a line of its own
            "Reason code",
            "退货原因代码",
        ),
        section="items",
        long=True,
    )
    handling: Handlings = required(
        "处理方式",
        "Handling",
        aliases=(
            # ja: a 返品伝票's 処理区分 (what is done with the goods: 廃棄, 返却)
            "処理区分",
            "Requested Resolution",
            "处理",
            "处置方式",
            "处置",  # a Japanese customer's 処置: what is done with the goods (■退回 □报废 □返工)
            "Disposition",
            "Action",
        ),  # (处置: the goods' disposal)
        section="items",
        min_length=1,
        hint="重工、报废、降级使用、换货、退款…",
    )
    over_acceptance_ratio: Ratio | None = field(
        "超量允收比率",
        "Over-acceptance ratio",
        aliases=("超量允收",),
        section="items",
        ge=0,
        hint="空白按公司默认",
    )
    proof: ReturnProof | None = field("退货凭证", "Proof of return", aliases=("凭证",), section="receipt")
    approved_by: Text | None = field(
        "经(副)理",
        "Approved by",
        aliases=(
            "主管",
            "经理",
            "副理",
            "核准",
            "批准",
            "主管审批",
            "部门主管",  # an approval app's form: the department's head (部门主管确认)
            "业务审核",  # the sales office's review of the return
            "QA release",  # a medicine's or a device's return: QA releases the goods' disposition
            "审批",
            # an approval app's flow (钉钉, 企业微信: 发起人 / 审批人 / 抄送人): its approver as a
            # rule, yet its first row is the one who submitted it: the form's own label first (warned)
            doubtful("审批人"),
            "Approved by",
            "Authorised by",
            "Authorized by",
            "审核",  # an ERP printout's footer (制单 / 审核): the reviewer signs the document off
            "审核人",
            "承认",  # a Japanese customer's 承認 stamp: the note approved
        ),
        section="receipt",
    )
    warehouse_receiver: Text | None = field(
        "成品仓储签收",
        "Received by (warehouse)",
        aliases=(
            # ja: a 返品伝票's 受領 / 受領印, who received the goods sent back
            "受領",
            "受領印",
            "仓库签收",
            "签收",
            "仓管员",
            "仓管",
            "Received by",
            "仓库收货",
            "仓库验收",
            "验收人",  # who inspects and accepts the goods received (驗收人 beside 驗收日期)
            "收货人",
            "仓库签收人",
            "受入担当",  # a Japanese customer's 受入担当: who takes the goods in at the warehouse
            "仓务收货",  # Hong Kong / Macau 倉務 (the warehouse): its receiver
            "仓务签收",
        ),
        section="receipt",
    )
    received_date: Date | None = field(
        "签收日期",
        "Received date",
        # (not a bare "Received": as often the received quantity's column header under "Qty")
        aliases=(
            "验收日期",
            "收货日期",
            "入库日期",
            "Goods received",
            "Date received",
            "Received on",
            "Ontvangstdatum",  # Dutch: the date of receipt (Ontvangstdatum / Received)
            "Datum přijetí",  # Czech
            "Átvétel dátuma",  # Hungarian
        ),
        section="receipt",
    )

    def ratio(self, settings: Settings) -> Decimal:
        """超量允收比率: the customer's on this note, else the company default."""
        return (
            self.over_acceptance_ratio
            if self.over_acceptance_ratio is not None
            else settings.over_acceptance_ratio
        )

    def complete(self, settings: Settings) -> None:
        for line in self.items or []:
            if line.amount is None:
                line.amount = line.expected_amount()

    def stage(self) -> ReturnStage:
        """Issued (sales), received (the warehouse filled 实退量, 签收, date), proof obtained."""
        return return_stage(self.to_json())

    def _stage_rules(self) -> Iterator[Finding]:
        """What each stage requires: nothing more when issued; all of the receipt once received."""
        lines = self.items or []
        received = (
            any(line.qty_returned is not None for line in lines)
            or self.warehouse_receiver
            or self.received_date
        )
        if not received:
            if self.proof is not None:
                yield error("return_proof_before_receipt", "proof")
            return
        for i, line in enumerate(lines):
            if line.qty_returned is None:
                yield error("required", f"items[{i}].qty_returned")
        missing = [
            (key, Bilingual(*label))
            for key, label in (
                ("warehouse_receiver", ("成品仓储签收", "the warehouse receiver")),
                ("received_date", ("签收日期", "the received date")),
            )
            if not getattr(self, key)
        ]
        if missing:
            yield error(
                "return_receipt_incomplete",
                missing[0][0],
                missing="、".join(m.zh for _, m in missing),
                missing_en=" and ".join(m.en for _, m in missing),
            )
        if self.proof is None:
            yield warning("return_proof_pending", "proof")

    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        for i, line in enumerate(self.items or []):
            mismatch = line_amount_rule(i, "amount", line.amount, line.qty_returned, line.unit_price)
            if mismatch is not None:
                yield mismatch
        yield from self._stage_rules()
        if self.over_acceptance_ratio is not None and self.over_acceptance_ratio > Decimal("0.2"):
            yield warning(
                "over_acceptance_ratio_high",
                "over_acceptance_ratio",
                ratio=_percent(self.over_acceptance_ratio),
            )

        complaint = ctx.find("complaint", self.complaint_number) if self.complaint_number else None
        if self.complaint_number:
            referenced = list(reference(ctx, "complaint_number", "complaint", self.complaint_number))
            yield from referenced
            if any(f.code == "reference_void" for f in referenced):
                return  # a void complaint cannot be the basis of anything: nothing to reconcile against
        if complaint is not None:
            yield from disposition_rule(
                complaint, RETURN_DISPOSITIONS, self.complaint_number, Bilingual("退货单", "return note")
            )
            yield from self._reconciliation(ctx, complaint)
        else:
            yield from self._reconciliation_per_part(ctx)

    def _reconciliation_per_part(self, ctx: RuleContext) -> Iterator[Finding]:
        """No complaint to check against: each part's lines added up against the approved qty they state."""
        ratio = self.ratio(ctx.settings)
        returned: dict[str, int] = {}
        approved: dict[str, int] = {}
        for i, line in enumerate(self.items or []):
            part = (line.part_no or "").strip()
            if line.qty_approved is not None:
                approved.setdefault(part, line.qty_approved)
            if line.qty_returned is None or part not in approved:
                continue
            before = returned.get(part, 0)
            returned[part] = before + line.qty_returned
            limit = approved[part] * (1 + ratio)
            if returned[part] > limit >= before:
                code = (
                    "return_beyond_over_acceptance" if before == 0 else "return_total_beyond_over_acceptance"
                )
                yield self._beyond(i, returned[part], approved[part], ratio, code)
        if self.complaint_number:
            yield warning(
                "return_reconciled_without_complaint", "complaint_number", number=self.complaint_number
            )

    def _reconciliation(self, ctx: RuleContext, complaint: dict[str, Any]) -> Iterator[Finding]:
        """DOMAIN §4: actual ≤ approved, or within the over-acceptance ratio above it; beyond is an error.

        The complaint approves one quantity for the case: the lines of this note, and the other
        return notes filed for the same complaint (register and batch), share it.
        """
        approved_by_complaint = complaint.get("approved_return_qty")
        ratio = self.ratio(ctx.settings)
        others = (
            ctx.followups("return", self.complaint_number, self.to_json()) if self.complaint_number else []
        )
        before_notes = sum(
            int(line.get("qty_returned") or 0) for _, record in others for line in record.get("items") or []
        )
        returned = before_notes
        for i, line in enumerate(self.items or []):
            if (
                approved_by_complaint is not None
                and line.qty_approved is not None
                and line.qty_approved != int(approved_by_complaint)
            ):
                yield error(
                    "qty_approved_differs",
                    f"items[{i}].qty_approved",
                    stated=line.qty_approved,
                    number=self.complaint_number,
                    approved=approved_by_complaint,
                )
            if line.qty_returned is None:
                continue
            if approved_by_complaint is None:
                # the complaint states no approved quantity: each line against the note's own
                if line.qty_approved is not None and line.qty_returned > line.qty_approved * (1 + ratio):
                    yield self._beyond(i, line.qty_returned, line.qty_approved, ratio)
                continue
            before, returned = returned, returned + line.qty_returned
            limit = int(approved_by_complaint) * (1 + ratio)
            if returned > limit >= before:  # reported once, on the line that crosses the limit
                if before_notes:
                    yield error(
                        "return_notes_beyond_approved",
                        f"items[{i}].qty_returned",
                        number=self.complaint_number,
                        others="、".join(n or "本批" for n, _ in others),
                        before=before_notes,
                        mine=returned - before_notes,
                        actual=returned,
                        approved=int(approved_by_complaint),
                        ratio=_percent(ratio),
                        limit=_plain(int(approved_by_complaint) * (1 + ratio)),
                    )
                    continue
                code = (
                    "return_beyond_over_acceptance" if before == 0 else "return_total_beyond_over_acceptance"
                )
                yield self._beyond(i, returned, int(approved_by_complaint), ratio, code)

    @staticmethod
    def _beyond(
        i: int, actual: int, approved: int, ratio: Decimal, code: str = "return_beyond_over_acceptance"
    ) -> Finding:
        return error(
            code,
            f"items[{i}].qty_returned",
            actual=actual,
            approved=approved,
            ratio=_percent(ratio),
            limit=_plain(approved * (1 + ratio)),
        )


def return_stage(record: dict[str, Any]) -> ReturnStage:
    """The stage of a return note's record (as validated, or as the register stores it)."""
    if record.get("proof"):
        return ReturnStage.PROOF
    lines = record.get("items") or []
    if any(line.get("qty_returned") is not None for line in lines if isinstance(line, dict)):
        return ReturnStage.RECEIVED
    if record.get("warehouse_receiver") or record.get("received_date"):
        return ReturnStage.RECEIVED
    return ReturnStage.ISSUED


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _percent(ratio: Decimal) -> str:
    return _plain(ratio * 100) + "%"


def disposition_rule(
    complaint: dict[str, Any], allowed: tuple[Disposition, ...], number: str, document: Bilingual
) -> Iterator[Finding]:
    """The referenced complaint must have been decided with a disposition that allows this document."""
    decided = [Disposition.lookup(d) for d in complaint.get("disposition") or []]
    if not any(d in allowed for d in decided):
        known = [d for d in decided if d is not None]
        yield error(
            "complaint_disposition_disallows",
            "complaint_number",
            number=number,
            disposition=known or Bilingual("未决定", "undecided"),
            document=document,
        )


SPEC = FormSpec(
    kind="return",
    code="QR-047-04",
    revision="A1",
    title_zh="成品退货单",
    title_en="Finished-goods Return Note",
    title_aliases=(
        "退货单",
        "成品退货通知单",
        "退货申请单",
        "退货申请",  # 退貨申請 (a portal page's title)
        "退货通知单",
        "退换货单",  # a Taiwanese 退換貨單: goods returned for exchange or refund
        "客户退货单",
        "退货处理单",
        "退料单",
        "退料检验单",
        "退料检验报表",
        "Return Material Authorization",
        "RMA Form",
        "RMA Receiving List",
        "Goods Return Note",
        "Return Note",
        "RMA",
        "Return Authorization",
        "Returned Goods Authorization",
        "Return Goods Authorization",
        "Return Material Authorisation",  # the British spelling (a European customer's RMA)
        "Return Authorisation",
        "Returned Goods Authorisation",
        "RGA",
        "Returned Goods Note",
        "销货退回单",
        "销退单",  # a Taiwanese ERP's 銷退單: 銷貨退回 shortened, as its menus and prints call it
        "退回单",
        "退货验收单",
        "退货入库单",  # a warehouse system's receipt of returned goods (退貨入庫單, 销售退货入库单)
        "Return Receipt",  # its English print (a WMS's ReturnReceipt, an RMA receipt)
        "RMA Receipt",
        "退货入仓单",
        # a service network's slip of goods sent back to the factory (返厂: back to the factory, as
        # the disposition 返厂维修 says): a return note by the goods' road, whatever is done with them
        "返厂单",
        "返品伝票",  # a Japanese customer's return slip (伝票: a slip), printed from its system
        "返品联络单",  # a Japanese customer's 返品連絡書 written in Chinese (返品: the goods returned)
        "返品联络书",
        "Customer Return",
        "Customer Returns",
        "Return Slip",
        "Returned Goods Slip",
        # export trade: goods shipped back to the factory (退运货物, the customs' word for a return shipment, re-imported
        # under a 退运 declaration): a 退运单 / 退运货物接收单 is the return note of an export order
        "退运单",
        "退运货物",
        # a Filipino customer's slip: PAGBABALIK NG PRODUKTO / RETURN SLIP (the return of goods;
        # Ibinalik na Produkto: the goods returned), as terms.py keeps Pagbabalik for the request
        "Pagbabalik ng Produkto",
        "Ibinalik na Produkto",
        "Pagbabalik ng Kalakal",
    ),
    model=ReturnNote,
    copies=copies("业务部(自存督促)", "成品仓储存", "会计科存", "业务部存"),
    date_field="issue_date",
    numbering="TH{date:%Y%m}{serial:0{width}d}",  # one number names one document (DOMAIN §2)
    template="return.docx",
    sections=(
        ("header", "退货依据", "Reference"),
        ("items", "退货明细", "Items"),
        ("receipt", "签收与凭证", "Receipt and proof"),
    ),
)
