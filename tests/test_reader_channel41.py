"""What holdout45 (the consumer channel) and holdout44 (electronics) showed the reader lacked
(issue 10), each rule read on forms of our own (values and wording not the sets').

- **A retailer's product safety incident report is a complaint**: its number (Incident No.),
  the retailer (the customer), its order reference, the Model No. (the part), the units sold of
  the batch (what it received), the incidents reported (the faulty units), the description of the
  incident, its request to the manufacturer, who prepared the report; its product safety manager
  is the retailer's (read, and always warned).
- **A platform's after-sales words by the form's kind**: 申请数量 on a buyer's after-sales ticket
  is the faulty units the buyer applies to send back (a complaint's 不良数量); on a return note
  the quantity approved for return (unchanged). 申请原因 质量问题 and 客訴類別 商品瑕疵 name a
  quality complaint.
- **A return note built from a marketplace's or a distributor's return report**: ``sku`` (the
  part, always warned), ``product-name``, ``unit-cost`` (the unit price); 经销商 / 經銷商 the
  customer returning the goods; a store's 商品编码 the part (warned), never the 门店编码 (the store's
  code) before it; 返厂维修 and ``Refurbish and resell`` a repair.

Workbooks built here with openpyxl.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import field_codes, read_doc, sheet_from_rows

WIDTH = 22


def _read(folder: Any, rows: list[list[Any]], kind: str | None = None) -> dict:
    """The form of ``rows`` (a one-sheet workbook written in ``folder``) read as ``kesu parse`` prints it."""
    return read_doc(sheet_from_rows(folder, rows, width=WIDTH), kind)


# ------------------------------------------------------------------ a product safety incident report
@pytest.fixture(scope="module")
def incident(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["PRODUCT SAFETY INCIDENT REPORT"],
        ["Incident No.", "INC-7781", "Date reported", "2026-08-11"],
        ["Retailer", "Northgate Stores plc", "Order ref.", "NG-44120"],
        ["Model No.", "TX-TO450-EU", "Product", "Toaster 4 slice"],
        ["Date code", "2620-C", "Units sold", 1250],
        ["Incidents reported", 2, "Injury", "none"],
        ["Description of incident", "Crumb tray overheats; smoke from the base after 10 min."],
        ["Request to manufacturer", "Replacement"],
        ["Report prepared by", "Olivia Grant", "Product safety manager", "Mark Ellis"],
    ]
    return _read(tmp_path_factory.mktemp("incident"), rows, "complaint")


def test_an_incident_reports_fields_are_the_complaints(incident: dict) -> None:
    record = incident["record"]
    assert (record["number"], record["customer"], record["order_no"]) == (
        "INC-7781",
        "Northgate Stores plc",
        "NG-44120",
    )
    assert (record["part_no"], record["ship_qty"], record["defect_qty"]) == ("TX-TO450-EU", 1250, 2)
    assert record["description"].startswith("Crumb tray overheats")
    assert record["customer_request"] == ["replacement"]
    assert record["reporter"] == "Olivia Grant"


def test_the_retailers_safety_manager_is_read_and_always_warned(incident: dict) -> None:
    assert incident["record"]["sales_supervisor"] == "Mark Ellis"
    assert field_codes(incident, "sales_supervisor")  # the retailer's person, not our sales side's


# ------------------------------------------------------------------ 申请数量 by the form's kind
def test_a_buyers_applied_quantity_is_the_complaints_faulty_units(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["售后服务单"],
        ["售后单号", "SH-90031", "申请时间", "2026-08-12 11:02:41"],
        ["店铺名称", "晨光小家电京东自营店", "订单编号", "6620118830"],
        ["商品名称", "空气炸锅", "购买数量", 2],
        ["申请数量", 1, "申请原因", "质量问题"],
        ["问题描述", "炸篮涂层脱落。"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    record = doc["record"]
    assert (record["defect_qty"], record["ship_qty"]) == (1, 2)
    assert record["complaint_type"] == "quality"


def test_a_product_flaw_is_a_quality_complaint_in_traditional_script(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["客訴紀錄"],
        ["客訴單號", "CS-0812-07", "受理日期", "2026-08-12"],
        ["客訴類別", "商品瑕疵", "異常數量", 1],
        ["客訴內容", "按鍵失靈。"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["complaint_type"] == "quality"
    assert "invalid_choice" not in field_codes(doc, "complaint_type")


def test_an_applied_quantity_on_a_return_note_stays_the_approved_one(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["退货申请单"],
        ["申请单号", "TH-0812-3", "申请日期", "2026-08-12"],
        ["客户名称", "东升贸易有限公司", "客诉单号", "KS-0801-2"],
        ["料号", "品名", "申请数量", "实退数量"],
        ["LX-200", "电风扇", 5, 4],
        ["退货原因", "噪音大"],
        ["处理方式", "重工"],
    ]
    doc = _read(tmp_path, rows, "return")
    [line] = doc["record"]["items"]
    assert (line["qty_approved"], line["qty_returned"]) == (5, 4)


# ------------------------------------------------------------------ return notes from return reports
@pytest.fixture(scope="module")
def marketplace(tmp_path_factory: pytest.TempPathFactory) -> dict:
    rows: list[list[Any]] = [
        ["RETURN TO SUPPLIER"],
        ["Return No.", "RTS-0812", "Customer", "Lakeside Goods LLC"],
        ["Complaint ref.", "LG-CR-0805", None, None],
        ["order-id", "sku", "product-name", "quantity", "unit-cost", "amount"],
        ["201-5523101-1120033", "LG-FN20-US", "Desk Fan 20cm", 2, 14.5, 29.0],
        ["201-7781230-5521004", "LG-HM11-US", "Hand Mixer", 1, 22.0, 22.0],
        ["Reason", "Customer returns, defective."],
        ["Disposition", "Refurbish and resell"],
    ]
    return _read(tmp_path_factory.mktemp("marketplace"), rows, "return")


def test_a_marketplace_reports_columns_are_the_lines(marketplace: dict) -> None:
    first, second = marketplace["record"]["items"]
    assert (first["part_no"], first["part_name"], first["qty_returned"], first["unit_price"]) == (
        "LG-FN20-US",
        "Desk Fan 20cm",
        2,
        "14.50",
    )
    assert (second["part_no"], second["unit_price"]) == ("LG-HM11-US", "22.00")


def test_a_sku_is_read_as_the_part_and_always_warned(marketplace: dict) -> None:
    # a seller's own code at times, a retailer's item number at others: never passed silently
    assert field_codes(marketplace, "items[0].part_no")


def test_refurbish_and_resell_is_a_repair(marketplace: dict) -> None:
    assert marketplace["record"]["handling"] == ["repair"]
    assert not field_codes(marketplace, "handling")


@pytest.mark.parametrize("distributor", ["经销商", "經銷商"])
def test_a_distributors_store_returns(tmp_path, distributor: str) -> None:
    rows: list[list[Any]] = [
        ["退货申请单"],
        ["申请单号", "THSQ-0812", "申请日期", "2026-08-12"],
        [distributor, "无锡百联商贸有限公司", "客诉单号", "KS-0809-5"],
        ["门店编码", "门店名称", "商品编码", "商品名称", "退货数量", "单价"],
        ["WX0107", "无锡中山路店", "CG-AF3500", "空气炸锅", 2, "199.00"],
        ["WX0212", "无锡太湖店", "CG-KT1500", "电水壶", 1, "89.00"],
        ["退货原因", "门店顾客退货：涂层脱落。"],
        ["处理方式", "返厂维修"],
    ]
    doc = _read(tmp_path, rows, "return")
    record = doc["record"]
    assert record["customer"] == "无锡百联商贸有限公司"
    # the product's code, never the store's code before it; always warned (a listing id at times)
    assert [line["part_no"] for line in record["items"]] == ["CG-AF3500", "CG-KT1500"]
    assert field_codes(doc, "items[0].part_no")
    assert record["handling"] == ["repair"]


# ------------------------------------------------------------------ 8D: the SCAR it answers, a failure analysis
@pytest.mark.parametrize(
    ("own", "scar"),
    [("8D No.", "SCAR No."), ("8D编号", "SCAR编号")],
)
def test_a_scar_number_beside_the_8ds_own_is_the_request_it_answers(tmp_path, own: str, scar: str) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        [own, "8D-26-101", "Date opened", "2026-08-03"],
        ["Customer", "Eastfield Meters Ltd.", scar, "SCAR-26-0777"],
        ["Part No.", "EM-CT-440", "Qty affected", 12],
        ["D2 Problem description", "Terminal screw stripped at the customer's line."],
    ]
    doc = _read(tmp_path, rows, "8d")
    record = doc["record"]
    assert (record["number"], record["complaint_number"]) == ("8D-26-101", "SCAR-26-0777")
    assert field_codes(doc, "complaint_number")  # a second reading of the label: shown for checking


def test_a_scar_number_alone_stays_the_reports_own(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["SCAR No.", "SCAR-26-0778", "Complaint no.", "CC-26-0031"],
        ["Customer", "Eastfield Meters Ltd.", "Part No.", "EM-CT-440"],
        ["D2 Problem description", "Terminal screw stripped."],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert (record["number"], record["complaint_number"]) == ("SCAR-26-0778", "CC-26-0031")


@pytest.mark.parametrize(
    ("date_label", "qty_label"),
    [("分析日期", "退回分析數"), ("Date received", "Qty returned for FA")],
)
def test_a_failure_analysis_reports_date_and_count(tmp_path, date_label: str, qty_label: str) -> None:
    rows: list[list[Any]] = [
        ["失效分析報告（8D）"],
        ["報告編號", "FA-26-0101", date_label, "2026-08-05"],
        ["客戶", "東元電機股份有限公司", "客訴單號", "TC-0801"],
        ["料號", "DIO-SMA-100", qty_label, 6],
        ["失效模式", "二極體短路。"],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert record["opened_date"] == "2026-08-05"
    assert record["problem"]["qty_complained"] == 6


# ------------------------------------------------------------------ a fishbone's candidate causes
@pytest.mark.parametrize(
    ("heads", "occurrence", "escape"),
    [
        (["因素", "可能原因", "验证方法", "验证结果"], "D4 发生原因", "D4 流出原因"),
        (
            ["Factor", "Possible cause", "Check", "Result"],
            "D4 Root cause (occurrence)",
            "D4 Root cause (escape)",
        ),
    ],
)
def test_a_fishbones_possible_causes_are_no_root_causes(tmp_path, heads, occurrence, escape) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-0807", "客诉单号", "KS-0807"],
        ["客户", "宁波东方电子有限公司", "产品料号", "PCBA-DF-100"],
        ["D2 问题描述", "U3 连锡 40 片。"],
        ["D4 原因分析（鱼骨图）"],
        heads,
        ["人", "未按 SOP 印刷", "查记录", "否"],
        ["机", "印刷机刮刀压力偏高", "参数核对", "是"],
        ["料", "锡膏过期", "查标签", "否"],
        ["法", "钢网开孔过大", "图纸核对", "是"],
        [occurrence, "刮刀压力偏高且钢网开孔过大，锡量过多。"],
        [escape, "AOI 连锡判定阈值过宽。"],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    causes = {row["type"]: row["cause"] for row in record["root_cause"]}
    assert causes == {
        "occurrence": "刮刀压力偏高且钢网开孔过大，锡量过多。",
        "escape": "AOI 连锡判定阈值过宽。",
    }


# ------------------------------------------------------------------ price protection
@pytest.mark.parametrize(
    ("heads", "claim"),
    [
        (["料號", "品名", "庫存數量", "原單價", "新單價", "差價", "折讓金額"], "價保申請單號"),
        (["MPN", "Description", "Qty on hand", "Old cost", "New cost", "Delta", "Credit"], "PP claim No."),
    ],
)
def test_price_protections_delta_is_the_lines_price(tmp_path, heads, claim: str) -> None:
    rows: list[list[Any]] = [
        ["銷貨折讓單（價格保護）"],
        ["折讓單號", "PP-0815", "開立日期", "2026-08-15"],
        ["買受人", "文曄科技股份有限公司", claim, "PPC-0811"],
        ["原發票號碼", "XB-10023311"],
        heads,
        ["LDO-300", "穩壓 IC", 8000, 1.2, 1.05, 0.15, 1200],
        ["BUCK-2A", "降壓 IC", 2000, 3.4, 3.1, 0.3, 600],
    ]
    doc = _read(tmp_path, rows, "allowance")
    record = doc["record"]
    assert record["complaint_number"] == "PPC-0811"
    assert [(line["qty"], line["unit_price"]) for line in record["items"]] == [(8000, "0.15"), (2000, "0.30")]
    # the price times the count is the line's credit: no amount error on either line
    assert not any(p["field"].startswith("items") for p in doc["errors"])


# ------------------------------------------------------------------ a SCAR asking for an 8D is a complaint
def test_a_scar_asking_for_an_8d_response_is_the_customers_complaint(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["SUPPLIER CORRECTIVE ACTION REQUEST"],
        ["SCAR No.", "SCAR-26-0901", "Issue date", "2026-08-20"],
        ["Customer", "Westbrook Instruments", "PO No.", "4500998812"],
        ["Part No.", "WB-SW-220", "Qty received", 10000],
        ["Qty rejected", 25, "Lot No.", "L2633-02"],
        ["Nonconformance description", "Switch actuator cracked at incoming inspection."],
        ["Disposition requested", "Replace"],
        ["Issued by", "Laura Chen"],
        ["8D response due within 10 working days (D3 within 24 h). Reference IPC-A-610 Class 2."],
    ]
    doc = _read(tmp_path, rows)
    assert doc["kind"] == "complaint"
    assert doc["record"]["number"] == "SCAR-26-0901"
    assert any(p["code"] == "kind_guessed" for p in doc["warnings"])  # the kind a guess the clerk is told


# ------------------------------------------------------------------ a report's columns under the header
@pytest.mark.parametrize(
    ("date_label", "column"),
    [("Date", "return-date"), ("日期", "退货日期")],
)
def test_a_column_of_dates_under_a_caption_yields_to_the_headers_own_date(
    tmp_path, date_label, column
) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE 退货单"],
        ["Return No.", "RN-0821", date_label, "2026-08-21"],
        ["Customer", "Harbor Retail Inc.", "Complaint ref.", "HR-CR-0818"],
        [column, "sku", "product-name", "quantity"],
        ["2026-08-02", "HR-LP-10", "Desk Lamp", 1],
        ["2026-08-09", "HR-LP-10", "Desk Lamp", 2],
        ["2026-08-15", "HR-FN-20", "Fan", 1],
        ["Reason", "Customer returns, defective."],
        ["Disposition", "Repair"],
    ]
    doc = _read(tmp_path, rows, "return")
    assert doc["record"]["issue_date"] == "2026-08-21"
    # the other caption's date was not read: said on the field, never dropped silently
    assert field_codes(doc, "issue_date")


def test_a_sentence_going_on_after_its_comma_holds_no_label(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["RETURN NOTE"],
        ["Return No.", "RN-0822", "Date", "2026-08-22"],
        ["Customer", "Harbor Retail Inc.", "Complaint ref.", "HR-CR-0819"],
        ["Part No.", "Part name", "Qty"],
        ["HR-LP-10", "Desk Lamp", 3],
        ["Reason", "Store returns, reason code DAMAGED: shade cracked, switch loose."],
        ["Disposition", "Repair"],
    ]
    doc = _read(tmp_path, rows, "return")
    assert doc["record"]["reason"] == "Store returns, reason code DAMAGED: shade cracked, switch loose."


# ------------------------------------------------------------------ the consumer channel's other words
@pytest.mark.parametrize(
    ("demand", "options"),
    [("退货退款并赔偿", ["return", "compensation"]), ("換貨並賠償", ["replacement", "compensation"])],
)
def test_a_consumers_demand_with_compensation_is_split_into_its_options(tmp_path, demand, options) -> None:
    rows: list[list[Any]] = [
        ["消费者投诉转办单"],
        ["投诉编号", "12315-0823-0001", "登记日期", "2026-08-23"],
        ["投诉人", "王**", "购买数量", 1],
        ["投诉问题", "电饭煲内胆涂层脱落。"],
        ["诉求", demand],
    ]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["customer_request"] == options
    assert doc["record"]["customer"] == "王**"
    assert "value_masked" in field_codes(doc, "customer")  # the complainant masked: said, never passed


def test_a_batch_8ds_summary_number_and_a_model_code(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-0824", "投诉汇总单号", "TS-0824-汇总-02"],
        ["客户", "杭州优品电器有限公司", "Model", "YP-AF35-CN"],
        ["D2 问题描述", "空气炸锅炸篮涂层起皮。"],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert (record["complaint_number"], record["part_no"]) == ("TS-0824-汇总-02", "YP-AF35-CN")


def test_a_model_over_a_machines_name_is_no_part_number(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D REPORT"],
        ["8D No.", "8D-0825", "Complaint no.", "CC-0825"],
        ["Customer", "Lakeside Goods LLC", "Model", "Air fryer 3.5 L"],
        ["Part No.", "LG-AF35-US"],
        ["D2 Problem description", "Basket coating peels."],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert record["part_no"] == "LG-AF35-US"


def test_a_platform_compensations_item_column(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["销售折让单"],
        ["折让单号", "ZR-0826", "开具日期", "2026-08-26"],
        ["购买方", "杭州优品电器有限公司", "客诉编号", "KS-0820"],
        ["原发票号码", "33012600000099001122"],
        ["项目", "数量", "单价", "折让金额", "税额"],
        ["平台赔付（先行赔付）", 10, 30, 300, 39],
    ]
    record = _read(tmp_path, rows, "allowance")["record"]
    assert [line["name"] for line in record["items"]] == ["平台赔付（先行赔付）"]


@pytest.mark.parametrize("result", ["4 月投诉降至 2 件。", "3 批 0 不良，客訴歸零。"])
def test_a_number_before_a_measure_word_is_no_list_number(tmp_path, result: str) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-0827", "客诉单号", "KS-0827"],
        ["客户", "杭州优品电器有限公司", "产品料号", "YP-AF35-CN"],
        ["D2 问题描述", "涂层起皮。"],
        ["D6 效果验证", result],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert record["implementation"][0]["result"] == result


def test_a_numbered_line_stays_numbered(tmp_path) -> None:
    rows: list[list[Any]] = [
        ["8D 报告"],
        ["报告编号", "8D-0828", "客诉单号", "KS-0828"],
        ["客户", "杭州优品电器有限公司", "产品料号", "YP-AF35-CN"],
        ["D2 问题描述", "涂层起皮。"],
        ["D6 效果验证", "1 连续三批抽检合格"],
    ]
    record = _read(tmp_path, rows, "8d")["record"]
    assert record["implementation"][0]["result"] == "连续三批抽检合格"


@pytest.mark.parametrize("label", ["处理说明", "處理說明"])
def test_a_service_desks_handling_note_is_the_short_term_action_always_warned(tmp_path, label: str) -> None:
    rows: list[list[Any]] = [
        ["客訴紀錄"],
        ["客訴單號", "CS-0829-01", "受理日期", "2026-08-29"],
        ["客訴類別", "商品瑕疵", "異常數量", 1],
        ["客訴內容", "電源線外皮破損。"],
        [label, "已寄送新品，瑕疵品由物流回收。"],
    ]
    doc = _read(tmp_path, rows, "complaint")
    assert doc["record"]["short_term_action"] == "已寄送新品，瑕疵品由物流回收。"
    assert field_codes(doc, "short_term_action")
