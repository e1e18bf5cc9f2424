"""Write the fifty-third held-out set (run: ``python tests/holdout53/make_holdout53.py``).

Written from public descriptions of real forms WITHOUT reading the reader's code, for COMPLAINTS FROM JAPANESE AND
KOREAN CUSTOMERS' PLANTS IN CHINA AND TAIWAN, written in the customer's habits. A Japanese customer's 不具合連絡書 with
kanji labels (``管理No.``, ``発行日 令和8年11月3日``, ``品番 ７８１２０－ＴＺ５－Ａ０１`` in full-width letters and digits,
``納入数 １２００個`` / ``発生数 １２個``, ``ロット``, ``担当``, a ``承認 / 確認 / 作成`` stamp row holding ``山本㊞``); a
品質異常連絡書 of a Japanese plant in Taiwan (``R8.11.3``, counts in 本, ``処置要求 ☑返品 ☐選別 ☐特採``); a Korean
customer's 부적합 보고서 with English beside the Korean (``품번 Part No.``, ``불량수량 Defect Qty 35개``, ``2026.11.05``);
our own complaint sheet filled for a Japanese customer (the clerk copies ``ＡＢ－１２３``, ``１２０個``); a 是正処置報告書 (the
8D in Japanese form: ``現象``, ``発生原因``, ``流出原因``, ``暫定対策``, ``恒久対策``, ``効果確認``, ``水平展開``) with Chinese
values; a Korean customer's 8D with Korean and English labels (``D4 근본원인 Root Cause``); a 返品伝票 (``伝票番号``,
``返品数``, ``単価``, ``金額``, 個); a Korean 반품 확인서 (``반품수량 Return Qty``, ``처리방법 Disposition 재작업 Rework``); a
値引 (allowance) certificate for a Japanese customer (``値引額``, ``消費税``); a Korean customer's claim deduction credit
(``부가세 VAT 10%``). Sent as PDF only: a supplier portal's print of a 不具合連絡書 (Chromium), the supplier clerk's Chinese
translation of a 不具合連絡書 (Japanese labels, Chinese values, fpdf2), a zh-Hant 対策書 (fpdf2), a zh-Hant 返品伝票 in 枚
(Chromium), a zh-Hant 値引 certificate (fpdf2). ``odd/`` holds a 不具合連絡書 whose 発生数 is ``多数`` (many) and one dated
``平成38年11月3日`` (an era that ended in 2019).

Fix what this set shows by a general rule, imitated in ``tests/layouts``, never on these files. Written by
tests/holdout_kit.py's ``run_with_odd``: each run the same xlsx and json bytes; the PDFs printed with ``soffice``,
Chromium and fpdf2 (``--no-pdf`` keeps the committed PDFs; ``--out DIR`` writes elsewhere).
"""

from __future__ import annotations

import sys
from pathlib import Path

if str(Path(__file__).resolve().parents[1]) not in sys.path:  # tests/, where the kit is: tests/holdout_kit.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import holdout_kit as kit

HERE, SOURCE = kit.generator(__file__, "fifty-third held-out imitation")
dt, D = kit.dt, kit.dt.date


def _stamps(s: kit.Sheet, row: int, names) -> None:
    """A Japanese form's stamp row: 承認 / 確認 / 作成 headings over boxes holding a name in a circle (``山本㊞``), no
    field (the customer's own people)."""
    kit.head_row(s, row, "BCD", ("承認", "確認", "作成"))
    for col, name in zip("BCD", names):
        s.value(f"{col}{row + 1}", f"{name}㊞", path=None, label="承認")


# =============================================================================== complaint
def complaint_zh_fuguai(s: kit.Sheet) -> None:
    """A Japanese customer's 不具合連絡書 from its plant in China: kanji labels, the date in the Japanese era
    (``令和8年11月3日``), the part number in full-width letters and digits, counts in 個 typed full-width, 発生日 (the
    day it happened; no field), a 承認 / 確認 / 作成 stamp row (no field)."""
    s.text("A1", "不具合連絡書", "D1", size=15)
    kit.plain(s, "A2", "広州東和電装有限公司　品質保証課　発行", "D2")
    kit.lv_pairs(s, 3, kit.field_rows(
        ("管理No.", "発行日", "客先", "注文番号", "品番", "品名", "ロット", "納入数", "発生数", "発生日"),
        (kit.pick(s, "QA-F-26-0311", "QA-F-26-0347"),
         kit.pick(s, ("令和8年11月3日", "2026-11-03"), ("令和8年11月17日", "2026-11-17")),
         "広州東和電装有限公司", kit.pick(s, "PO26-11-0082", "PO26-11-0135"),
         kit.pick(s, ("７８１２０－ＴＺ５－Ａ０１", "78120-TZ5-A01"), ("７８１２５－ＴＺ５－Ｂ０２", "78125-TZ5-B02")),
         kit.pick(s, "コネクタハウジング（连接器外壳）", "ワイヤーハーネス固定クリップ（线束卡扣）"),
         kit.pick(s, "L261028-2", "L261109-1"), (kit.pick(s, "１２００個", "８００個"), kit.pick(s, 1200, 800)),
         (kit.pick(s, "１２個", "５個"), kit.pick(s, 12, 5)), "2026年10月30日"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty",
         "defect_qty", None),
    ))  # fmt: skip
    kit.rows_down(s, 8, kit.field_rows(
        ("不具合内容", "要求事項", "担当"),
        (kit.pick(s, "组装线上发现卡扣断裂 12 个，断面有白化，疑似材料脆化。",
                  "卡子插入力不足，装配后脱落 5 个。"),
         ("不良品返品、良品納入（换货）", ["replacement"]), kit.pick(s, "佐藤健一", "中村直樹")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip
    kit.plain(s, "A11", "回答期限：暫定対策 24時間以内、対策書 7日以内", "D11")
    _stamps(s, 12, ("山本", "鈴木", kit.pick(s, "佐藤", "中村")))


def complaint_zht_ijou(s: kit.Sheet) -> None:
    """A 品質異常連絡書 of a Japanese customer's plant in Taiwan: dates as ``R8.11.3``, counts in 本, the request as
    ticked boxes (``処置要求 ☑返品 ☐選別 ☐特採``), 受付者 our receiver (no field), zh-Hant values."""
    s.text("A1", "品質異常連絡書", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("連絡書No.", "発行日", "客先名", "品番", "品名", "ロットNo.", "納入数", "不良数", "発見工程", "連絡者"),
        (kit.pick(s, "IJ-TW-2611-007", "IJ-TW-2611-019"), kit.pick(s, ("R8.11.3", "2026-11-03"), ("R8.11.20", "2026-11-20")),
         "台灣矢崎精密股份有限公司", kit.pick(s, "SP-4410-08", "SP-4410-12"), kit.pick(s, "壓縮彈簧 φ8", "壓縮彈簧 φ12"),
         kit.pick(s, "2610-B3", "2611-A1"), (kit.pick(s, "500本", "300本"), kit.pick(s, 500, 300)),
         (kit.pick(s, "8本", "6本"), kit.pick(s, 8, 6)), "受入検査", kit.pick(s, "林志明", "陳怡君")),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty", None,
         "reporter"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("異常内容",), (kit.pick(s, "自由長超出規格（規格 25.0±0.3，實測 25.6），共 8 本。", "線徑不足，荷重低於下限 6 本。"),),
        ("description",),
    ))  # fmt: skip
    kit.lv(s, "A8", "処置要求", "B8", kit.marks(["返品", "選別", "特採"], {"返品"}, "☑", "☐"), "customer_request",
           expect=["return"], span="D8")  # fmt: skip
    kit.lv_pairs(s, 9, kit.field_rows(("回答期限", "受付者"), ("R8.11.10", "黃建國"), (None, None)))


def complaint_en_bujeokhap(s: kit.Sheet) -> None:
    """A Korean customer's 부적합 보고서 (nonconformance report) with the English beside the Korean in each label
    (``품번 Part No.``, ``불량수량 Defect Qty``), dates ``2026.11.05``, counts in 개, 판정 Judgement (no field)."""
    s.text("A1", "부적합 보고서 / Nonconformance Report", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("보고서 번호 Report No.", "발행일 Issue Date", "고객사 Customer", "발주번호 PO No.", "품번 Part No.",
         "품명 Part Name", "LOT No.", "납품수량 Delivery Qty", "불량수량 Defect Qty", "판정 Judgement"),
        (kit.pick(s, "NCR-HK-2611-031", "NCR-HK-2611-044"), kit.pick(s, ("2026.11.05", "2026-11-05"), ("2026.11.19", "2026-11-19")),
         "天津韩光汽车部件有限公司", kit.pick(s, "4500218871", "4500219034"), kit.pick(s, "84710-2S000", "84720-2S100"),
         kit.pick(s, "Garnish, crash pad", "Cover, console side"), kit.pick(s, "K261101", "K261114"),
         (kit.pick(s, "2,000개", "1,500개"), kit.pick(s, 2000, 1500)), (kit.pick(s, "35개", "18개"), kit.pick(s, 35, 18)),
         "불합격 Reject"),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         None),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("불량내용 Defect Description", "요구사항 Request", "작성자 Prepared by"),
        (kit.pick(s, "Flow mark and gloss difference on grain surface, 35 pcs in incoming inspection.",
                  "Clip boss cracked at assembly, 18 pcs."),
         ("반품 Return", ["return"]), kit.pick(s, "Kim Min-jun", "Park Ji-hoon")),
        ("description", "customer_request", "reporter"),
    ))  # fmt: skip
    kit.lv_pairs(
        s,
        10,
        kit.field_rows(("검토 Reviewed", "승인 Approved"), ("Lee Seo-yeon", "Choi Dong-hyun"), (None, None)),
    )


def complaint_zh_ourjp(s: kit.Sheet) -> None:
    """Our own 客诉处理单 filled for a Japanese customer: the clerk copied the customer's full-width part number
    (``ＡＢ－１２３``) and count (``１２０個``), the date ``2026年11月3日`` typed as text, 業務担当 in the customer's word."""
    s.text("A1", "客户投诉处理单", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("投诉编号", "接收日期", "客户名称", "订单号", "客户品番", "品名", "批号", "交货数量", "不良数量", "客户要求"),
        ("KS-2611-0093", ("2026年11月3日", "2026-11-03"), "苏州日精化成有限公司", "JP-PO-88127", ("ＡＢ－１２３", "AB-123"),
         "ギア（齿轮）POM", "G2610-07", ("３，０００個", 3000), ("１２０個", 120), ("值引き（折让）", ["allowance"])),
        ("number", "received_date", "customer", "order_no", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "customer_request"),
    ))  # fmt: skip
    kit.rows_down(s, 7, kit.field_rows(
        ("不良描述", "临时对策", "填表人", "業務担当"),
        ("齿轮毛边超标，客户装配时异响，不良 120 個。", "在库 2,400 個全数选别，客户处库存派员挑选。", "王丽", "高桥 翔"),
        ("description", "short_term_action", "reporter", "sales_supervisor"),
    ))  # fmt: skip


# =============================================================================== 8D
def eightd_zh_zesei(s: kit.Sheet) -> None:
    """A 是正処置報告書 (the 8D in Japanese form) answered in Chinese: ``現象``, ``発生原因`` / ``流出原因``, ``暫定対策``,
    ``恒久対策``, ``効果確認``, ``水平展開``, the date in the era, 対策チーム the team."""
    s.text("A1", "是正処置報告書", "D1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("報告書No.", "作成日", "客先", "不具合連絡書No.", "品番", "不具合数"),
        (kit.pick(s, "ZS-26-1104", "ZS-26-1121"), kit.pick(s, ("令和8年11月6日", "2026-11-06"), ("令和8年11月21日", "2026-11-21")),
         "広州東和電装有限公司", kit.pick(s, "QA-F-26-0311", "QA-F-26-0347"), kit.pick(s, "78120-TZ5-A01", "78125-TZ5-B02"),
         (kit.pick(s, "12個", "5個"), kit.pick(s, 12, 5))),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(
        s,
        "A5",
        "対策チーム",
        "B5",
        kit.pick(s, ("张伟", "刘洋", "佐藤健一"), ("张伟", "李娜")),
        sep="・",
        span="D5",
    )
    rows = kit.eightd_steps(
        ("現象", "暫定対策", "発生原因", "流出原因", "恒久対策", "効果確認", "水平展開"),
        kit.pick(s, ("客户组装线卡扣断裂 12 个。", "在库及在途 3,600 个全数检查，不良品隔离。", "干燥时间不足，PA66 含水率过低导致脆化。",
                     "出货检验无脆性项目。", "干燥工序设定联锁，含水率每批测定。", "连续 5 批冲击试验合格。",
                     "同材质 PA66 产品全部适用。"),
                 ("卡子插入力不足 5 个。", "在库 1,200 个全检插入力。", "模具磨损，卡爪尺寸偏小。", "首件未测插入力。",
                  "模具修复并纳入定期保养。", "连续 3 批插入力合格。", "同类卡扣模具点检。")),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("完了日", "承認"), (kit.pick(s, ("令和8年12月4日", "2026-12-04"), ("令和8年12月18日", "2026-12-18")), "王建华"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


def eightd_en_korean8d(s: kit.Sheet) -> None:
    """A Korean customer's 8D with Korean and English in each label (``D2 문제 정의 Problem``, ``D4 근본원인 Root
    Cause``), counts in EA, dates ``2026.11.07``."""
    s.text("A1", "8D 보고서 / 8D Report", "D1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("보고서 번호 Report No.", "작성일 Date", "고객사 Customer", "NCR No.", "품번 Part No.", "불량수량 Qty"),
        ("8D-HK-2611-05", ("2026.11.07", "2026-11-07"), "天津韩光汽车部件有限公司", "NCR-HK-2611-031", "84710-2S000",
         ("35 EA", 35)),
        kit.EIGHTD_HEAD_PATHS,
    ))  # fmt: skip
    kit.team_cell(s, "A5", "D1 팀 구성 Team", "B5", ("Zhao Lei", "Sun Mei", "Kim Min-jun"), span="D5")
    rows = kit.eightd_steps(
        ("D2 문제 정의 Problem", "D3 임시조치 Containment", "D4 근본원인 Root Cause (발생)", "D4 유출원인 Escape Cause",
         "D5 영구대책 Corrective Action", "D6 효과검증 Verification", "D7 재발방지 Prevention"),
        ("Flow mark and gloss difference on 35 garnishes.", "Stock 1,400 pcs sorted under 1000 lux; 22 rejected.",
         "Mold temperature fell below 60 °C after chiller alarm was muted.", "Visual check at 300 lux missed gloss.",
         "Chiller alarm interlocked with the press; mold temperature logged.", "Four lots with no flow mark.",
         "Interlock applied to all textured-part presses."),
    )  # fmt: skip
    kit.lv_rows(s, 6, rows)
    kit.lv_pairs(s, 13, kit.field_rows(
        ("D8 종결일 Closing Date", "승인 Approved"), (("2026.12.02", "2026-12-02"), "Choi Dong-hyun"),
        ("closure.closed_date", "closure.approved_by"),
    ))  # fmt: skip


# =============================================================================== return
def return_zh_henpin(s: kit.Sheet) -> None:
    """A 返品伝票 (return slip) of a Japanese customer's plant in China: ``伝票番号``, ``返品日``, ``得意先``, lines with
    ``返品数`` in 個, ``単価``, ``金額``, ``処理区分 廃棄`` (scrap), ``受領`` our receiver."""
    s.text("A1", "返品伝票", "F1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("伝票番号", "返品日", "得意先", "不具合連絡書No."),
        (kit.pick(s, "HP-26-11-0042", "HP-26-11-0058"), kit.pick(s, ("2026年11月8日", "2026-11-08"), ("2026年11月22日", "2026-11-22")),
         "広州東和電装有限公司", kit.pick(s, "QA-F-26-0311", "QA-F-26-0347")),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = ("品番", "品名", "指示数", "返品数", "単価", "金額")
    kit.head_row(s, 4, "ABCDEF", heads)
    lines = kit.pick(s, (("78120-TZ5-A01", "コネクタハウジング", 12, 12, 3.85), ("78120-TZ5-A02", "コネクタカバー", 6, 4, 2.4)),
                     (("78125-TZ5-B02", "固定クリップ", 5, 5, 1.12),))  # fmt: skip
    kit.return_lines(s, 5, lines, heads, count=lambda n: f"{n}個")
    foot = kit.field_rows(
        ("返品理由", "処理区分", "受領", "承認"),
        (kit.pick(s, "卡扣断裂（不具合連絡書 QA-F-26-0311）", "插入力不足"), ("廃棄", ["scrap"]), "周强", "山本 剛"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 5 + len(lines), foot, "F")


def return_en_korean(s: kit.Sheet) -> None:
    """A Korean customer's 반품 확인서 (return confirmation) with English beside the Korean: counts in 개, prices in
    CNY, ``처리방법 Disposition 재작업 Rework``."""
    s.text("A1", "반품 확인서 / Return Confirmation", "F1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("반품번호 Return No.", "반품일 Return Date", "고객사 Customer", "NCR No."),
        ("RT-HK-2611-012", ("2026.11.09", "2026-11-09"), "天津韩光汽车部件有限公司", "NCR-HK-2611-031"),
        ("number", "issue_date", "customer", "complaint_number"),
    ), cols=("AB", "DE"), span="F")  # fmt: skip
    heads = (
        "품번 Part No.",
        "품명 Part Name",
        "승인수량 Approved",
        "반품수량 Return Qty",
        "단가 Unit Price",
        "금액 Amount",
    )
    kit.head_row(s, 4, "ABCDEF", heads)
    kit.return_lines(
        s, 5, (("84710-2S000", "Garnish, crash pad", 35, 35, 18.6),), heads, count=lambda n: f"{n}개"
    )
    foot = kit.field_rows(
        ("반품사유 Reason", "처리방법 Disposition", "인수자 Received by", "승인 Approved"),
        ("Flow mark, gloss difference (NCR-HK-2611-031).", ("재작업 Rework", ["rework"]), "Liu Qiang", "Choi Dong-hyun"),
        kit.RETURN_FOOT_PATHS,
    )  # fmt: skip
    kit.return_foot(s, 6, foot, "F")


# =============================================================================== allowance
def allowance_zh_nebiki(s: kit.Sheet) -> None:
    """A 値引 (allowance) certificate for a Japanese customer's plant in China: Japanese labels (``値引番号``,
    ``発行日 令和8年11月12日``, ``得意先``, ``請求書番号``), lines ``数量`` / ``単価`` / ``値引額`` / ``消費税`` (13 %), totals
    ``小計`` / ``消費税`` / ``合計``."""
    s.text("A1", "値引証明書（折让证明单）", "E1", size=15)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("値引番号", "発行日", "得意先", "納税者識別番号", "請求書番号", "不具合連絡書No."),
        (kit.pick(s, "NB-26-1107", "NB-26-1119"), kit.pick(s, ("令和8年11月12日", "2026-11-12"), ("令和8年11月26日", "2026-11-26")),
         "広州東和電装有限公司", "91440101MA5CXK2L7Q", kit.pick(s, "44012600000071823309", "44012600000071829514"),
         kit.pick(s, "QA-F-26-0311", "QA-F-26-0347")),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("品名", "数量(個)", "単価", "値引額", "消費税")
    kit.head_row(s, 6, "ABCDE", heads)
    lines = kit.pick(s, (("コネクタハウジング 選別費用", 3600, 0.35), ("コネクタハウジング 不良品", 12, 3.85)),
                     (("固定クリップ 選別費用", 1200, 0.2),))  # fmt: skip
    net, tax = kit.credit_cells(s, 7, lines, heads, 0.13)
    for r, lab, x, path in ((10, "小計", net, "total_excl_tax"), (11, "消費税", tax, "total_tax"),
                            (12, "合計", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "承認", "B13", "王建华", "approved_by_manager", span="C13")
    _stamps(s, 14, ("王建华", "李娜", "张伟"))


def allowance_en_korean(s: kit.Sheet) -> None:
    """A Korean customer's claim deduction (클레임 차감) accepted as a credit: ``사업자등록번호 Business Reg. No.``, lines
    in EA, ``부가세 VAT 10%``, totals ``공급가액 Net`` / ``세액 VAT`` / ``합계 Total``."""
    s.text("A1", "클레임 차감 확인서 / Claim Deduction Credit Note", "E1", size=13)
    kit.lv_pairs(s, 2, kit.field_rows(
        ("문서번호 Doc No.", "발행일 Date", "공급받는자 Buyer", "사업자등록번호 Business Reg. No.", "세금계산서 Invoice No.",
         "NCR No."),
        ("CD-HK-2611-004", ("2026.11.14", "2026-11-14"), "Hankwang Auto Parts Co., Ltd.", "214-86-17735",
         "20261031-41000019-77215", "NCR-HK-2611-031"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), cols=("AB", "DE"))  # fmt: skip
    heads = ("품목 Item", "수량 Qty", "단가 Unit Price", "공급가액 Amount", "세액 VAT")
    kit.head_row(s, 6, "ABCDE", heads)
    net, tax = kit.credit_cells(s, 7, (("Sorting labour (hours)", 16, 120.0), ("Rejected garnish 84710-2S000", 35, 18.6)),
                                heads, 0.10)  # fmt: skip
    for r, lab, x, path in ((10, "공급가액 Net", net, "total_excl_tax"), (11, "부가세 VAT 10%", tax, "total_tax"),
                            (12, "합계 Total", round(net + tax, 2), "total")):  # fmt: skip
        kit.lv(s, f"A{r}", lab, f"D{r}", x, path, expect=kit.money(x), lspan=f"C{r}", fmt="#,##0.00")
    kit.lv(s, "A13", "승인 Approved", "B13", "Zhao Lei", "approved_by_manager", span="C13")


_COPY2 = {"complaint_zh_fuguai", "complaint_zht_ijou", "complaint_en_bujeokhap", "eightd_zh_zesei", "return_zh_henpin",
          "allowance_zh_nebiki", "complaint_zh_portal"}  # fmt: skip
"""The drawings with a second copy in copy2/ (six workbooks, one sent as PDF only)."""

EXCEL = [  # drawing (its name gives the id, kind and language), sheet, column widths, what it imitates
    kit.excel_layout(*kit.layout_names(draw), draw, sheet, widths, imitates, copy2=draw.__name__ in _COPY2)
    for draw, sheet, widths, imitates in (
        (complaint_zh_fuguai, "不具合連絡書", dict(A=16, B=30, C=16, D=30), "a Japanese customer's 不具合連絡書: 管理No., 令和8年11月3日, full-width 品番 ７８１２０－ＴＺ５－Ａ０１, １２００個 / １２個, 発生日, 承認 / 確認 / 作成 stamps 山本㊞"),
        (complaint_zht_ijou, "連絡書", dict(A=16, B=30, C=16, D=30), "a 品質異常連絡書 of a Japanese plant in Taiwan: R8.11.3, 500本 / 8本, 処置要求 ☑返品 ☐選別 ☐特採, 受付者"),
        (complaint_en_bujeokhap, "NCR", dict(A=26, B=30, C=26, D=30), "a Korean customer's 부적합 보고서 with English: 품번 Part No., 불량수량 Defect Qty 35개, 2026.11.05, 판정 Judgement"),
        (complaint_zh_ourjp, "客诉单", dict(A=16, B=30, C=16, D=30), "our own complaint sheet for a Japanese customer: 客户品番 ＡＢ－１２３, １２０個, 2026年11月3日, 值引き（折让）, 業務担当"),
        (eightd_zh_zesei, "是正処置", dict(A=20, B=32, C=18, D=30), "a 是正処置報告書 answered in Chinese: 現象, 発生原因 / 流出原因, 暫定対策, 恒久対策, 効果確認, 水平展開, 対策チーム, 令和 dates"),
        (eightd_en_korean8d, "8D", dict(A=30, B=32, C=20, D=30), "a Korean customer's 8D: D2 문제 정의 Problem … D7 재발방지 Prevention, 불량수량 Qty 35 EA, 2026.11.07"),
        (return_zh_henpin, "返品伝票", dict(A=16, B=22, C=12, D=12, E=14, F=14), "a 返品伝票: 伝票番号, 返品日, 得意先, 指示数 / 返品数 in 個, 単価, 金額, 処理区分 廃棄, 受領"),
        (return_en_korean, "반품", dict(A=22, B=24, C=18, D=20, E=18, F=16), "a Korean 반품 확인서: 반품수량 Return Qty 35개, 처리방법 Disposition 재작업 Rework"),
        (allowance_zh_nebiki, "値引", dict(A=30, B=14, C=14, D=16, E=16), "a 値引 certificate: 値引番号, 令和 date, 得意先, 請求書番号, 値引額, 消費税 13 %, 小計 / 合計, stamps"),
        (allowance_en_korean, "차감", dict(A=32, B=14, C=18, D=18, E=16), "a Korean claim deduction credit: 사업자등록번호 Business Reg. No., 부가세 VAT 10%, 공급가액 / 세액 / 합계"),
    )
]  # fmt: skip


# =============================================================================== sent as PDF only
_CSS = kit.portal_css(
    "#eef0e8", ".stamp{display:inline-block;border:1px solid #c00;color:#c00;padding:2px 6px;margin:4px}"
)


def complaint_zh_portal(f: kit.HtmlForm) -> str:
    """A Japanese customer's SUPPLIER PORTAL print of a 不具合連絡書 (Chromium): kanji labels, the date in the era
    (``令和8年11月5日``), full-width counts (``２４個``), 処置要求 as a word (手直し: rework), the stamps printed as ㊞ boxes (no field)."""
    f.raw(
        "<h2>不具合連絡書（サプライヤーポータル）</h2><p class='note'>本書は電子発行です。押印欄は承認済を示す。</p><table>"
    )
    kit.kv_rows(f, kit.field_rows(
        ("連絡書番号", "発行日", "発行元", "品番", "品名", "ロット", "納入数", "不具合数", "不具合内容", "処置要求", "担当者"),
        (kit.pick(f, "FG-26-11-0215", "FG-26-11-0233"),
         kit.pick(f, ("令和8年11月5日", "2026-11-05"), ("令和8年11月19日", "2026-11-19")),
         "大連東洋精密部品有限公司", kit.pick(f, "DT-5521-03", "DT-5521-07"), kit.pick(f, "シャフト（轴）", "ブッシュ（衬套）"),
         kit.pick(f, "261102A", "261115C"), kit.pick(f, ("６００個", 600), ("４００個", 400)),
         kit.pick(f, ("２４個", 24), ("９個", 9)),
         kit.pick(f, "轴外径超差 φ10.02（规格 φ10 -0.01/-0.03），24 個。", "衬套内孔毛刺，9 個。"),
         ("手直し（返工）", ["rework"]), kit.pick(f, "田中 誠", "小林 亮")),
        ("number", "received_date", "customer", "part_no", "part_name", "lot_no", "ship_qty", "defect_qty",
         "description", "customer_request", "reporter"),
    ))  # fmt: skip
    f.raw(
        "</table><p>承認 <span class='stamp'>山本㊞</span> 確認 <span class='stamp'>鈴木㊞</span> 作成 "
        "<span class='stamp'>田中㊞</span></p><p class='note'>回答期限：令和8年11月12日</p>"
    )
    return f.page("不具合連絡書", _CSS)


def complaint_zht_translated(f: kit.PdfDraw) -> None:
    """The supplier clerk's Chinese translation of a Japanese customer's 不具合連絡書 (fpdf2): the Japanese labels kept,
    the values in Chinese, the date ``R8.11.6``, counts in 枚."""
    f = kit.CjkDraw.of(f)
    f.text(56, 16, "不具合連絡書（中文翻譯）", size=14)
    f.text(15, 23, "原文：日文　譯者：品保課　僅供內部參考", size=8)
    kit.pdf_lv_lines(f, 15, 52, 32, kit.field_rows(
        ("管理番号", "発行日", "客先", "品番", "品名", "納入数", "発生数", "不具合内容", "担当"),
        ("KF-TW-26-118", ("R8.11.6", "2026-11-06"), "台灣日東光學股份有限公司", "LF-2208-11", "導光板 LGP 7吋",
         ("2400枚", 2400), ("36枚", 36), "導光板表面刮傷，36 枚，位於網點面。", "渡邊 健"),
        ("number", "received_date", "customer", "part_no", "part_name", "ship_qty", "defect_qty", "description",
         "reporter"),
    ), step=8)  # fmt: skip
    f.text(15, 112, "承認：山本　確認：鈴木　作成：渡邊（原件蓋章）", size=8)


def eightd_zht_taisaku(f: kit.PdfDraw) -> None:
    """A zh-Hant 対策書 (fpdf2): Japanese labels (``現象``, ``暫定対策``, ``発生原因``, ``流出原因``, ``恒久対策``,
    ``効果確認``, ``水平展開``), the date ``R8.11.10``, 不具合数 in 枚."""
    f = kit.CjkDraw.of(f)
    f.text(70, 16, "対策書（是正処置報告）", size=14)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("対策書No.", "作成日", "客先", "連絡書No.", "品番", "不具合数"),
        ("TS-TW-2611-03", ("R8.11.10", "2026-11-10"), "台灣日東光學股份有限公司", "KF-TW-26-118", "LF-2208-11",
         ("36枚", 36)),
        kit.EIGHTD_HEAD_PATHS,
    ), step=8)  # fmt: skip
    kit.pdf_team_line(f, 15, 52, 80, "対策メンバー", ("吳俊傑", "蔡佩珊", "渡邊 健"))
    steps = kit.eightd_steps(
        ("現象", "暫定対策", "発生原因", "流出原因", "恒久対策", "効果確認", "水平展開"),
        ("導光板網點面刮傷 36 枚。", "在庫 1,800 枚全數目視檢查。", "裁切後輸送滾輪沾附異物。", "外觀檢查照度不足 800 lux。",
         "滾輪每班清潔並加裝除塵。", "連續 5 批無刮傷。", "同產線導光板全部比照。"),
    )  # fmt: skip
    y = kit.pdf_lv_lines(f, 15, 52, 90.0, [(lab, raw, path, None) for lab, raw, path in steps], step=9)
    kit.pdf_lv_lines(f, 15, 52, y, kit.field_rows(
        ("完了日", "承認"), (("R8.12.1", "2026-12-01"), "吳俊傑"), ("closure.closed_date", "closure.approved_by"),
    ), step=8)  # fmt: skip


def return_zht_henpin(f: kit.HtmlForm) -> str:
    """A zh-Hant 返品伝票 printed from a Japanese customer's system (Chromium): counts in 枚, ``単価`` / ``金額``,
    ``処理区分 返却`` (sent back to us: return), ``受領印``."""
    f.raw("<h2>返品伝票</h2>")
    kit.kv(f, kit.field_rows(
        ("伝票No.", "返品日", "得意先", "連絡書No."),
        ("HP-TW-2611-006", ("R8.11.12", "2026-11-12"), "台灣日東光學股份有限公司", "KF-TW-26-118"),
        ("number", "issue_date", "customer", "complaint_number"),
    ))  # fmt: skip
    heads = ("品番", "品名", "指示数", "返品数", "単価", "金額")
    kit.th_row(f, heads)
    for i, (code, name, qa, q, p) in enumerate((("LF-2208-11", "導光板 LGP 7吋", 36, 36, 12.5),)):
        a = round(q * p, 2)
        typed = ((f"{qa}枚", qa), (f"{q}枚", q), (f"{p:.2f}", kit.money(p)), (f"{a:,.2f}", kit.money(a)))
        kit.td_row(f, kit.item_cells(i, (code, name, *typed), kit.RETURN_ITEM_PATHS), heads)
    f.raw("</table>")
    kit.kv(f, kit.field_rows(
        ("返品理由", "処理区分", "受領印", "承認"),
        ("網點面刮傷（連絡書 KF-TW-26-118）", ("返却（退回供應商）", ["return"]), "陳志豪", "渡邊 健"),
        kit.RETURN_FOOT_PATHS,
    ))  # fmt: skip
    return f.page("返品伝票", _CSS)


def allowance_zht_nebiki(f: kit.PdfDraw) -> None:
    """A zh-Hant 値引 (allowance) certificate (fpdf2): 銷貨折讓證明單 with the Japanese customer's 値引 words, 數量 in 枚,
    no tax (a bonded zone), the 連絡書No. as the complaint number."""
    f = kit.CjkDraw.of(f)
    f.text(50, 16, "銷貨折讓證明單（値引）", size=13)
    kit.pdf_lv_lines(f, 15, 52, 30, kit.field_rows(
        ("証明書番号", "日期", "買受人", "統一編號", "發票號碼", "連絡書No."),
        ("NB-TW-2611-02", ("2026/11/16", "2026-11-16"), "台灣日東光學股份有限公司", "27845120", "XY-38120455",
         "KF-TW-26-118"),
        ("number", "issue_date", "buyer", "buyer_tax_id", "invoice_no", "complaint_number"),
    ), step=8)  # fmt: skip
    cols = ((15, "品名", "name"), (80, "數量", "qty"), (110, "単価", "unit_price"), (140, "値引額", "allowance_amount"),
            (172, "營業稅", "tax"))  # fmt: skip
    y, net = kit.pdf_credit_lines(f, cols, (("導光板 LGP 7吋 値引", 2364, 1.5), ("選別費用", 1800, 0.4)),
                                  qty=lambda q: f"{q} 枚")  # fmt: skip
    kit.pdf_lv_lines(f, 15, 60, y + 12, kit.field_rows(
        ("銷售額合計", "營業稅額（保稅區免稅）", "總計", "承認"),
        ((f"{net:,.2f}", kit.money(net)), ("0.00", "0.00"), (f"{net:,.2f}", kit.money(net)), "吳俊傑"),
        ("total_excl_tax", "total_tax", "total", "approved_by_manager"),
    ), step=8)  # fmt: skip


SENT_AS_PDF = kit.sent_as_pdf(  # what it imitates, drawing (a page's markup for Chromium, or fpdf2)
    (
        ("a supplier portal's print of a 不具合連絡書: 令和8年11月5日, ６００個 / ２４個, 処置要求 手直し, ㊞ stamps", complaint_zh_portal),
        ("a supplier clerk's Chinese translation of a 不具合連絡書: Japanese labels, Chinese values, R8.11.6, 2400枚 / 36枚", complaint_zht_translated),
        ("a zh-Hant 対策書: 現象 … 水平展開, 対策メンバー, R8.11.10, 36枚", eightd_zht_taisaku),
        ("a zh-Hant 返品伝票: 伝票No., 返品数 36枚, 単価, 金額, 処理区分 返却, 受領印", return_zht_henpin),
        ("a zh-Hant 値引 certificate: 証明書番号, 統一編號, 2364 枚, 値引額, 營業稅額 0 (保稅區)", allowance_zht_nebiki),
    ),
    _COPY2,
)  # fmt: skip


# =============================================================================== odd files
def _many_workbook() -> bytes:
    """A 不具合連絡書 whose 発生数 is ``多数`` (many): no count of the defective."""
    return kit.sheet_bytes("不具合連絡書", (("不具合連絡書", None), ("管理No.", "QA-F-26-0399"), ("発行日", "2026年11月24日"),
                                   ("客先", "広州東和電装有限公司"), ("品番", "78120-TZ5-A01"), ("納入数", "1200個"),
                                   ("発生数", "多数"), ("不具合内容", "卡扣断裂，多数发生。"), ("担当", "佐藤健一")),
                           dt.datetime(2026, 11, 24, 9, 0))  # fmt: skip


def _heisei_workbook() -> bytes:
    """A 不具合連絡書 dated ``平成38年11月3日``: the Heisei era ended in 2019 (令和 from May 2019), a year 38 of it is no
    date any calendar printed; an old template's era label kept."""
    return kit.sheet_bytes("不具合連絡書", (("不具合連絡書", None), ("管理No.", "QA-F-26-0401"), ("発行日", "平成38年11月3日"),
                                   ("客先", "広州東和電装有限公司"), ("品番", "78120-TZ5-A01"), ("納入数", "1200個"),
                                   ("発生数", "12個"), ("不具合内容", "卡扣断裂 12 个。"), ("担当", "佐藤健一")),
                           dt.datetime(2026, 11, 3, 9, 0))  # fmt: skip


ODD = {
    "complaint-many.xlsx": (
        "a 不具合連絡書 whose 発生数 is 多数 (many): an error or a warning on the defective quantity; never a record "
        "holding a count the form does not give silently",
        _many_workbook,
    ),
    "complaint-heisei.xlsx": (
        "a 不具合連絡書 dated 平成38年11月3日 (the Heisei era ended in 2019): an error or a warning on the date; never a "
        "date taken from it silently",
        _heisei_workbook,
    ),
}


if __name__ == "__main__":  # [--no-pdf] [--out DIR] (default: this folder)
    kit.run_with_odd(sys.argv[1:], HERE, (EXCEL, SENT_AS_PDF), SOURCE, "fifty-third held-out layouts", ODD)
