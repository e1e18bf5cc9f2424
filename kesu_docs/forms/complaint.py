"""Complaint sheet 客户抱怨处理单 — kind ``complaint``, form QR-047-01 rev A2, 5 copies (DOMAIN §5.1)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from ..config import Settings
from ..terms import (
    ApprovalLevel,
    CauseCategory,
    ComplaintType,
    Disposition,
    Market,
    PenaltyKind,
    Request,
    ResponsibilityCode,
    Severity,
)
from ..values import Code, Date, Money, Qty, Ratio, Text, YesNo, distinct, options_of
from .base import (
    CUSTOMER_PART_LABELS,
    MACHINE_MODEL_LABELS,
    MACHINE_NAME_LABELS,
    MACHINE_TYPE_LABEL,
    OWN_PART_LABELS,
    STYLE_LABELS,
    Alias,
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
    inline,
    reference,
    required,
    second,
    warning,
    whole,
)

Requests = Annotated[list[Request], BeforeValidator(options_of(Request)), AfterValidator(distinct)]
Dispositions = Annotated[
    list[Disposition], BeforeValidator(options_of(Disposition)), AfterValidator(distinct)
]

# A 处理… label — 处理 (the handling) and a word of what was done (说明, 措施, 情况, 经过, 过程) or of how it ended
# (结果) — names the case's handling as a whole: what was done at once on one sheet (a hotline's 处理结果
# 已登记换新, a retailer's 處理說明 已寄送新品, a device maker's 处理措施 同批暂停发货: holdouts 45, 46), the
# outcome agreed with the customer on another. So it is read as the immediate action, always warned (a
# doubtful label), and one saying how it ended as the negotiation's result too, warned alike. A field's
# own 处理… label is no such label: 处理方式 / 处理意见 (the disposition), 处理方案 (the action), 处理人.
HANDLING_DONE = ("说明", "措施", "情况", "经过", "过程")
HANDLING_ENDED = ("结果",)


def handling_labels(words: tuple[str, ...]) -> tuple[Alias, ...]:
    """The doubtful 处理… labels of ``words`` (:data:`HANDLING_DONE`, :data:`HANDLING_ENDED`)."""
    return tuple(doubtful(f"处理{word}") for word in words)


# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "ship_after_received": (
        "交运日期（{ship}）不能晚于受理日期（{received}）",
        "Ship date ({ship}) is after the received date ({received})",
    ),
    "defect_qty_exceeds_ship_qty": (
        "不良数量（{defect}）不能大于交运数量（{ship}）",
        "Defective quantity ({defect}) exceeds the shipped quantity ({ship})",
    ),
    "defect_rate_mismatch": (
        "不良率 {stated} 与数量不符：{defect}/{ship} = {actual}",
        "Defect rate {stated} does not match the quantities: {defect}/{ship} = {actual}",
    ),
    "requested_qty_required": (
        "客户要求不是“客户加工中未确定”时，必须填写要求退换数量",
        "Requested quantity is required unless the request is pending (客户加工中未确定)",
    ),
    "pending_with_other_request": (
        "“客户加工中未确定”不能与其他要求同时勾选",
        "A pending request (客户加工中未确定) cannot be combined with other requests",
    ),
    "not_established_with_other": (
        "“客诉不成立”不能与其他处理方式同时选择",
        "'Not established' cannot be combined with other dispositions",
    ),
    "approved_return_qty_required": (
        "处理方式含退货时，必须填写核定退货量",
        "Approved return quantity is required for a return",
    ),
    "approved_return_qty_exceeds_ship_qty": (
        "核定退货量（{approved}）不能大于交运数量（{ship}）",
        "Approved return quantity ({approved}) exceeds the shipped quantity ({ship})",
    ),
    "allowance_amount_required": (
        "处理方式含折让或赔款时，必须填写折让/赔款金额",
        "Allowance amount is required for an allowance or compensation",
    ),
    "severity_too_low": (
        "严重度“{stated}”低于损失金额与安全影响所要求的“{derived}”",
        "Severity '{stated}' is below the '{derived}' that the loss and safety impact require",
    ),
    "approval_level_too_low": (
        "损失金额 {amount} 元须由“{needed}”或以上核决，表上为“{stated}”",
        "A loss of {amount} RMB needs approval by '{needed}' or above; the form has '{stated}'",
    ),
    "closed_before_received": (
        "结案日期（{closed}）不能早于受理日期（{received}）",
        "Closed date ({closed}) is before the received date ({received})",
    ),
    "closed_late": (
        "结案逾期：{market}案件应于 {due}（受理后 {days} 天）前结案，实际 {closed}，逾期 {late} 天",
        "Closed late: a {market} case is due by {due} ({days} days from registration); closed {closed}, {late} days late",
    ),
    "penalty_below_minimum": (
        "{kind}的罚款不得低于 {minimum} 元，表上为 {amount} 元",
        "A {kind} carries at least {minimum} RMB; the form has {amount} RMB",
    ),
}


class Penalty(Row):
    """A penalty following from the cause: unit or person, code, kind, amount."""

    target: Text | None = required("受罚单位/人员", "Unit or person", aliases=("受罚对象", "罚扣部门"))
    code: ResponsibilityCode | None = field("责任代码", "Code", aliases=("代码",))
    kind: PenaltyKind | None = field("处分", "Penalty", aliases=("处分类别", "奖惩"))
    amount: Money | None = field("金额", "Amount", aliases=("罚款金额",), ge=0)


class ComplaintSheet(Form):
    """客户抱怨处理单: one customer complaint, from intake to closure."""

    # -- intake (业务部)
    number: Code | None = field(
        "客诉编号",
        "Complaint no.",
        aliases=(
            # ja: a Japanese customer's 不具合連絡書 / 品質異常連絡書, its own number printed with No.
            "連絡書No.",
            "連絡書番号",
            "管理No.",
            "通知单号码",  # an SAP 品质通知单 (通知單號碼, QMNUM): the notification's number
            "通知书编号",  # a utility's 供应商不良行为处理通知书: the notice's own number
            "Case Number",  # a CRM case (Salesforce's Case Number): the complaint's number
            # a CRM ticket export: the ticket's number — but on a factory's form 工单 is the
            # production work order (MO-…): read, and always warned
            doubtful("工单编号"),
            "抱怨单号",
            "Complaint Reference",
            "编号",
            "客户抱怨编号",
            "抱怨编号",
            "No.",
            "表单编号",
            "处理单号",
            "投诉编号",
            "客诉单号",
            "报告编号",
            "单号",
            "Complaint No.",
            "Report No.",
            "NCR No.",
            "PRR No.",
            "SCAR No.",  # a customer's corrective action request: its number is the complaint's
            "SCAR number",
            "Problem report no.",
            "QN No.",
            "Notification No.",
            "Notification number",
            "QN number",
            "Claim No.",
            "Record No.",  # Customer Complaint Record
            "Record number",
            "Log No.",  # a complaint log's entry
            "Entry No.",
            "CCF No.",  # a Customer Complaint Form's own number (Singapore, Malaysia)
            # a DingTalk / WeChat Work approval's flow id: the complaint's number only where the
            # approval is the complaint's one record — always shown, yet it names the kind
            Alias("审批编号", names_kind=True),
            # the complaint's own number as such an approval (or an ERP's print) names it
            "关联客诉单",
            "关联客诉编号",
            "ERP客诉单号",
            "客户投诉单号(ERP)",
            "质量反馈单号",
            "客诉号",
            doubtful("来源单号"),  # a source document: the complaint's at times, an order's at others
            # a ticket tool's record (Jira): its key names the ticket, the complaint where the
            # ticket is the complaint's one record — read only printed whole, and always shown
            Alias("Key", whole=True, doubtful=True),
            doubtful("Issue key"),
            "CCR No.",  # a Customer Complaint Report's own number
            "CCR number",
            "受理编号",  # a Korean-owned plant's 접수번호 / 受理编号: the number the complaint is taken in under
            "접수번호",
            "Notice No.",  # a customer's complaint notice (통보번호 / Notice No.): its own number
            "Notice number",
            "Notice ID",  # a retailer's supplier portal: its quality notice's id
            "통보번호",
            # a Mexican / Latin-American customer's claim (Reclamo de cliente / Customer claim)
            "No. de reclamo",
            "Número de reclamo",
            "Reclamo No.",
            "Folio",  # a Mexican document's own number
            "No. de folio",
            "QRQC编号",  # a QRQC sheet (quick response to a complaint): its own number is the complaint's
            "QRQC No.",
            "管理番号",  # ja: a Japanese customer's 不具合連絡書, its control number
            "联络书编号",  # a Japanese customer's 品質異常連絡書 written in Chinese: its own number
            "№ рекламации",  # a Russian customer's claim (рекламация): its number
            "Номер рекламации",
            "SQC No.",  # an Indian OEM's portal: its Supplier Quality Complaint's number
            "Concern No.",  # an automotive Customer Concern Report (complaint / concern record): its number
            "Concern number",
            # a customer's quality claim (质量索赔单), chargeback or debit confirmation (扣款确认单):
            # the claim is the complaint, its number the complaint's
            "索赔单号",
            "扣款单号",
            "Chargeback No.",
            "Chargeback number",
            # a consumer channel's case (DOMAIN §1: the store, hotline or platform sends it): a platform's
            # after-sales ticket (售后单号, 京东 服务单号) or a store's forwarded case (转单编号)
            "售后单号",
            "服务单号",
            "转单编号",
            # a retailer's product safety incident report: the incident is the complaint, its number the complaint's
            "Incident No.",
            "Incident number",
            "异议编号",  # a steel mill's 质量异议单 (异议: the steel trade's word for a complaint): its number
            # an equipment maker's warranty application (保固申請表, 维修申请单): the application is the complaint
            "申请单号",
            # a building site's 工程质量问题反馈单 (a contractor's feedback on what was supplied): its number; a
            # contractor's letter (函) about the defect: its reference (函号, 绿湖施函〔2026〕017号)
            "反馈单号",
            "函号",
            "Case ID",  # a brand's supplier portal: the complaint case's id (as Case Number)
            # a review board's record of the customer's nonconformance (不合格品审理单 of a rail or shipyard
            # customer, a Taiwanese 不合格品處置單): the record is the complaint, its number the complaint's
            "审理单号",
            "处置单号",
        ),
        section="intake",
        hint="由登记簿编号，可留空",
    )
    received_date: Date = required(
        "受理日期",
        "Received date",
        aliases=(
            # ja: 発行日, the day the customer issued its 不具合連絡書 (as 发出日期 / 通知日期): beside 発生日 the notice's own day
            "発行日",
            "発行年月日",
            "通知日期",  # an SAP 品质通知单 (QMDAT): the day the customer notified
            "创建时间",  # a CRM ticket export: the time the ticket was created, the day it came in
            "接收日期",
            "接单日期",
            "收件日期",
            "日期",
            "填表日期",
            "发生日期",
            "发生时间",
            "开单日期",
            "投诉日期",
            "客诉日期",
            "投诉时间",  # the day the customer complained, at times with its hour (投诉时间 / 客诉时间)
            "客诉时间",
            "立案日期",  # the day the case was opened: the complaint taken in
            "填报日期",
            "抱怨日期",
            "Notif. Date",
            "Notification date",
            "접수일",  # Korean: the day taken in (접수일 / 受理日期)
            "접수일자",
            "통보일",  # a customer's complaint notice: the day it notified (통보일 / Date)
            "통보일자",
            "Created",
            "Created on",
            "Notified",  # a quality notification's date: the day the customer notified
            "Notified on",
            "发起时间",  # a DingTalk / WeChat Work approval: the day it was started (a date-time)
            "提交时间",
            "报告日期",
            "反馈日期",
            "发文日期",  # a utility's notice (不良行为处理通知): the day it was issued
            "发布时间",  # a utility's e-commerce platform: the moment the notice was published (a date-time)
            # a nonconformance report's day the defect was found (发现日期): the customer's day, at times its
            # inspection's days before it wrote — read, and always warned
            doubtful("发现日期"),
            # a third-party inspection report the buyer forwards as its complaint (FRI, pre-shipment): the day
            # its inspector found the lot failing — days before the buyer wrote: read, and always warned
            doubtful("Inspection date"),
            "Date received",
            "Complaint date",
            "Report date",
            "Date raised",  # the day the customer raised the complaint
            "登记日期",
            "发出日期",
            # the consumer channel's moment the case came in: the buyer's after-sales application (申请时间),
            # the hotline's call (来电时间), the store's forwarding (转单日期); the day is kept
            "申请时间",
            "来电时间",
            "转单日期",
            "收到日期",  # Hong Kong: the day the complaint came in (收到)
            "接获日期",  # Taiwan / Hong Kong: the day the complaint was received (接獲)
            "提出日期",  # the day the customer raised it (提出): the complaint's day
            "受理时间",  # an OA's intake: the moment it was taken in (a date-time; the day is kept)
            # after-sales: the day the customer reported the machine's failure (报修, a date-time at times), or
            # applied for a warranty repair (申請日期 on a 保固申請表), or the dealer's claim was sent (索赔日期)
            "报修日期",
            "报修时间",
            "申请日期",
            "索赔日期",
            whole("Submitted"),  # a dealer portal's claim: the day it was submitted (not "Submitted by")
            "Received on",
            "Дата рекламации",  # a Russian customer's claim: the day it was raised
            "Дата",  # (its plain date, as 日期)
            inline("Date"),  # a complaint e-mail's "Date: …" line: the day the customer wrote
            "Claim date",  # a Latin-American customer's claim: Claim date / Fecha de reclamo
            "Fecha de reclamo",
            "Fecha de reclamación",
            "Fecha de recepción",
            "Fecha",  # Spanish: the date alone (日期)
            "受付日",  # ja: the day the complaint was taken in (受付日 = 受理日期)
            "受付日付",
            "受付年月日",
            # ja 発生日: the day the defect arose at the customer's, the sheet's only date at
            # times; beside 受付日 the lesser label
            second("発生日"),
            second("発生年月日"),
        ),
        section="intake",
    )
    customer: Text = required(
        "客户名称",
        "Customer",
        aliases=(
            "Claimant",  # a cargo claim notice: the customer claiming for its damaged goods
            # the carrier's paper or an importer's claim: the party the goods were for — the customer as often as a
            # warehouse or a forwarder in its name: read, warned
            doubtful("Consignee"),
            doubtful("Importer"),
            "Account Name",  # a CRM case: the customer's account
            "客户",
            "客户名",
            "顾客名称",
            "Customer name",
            "Customer company",  # (客户单位: the customer's company, as an English form words it)
            "Customer company name",
            "Покупатель",  # a Russian customer's claim: the buyer (покупатель / заказчик) is the customer
            "Заказчик",
            "顾客",
            "客户单位",
            "投诉客户",
            "投诉单位",
            "Client",
            "Cliente",  # Spanish: the customer
            "Nombre del cliente",
            "顧客名",  # ja: the customer's name (お客様名 as politely)
            "お客様名",
            "お客様",
            "顧客",
            "客先",
            "客先名",
            "发行方",  # a Japanese customer's 连络书: the party issuing it is the customer
            "Dealer",  # a dealer's warranty claim (a dealer portal's export): the dealer claims
            "经销商",  # a dealer's 三包索赔单: the dealer claims for its customer's machine (經銷商 folds to it)
            # a platform's store that forwards its buyers' cases to the factory (店铺名称, 所属店铺)
            "店铺名称",
            "所属店铺",
            "店铺",
            # a retailer forwarding its shoppers' complaint (a product safety incident report): the retailer complains
            "Retailer",
            "零售商",  # (零售商: a supermarket chain's supplier quality notice names itself so)
            # the consumer who complained (a 12315 transfer's 投诉人, masked as 李**: value_masked says so); on a
            # factory's sheet the customer's person who phoned, beside its customer code — read, and always warned
            doubtful("投诉人"),
            # a steel mill's 质量异议单 calls its customer the user (用户单位, 用户名称)
            "用户单位",
            "用户名称",
            # a medical-device complaint record (21 CFR 820.198): who complained, a hospital — a person at times
            # (the user, the customer's buyer): read, and always warned
            doubtful("Complainant"),
            # a letter (函) about the defect: the company sending it (发函单位) is the one complaining
            "发函单位",
            # a building site's 工程质量问题反馈单: the contractor (施工单位) who bought and laid the material complains
            # — at times the site's owner (建设单位) bought it and the contractor only reports: read, and always warned
            doubtful("施工单位"),
            "Brand owner",  # a brand's supplier portal: the brand that buys the packaging complains
            # a utility's 物资质量问题反馈单 / 质量问题通知: the 项目单位 (the project unit the goods were delivered to) is
            # the customer, its 供应商 us; a contract's 需方 (the demand side, 供方 the supplier) likewise
            "项目单位",
            "需方",
            "发文单位",  # a 不良行为处理通知: the unit issuing it (as 发函单位)
        ),
        section="intake",
    )
    market: Market = required(
        "内外销", "Market", aliases=("市场", "国内/国外", "内销/外销"), section="intake"
    )
    order_no: Code = required(
        "订单编号",
        "Order no.",
        aliases=(
            "Customer PO",  # a CRM case: the customer's purchase order
            "Customer PO No.",
            "订单号",
            "订单号码",
            # a trading company's sheet names the buyer's order beside its own contract (合同号 / PI号): 客户订单号
            "客户订单号",
            "Customer order No.",
            "PO No.",
            "订单",
            "采购单号",
            "Order No",
            "Order number",
            "PO Number",
            "Purchase order",
            whole("PO"),  # a customer's e-mail: "PO: 4500771209"
            "Orden de compra",  # Spanish: the purchase order
            "No. de orden",
            "No. de pedido",
            "Pedido",
            "注文番号",  # ja: the order number
            # a retailer's reference for its order with us (Store order ref., Order ref.)
            "Order ref.",
            "Order reference",
            "Store order ref.",
            # a mill sells under a contract (合同号, Contract No.): the order its complaint (异议, claim) names
            "合同号",
            "Contract No.",
            "Sales order",  # a SAP QM notification (VBELN): the sales order the complaint is about
        ),
        section="intake",
    )
    part_no: Code = required(
        "料号/型号",
        "Part no.",
        aliases=(
            "Product Code",  # a CRM case: the product's code
            # a retailer's or a brand's model number (Model No. AJ-HT2210-UK): the part's code (a bare Model, a
            # machine's name at times as 机型, is not one)
            "Model No.",
            "Model number",
            # a platform's or a store's product code (商品編號, 商品编码): the part on a store's own sheet,
            # the platform's listing id (京东 / 天猫: 100038251617) on an after-sales export — read, warned
            doubtful("商品编号"),
            doubtful("商品编码"),
            # a retailer's own article number (Article no., a GTIN at times) for what the maker supplies: the
            # product on the retailer's notice, though the retailer's number, not the maker's — read, warned
            doubtful("Article no."),
            doubtful("Article number"),
            "料号",
            "型号",
            "品号",
            "产品型号",
            "Part No.",
            "P/N",
            "PN",
            "MPN",  # a distributor's word: the manufacturer's part number
            "Артикул",  # Russian: the article's number (артикул товара) a buyer's рекламация names
            *OWN_PART_LABELS,
            *STYLE_LABELS,  # the textile trade's style number
            *CUSTOMER_PART_LABELS,  # the customer's own number: read only alone, and warned
            "编码",
            "物料编码",
            "物料编号",
            # (no bare 物料: over a code it is SAP's MATNR at times, a material's grade — PA66-GF30,
            # SPCC-SD — at others, code-shaped both; 物料编码 / 物料编号 name the part's code)
            "产品编号",
            "零件号",
            # Taiwan's 件號 (a car assembler's part number); on a mainland packing list 件号 numbers the
            # packages (件号 1-2): read, warned
            doubtful("件号"),
            "图号",
            "Part number",
            "Item no.",
            "Item code",  # an ERP's item master: the part's code (as on a return note)
            "Material",
            "Material No.",
            "Material number",
            "No. de parte",  # Spanish: the part number (número de parte)
            "Número de parte",
            "品番",  # ja: the part number
            "Catalogue No.",  # a device maker's catalogue number: its part number (Model / Catalogue No.)
            "Catalog No.",
            "产品代号",  # a food maker's product code (產品代號)
            # a shoe maker's 客訴單: the shoe's model (鞋型 TP-6820M) — its style code, at times a kind of shoe in
            # words (鞋型 运动鞋): read, and always warned
            doubtful("鞋型"),
            # an equipment maker's complaint names the machine by its model code (设备型号 ZB-450X, 整机型号
            # ZL50GN, Machine model ACP-37A): the product complained of; the failed part's number beside it
            # (Failed part No., 故障件图号) is no field
            *MACHINE_MODEL_LABELS,
            # a machine maker's 机型 (機型 VMC-850): the part's code over a code; over a name (KB310 对讲机,
            # 手持扫描枪), or over anything when the part's number has a label of its own (编码), the part's
            # name — the value decides in the candidates' fit (parse.guards.code_only_fit), on every form
            code_only(MACHINE_TYPE_LABEL),
            # a solar module buyer's claim names the module by its type (Module type HM-72HBD-550W): its part number,
            # over a code only (a "Module type" of bifacial / mono is a kind, no number)
            code_only("Module type"),
        ),
        section="intake",
    )
    part_name: Text | None = field(
        "品名",
        "Part name",
        aliases=(
            "物料说明",  # an SAP print: the material's description (物料說明)
            "Наименование",  # Russian: the item's name (наименование изделия)
            "Наименование изделия",
            "产品名称",
            "品名规格",
            MACHINE_TYPE_LABEL,  # over a name (over a code the part's number's: code_only above)
            "产品",
            "物料名称",
            "物资名称",  # a utility's word for the goods it bought (物资: materials and equipment), by their name
            "涉及物资",  # a utility's 不良行为处理通知: the goods concerned
            "零件名称",
            "名称",
            "不合格品名称",
            "Product",
            "Product name",
            "Part description",
            "Material Description",
            "Material text",
            "Nombre de la pieza",  # Spanish: the part's name
            "Descripción de la pieza",
            "Pieza",
            "Device name",  # a medical-device complaint record: the device by its name (its model the part no.)
            "药品名称",  # a 药品质量投诉: the medicine by its name (its 规格 is no field)
            *MACHINE_NAME_LABELS,  # a service report: the machine by its name (全自动枕式包装机), its 设备型号 the part no.
            "Item description",  # a brand's supplier portal: the item (a label, a carton) by its name
            "Component",  # a brand's SCAR for packaging: the packaging component (a carton, a label) by its name
            # (not a bare ``Item``: a table's first column header as often — ``Item | Defect | Qty``
            # made a defect the part's name)
        ),
        section="intake",
    )
    lot_no: Code | None = field(
        "批号",
        "Lot no.",
        aliases=(
            "Batch / Works Order No.",
            "Supplier batch",
            "生产批号",
            "制造批号",
            "Lot No.",
            "Lot / Date Code",
            "Lot code",  # food and drink: the lot printed on the pack (L261002A), its lot whatever it looks like
            "批次号",
            "批次",
            "到货批次",  # a utility's delivery batch (第3批): the lot, before a 出厂编号 serial range beside it
            # a cable is traced by its drum (盘号, 盤號): the length made and shipped on one drum, as a machine by its
            # serial number
            "盘号",
            "卡号",
            "流程卡号",
            "Batch No.",
            "Lot number",
            "Batch",
            "Lot",
            "周期",  # 週期 on a PCB: the date code (YYWW) printed on the board, its lot
            "Date code",
            "Lote",  # Spanish: the lot
            "No. de lote",
            "ロット",  # ja: the lot (ロットNo.)
            "ロットNo.",
            "ロット番号",
            # a steel product's lot is its heat (炉号, Heat No.: the melt it was cast from, on every mill
            # test certificate); the coil number (卷号) is one piece of it, no lot
            "炉号",
            "Heat No.",
            "Heat number",
            # a machine is traced by its serial number (机身编号, 機台序號, 出厂编号, Serial No.): one unit's lot,
            # typed as a number (20260305001) or like a month (2026-03) at times — read as its text
            "机身编号",
            "机台序号",
            "出厂编号",
            "整机编号",
            "Serial No.",
            "Serial number",
            "Machine serial No.",
        ),
        section="intake",
    )
    ship_date: Date = required(
        "交运日期",
        "Ship date",
        aliases=(
            "出货日期",
            "交货日期",
            "发货日期",
            "送货日期",  # Hong Kong: 送貨日期, the delivery
            "Shipped date",
            "Shipping date",
            "Delivery date",
            "Fecha de embarque",  # Spanish: the day it was shipped
            "Fecha de envío",
            "Fecha de entrega",
            "出荷日",  # ja: the day it was shipped
            "納入日",
        ),
        section="intake",
    )
    ship_qty: Qty = required(
        "数量",
        "Shipped qty",
        aliases=(
            "Quantity Supplied",
            "Invoiced qty",  # an importer's shortage claim: the quantity invoiced (shipped), against the short one
            "Поставлено",  # Russian: the quantity delivered
            "Количество поставлено",
            "交运数量",
            "出货数量",
            "交货数量",
            # a cable's quantities are its lengths (到货长度 3000 m, 异议长度 500 m; a 质量异议单's 异议 the part objected to)
            "到货长度",
            "发货数量",
            "出货数",
            "Delivered qty",
            "Shipment qty",
            "Qty received",
            "进料数",  # a customer IQC's incoming count (進料數): what we shipped, as 来料数量
            "进料数量",
            "Received qty",
            "Qty shipped",
            "Qty delivered",
            "Delivered quantity",
            "Jumlah kirim",  # Indonesian: the quantity delivered (jumlah = quantity)
            "Jumlah pengiriman",
            "Cantidad",  # Spanish: the quantity (数量)
            "Cantidad enviada",
            "Cantidad embarcada",
            "Cantidad recibida",
            "出荷数",  # ja: the quantity shipped (数量 as ours)
            # a retailer's units sold of the batch (Units sold (batch)): what it received of us and sold on
            "Units sold",
            "納入数",
            # a brand's SCAR for packaging: the lot it inspected (AQL sampling) is the lot we delivered
            "Lot size",
        ),
        section="intake",
        gt=0,
    )
    defect_qty: Qty = required(
        "不良数量",
        "Defective qty",
        aliases=(
            # ja: a 不具合連絡書's count of the parts the defect occurred on (発生数)
            "発生数",
            "Quantity Rejected",
            "Брак",  # Russian: the rejects (брак), their count
            "Количество брака",
            "不良数",
            "不良品数量",
            "不合格数量",
            "不合格数",
            "不良品数",
            "NG数量",
            "疵点件数",  # a garment trading company's 投诉单: the pieces with a flaw (疵点, a textile's defect)
            "Defect qty",
            "NG qty",
            "Qty NG",
            "Jumlah NG",  # Indonesian: the NG (defective) quantity
            "问题数量",  # a hotline's or a 客服中心's count of the faulty units (問題數量 / 異常數量)
            "异议长度",  # a cable's 质量异议单: the length objected to (异议长度 500 m), its 异议数量
            "异常数量",
            "Jumlah cacat",
            "Qty defective",
            "Nonconforming qty",
            "Qty rejected",
            "Rejected qty",
            "Complaint Qty",
            "Complaint quantity",
            "Qty complained",
            "Qty claimed",  # a dealer's warranty claim: the parts claimed for
            "Cantidad rechazada",  # Spanish: the pieces rejected
            "Cantidad defectuosa",
            "Cantidad no conforme",
            "Piezas rechazadas",
            "不具合数",  # ja: the defective count
            "不具合数量",
            "异议件数",  # a steel mill's 质量异议单: the pieces (coils, plates) the customer objects to
            "异议数量",
            "How many",  # a 5W2H / QQOQCP line (What, Where, When, Who, How, How many): the parts found bad
            # a product safety incident report: the units that failed in the shoppers' hands (one incident, one unit)
            "Incidents reported",
            "Number of incidents",
            # a platform's after-sales ticket: the units the buyer applies to send back as faulty (申请数量); on a
            # return note the same word is the quantity approved for return (return_note.py), each by its form
            "申请数量",
            # a regulated trade's complaint record (a device's, a medicine's, a food's): the count complained
            # of, in the trade's unit (200 支, 12 盒, 1 包, 3 sets); 客訴數量 folds to 客诉数量
            "投诉数量",
            "客诉数量",
            "Qty involved",
            "Qty affected",
            "故障件数量",  # a 三包索赔单: the failed parts claimed for (2 件)
            "故障数量",
            # a receiving-exception sheet or a carrier's damage report: the pieces found damaged or short on
            # arrival (破损 / 短少 / 受损; 短少數量 folds to 短少数量), an importer's shortage claim
            "破损数量",
            "短少数量",
            "受损数量",
            "Qty damaged",
            "Damaged qty",
            "Short-shipped qty",
            "Shortage qty",
        ),
        section="intake",
        ge=0,
    )
    defect_rate: Ratio | None = field(
        "不良率",
        "Defect rate",
        aliases=(
            "不良比率",
            "不合格率",
            "NG率",
            "NG rate",
            "Failure rate",
            # an electronics customer's reject rate in parts per million (DPPM 1,200: 0.12 %)
            "DPPM",
            "PPM",
        ),
        section="intake",
        hint="可留空，自动计算",
    )
    complaint_type: ComplaintType = required(
        "异常类别",
        "Complaint type",
        aliases=(
            "抱怨类别",
            "Nature of complaint",
            "客诉类别",
            # a platform's after-sales ticket: why the buyer applies (申请原因 质量问题 / 七天无理由退货): the kind of complaint
            "申请原因",
            "异常类型",
            "投诉类别",
            "投诉类型",
            "问题类型",
            "Complaint category",
            "Defect category",
            "投诉性质",
            "Defect type",
            "Complaint class",
            "Problem type",
            "Issue type",
            "Problem category",
            "Category",  # Category: [X] Quality [ ] Delivery
            "异议类别",  # a steel mill's 质量异议单: 质量异议 / 非质量异议
            "索赔类别",  # a dealer's 三包索赔单: 质量三包 (a quality claim under the warranty) or another
        ),
        section="intake",
    )
    description: Text = required(
        "异常描述",
        "Description",
        aliases=(
            "问题说明",  # an SAP 品质通知单: the problem as told (問題說明)
            "Details of Complaint",
            "Описание дефекта",  # Russian: the defect's description
            "Описание несоответствия",
            "投诉原因",
            "投诉问题",  # a 12315 transfer: the consumer's complaint
            "问题摘要",  # a store's forwarded case: the problem in short
            "异常描述/投诉原因",
            "抱怨内容",
            "问题描述",
            "不良描述",
            "不良行为描述",  # a utility's 供应商不良行为处理通知: the supplier's failing (the quality problem) as told
            "异常现象",
            "异常说明",
            "不良说明",
            "不良现象",
            "投诉内容",
            "客诉内容",
            "报告人陈述",
            "问题点",
            "客户反馈",
            "Description",
            "Problem description",
            "Complaint description",
            "Concern description",  # an automotive Customer Concern Report: what the customer found
            "Defect description",
            "Description of nonconformance",
            "Description of the problem",  # a customer's letter: "Description of the problem: On priming, …"
            "Nonconformance description",
            "Nonconformity",
            "Nonconformance",
            "Defect",  # a notification's row: what is wrong (the sheet has no table to head)
            "Problem statement",
            "Problem",  # a US customer's sheet: its own row for what is wrong (a part's Description beside)
            "Complaint",  # a log's entry: what the customer complains of
            whole("Issue"),  # a customer's e-mail: "Issue: Spring free length out of tolerance…"
            "Descripción del problema",  # Spanish: what is wrong
            "Descripción del defecto",
            "Descripción de la falla",
            "Problema",
            "Defecto",
            "不具合内容",  # ja: what is wrong (不具合 = defect)
            "不具合の内容",
            "不具合現象",
            "不具合状況",
            "Description of incident",  # a product safety incident report: what happened
            "Incident description",
            "异议内容",  # a steel mill's 质量异议单: what the customer objects to
            # after-sales: the machine's failure as the customer or the engineer saw it (故障現象 / 故障描述 fold to
            # these), a dealer's warranty claim in English
            "故障现象",
            "故障描述",
            "Failure description",
            "问题情况",  # a contractor's letter (函): the problem as found on site
            "疵点描述",  # a garment trading company's 投诉单: the flaws (疵点) described
            "Defect summary",  # an inspection company's system print: the defects found, summed up in words
            # a nonconformance report (不合格品审理单 / 處置單, GB/T 19000's 不合格: a nonconformity): what is wrong
            "不合格描述",
            "不合格说明",
            # a damage report on receipt, a cargo claim notice: what was damaged and how (a part's Description
            # beside the part number then names the part: part_labels)
            whole("Damage"),
            whole("Details"),  # an importer's shortage claim: its own row for what is short, under the goods
            "Damage description",
            "Nature of loss",
        ),
        section="intake",
        long=True,
    )
    customer_request: Requests = required(
        "客户要求",
        "Customer request",
        aliases=(
            # ja: a 品質異常連絡書's 処置要求 (the disposal the customer asks for: 返品, 手直し)
            "処置要求",
            "Requested Resolution",  # a CRM case: what the customer asks for
            "客户要求事项",
            "要求事项",
            "处理要求",  # an automaker's 客户投诉单: what the customer asks to be done
            "客户诉求",
            # a platform's after-sales type (售后类型 退货退款 / 仅退款, 京东 服务类型 换货) and the buyer's or
            # consumer's demand (买家诉求, 顾客要求, a 12315 transfer's 诉求): what the customer asks for
            "售后类型",
            "服务类型",
            "买家诉求",
            "顾客要求",
            "诉求",
            "客户需求",  # what the customer needs done (客戶需求: 換貨)
            "Требование",  # Russian: the customer's demand (требование покупателя)
            "Требование покупателя",
            "Supplier Action Required",  # a portal's complaint: what the supplier is asked to do
            "Customer requirement",
            "Requested action",
            "Disposition requested",  # a SCAR: the disposition the customer asks for (Replace)
            "Action required",  # a Latin-American customer's claim: Acción requerida / Action required
            "Required action",
            "Acción requerida",
            "Acción solicitada",
            "Permintaan",  # Indonesian: the request (Permintaan / Request)
            "Customer request",
            "Action requested",
            whole("Request"),  # a customer's e-mail: "Request: Replacement"
            "요구 사항",  # a customer's notice: 요구 사항 / Request
            "고객 요구",
            "Request to manufacturer",  # a retailer's incident report: what it asks of us, the maker
            "Request to supplier",
            "用户要求",  # a steel mill's 质量异议单: the user's (customer's) demand
            "需方处理意见",  # a 质量异议单: the demand side's (需方: the customer's) wish, not our 处理意见
            "我方要求",  # a customer's letter (函): "our request", the writer's (the customer's) demand
            "Claim request",  # a buyer's quality claim: the settlement it asks for
            "Requested settlement",
            "消费者诉求",  # a consumer's complaint (化妆品, 食品): what the consumer asks
            # a dealer's warranty claim: what it asks of the maker (索赔要求 更换配件并补偿工时, Dealer request, a
            # portal's Requested)
            "索赔要求",
            "Requested remedy",  # a solar module buyer's claim: the remedy it asks for (Replacement)
            "Dealer request",
            whole("Requested"),
        ),
        section="intake",
        min_length=1,
        hint="可多选，以“、”分隔；数量未定填“客户加工中未确定”",
    )
    requested_qty: Qty | None = field(
        "要求退换数量", "Requested qty", aliases=("退换数量", "要求数量"), section="intake", ge=0
    )
    sample_received: YesNo | None = field(
        "异常样品",
        "Sample received",
        aliases=(
            "样品",
            "样板",
            "附样品",
            "是否有样品",
            "有无样品",
            "是否寄回样品",
            "Samples returned",
            "Sample returned",
            "Samples",
        ),
        section="intake",
    )
    reporter: Text | None = field(
        "填表人",
        "Reported by",
        aliases=(
            # ja: 担当 / 担当者, the person in charge of the notice (a customer's contact, as Buyer contact)
            "担当者",
            "担当",
            # ja: the customer's person who sends the notice (連絡者, as 发单人)
            "連絡者",
            "Case Owner",  # a CRM case: the agent handling it (处理人)
            "Claimed by",  # a buyer's quality claim: the person who raises it
            "通报人",  # an SAP 品质通知单: the one who reported it
            "制表",
            "填表",
            "承办",
            "承办人",
            "受理人",
            "处理人",  # the clerk who handles the sheet at intake (處理人), as 承办人
            "Handled by",  # 处理人 in English: Vyřizuje / Handled by (Czech), Ügyintéző (Hungarian)
            "Vyřizuje",
            "Ügyintéző",
            "Behandeld door",  # Dutch
            "Logged by",
            "Buyer contact",
            "Supplier contact",  # a customer's notification: the supplier's person handling it (承办人)
            "Supplier PIC",  # a person in charge (PIC): an Asian customer's word for the contact
            "PIC Pemasok",  # Indonesian: the supplier's person in charge
            "填单人",
            "填单",
            "反馈人",  # a utility's 物资质量问题反馈单: the one who sent the feedback (反馈), as 填单人
            "开单人",  # the one who opened the notice (開單人 on a Taiwanese 品質異常通知單), as 填单人
            "发单人",
            "发出人",  # the one who issued a customer's 质量异常单 (发出单位 / 发出日期 / 发出人)  # the one who sent a customer IQC's 品质异常联络单 (發單人), as 开单人
            "填写人",  # the one who filled the sheet in: 填表人 worded otherwise
            "填报人",  # 填表人 worded as a report's (填报)
            "编制",
            "经办",  # a Taiwanese sign-off row: 經辦 | 課長 | 經理
            "编制人",
            "制定",
            "制表人",
            "经办人",
            "业务经办",
            "记录人",
            "登记人",
            "报告人",
            "提出人",
            "发现人",
            "QRQC负责人",  # a QRQC sheet's owner: the one who opens and answers it
            "检验人",
            "检验员",
            "Inspector",  # a third-party inspection report the buyer forwards: its inspector wrote it (检验员)
            "Reporter",
            "Prepared by",
            "Report prepared by",
            "Составил",  # Russian: the one who drew the sheet up
            "Issued by",
            "Originator",
            "Raised by",
            "Requested by",  # a customer's request (SCAR): the person who sent it
            "发现者",
            "品保",  # a sign-off row 品保 | 業務: the QA engineer who takes the complaint in
            "Customer SQE",  # a customer's own form: its supplier quality engineer reports it
            "SQE",
            "品保工程师",  # the supplier's QA engineer who takes the complaint in (a 客訴單's 品保工程師)
            "品质工程师",  # a customer's 客訴通知單: its quality engineer sends it (as its SQE does)
            "质量工程师",
            "Submitted by",  # a customer's complaint form: the one who sends it in
            "작성자",  # Korean: the one who wrote the sheet (작성자 / 担当), 填表人
            "发起人",  # a DingTalk / WeChat Work approval: the one who started it (the sales clerk)
            "发起人姓名",
            "申请人",
            "跟进人",  # Hong Kong: 跟進人, the one who takes the case in and follows it (承办人)
            "作成",  # ja: the stamp of the one who drew the sheet up (编制)
            "作成者",
            "Elaborado por",  # Spanish: prepared by
            "Reportado por",
            "通知人",  # a customer's 扣款确认单 / 通知单: the one who notified it (as 通报人)
            "索赔方经办",  # a 质量索赔单's claimant side (索赔方 / 被索赔方): its clerk who raised it
            # the consumer channel's agent who took the case in (处理客服, 转单客服, 客服人员) and the company's
            # own handler on a 12315 transfer (企业处理人, beside the regulator's 承办人)
            "处理客服",
            "转单客服",
            "客服人员",
            "企业处理人",
            "Complaint handled by",  # a medical-device complaint record: who handled it
            "服务工程师",  # a field service report: the engineer who went to the machine writes it
            # 业务 beside 业务主管: the sales person who fills the sheet in at intake (DOMAIN §1: Sales
            # receives the complaint and fills it in); alone, the supervisor's sign-off (below)
            second("业务"),
            "跟单员",  # a printer's merchandiser (跟单员): takes the customer's complaint in and follows its order
        ),
        section="intake",
    )
    sales_supervisor: Text | None = field(
        "主管",
        "Sales supervisor",
        aliases=(
            "客户经理",  # a CRM ticket: the account manager (Account manager)
            "业务主管",
            "业务负责人",  # an approval's form: the sales side's person in charge (业务负责人)
            "销售主管",  # the sales side's supervisor, as 业务主管 (销售主管/日期: signed and dated)
            # a bare 業務 over a name: the sales side's sign-off — its supervisor as a rule, the
            # sales rep at times, never the reporter unless the form says so (always warned)
            doubtful("业务"),
            # the salesperson (业务员, 我司业务员 on a customer's questionnaire): the sales side's
            # one name on the case — its supervisor's field, read and always shown for checking
            doubtful("业务员"),
            "审核",
            "Reviewed by",
            "Reviewer",
            "课长",
            "组长",
            # a hotline's shift leader reviewing the record (班长复核), as 组长 — in a factory the production
            # line's shift leader (the line that made the defect): read, and always warned
            doubtful("班长"),
            "营业主管",  # Hong Kong / Taiwan: 營業主管, the sales side's supervisor
            "营业担当",  # a Japanese customer's form: 営業担当, the sales side's person in charge
            "销售经理",  # the sales manager's sign-off, as Sales Manager
            "销售科长",  # a mill's sales section chief (销售科 科长) signing its 质量异议单
            "区域经理",  # a paint or building-material maker's regional sales manager signing the complaint
            "Sales Manager",
            "確認",  # ja: the checking stamp of a 承認 / 確認 / 作成 row (审核)
            "Checked",  # the English stamp row Approved / Checked / Prepared (a grid form's 承認 / 確認 / 作成)
            "Revisado por",  # Spanish: reviewed by
            "Owner",
            "Supervisor",  # Responsabile / Supervisor: an Italian customer's form
            "Account manager",  # a customer portal's notification: the sales side's owner of the account
            "索赔方主管",  # a 质量索赔单's claimant side: its supervisor's sign-off
            # a customer's chargeback notice: the manager signing it beside its clerk (Issued by):
            # the customer's, not our sales side's — read, and always warned
            doubtful("Purchasing manager"),
            # a retailer's incident report: its product safety manager signs beside the one who prepared it —
            # the retailer's, not our sales side's: read, and always warned
            doubtful("Product safety manager"),
            # after-sales: the manager who signs the service report or the dealer's claim off (服务经理, Service
            # manager), a dealer's regional sales manager (区域经理)
            "服务经理",
            "Service manager",
            "区域经理",
        ),  # a log: the case's owner
        section="intake",
    )

    # -- investigation (质量管理部 / 生产单位)
    cause_category: CauseCategory | None = field(
        "原因类别",
        "Cause category",
        aliases=("异常原因类别", "问题分类", "异常分类", "原因分类"),
        section="investigation",
    )
    root_cause: Text | None = field(
        "原因分析",
        "Root cause",
        aliases=(
            "异常原因",
            "原因调查",
            "原因",
            "根本原因",
            "不良原因",
            "真因",
            "Cause analysis",
            "Cause",
            "Supplier response",
            "Causa raíz",  # Spanish: the root cause
            "Causa",
            "発生原因",  # ja: why it arose
            "Investigation summary",  # a complaint file's investigation (21 CFR 820.198(e)): what caused it
            "调查结论",
        ),
        section="investigation",
        long=True,
    )
    responsible_unit: Text | None = field(
        "责任单位",
        "Responsible unit",
        aliases=(
            "Department Responsible",
            "Responsible Dept.",
            "责任部门",
        ),
        section="investigation",
    )
    responsibility_code: ResponsibilityCode | None = field(
        "责任代码", "Responsibility code", aliases=("责任归属代码",), section="investigation", hint="A–N"
    )
    production_unit: Text | None = field(
        "生产单位",
        "Production unit",
        aliases=(
            "制造单位",
            "线别",
            "生产线",
            "产线",
            "车间",
            "生产车间",
            "Production line",
            "Line",
            "Workshop",
        ),
        section="investigation",
    )
    shift: Text | None = field("班别", "Shift", aliases=("班次",), section="investigation")
    operator: Text | None = field(
        "生产人员", "Operator", aliases=("作业员", "生产者"), section="investigation"
    )
    production_date: Date | None = field(
        "生产日期", "Production date", aliases=("制造日期",), section="investigation"
    )
    short_term_action: Text | None = field(
        "短期对策",
        "Short-term action",
        aliases=(
            "Immediate Containment",
            "临时对策",
            "暂时对策",
            "临时措施",
            "处理方案",
            "详细处理方案",
            "应急措施",
            "Temporary action",
            "Immediate action",
            "Containment action",
            "Containment",
            # the same in Chinese (圍堵措施): what was done at once to contain the goods; a QRQC's
            # 24小时内围堵措施 (the containment within 24 h)
            "围堵措施",
            "Interim containment action",
            "临时处理",  # a food maker's 客诉处理单: what was done at once (临时处理: 封存, 留样送检)
            "临时处理对策",
            "临时处理措施",
            "暂时处置",  # Taiwan's 暫時處置, as 临时处置
            "临时处置",  # Taiwan's 臨時處置: what was done with the goods at once
            "紧急处置",  # Taiwan's 緊急處置: the same, done urgently
            "即时处理",  # Hong Kong: 即時處理, what was done at once
            "即时措施",
            "暫定対策",  # ja: the interim (containment) action
            "暫定処置",  # ja: the interim disposition, as 応急処置 (zh-Hant 暫定處置, folded below)
            "暂定处置",
            "応急対策",
            "応急処置",
            "Acción de contención",  # Spanish: the containment
            "Contención",
            *handling_labels(HANDLING_DONE + HANDLING_ENDED),  # 处理说明, 处理结果…: the rule above
        ),
        section="investigation",
        long=True,
    )
    long_term_action: Text | None = field(
        "长期对策",
        "Long-term action",
        aliases=(
            "Corrective / Preventive Action",
            "永久对策",
            "长期措施",
            "改善对策",
            "改善措施",
            "纠正措施",
            "矫正措施",  # Taiwan: 矯正措施, what the mainland writes 纠正措施
            "矫正预防措施",
            "永久措施",
            "Corrective action",
            "Permanent action",
            "Permanent corrective action",
            "Long-term corrective action",
            "长期处理对策",
            "对策",  # a bare 對策 beside its answer (only there: see vocab.BESIDE_ONLY)
            "永久处理对策",
            "恒久対策",  # ja: the permanent action
            "再発防止対策",
            "Acción correctiva",  # Spanish: the corrective action
        ),
        section="investigation",
        long=True,
    )
    rd_opinion: Text | None = field(
        "研发意见", "R&D opinion", aliases=("研发部意见",), section="investigation", long=True
    )

    # -- decision (总经理室 / 核决)
    safety_related: YesNo | None = field(
        "影响功能或安全",
        "Function or safety affected",
        aliases=(
            "安全相关",
            "涉及安全",
            "Safety issue",
            "Safety related",
            "Safety relevant",
            "涉及安规",
            # a device's or a cosmetic's adverse event (不良事件 / 不良反应, an allergy): the user's safety
            "是否涉及不良事件",
            # (a bare 不良事件 is a factory's defect incident as often — 不良事件 有: there was one): read, warned
            doubtful("不良事件"),
            "Adverse event",
            "过敏反应",
        ),
        section="decision",
    )
    loss_amount: Money | None = field(
        "损失金额",
        "Loss amount",
        aliases=(
            "损失金额(元)",
            "损失",
            "索赔金额",
            "退款金额",  # a platform's after-sales ticket: the money refunded to the buyer
            "损失费用",
            "Cost recovery",
            "Claim amount",
            "Сумма претензии",  # Russian: the claim's amount (претензия, a buyer's claim)
            "Cost claimed",
            "Loss",
            "Cost of nonconformance",  # the QMS term for what a defect cost (COPQ)
            "Cost of nonconformity",
            "Cost of poor quality",
            # a claim's total under its cost breakdown (the cost lines above it are no field)
            "索赔总额",
            "扣款合计",
            "Claim total",
            "Net amount due",
            "异议金额",  # a steel mill's 质量异议单: the amount the customer claims
            "返工费用",  # a building site's 工程质量问题反馈单: the rework the contractor claims (返工费用(元))
        ),
        section="decision",
        ge=0,
    )
    severity: Severity | None = field(
        "严重度",
        "Severity",
        aliases=("客诉等级", "严重程度"),
        section="decision",
        hint="可留空，依损失与安全自动判定",
    )
    disposition: Dispositions = field(
        "处理方式",
        "Disposition",
        # an NCR printed from an ERP: the review board's decision as its code (UAI, RWK, SCR)
        aliases=("处理意见", "处置方式", "Disposition code"),
        section="decision",
        default_factory=list,
    )
    approved_return_qty: Qty | None = field(
        "核定退货量", "Approved return qty", aliases=("核定退货数量",), section="decision", ge=0
    )
    allowance_amount: Money | None = field(
        "折让/赔款金额",
        "Allowance amount",
        # a claim's granted amount (核准金額) beside the asked one (申請金額, no field)
        aliases=("折让金额", "赔款金额", "核准金额"),
        section="decision",
        ge=0,
    )
    approval_level: ApprovalLevel | None = field(
        "核决权限", "Approval level", aliases=("核决层级", "核决"), section="decision"
    )
    approver: Text | None = field(
        "核决人",
        "Approver",
        aliases=(
            "QA Manager approval",
            "核准人",
            "核决",
            "批准",
            "批准人",
            "核准",
            "主管核准",
            "总经理",  # the last role of a sign-off row: who decides
            "Approved by",
            "承認",  # ja: the approval stamp of a 承認 / 確認 / 作成 row
            "Aprobado por",  # Spanish: approved by
            "Autorizado por",
            "QA review",  # a regulated trade's complaint record: QA reviews and approves it
            # (on a factory's sheet the quality engineer in charge of the case, its handler, as often as a
            # GMP approver: read, and always warned)
            doubtful("质量负责人"),
            doubtful("QA负责人"),
        ),
        section="decision",
    )
    approved_date: Date | None = field("核决日期", "Approved date", aliases=("核准日期",), section="decision")
    negotiation_result: Text | None = field(
        "交涉结果",
        "Negotiation result",
        # 处理结果: how the case ended (the rule above HANDLING_DONE)
        aliases=handling_labels(HANDLING_ENDED),
        section="decision",
        long=True,
    )
    closed_date: Date | None = field(
        "结案日期",
        "Closed date",
        aliases=(
            "结案日",
            "关闭日期",
            "结案时间",
            "结案",
            "Close date",
            "Closing date",
            "Completed on",
            "Closed on",
        ),
        section="decision",
    )
    original_number: Code | None = field(
        "原客诉编号", "Original complaint no.", aliases=("原编号",), section="decision"
    )
    penalties: list[Penalty] = field(
        "行政处分", "Penalties", aliases=("奖罚", "处分"), section="decision", rows=3, default_factory=list
    )

    # ------------------------------------------------------------------ derived values
    def derived_severity(self, settings: Settings) -> Severity | None:
        """重大 for safety or loss ≥ 10,000; 一般 below 5,000 without safety impact; else 重要."""
        if self.safety_related:
            return Severity.MAJOR
        if self.loss_amount is None:
            return None
        if self.loss_amount >= settings.severity.major_loss:
            return Severity.MAJOR
        if self.loss_amount < settings.severity.general_below:
            return Severity.GENERAL
        return Severity.IMPORTANT

    def required_approval(self, settings: Settings) -> ApprovalLevel | None:
        if self.loss_amount is None:
            return None
        if self.loss_amount <= settings.approval.sales_manager_max:
            return ApprovalLevel.SALES_MANAGER
        if self.loss_amount <= settings.approval.vice_gm_max:
            return ApprovalLevel.VICE_GM
        return ApprovalLevel.GM

    def deadline_days(self, settings: Settings) -> int | None:
        """15 days (domestic) / 20 (foreign) to close, from registration: see :mod:`kesu_docs.case`."""
        from ..case import deadline_days

        return deadline_days(self, settings) if self.market is not None else None

    def due_date(self, settings: Settings) -> dt.date | None:
        from ..case import due_date

        return due_date(self, settings) if self.market is not None and self.received_date else None

    def computed_defect_rate(self) -> Decimal | None:
        if self.defect_qty is None or not self.ship_qty:
            return None
        return Decimal(self.defect_qty) / Decimal(self.ship_qty)

    def complete(self, settings: Settings) -> None:
        if self.defect_rate is None:
            rate = self.computed_defect_rate()
            self.defect_rate = rate.quantize(Decimal("0.0001")) if rate is not None else None
        if self.severity is None:
            self.severity = self.derived_severity(settings)

    # ------------------------------------------------------------------ the procedure's rules
    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        s = ctx.settings
        if self.ship_date and self.received_date and self.ship_date > self.received_date:
            yield error("ship_after_received", "ship_date", ship=self.ship_date, received=self.received_date)
        if self.defect_qty is not None and self.ship_qty is not None and self.defect_qty > self.ship_qty:
            yield error(
                "defect_qty_exceeds_ship_qty", "defect_qty", defect=self.defect_qty, ship=self.ship_qty
            )
        yield from self._defect_rate_rule()

        requests = self.customer_request or []
        if Request.PENDING in requests and len(requests) > 1:
            yield error("pending_with_other_request", "customer_request")
        if requests and Request.PENDING not in requests and self.requested_qty is None:
            yield error("requested_qty_required", "requested_qty")

        dispositions = self.disposition or []
        if Disposition.NOT_ESTABLISHED in dispositions and len(dispositions) > 1:
            yield error("not_established_with_other", "disposition")
        if Disposition.RETURN in dispositions:
            if self.approved_return_qty is None:
                yield error("approved_return_qty_required", "approved_return_qty")
            elif self.ship_qty is not None and self.approved_return_qty > self.ship_qty:
                yield error(
                    "approved_return_qty_exceeds_ship_qty",
                    "approved_return_qty",
                    approved=self.approved_return_qty,
                    ship=self.ship_qty,
                )
        if {Disposition.ALLOWANCE, Disposition.COMPENSATION} & set(
            dispositions
        ) and self.allowance_amount is None:
            yield error("allowance_amount_required", "allowance_amount")

        derived = self.derived_severity(s)
        if self.severity is not None and derived is not None and self.severity.rank < derived.rank:
            yield error("severity_too_low", "severity", stated=self.severity, derived=derived)

        needed = self.required_approval(s)
        if self.approval_level is not None and needed is not None and self.approval_level.rank < needed.rank:
            yield error(
                "approval_level_too_low",
                "approval_level",
                amount=f"{self.loss_amount:,.2f}",
                needed=needed,
                stated=self.approval_level,
            )

        if self.closed_date and self.received_date:
            if self.closed_date < self.received_date:
                yield error(
                    "closed_before_received",
                    "closed_date",
                    closed=self.closed_date,
                    received=self.received_date,
                )
            else:
                due = self.due_date(s)
                if due and self.closed_date > due:
                    yield warning(
                        "closed_late",
                        "closed_date",
                        market=self.market,
                        due=due,
                        days=self.deadline_days(s),
                        closed=self.closed_date,
                        late=(self.closed_date - due).days,
                    )

        minimum = {
            PenaltyKind.WARNING: s.penalty.warning_min,
            PenaltyKind.MINOR_DEMERIT: s.penalty.minor_demerit_min,
        }
        for i, penalty in enumerate(self.penalties or []):
            floor = minimum.get(penalty.kind) if penalty.kind is not None else None
            if floor is not None and penalty.amount is not None and penalty.amount < floor:
                yield error(
                    "penalty_below_minimum",
                    f"penalties[{i}].amount",
                    kind=penalty.kind,
                    minimum=floor,
                    amount=penalty.amount,
                )

        if self.original_number:
            yield from reference(ctx, "original_number", "complaint", self.original_number)

    def _defect_rate_rule(self) -> Iterator[Finding]:
        actual = self.computed_defect_rate()
        stated = self.defect_rate
        if actual is None or stated is None:
            return
        # agree within half a unit of the precision the clerk wrote (3% → ±0.5 points)
        places = max(0, -int((stated * 100).normalize().as_tuple().exponent))
        tolerance = Decimal(5) / (Decimal(10) ** (places + 1)) / 100 + Decimal("1e-9")
        if abs(actual - stated) > tolerance:
            yield error(
                "defect_rate_mismatch",
                "defect_rate",
                stated=f"{stated * 100:.{max(places, 1)}f}%",
                defect=self.defect_qty,
                ship=self.ship_qty,
                actual=f"{actual * 100:.2f}%",
            )


SPEC = FormSpec(
    kind="complaint",
    code="QR-047-01",
    revision="A2",
    title_zh="客户抱怨处理单",
    title_en="Customer Complaint Sheet",
    title_aliases=(
        "客户抱怨处理表",
        "客户投诉处理表",
        "客诉处理单",
        "客户投诉处理单",
        "客户抱怨处理单/表",
        "客诉记录及处理表",
        "客诉处理表",
        "客户投诉单",
        "客户抱怨单",
        "客诉单",
        "品质异常处理单",
        "质量异常处理单",
        "异常处理单",
        "不合格品报告单",
        "不合格品处理单",
        "Customer Complaint Form",
        "Customer Complaint Report",
        "Customer Complaint",
        "Supplier Complaint",
        "Quality Complaint",
        "PRR",
        "Problem Report and Resolution",
        "Problem Reporting and Resolution",
        "Quality Notification",
        "Customer Quality Notification",
        "Quality Alert",
        "品质异常联络单",
        "品质异常通知单",
        "质量异常联络单",
        "质量异常通知单",
        "客户品质异常联络单",
        "客户投诉通知单",
        "客户抱怨通知单",
        "客户投诉报告",  # Hong Kong: 客戶投訴報告
        "客户投诉受理单",  # a Korean-owned plant's 고객 불만 접수서 / 客户投诉受理单
        "客诉受理单",
        "고객 불만 접수서",
        "고객 불만 통보서",  # a Korean customer's complaint notice
        "Customer Claim",  # a Latin-American customer's "Reclamo de cliente / Customer claim"
        "Reclamo de cliente",
        "Reclamo del cliente",
        "Reclamación de cliente",
        "Reporte de reclamación",
        "Reporte de reclamo",
        "Queja de cliente",
        "不具合連絡書",  # ja: a customer's defect notice (never 不具合報告書, the supplier's report)
        "不具合連絡票",
        "快速反应质量控制",  # a QRQC sheet (Quick Response Quality Control): a complaint's quick response
        "Quick Response Quality Control",
        "QRQC",  # (an acronym: only in brackets after a title or before a form word, QRQC Report)
        # a US retailer's complaint worded as the money it takes for it (Vendor Chargeback Notice: the chargeback is
        # the complaint), and a distribution centre's receiving discrepancy report (验收差异单: ordered, received,
        # rejected). A 扣款通知单 / 质量扣款单 is no title of ours: a supermarket's is a complaint, a prime
        # contractor's with buyer, seller, lines and 大写 an allowance — 扣款 is a claim word and the labels decide
        # (kinds.py, ``kind_title_general``)
        "Chargeback Notice",
        "验收差异单",
        "收货差异单",
        "Receiving Discrepancy Report",
    ),
    model=ComplaintSheet,
    copies=copies("质量管理部存", "制造部门存", "业务部门(依批示办理)", "会计科存", "总经理室存"),
    date_field="received_date",
    problem_field="description",
    natural_key=("customer", "received_date", "part_no", "order_no", "lot_no"),
    template="complaint.docx",
    marks=("内部文件 不得影印送客户",),
    sections=(
        ("intake", "客诉受理", "Intake"),
        ("investigation", "调查分析", "Investigation"),
        ("decision", "核决与结案", "Decision and closure"),
    ),
)
