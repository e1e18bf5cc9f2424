"""8D report 8D报告 — kind ``8d``, form QR-047-03 rev A1, 4 copies (DOMAIN §5.2).

QA consolidates the units' countermeasures into the eight disciplines: D0 emergency actions,
D1 team, D2 problem, D3 containment, D4 root cause, D5 corrective actions, D6 implementation,
D7 prevention, D8 closure.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator

from ..config import Settings
from ..lazy_re import lazy_re
from ..problems import Bilingual
from ..values import Code, Date, Qty, Ratio, Term, Text, YesNo, distinct, options_of
from .base import (
    CUSTOMER_PART_LABELS,
    MACHINE_TYPE_LABEL,
    OWN_PART_LABELS,
    STYLE_LABELS,
    Finding,
    Form,
    FormSpec,
    Group,
    Row,
    RuleContext,
    code_only,
    copies,
    doubtful,
    error,
    field,
    reference,
    required,
    second,
    warning,
    whole,
)

# this module's codes in the message catalogue (problems.py reads them on first look-up)
MESSAGES: dict[str, tuple[str, str]] = {
    "customer_differs_from_complaint": (
        "客户“{customer}”与客诉 {number} 的客户“{complaint_customer}”不同，请确认是否填错了客诉编号",
        "Customer '{customer}' differs from complaint {number}'s customer '{complaint_customer}': "
        "is the complaint number right?",
    ),
    "team_leader_count": (
        "8D 小组须有且只有一位组长，表上有 {count} 位",
        "The 8D team needs exactly one leader (组长); the form has {count}",
    ),
    "problem_statement_names_cause": (
        "问题陈述只描述问题，不应写原因或对策（出现“{word}”）",
        "The problem statement should state the problem only, not a cause or solution (it says '{word}')",
    ),
    "containment_due_late": (
        "围堵措施应于立案后 24 小时内完成（立案 {opened}，预定 {due}）",
        "Containment is due within 24 h of opening (opened {opened}, due {due})",
    ),
    "closed_before_opened": (
        "结案日期（{closed}）不能早于立案日期（{opened}）",
        "Closed date ({closed}) is before the opened date ({opened})",
    ),
    "eightd_date_order": (
        "{stage}日期 {date} 早于{previous}日期 {previous_date}（应 D3 ≤ D5 ≤ D6 ≤ D8）",
        "{stage} date {date} is before the {previous} date {previous_date} (D3 ≤ D5 ≤ D6 ≤ D8)",
    ),
    "closing_needs_verified_cause": (
        "结案前须验证{cause}（D4 中至少一项已验证）",
        "Closing needs a verified {cause_en} cause in D4",
    ),
    "closing_needs_implementation": (
        "结案前须记录 D6 永久对策的实施与验证",
        "Closing needs the D6 implementation and its verification",
    ),
    "closing_needs_verified_result": (
        "结案前 D6 实施结果须经验证",
        "Closing needs every D6 result verified",
    ),
    "contribution_sum": (
        "各原因贡献度合计须为 100%，表上合计 {total}",
        "Root-cause contributions must sum to 100 %; they sum to {total}",
    ),
    "sorting_defective_exceeds_checked": (
        "不良数 {defective} 大于检查数 {checked}",
        "Defective {defective} exceeds checked {checked}",
    ),
}

# Words that put a cause or a solution into a problem statement (D2 states the problem only).
CAUSE_WORDS = ("因为", "原因是", "原因为", "原因在于", "由于", "导致", "造成", "对策", "改善措施", "解决")
_CAUSE_PATTERN = lazy_re("|".join(map(re.escape, CAUSE_WORDS)))


# what 8D forms print over an action's owner column, in the languages customers' forms use
OWNER_WORDS = (
    "责任人",
    "Responsible",
    "Owner",
    "담당",
    "담당자",
    "Sorumlu",
    "Verantwortlich",
    "担当",
    "担当者",
    "Resp.",
    "Responsibility",
    "执行人",
)


class ActionStatus(Term):
    """Where the 8D's actions stand: open, or closed (D8 signed)."""

    OPEN = "open", "进行中"
    CLOSED = "closed", "已结案"


class TeamRole(Term):
    # what real team tables print in the role column (en/ko/tr/de/ja forms)
    LEADER = "leader", "组长", "leader", (
        "Team leader", "Team lead", "Project lead", "Project leader", "Leader", "Lead", "Leiter",
        "Teamleiter", "팀장", "팀리더", "리더", "Takım Lideri", "Lider", "リーダー", "チームリーダー", "TL",
        "8D leader", "组长", "召集人", "小组长", "主导人",
    )  # fmt: skip
    MEMBER = "member", "组员", "member", (
        "成员", "Team member", "Member", "Teammitglied", "Mitglied", "Teammitglieder", "Mitglieder", "팀원", "Üye", "Takım Üyesi",
        "メンバー", "Members", "Team members", "小组成员", "组员",
    )  # fmt: skip
    CHAMPION = "champion", "倡导者", "champion", (
        "Champion", "Sponsor", "Pate", "챔피언", "스폰서", "Şampiyon", "チャンピオン",
    )  # fmt: skip


class StockLocation(Term):
    # the words stock counts print for each place (own plant, on the way, the customer's)
    IN_HOUSE = "in_house", "厂内", "in house", (
        "厂内库存", "库存", "仓库", "本厂", "成品仓", "厂内成品仓", "厂内仓库", "厂内仓", "In-house", "In house", "Supplier stock", "Plant stock",
        "Warehouse", "Supplier warehouse", "Factory stock", "Our stock", "Finished goods", "Internal stock",
    )  # fmt: skip
    IN_TRANSIT = "in_transit", "在途", "in transit", (
        "在途库存", "运输中", "途中", "运输途中", "运输在途", "In transit", "Transit", "On the way", "Shipped", "Pipeline",
    )  # fmt: skip
    AT_CUSTOMER = "at_customer", "客户端", "at customer", (
        "客户处", "客户库存", "客户仓库", "客户端库存", "At customer", "Customer site", "Customer stock",
        "Customer warehouse", "Customer", "Customer plant",
    )  # fmt: skip

    @classmethod
    def lookup(cls, text: object) -> StockLocation | None:
        """A place with its zone or store after it (``成品仓A区``, ``Warehouse B``, ``在途 #2``)
        is that place."""
        found = super().lookup(text)
        if found is None and isinstance(text, str):
            m = _ZONE.match(text.strip())
            if m is not None:
                found = super().lookup(m[1])
        return found  # type: ignore[return-value]


# a store's zone after the place's name: "成品仓A区", "仓库 3号库", "Warehouse B", "在途 #2"
_ZONE = lazy_re(
    r"^(.+?)\s*(?:[#＃]?\s*[A-Za-zＡ-Ｚ0-9０-９一二三四五六七八九十]{1,3}\s*(?:区|區|号库|號庫|库|庫|号|號)?|[（(][^()（）]{1,12}[)）])$"
)


class CauseType(Term):
    """D4 distinguishes why the defect occurred from why it escaped detection."""

    # the words cause boxes and row groups print: 발생/유출, 発生/流出, Entstehung/Nichtentdeckung
    OCCURRENCE = "occurrence", "发生原因", "occurrence", (
        "发生", "产生原因", "Occurrence cause", "Root cause of occurrence", "Why made", "발생", "발생원인",
        "発生", "発生原因", "Entstehung", "Entstehungsursache", "Oluşum", "Oluşum nedeni",
        "Why made (occurrence)", "Technical root cause", "Occurrence", "Why occurred", "制造端", "制造原因",
        "产生端", "发生端", "Root cause (occurrence)", "Why it occurred", "Why did it occur",
        "发生根因", "發生根因",  # 根因: the root cause, a D4's two rows 发生根因 / 流出根因
        # a failure analysis report: the physical mechanism found is why it occurred (失效機理)
        "失效机理", "Failure mechanism",
        "产生",  # a D4's two rows 根本原因（产生） / 根本原因（流出）: the cause's 产生 (as 发生)
    )  # fmt: skip
    ESCAPE = "escape", "流出原因", "escape", (
        "Escape point", "流出", "漏检", "漏检原因", "Escape cause", "Root cause of escape", "Non-detection", "Why shipped",
        "유출", "유출원인", "Nichtentdeckung", "Nichterkennung", "Kaçış", "Kaçış nedeni",
        "Escape point", "Escape", "Why not detected", "Non-detection root cause", "Detection cause",
        "Why escaped", "流出端", "漏检端", "Root cause (escape)", "Why it escaped", "Why did it escape",
        "流出根因",
        "未检出原因",  # a CAPA used as the 8D: why it was not detected (未檢出原因)
    )  # fmt: skip


class ProcessDocument(Term):
    """The process documents D7 updates (FMEA, control plan, work instruction…)."""

    # the names real D7 lines and standard rows print for them (en/ko/tr/de/ja)
    FMEA = "fmea", "FMEA", "FMEA", ("PFMEA", "DFMEA", "P-FMEA", "D-FMEA")
    CONTROL_PLAN = "control_plan", "控制计划", "control plan", (
        "Control plan", "CP", "Kontrollplan", "Produktionslenkungsplan", "관리계획서", "Kontrol planı",
        "QC工程表", "管制计划", "管制计划书",
    )  # fmt: skip
    WORK_INSTRUCTION = "work_instruction", "作业指导书", "work instruction", (
        "Work instruction", "SOP", "WI", "作业标准书", "Arbeitsanweisung", "작업표준서", "작업지도서",
        "İş talimatı", "作業標準書", "作業手順書",
    )  # fmt: skip
    INSPECTION_STANDARD = "inspection_standard", "检验标准", "inspection standard", (
        "Inspection standard", "Inspection Std.", "Inspection instruction", "Prüfanweisung", "검사기준서", "Muayene talimatı",
        "検査基準書", "检验规范", "检验标准书",
    )  # fmt: skip
    DRAWING = (
        "drawing",
        "图面/规格",
        "drawing",
        ("Drawing", "图纸", "Zeichnung", "도면", "Teknik resim", "図面"),
    )
    OTHER = "other", "其他"


ProcessDocuments = Annotated[
    list[ProcessDocument], BeforeValidator(options_of(ProcessDocument)), AfterValidator(distinct)
]


# ---------------------------------------------------------------------------------- rows and groups
class TeamMember(Row):
    name: Text | None = required(
        "姓名", "Name", aliases=("成员", "Team member", "Member", "Ad Soyad", "İsim", "이름", "성명", "氏名")
    )
    dept: Text | None = field(
        "部门",
        "Dept",
        aliases=(
            "单位", "Department", "部门名称", "Abteilung", "Departman", "Bölüm", "부서", "부문", "部署",
            "Function",
        ),
    )  # fmt: skip
    role: TeamRole | None = field(
        "角色",
        "Role",
        aliases=("职责", "Title", "Function", "Funktion", "Rolle", "Görev", "Rol", "역할", "役割", "职务"),
        hint="组长/组员/倡导者",
    )


class ProblemDescription(Group):
    """D2: the problem in 5W2H, and a statement of it with no cause or solution."""

    what: Text | None = field("何事(What)", "What", aliases=("What", "什么问题"))
    where: Text | None = field(
        "何处(Where)",
        "Where",
        # an EMS customer's 8D: where on the board, by reference designators (Defect location (Ref Des): R12, C34)
        aliases=("Where", "发生地点", "Defect location", "不良位置"),
    )
    when: Text | None = field(
        "何时(When)",
        "When",
        aliases=("When", "发生时间", "发生日期", "Date of failure", "Date of occurrence"),
    )
    who: Text | None = field(
        "何人(Who)",
        "Who",
        aliases=("Who", "发现者", "报告人", "Person who first reported failure", "Reported by"),
    )
    why: Text | None = field("为何(Why)", "Why", aliases=("Why", "为何是问题"))
    how: Text | None = field("如何(How)", "How", aliases=("How", "如何发现"))
    how_many: Text | None = field(
        "多少(How many)",
        "How many",
        aliases=("How many", "数量多少", "Failure rate", "How often"),
    )
    statement: Text | None = required(
        "问题陈述",
        "Problem statement",
        aliases=(
            # ja: a 是正処置報告書 / 対策書's 現象, the problem as it was seen — printed whole only: a Chinese
            # letter's 不良现象 (a complaint's defect) is no 8D's heading
            whole("現象"),
            "问题描述",
            "问题陈述",
            "问题叙述",  # a Taiwanese CAPA's 問題敘述
            "问题概述",  # a 质量问题归零报告's 一、问题概述
            "事实陈述",
            "不合格事实陈述",
            "Problem description",
            "Problem statement",
            "Description of problem",
            "问题说明",
            "不良说明",
            "异常描述",
            "Description",
            "不具合内容",
            "不良内容",
            "失效模式",  # a failure analysis report: the failure mode is the problem (失效模式 / Failure mode)
            "Failure mode",
            "异常内容",
            "不具合の内容",
            "Defect description",  # a Korean customer's 8D: 불량 현상 Defect Description
            "불량 현상",
            "불량 내용",
        ),
        long=True,
    )
    qty_complained: Qty | None = field(
        "客诉数量",
        "Qty complained",
        aliases=(
            # ko: 불량수량, the defective count (不良数量) a Korean customer's 8D states
            "불량수량",
            "Qty Rejected by Customer",
            "投诉数量",
            "不良数量",
            "不良数",
            "Qty rejected",
            "Rejected qty",
            "Complaint qty",
            "Qty affected",
            "Affected qty",
            "Units affected",  # an eQMS's CAPA record
            "Defective qty",
            "Qty suspect",  # the quantity in question: suspect parts at the customer
            "Suspect qty",
            "不具合数",
            "不具合数量",
            "索赔数量",  # a Chinese OEM's 8D: the parts the carmaker claims for
            # a field failure 8D: the units that failed in the field (Qty failed 3 units, 故障数量 5 台)
            "Qty failed",
            "Failed qty",
            "故障数量",
            "Menge",  # German (Menge / Quantity in a VDA 8D's header: the parts complained of)
            "Aantal",  # Dutch: the number (Aantal / Qty in an 8D-rapport's header: the parts complained of)
            "Määrä",  # Finnish (Määrä / Qty), Swedish and Danish (Antal), Greek (Ποσότητα): the same
            "Antal",
            "Ποσότητα",
            # the same in Croatian / Serbian / Slovene (Količina / Qty), Czech, Slovak, Polish,
            # Ukrainian, Russian, Latvian, Lithuanian, Estonian
            "Količina",
            "Množství",
            "Množstvo",
            "Ilość",
            "Кількість",
            "Количество",
            "Daudzums",
            "Kiekis",
            "Kogus",
            # a failure analysis report: the parts the customer returned for analysis (退回分析數, Qty returned for FA),
            # the complained parts themselves (the report has no other count of them)
            "退回分析数",
            "Qty returned for FA",
            "Qty returned for analysis",
            "问题数量",  # the quantity the problem concerns (an 8D's D2 header: 问题数量 320)
            "异常数量",
            "Problem qty",
        ),
        ge=0,
    )
    qty_delivered: Qty | None = field(
        "交货数量",
        "Qty delivered",
        aliases=(
            "交货数",  # (不良数 / 交货数: the counts' short names, as 不良数 is)
            "出货数量",
            "交付数量",
            "进料数量",
            "Delivered qty",
            "Qty shipped",
            "Shipped qty",
            "Incoming qty",
            "納入数",  # ja: the quantity delivered
            "納入数量",
            "出荷数",
            "出荷数量",
        ),
        ge=0,
    )
    qty_returned: Qty | None = field("退回数量", "Qty returned", aliases=("退货数量", "Returned qty"), ge=0)


class ContainmentAction(Row):
    action: Text | None = required(
        "围堵措施",
        "Action",
        aliases=(
            "措施",
            "临时对策",
            "对策",
            "对策内容",  # 對策內容 over a D3 table (bare 對策 also names D5's 發生對策: not here)
            "围堵行动",
            "应急措施",
            "Containment action",
            "Interim action",
            "Immediate action",
            "Action item",
            "Action",
            "ICA",
            "Maßnahme",
            "Önlem",
            "조치내용",
            "暫定対策",
        ),
    )
    owner: Text | None = field("负责人", "Owner", aliases=OWNER_WORDS)
    due_date: Date | None = field(
        "预定日期",
        "Due date",
        aliases=(
            "完成期限",
            "计划日期",
            "计划完成日期",
            "目标日期",
            "预定完成日",
            "预定完成日期",
            "Target date",
            "Due date",
            "Due",
            "Due by",
            "Date",
            "Hedef Tarih",
            "Termin",
            "期限",
        ),
    )
    done_date: Date | None = field(
        "完成日期",
        "Done date",
        aliases=(
            "实际完成",
            "Done",
            "Done on",
            "Completed",
            "Completed on",
            "完成日",
            "实际完成日",
            "实际完成日期",
            "완료일",
            "Tamamlanma Tarihi",
            "erledigt am",
            "完了日",
            "Implemented on",
            "Implemented",
            # a correction (ISO 9000: the detected nonconformity fixed at once) is recorded when it was
            # made, not planned: a CAPA's Correction date / 纠正日期 / 矯正日期 is the day it was done
            "Correction date",
            "纠正日期",
            "矫正日期",
        ),
    )
    effectiveness_pct: Ratio | None = field(
        "有效性", "Effectiveness", aliases=("有效率", "Effective", "Effectiveness %", "Verified %")
    )
    verification: Text | None = field("验证", "Verification", aliases=("验证方式",))


class StockSorting(Row):
    location: StockLocation | None = required(
        "库存位置", "Location", aliases=("位置", "Stock location", "Stock"), hint="厂内/在途/客户端"
    )
    qty_checked: Qty | None = field(
        "检查数",
        "Qty checked",
        aliases=(
            "检查数量",
            "挑选数",
            "挑选数量",
            "排查数",
            "排查数量",
            "检验数",
            "Checked",
            "Qty sorted",
            "Sorted",
            "Qty inspected",
            "Inspected",
        ),
        ge=0,
    )
    qty_defective: Qty | None = field(
        "不良数",
        "Qty defective",
        aliases=(
            "不良数量",
            "Qty NOK",
            "NOK qty",
            "Qty NG",
            "NG qty",
            "NG",
            "NG数",
            "Rejects",
            "Qty rejected",
            "Defective",
        ),
        ge=0,
    )


class RootCause(Row):
    type: CauseType | None = required(
        "原因类型",
        "Type",
        aliases=("类型", "원인구분", "Ursachenart", "Neden Tipi"),
        hint="发生原因/流出原因",
    )
    cause: Text | None = required(
        "根本原因",
        "Root cause",
        aliases=(
            "原因",
            "Root cause",
            "Likely root cause",
            "原因分析",
            "근본원인",
            "Ursache",
            "Kök Neden",
            "真因",
        ),
    )
    evidence: Text | None = field("证据", "Evidence", aliases=("验证证据",))
    verified: YesNo | None = field("已验证", "Verified", aliases=("验证",))
    contribution_pct: Ratio | None = field("贡献度", "Contribution", aliases=("贡献比例", "占比"))


class Why(Row):
    """One step of the why-chain (5 Why)."""

    type: CauseType | None = field("原因类型", "Type", aliases=("类型",))
    question: Text | None = field("为什么", "Why", aliases=("Why",))
    answer: Text | None = required("因为", "Because", aliases=("回答", "Because"))


class CorrectiveAction(Row):
    action: Text | None = required(
        "永久对策",
        "Action",
        aliases=(
            "对策",
            "纠正措施",
            "永久措施",
            "Corrective action",
            "Planned corrective action",
            "PCA",
            "Chosen PCA",
            "Chosen permanent corrective action",
            "Countermeasure",
            "조치사항",
            "대책",
            "대책내용",
            "对策内容",
            "Abstellmaßnahme",
            "Düzeltici Faaliyet",
            "恒久対策",
        ),
    )
    addresses: CauseType | None = field("针对", "Addresses", aliases=("对应原因",), hint="发生原因/流出原因")
    owner: Text | None = field("负责人", "Owner", aliases=OWNER_WORDS)
    due_date: Date | None = field(
        "预定日期",
        "Due date",
        aliases=(
            "完成期限",
            "目标日期",
            "预定完成日",
            "预定完成日期",
            "预定完成",
            "计划日期",
            "Due",
            "Due by",
            "计划完成",
            "计划完成日期",
            "预计完成",
            "预计完成日",
            "预计完成日期",
            "完成日期",
            "Target date",
            "Due date",
            "완료일",
            "완료예정일",
            "목표일",
            "Hedef Tarih",
            "Termin",
            "期限",
            "完了予定日",
        ),
    )
    validation_method: Text | None = field(
        "验证方法",
        "Validation method",
        aliases=("确认方法", "验证方式", "Verification method", "Method of verification", "Verification"),
    )


class Implementation(Row):
    action: Text | None = required(
        "实施对策",
        "Action",
        aliases=(
            "实施内容",
            "对策",
            "Validated corrective action",
            "Validated corrective actions",
            "Implemented action",
        ),
    )
    implemented_date: Date | None = field(
        "实施日期",
        "Implemented date",
        aliases=(
            "Date Implemented",
            "导入日期",
            "完成日期",
            "Completion date",
            "Implementation date",
            "Implemented",
            "Implemented on",
            "Date",
            "Tamamlanma Tarihi",
            "Uygulama Tarihi",
            "Einführungsdatum",
            "実施日",
        ),
    )
    result: Text | None = field(
        "实施结果",
        "Result",
        aliases=(
            "效果验证",
            "效果",
            "实施情况",
            "Result",
            "Results",
            "验证结果",
            "Validation",
            "Validation result",
            "Validation results",
            "Validatie",  # Dutch: D6 Validatie / Validation
            "Todentaminen",  # Finnish: D6 Todentaminen / Verification; Swedish, Danish
            "Verifiering",
            "Verifikation",
            "效果确认",  # also the Japanese 効果確認 (folded to the same key)
            "Verification",  # what a D6 "Verification" paragraph reports
            "验证",  # "D6 验证": the same paragraph headed in Chinese (驗證 folds to it)
            "Effectiveness",  # "Implemented on … Effectiveness 0 ppm in 4 weeks"
            "Verification of effectiveness",  # a SCAR's 8D response: D6 the effectiveness verified
            "Effectiveness verification",
            "Wirksamkeit",  # VDA: the column of the effectiveness found
            "Wirksamkeitsnachweis",
        ),
        long=True,
    )
    verified: YesNo | None = field("已验证", "Verified", aliases=("效果确认",))
    containment_removed_date: Date | None = field(
        "解除围堵日期", "Containment removed", aliases=("围堵解除",)
    )


class Prevention(Group):
    """D7: what keeps it from happening again, here and elsewhere."""

    documents_updated: ProcessDocuments = field(
        "更新文件",
        "Documents updated",
        aliases=(
            "文件修订",
            "标准化文件",
            "文件更新",
            "标准化",
            "Preventive action",
            "Standardization",
            "完善规章",  # a 归零报告's fifth management point: the rules and procedures revised
            "完善规章制度",
        ),
        default_factory=list,
        hint="FMEA、控制计划、作业指导书…",
    )
    horizontal_deployment: Text | None = field(
        "横向展开",
        "Horizontal deployment",
        aliases=(
            "水平展开",
            "举一反三",  # a 归零报告's fifth technical point: the like products and processes checked
            "横展",
            "Yokoten",
            "Horizontal deployment",
            "Read-across",
            "Transfer to other lines",
            "Transfer to other products",
            "수평전개",
            "横展開",
            "Yaygınlaştırma",
            "Übertragung auf ähnliche Produkte",  # VDA D7: the transfer to like products
            "Übertragung auf andere Produkte",
            "Übertragung auf ähnliche Prozesse",
            "Übertragung",
            "Übertrag",
        ),
        long=True,
    )
    lessons_learned: Text | None = field(
        "经验教训",
        "Lessons learned",
        # 经验 / Lesson learned: the words a D7 text names its lesson by (value_cues.heading_text_choice)
        aliases=("心得", "습득교훈", "교훈", "Öğrenilen Dersler", "教訓", "经验", "Lesson learned"),
        long=True,
    )


class Closure(Group):
    """D8: the report closed, approved, accepted by the customer; the team recognised."""

    closed_date: Date | None = field(
        "结案日期",
        "Closed date",
        aliases=(
            "结案日",
            "关闭日期",
            "Closing date",
            "Close date",
            "Actual closing date",
            "Closure date",
            "Closed",
            "Closed on",
            "Date closed",
            "日期",
            "Date",
            "Fiili Kapatma Tarihi",
            "Kapanış Tarihi",
            "Abschlussdatum",
            "종결일",
            "종결일자",
            "승인일자",
            "完了日",  # ja
            "核准日期",
            "批准日期",
            "完结日",
        ),
    )
    approved_by: Text | None = field(
        "核准",
        "Approved by",
        aliases=(
            "核准人",
            "总经理核准",
            "品保主管",  # the quality head signs the 8D closed (品質主管核准)
            "品质主管",
            "批准",
            "Approved by",
            "Closed by",
            "Approved (customer)",
            "Sign-off",
            "Champion sign-off",
            "Customer sign-off",
            "确认人",
            "SQE确认",
            "SQE approval",
            "SQE approved",
            "QA approver",  # a CAPA used as the 8D: QA approves it closed (QA approval, QA 批准)
            "QA approval",
            "签名",
            "Signature",
            "Name",
            "승인",
            "Kapatan",
            "Onaylayan",
            "Freigabe",
            "Freigabe durch",
            "Freigegeben von",
            "Freigegeben durch",
            "承認",
        ),
    )
    customer_accepted: YesNo | None = field(
        "客户接受",
        "Customer accepted",
        aliases=(
            "客户确认",
            "客户判定",
            "判定",
            "结案判定",
            "Customer acceptance",
            "Accepted by customer",
            "Customer approval",
            "客户认可",
        ),
    )
    team_recognition: Text | None = field(
        "团队表彰",
        "Team recognition",
        aliases=("小组嘉奖", "Team recognition", "Congratulate the team", "Recognition"),
    )


# ---------------------------------------------------------------------------------- the report
class EightDReport(Form):
    """8D报告: the team's problem solving for one complaint case."""

    number: Code | None = field(
        "8D编号",
        "8D no.",
        aliases=(
            # ja: a 対策書's own number printed with No.
            "対策書No.",
            "8D ID",  # a QMS's 8D export: the report's own id
            "编号",
            "报告编号",
            "案件编号",  # a Taiwanese 8D's case number (案件編號): the report's own
            "No.",
            "8D报告编号",
            "对策书编号",  # a Japanese customer's 对策书 (対策書): the report's own number
            "处理单号",
            "单号",
            "8D Report Number",
            "8D Ref.",
            "8D Ref",
            "8D Reference",
            "8D No",
            "8D Number",
            "Report No",
            "Report number",
            "Report ID",  # a web tool's export
            "SCAR No.",
            "SCAR编号",
            "SCAR number",
            "CAR No.",
            "Rapor No",
            "8D Nr.",
            "Berichtsnummer",
            "보고서 번호",
            "報告書No.",  # ja: 是正処置報告書
            "報告書番号",
            "管理番号",  # ja: the report's control number (顧客管理番号 is the customer's, below)
            # a CAPA used as the 8D (ISO 13485 / GMP): the CAPA's own number, an eQMS print's record id
            "CAPA No.",
            "CAPA number",
            "CAPA编号",
            "Record ID",
        ),
        section="header",
        hint="由登记簿编号，可留空",
    )
    complaint_number: Code = required(
        "客诉编号",
        "Complaint no.",
        aliases=(
            # ja: the customer's 不具合連絡書 the 是正処置報告書 / 対策書 answers
            "不具合連絡書No.",
            "連絡書No.",
            "Related complaint",  # an eQMS's CAPA record: the complaint it was opened from
            "客户抱怨编号",
            "案件编号",
            "客诉单号",
            "投诉编号",
            "客户投诉号",
            # an 8D opened from a batch of consumer complaints: the number the batch is summed up under
            "投诉汇总单号",
            "客诉汇总单号",
            "审理单号",  # an 8D answering a review board's 不合格品审理单 (a rail or shipyard customer's): its number
            "客户联络书编号",  # a Japanese customer's 联络书 (連絡書): the complaint the 对策书 answers
            "联络书编号",
            "Customer Ref",
            "Tracking Number",
            "Complaint number",
            "Customer complaint no.",
            "Claim No.",
            "Concern No.",  # Ford / GM: the customer's concern (GQRS) number on a Global 8D
            "索赔单号",  # a Chinese OEM's 8D: the carmaker's claim the report answers
            "异议编号",  # a mill's 8D: the 质量异议 (the steel trade's complaint) it answers
            "Customer concern No.",
            "Customer concern number",
            "Şikayet No",
            "Reklamationsnummer",
            "클레임 번호",
            "クレーム番号",
            "顧客管理No.",  # ja: the customer's own reference
            "顧客管理番号",
            "Complaint Ref.",
            "Complaint reference",
            "NCR Ref.",  # the customer's nonconformance report the 8D answers
            "NCR No.",
            "Customer NCR No.",  # a SCAR's 8D response: the customer's nonconformance report it answers
            # the customer's claim (索赔单) the 8D answers: its number names the case — below a
            # complaint's own number printed too (a 扣款確認 block's 索賠單號 under 客訴單號)
            doubtful("索赔单号"),
            doubtful("客户索赔单号"),
            doubtful("Claim ref."),
            # a supplier corrective action request (SCAR) is the customer's request for this 8D: on the customer's
            # own SCAR form its number is the report's (above), on a supplier's 8D printing its own 8D No. too the
            # SCAR No. is the request the report answers — read here only where the 8D's number has a label of its own
            second("SCAR No."),
            second("SCAR编号"),
            second("SCAR number"),
        ),
        section="header",
    )
    customer: Text = required(
        "客户名称",
        "Customer",
        aliases=(
            "客户",
            "客户名",
            "整车厂",  # a Chinese OEM's 8D: the carmaker, the supplier's customer
            "Müşteri",
            "Kunde",
            "고객",
            "고객사",
            "顧客",
            "客先",
            "顧客名",  # ja: the customer's name (お客様名 as politely)
            "お客様名",
            "お客様",
            "客先名",
        ),  # ja 客先: the customer
        section="header",
    )
    part_no: Code = required(
        "料号/型号",
        "Part no.",
        aliases=(
            *OWN_PART_LABELS,
            *STYLE_LABELS,  # the textile trade's style number
            *CUSTOMER_PART_LABELS,  # the customer's own number: read only alone, and warned
            "料号",
            "型号",
            "品号",
            "P/N",
            # a rail, aerospace or shipyard customer names the part by its drawing number (产品图号) — at times
            # a drawing beside the part number (a bare 图号 with a 零件号 is no field): read, and always warned
            doubtful("产品图号"),
            # an EMS customer's 8D: the assembled board's number — the part only when the supplier makes
            # the board (beside a Component MPN it is the customer's assembly): read, warned
            doubtful("PCBA P/N"),
            "Item No.",  # a toy or home-goods buyer's CAPA: the article by its item number (as a return line's)
            # a shoe maker's 8D: the shoe's model (鞋型) — its style code, at times a kind of shoe in words: warned
            doubtful("鞋型"),
            # a brand's model number (Model BW-KT17-US, Model No.): the part's code; a bare Model over a machine's
            # name (Model | Electric kettle) names no field of an 8D, which has none for a part's name
            "Model No.",
            code_only("Model"),
            # an equipment maker's 8D names the machine by its model (機型 SAC-75VSD): the part, over a code only
            # (机型 over a machine's name, 螺杆空压机, is no code)
            code_only(MACHINE_TYPE_LABEL),
            "零件号",
            # Taiwan's 件號 (a car assembler's part number); a mainland packing list's package number
            doubtful("件号"),
            "产品编号",
            "产品编码",  # a product's code (a film's BOPP-50-1050, a coil's CR-SPCC-0812)
            "Product code",
            "Part Number",
            "Part No",
            "MPN",
            code_only("Part"),  # an 8D names one part, by its number (it has no field for a part's name)
            # (no bare 物料: a material's grade, PA66-GF30, is code-shaped too)
            "Stock Code",
            "Part Number or Description of Failed Item",
            "품번",
            "부품번호",
            "Parça No",
            "Parça Numarası",
            "Teilenummer",
            "Sachnummer",
            "品番",
            "Material No.",  # "<Customer> Material No.": the customer's part number
            "Material number",
            "Product code",  # a CAPA used as the 8D: the product by its code (产品代码)
            "产品代码",
        ),
        section="header",
    )
    opened_date: Date = required(
        "立案日期",
        "Opened date",
        aliases=(
            # ja: the 是正処置報告書 / 対策書's date of writing (作成日)
            "作成日",
            "创建时间",  # a QMS / ERP 8D: the time it was created (ERDAT), the day it was opened
            "开立日期",
            "立项日期",  # the day the 8D was set up as a project (立项): opened
            "Initiated",  # an eQMS's CAPA record: the day (and time) it was initiated
            "开启日期",
            "日期",
            # (a bare English Date is no alias: a sign-off block's Date is the closure's)
            "Datum",  # Dutch, German, Czech: Datum / Date beside the report's number
            "Päivämäärä",  # Finnish, Danish / Norwegian, Greek: Päivämäärä / Date, the same
            "Dato",
            "Ημερομηνία",
            "开始日期",
            "发起日期",
            "填表日期",
            "报告日期",
            "Start Date",
            "Open date",
            "Date opened",
            "Report date",
            "Issue date",
            "Date issued",
            "작성일자",
            "작성일",
            "Açılış Tarihi",
            "Başlangıç Tarihi",
            "Erstelldatum",
            "8D opened",
            "Opened",
            # a failure analysis report (FA, 失效分析報告) answering a complaint as its 8D: it opens the day the returned
            # parts come in (Date received) or the day their analysis starts (分析日期)
            "分析日期",
            "Date received",
            "发出日期",
            "提出日期",  # the day the report was raised (提出), its opening
            "発行日",
            "8D started on",
            "Created",  # a web tool's export: the record's creation, the 8D's opening
            "Created on",
            "Started on",
            "受付日",  # ja: a Japanese customer's report, the day the case was taken in
            "受付日付",
            # the day the customer complained: the 8D is opened on it as a rule, not always
            doubtful("投诉时间"),
            doubtful("客诉时间"),
            doubtful("投诉日期"),
            doubtful("客诉日期"),
        ),
        section="header",
    )
    target_close_date: Date | None = field(
        "预定结案日期",
        "Target close date",
        aliases=(
            "要求完成日期",
            "目标结案日",
            "目标完成日",
            "目标完成日期",
            "预计结案日期",
            "计划结案日期",
            "计划完成",
            "Estimated Closing Date",
            "Target closing date",
            "Target date",
            "Response due",
            "Due date for response",
            "Due",  # a header's bare Due beside the report's number: the 8D's (a table's Due heads its column)
            "Hedef Kapanış Tarihi",
            "Target closing",
            "要求回复日期",
            "回复期限",
            "Reply due",
            "목표 완료일",
        ),
        section="header",
    )
    status: ActionStatus | None = field("状态", "Status", section="header", hint="可留空，依 D8 自动判定")
    emergency_actions: Text | None = field(
        "紧急处理",
        "Emergency actions",
        aliases=(
            "紧急措施",
            "D0",
            "应急措施",
            "紧急对策",
            "Emergency response action",
            "Emergency actions",
            "Immediate actions",
            "Containment recommendation",
            "Notfallmaßnahmen",
            "긴급대응",
            "緊急対応",
        ),
        section="d0",
        long=True,
    )
    team: list[TeamMember] = required(
        "小组成员",
        "Team",
        aliases=(
            # ja: the countermeasure team's members (対策メンバー)
            "対策メンバー",
            "8D小组",
            "D1",
            "团队成员",
            "Team Members",
            "8D Team",
            "Team formation",
            "Teambildung",
            "개선 팀",
            "팀 구성",
            "Takım Oluşumu",
            "Takım Oluşturma",
            "チーム結成",
            "チーム編成",
            "対策チーム",  # (the Japanese countermeasure team)
            "改善小组",  # D1 成立改善小组 (an 8D's improvement team; 改善小組 on a Taiwanese 改善報告書)
            "分析小组",  # a failure analysis report's team (分析小組)
            "对策小组",  # a Japanese customer's 対策チーム in Chinese (a 对策书's team): no 对策 (an action)
            "担当",  # ja: the people in charge of the report (吉田健一・周敏); over an action's column, its owner
            "小组",
            "CAPA team",  # a CAPA used as the 8D: its team (CAPA 小組)
            "CAPA小组",
        ),
        section="d1",
        rows=6,
        min_length=1,
    )
    problem: ProblemDescription = required(
        "问题描述",
        "Problem",
        aliases=(
            "D2",
            "Problem definition",
            "Problembeschreibung",
            "Fehlerbeschreibung",
            "문제 정의",
            "문제 기술",
            "Problemin Tanımı",
            "Problemin Tarifi",
            "Problem Tanımı",
            "問題の明確化",
            "問題の記述",
        ),
        section="d2",
    )
    containment: list[ContainmentAction] = field(
        "围堵措施",
        "Containment actions",
        aliases=(
            "临时措施",
            "D3",
            "遏制措施",
            "临时对策",
            "暂时对策",
            "Containment",
            "Containment actions",
            "Interim containment action",
            "봉쇄조치",
            "긴급조치",
            "임시조치",
            "Sofortmaßnahmen",
            "Sofortmaßnahme",
            "Acil Önlem",
            "Geçici Önlem",
            "Geçici Önlemler",
            "暫定対策",
            "応急処置",
            "応急対策",
            "暂定处置",
            "暂定对策",
            "临时处置",  # also the Japanese 暫定処置 (folded to 暂定处置)
            "暫定措置",
            "围堵",
            # a CAPA used as the 8D: the correction (what is done to the product at once: 纠正 / 矯正),
            # apart from the corrective action (纠正措施 / 矯正措施, D5); a mainland form's 纠正 names the corrective
            # action as often (原因分析 / 纠正 / 预防, 纠正负责人): read, and always warned
            "Correction",
            doubtful("纠正"),
            doubtful("矫正"),
        ),
        section="d3",
        rows=4,
        default_factory=list,
    )
    stock_sorting: list[StockSorting] = field(
        "库存清查",
        "Stock sorting",
        aliases=("库存挑选", "库存排查"),
        section="d3",
        rows=3,
        default_factory=list,
    )
    root_cause: list[RootCause] = required(
        "根本原因",
        "Root causes",
        aliases=(
            "原因分析",
            "D4",
            "原因",
            "Root cause",
            "Likely root cause",
            "Root cause analysis",
            "원인분석",
            "근본원인",
            "근본원인 분석",
            "Fehlerursache",
            "Fehlerursachen",
            "Ursachenanalyse",
            "Ursache",  # a VDA 8D's D4 heading alone (its column under D4 too: one thing)
            "Ursachen",
            "Kök Neden",
            "Kök Neden Analizi",
            "Kök Sebep",
            "Ana Sebep",
            "原因究明",
            "真因",  # a Taiwanese / Japanese 8D's D4 真因（發生） / 真因（流出）: the true cause
            "真因分析",  # a Taiwanese 矯正措施報告's D4 row: the analysis of the true cause
        ),
        section="d4",
        rows=4,
        min_length=1,
    )
    why_chain: list[Why] = field(
        "五问法", "Why-chain", aliases=("5Why", "5 Why"), section="d4", rows=5, default_factory=list
    )
    corrective_actions: list[CorrectiveAction] = field(
        "永久对策",
        "Corrective actions",
        aliases=(
            "纠正措施",
            "矫正措施",  # a Taiwanese CAPA's 矯正措施 (its 矯正 the correction, D3)
            "D5",
            "永久措施",  # D5 永久措施 (permanent corrective action), as a complaint's own word
            "纠正预防措施",
            "改善对策",  # a Taiwanese 8D's D5 (改善對策): the permanent corrective action
            "采取的纠正措施",
            "Corrective action",
            "Planned corrective action",
            "Permanent corrective action",
            "PCA",
            "Countermeasure",
            "Countermeasures",
            "개선대책",
            "시정조치",
            "영구대책",
            "Abstellmaßnahmen",
            "Düzeltici Faaliyet",
            "Kalıcı Düzeltici Faaliyet",
            "恒久対策",
            "是正処置",
        ),
        section="d5",
        rows=4,
        default_factory=list,
    )
    implementation: list[Implementation] = field(
        "对策实施",
        "Implementation",
        aliases=(
            "实施与验证",
            "D6",
            "实施情况",
            "Validated corrective actions",
            "Implementation of corrective actions",
            "Abstellmaßnahmen einführen",
            "Wirksamkeitsprüfung",
            "Wirksamkeit",  # VDA D6: the effectiveness verified (its result column too)
            "Wirksamkeit prüfen",
            "Wirksamkeitsnachweis",
            "效果确认",  # "六、效果確認": D6 by its number (D8 "效果确认" elsewhere)
            "Verification",  # "D6 Verification" (a D6 heading's usual name)
            "Verification of effectiveness",
            "Validation",  # "8D-6 Validation": the same, its result the text under it
            "Validatie",  # Dutch
            "Todentaminen",  # Finnish: D6 Todentaminen / Verification; Swedish, Danish
            "Verifiering",
            "Verifikation",
            "대책 실행",
            "실행 및 검증",
            "Düzeltici Faaliyeti Geçerli Kılma",
            "Düzeltici Faaliyetin Uygulanması",
            "対策の実施",
            "Effectiveness check",  # a CAPA used as the 8D: the effectiveness checked (有效性评估 / 有效性確認)
            "有效性评估",
            "有效性确认",
        ),
        section="d6",
        rows=4,
        default_factory=list,
    )
    prevention: Prevention | None = field(
        "预防再发",
        "Prevention",
        aliases=(
            "D7",
            "预防再发生",  # (预防再发 with 生: "prevent it happening again")
            "预防措施",
            "Prevention",
            "Preventive action",
            "Prevent recurrence",
            "防止再发",  # a Taiwanese 8D's D7 (防止再發), as 再発防止
            "Fehlerwiederholung verhindern",
            "Vorbeugende Maßnahmen",
            "재발방지",
            "예방조치",
            "Önleyici Faaliyet",
            "Tekrarı Önleme",
            "再発防止",
            "Preventie",  # Dutch
            "Ennaltaehkäisy",  # Finnish: D7 Ennaltaehkäisy / Prevention; Swedish, Danish
            "Förebyggande åtgärder",
            "Forebyggelse",
        ),
        section="d7",
    )
    closure: Closure | None = field(
        "结案",
        "Closure",
        aliases=(
            "D8",
            "结案",
            "Closure",
            "Congratulate the team",
            "跟踪验证",
            "效果确认",
            "Approval",
            "Würdigung der Teamleistung",
            "Abschluss",
            "검토 및 종결",
            "종결",
            "Takımın Kutlanması",
            "Kapanış",
            "チームの称賛",
        ),
        section="d8",
    )

    def closing_date(self) -> dt.date | None:
        return self.closure.closed_date if self.closure else None

    def complete(self, settings: Settings) -> None:
        if self.status is None:
            self.status = ActionStatus.CLOSED if self.closing_date() else ActionStatus.OPEN

    # ------------------------------------------------------------------ the procedure's rules
    def rules(self, ctx: RuleContext) -> Iterator[Finding]:
        leaders = [i for i, m in enumerate(self.team or []) if m.role == TeamRole.LEADER]
        if self.team and len(leaders) != 1:
            # a second leader is pointed at on its row; no leader at all, at the team
            where = f"team[{leaders[1]}].role" if leaders else "team"
            yield error("team_leader_count", where, count=len(leaders))

        statement = self.problem.statement if self.problem else None
        if statement and (hit := _CAUSE_PATTERN.search(statement)):
            yield warning("problem_statement_names_cause", "problem.statement", word=hit.group())

        if self.opened_date:
            latest = self.opened_date + dt.timedelta(days=1)
            for i, action in enumerate(self.containment or []):
                if action.due_date and action.due_date > latest:
                    yield warning(
                        "containment_due_late",
                        f"containment[{i}].due_date",
                        opened=self.opened_date,
                        due=action.due_date,
                    )

        for i, row in enumerate(self.stock_sorting or []):
            if (
                row.qty_checked is not None
                and row.qty_defective is not None
                and row.qty_defective > row.qty_checked
            ):
                yield error(
                    "sorting_defective_exceeds_checked",
                    f"stock_sorting[{i}].qty_defective",
                    defective=row.qty_defective,
                    checked=row.qty_checked,
                )

        closed = self.closing_date()
        if closed and self.opened_date and closed < self.opened_date:
            # a report closed before it was opened: the procedure's order starts at the opening
            yield error("closed_before_opened", "closure.closed_date", closed=closed, opened=self.opened_date)
        yield from self._date_order()
        yield from self._contributions()
        if self.closing_date():
            yield from self._closing()
        if self.complaint_number:
            referenced = list(reference(ctx, "complaint_number", "complaint", self.complaint_number))
            yield from referenced
            complaint = ctx.find("complaint", self.complaint_number)
            theirs = (complaint or {}).get("customer")
            if not referenced and theirs and self.customer and _folded(theirs) != _folded(self.customer):
                yield warning(
                    "customer_differs_from_complaint",
                    "customer",
                    customer=self.customer,
                    number=self.complaint_number,
                    complaint_customer=theirs,
                )

    def _stages(self) -> list[tuple[Bilingual, list[tuple[str, dt.date]]]]:
        """(stage, [(field path, date)]) in the order D3, D5, D6, D8."""
        d3 = [
            (f"containment[{i}].{'done_date' if a.done_date else 'due_date'}", when)
            for i, a in enumerate(self.containment or [])
            if (when := a.done_date or a.due_date)
        ]
        d5 = [
            (f"corrective_actions[{i}].due_date", a.due_date)
            for i, a in enumerate(self.corrective_actions or [])
            if a.due_date
        ]
        d6 = [
            (f"implementation[{i}].implemented_date", a.implemented_date)
            for i, a in enumerate(self.implementation or [])
            if a.implemented_date
        ]
        closed = self.closing_date()
        d8 = [("closure.closed_date", closed)] if closed else []
        return [
            (Bilingual("D3 围堵", "D3 containment"), d3),
            (Bilingual("D5 永久对策", "D5 corrective action"), d5),
            (Bilingual("D6 实施", "D6 implementation"), d6),
            (Bilingual("D8 结案", "D8 closure"), d8),
        ]

    def _date_order(self) -> Iterator[Finding]:
        """Every date of a later discipline is on or after every date of the one before."""
        previous = None
        for stage, dates in self._stages():
            if not dates:
                continue
            if previous is not None:
                before, pdate = previous
                for path, date in dates:
                    if date < pdate:
                        yield error(
                            "eightd_date_order",
                            path,
                            stage=stage,
                            date=date,
                            previous=before,
                            previous_date=pdate,
                        )
            previous = (stage, max(d for _, d in dates))

    def _contributions(self) -> Iterator[Finding]:
        shares = [c.contribution_pct for c in self.root_cause or [] if c.contribution_pct is not None]
        if shares and sum(shares) != 1:
            yield error(
                "contribution_sum",
                "root_cause",
                total=f"{format((sum(shares, Decimal(0)) * 100).normalize(), 'f')}%",
            )

    def _closing(self) -> Iterator[Finding]:
        """D8 closes only on verified occurrence and escape causes and verified D6 results."""
        for kind in (CauseType.OCCURRENCE, CauseType.ESCAPE):
            if not any(c.type == kind and c.verified for c in self.root_cause or []):
                yield error("closing_needs_verified_cause", "root_cause", cause=kind.zh, cause_en=kind.value)
        if not self.implementation:
            yield error("closing_needs_implementation", "implementation")
        for i, row in enumerate(self.implementation or []):
            if not row.verified:
                yield error("closing_needs_verified_result", f"implementation[{i}].verified")


SPEC = FormSpec(
    kind="8d",
    code="QR-047-03",
    revision="A1",
    title_zh="8D报告",
    title_en="8D Report",
    title_aliases=(
        "8D 报告",
        "8D改善报告",
        "8D整改报告",
        "8D Report",
        "八项纪律报告",
        "8D报告书",
        "纠正预防措施处理单",
        "纠正/预防措施处理单",
        "纠正预防措施报告",
        "Corrective Action Report",
        "Supplier Corrective Action Request",
        "8D Problem Solving Report",
        "8D问题解决报告",
        "Corrective Action Response",
        "8 Disciplines Problem Solving Report",
        "Eight Disciplines Report",
        "Problem Solving Report",
        "SCAR",
        "G8D",
        "Global 8D Report",
        "Global 8D",
        "Corrective and Preventive Action Report",
        "CAPA Report",
        "CAPA Record",  # an eQMS's CAPA record, printed
        "CAPA Form",
        "矫正预防措施报告",
        "纠正措施报告",
        "矫正措施报告",
        "纠正预防措施要求单",
        "矫正预防措施要求单",
        "纠正预防措施单",
        "矫正预防措施单",
        "供应商纠正预防措施要求单",
        "是正処置報告書",  # ja
        "是正処置報告",
        "是正措置報告書",
        # ja: a Japanese-owned supplier's defect report, its cause and countermeasures (an 8D
        # in all but name); never the customer's 不具合連絡書, a complaint
        "不具合報告書",
        "不具合対策書",
        "不具合対策報告書",
        # a 质量问题归零报告 (GJB 5707 / QJ 3183: defence and aerospace makers): the problem, its
        # team, cause located and mechanism (D2–D4), measures checked (D5–D6), 举一反三 across the
        # other products (D7) and a review closing it — the 8D's Chinese relative; 技术归零报告 /
        # 管理归零报告 end with it too
        "归零报告",
    ),
    model=EightDReport,
    copies=copies("品保部(存档)", "业务部", "生产部", "工程部"),
    date_field="opened_date",
    problem_field="problem.statement",
    numbering="8D{date:%Y%m}{serial:0{width}d}",  # one number names one document (DOMAIN §2)
    template="8d.docx",
    sections=(
        ("header", "基本信息", "Header"),
        ("d0", "D0 紧急处理", "D0 Emergency response"),
        ("d1", "D1 成立小组", "D1 Team"),
        ("d2", "D2 问题描述", "D2 Problem description"),
        ("d3", "D3 围堵措施", "D3 Containment"),
        ("d4", "D4 根本原因", "D4 Root cause"),
        ("d5", "D5 永久对策", "D5 Corrective actions"),
        ("d6", "D6 实施与验证", "D6 Implementation"),
        ("d7", "D7 预防再发", "D7 Prevention"),
        ("d8", "D8 结案与表彰", "D8 Closure"),
    ),
)


def _folded(text: str) -> str:
    """A customer name compared as a clerk would: width, case and spaces ignored."""
    from ..values import halfwidth

    return "".join(halfwidth(str(text)).lower().split())
