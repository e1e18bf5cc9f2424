"""Labels and values made of several pieces: what a label means with its neighbours.

Reading rules for the layouts where one printed label is not enough, shared by Excel and PDF
(they see :class:`~kesu_docs.parse.anchor.Box` es only):

- **A block label qualifies the labels beside it.** A tall caption at the left of a block
  (``原進貨人`` over two rows, ``购买方`` beside 名称 / 纳税人识别号) names whose 名称 the rows
  are: ``原進貨人`` + ``營業人名稱`` reads as the buyer's name, not the seller's.
- **Adjacent column headers may make one label.** ``字軌 | 號碼`` under ``開立發票`` is the
  invoice number (字軌號碼) written over two columns; its value joins the cells below
  (``QK`` + ``38715520``). ``年 | 月 | 日`` under a heading naming a date field is that
  date, split over three columns; a year of three digits is a Republic-of-China year
  (``115`` → 2026).
- **A date line.** A cell holding nothing but a full date with its era (``中華民國 115 年 9
  月 8 日``, the pre-printed date line of a Taiwanese form, filled in) is the document's own
  date when no label gives it.
- **A quantity header over category columns** (``不良数量(PCS)`` over 外观 / 包装 / 功能 /
  电性能) is their sum: the total is derived only from figures actually read, and every
  cell under the sub-headers must be a figure, or nothing is derived.

Each rule offers candidates to the reader's global assignment in
:func:`~kesu_docs.parse.anchor.read_boxes`: a label found by its own name still wins.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from functools import lru_cache, partial
from typing import Any

from ..forms import describe
from ..lazy_re import lazy_re
from ..memos import memo
from ..values import (
    CHECKED,
    TYPED_TICKS,
    _as_date,
    checked_options,
    halfwidth,
    joined_sides,
    rate_back,
    rates_kept,
)
from ..values import options_joiner as _joiner
from .boxes import Box, Candidate, Label, Page, Provenance, first_run, joined
from .cell_lines import party_field
from .guards import a_named_person, name_and_unit_slashed, people_in
from .option_halves import halves_disagree
from .persons import person_field
from .rows import along_line, line_columns
from .vocab import (
    ENUMERATOR,
    discipline,
    folded,
    form_labels,
    label_like,
    norm,
    section_number,
    simplified,
    translated_label,
)

STRONG = 0.85  # a label score that decides a field
_ERA = lazy_re(r"^\s*(中[华華]民[国國]|民[国國])")
_DIGIT = lazy_re(r"\d")
_HAN = lazy_re(r"[\u3400-\u9fff]")
_DATE_PARTS = ("年", "月", "日")


def _near(a: Box, b: Box) -> bool:
    """``b`` starts where ``a`` ends (adjacent cells; PDF words a short gap apart)."""
    return -1e-6 <= b.x0 - a.x1 <= 0.6 * min(a.height, b.height) + 1e-6


# ---------------------------------------------------------------------------------- block labels
def qualified_labels(page: Page) -> list[Label]:
    """Labels read with the block caption on their left (``原進貨人`` + ``營業人名稱`` → buyer),
    where the two together name a field more surely than the row label alone."""

    out: list[Label] = []
    best: dict[int, float] = {}
    for lab in page.labels:
        best[id(lab.box)] = max(best.get(id(lab.box), 0.0), lab.score)
    rows = [b for b in page.boxes if id(b) in page.stoppers and isinstance(b.value, str)]
    captions = [b for b in page.boxes if id(b) in page.stoppers or _caption(b, 8)]
    captions += _captions_wrapped(page, captions)  # 原進貨 over 人: one caption 原進貨人 of two rows
    # a block caption spans more than one row: only the tall ones can be one (a page has few)
    low = min((b.height for b in rows), default=0.0)
    captions = [b for b in captions if b.height >= 1.5 * low]
    # by their right edge: a caption left of a row ends where the row starts (issue 15)
    by_right = sorted(range(len(captions)), key=lambda k: captions[k].x1)
    rights = [captions[k].x1 for k in by_right]
    finite = all(math.isfinite(x) for x in rights)
    for box in rows:
        reach = box.x0 - 0.6 * box.height - 1.0  # (_near's farthest, and a unit of slack)
        if finite and math.isfinite(reach) and math.isfinite(box.x0):
            near = by_right[bisect_left(rights, reach) : bisect_right(rights, box.x0 + 1.0)]
            block = _block_left(page, box, [captions[k] for k in sorted(near)])
        else:
            block = _block_left(page, box, captions)
        if block is None:
            continue
        found = page.vocab.candidates(block.text.strip() + box.text.strip())
        if not found:
            continue
        path, score, _key = found[0]
        meta = page.fields.get(path)
        if meta is None or meta.kind == "table" or score < STRONG:
            continue
        mine = [lab for lab in page.labels if lab.box is box]
        if any(lab.key == path and lab.score >= score for lab in mine):
            continue
        for lab in mine:  # the row label alone names another field less surely now
            if lab.key != path:
                lab.score *= 0.8
        out.append(Label(box, path, min(1.0, score)))
    return out


def _captions_wrapped(page: Page, captions: Sequence[Box]) -> list[Box]:
    """A block caption whose cell's text wrapped and was printed as two boxes, its last one or
    two characters in the row under it (``原進貨`` over ``人``, each as wide as the cell): the
    caption of both rows, read whole (``原進貨人``). New boxes; the page's are kept as they are."""
    out: list[Box] = []
    # the short pieces a wrapped caption may end in, asked of each caption once (issue 15: the
    # look below was made for every pair of captions); in the page's order, the first taken
    ends = [
        u
        for u in captions
        if isinstance(u.value, str) and 0 < len(norm(u.text)) <= 2 and not _DIGIT.search(u.text)
    ]
    # and by their left edge's whole unit: a piece under a caption starts less than a unit from
    # its left edge, so in its unit or the next on either side (issue 15: not every piece of the
    # page looked at for every caption); all of them where an edge is no finite number
    by_left: dict[int, list[int]] | None = None
    if all(math.isfinite(u.x0) for u in ends):
        by_left = {}
        for k, u in enumerate(ends):
            by_left.setdefault(math.floor(u.x0), []).append(k)
    for b in captions:
        if not isinstance(b.value, str) or b.empty or len(norm(b.text)) > 8 or _DIGIT.search(b.text):
            continue
        if by_left is not None and math.isfinite(b.x0):
            at = math.floor(b.x0)
            near = sorted(k for unit in (at - 1, at, at + 1) for k in by_left.get(unit, ()))
            pieces: Sequence[Box] = [ends[k] for k in near]
        else:
            pieces = ends
        under = next(
            (
                u
                for u in pieces
                if u is not b
                and abs(u.x0 - b.x0) < 1.0
                and abs(u.x1 - b.x1) < 1.0
                and -1.0 < u.y0 - b.y1 < 1.0 + 0.2 * b.height  # (a cell's rule between them)
            ),
            None,
        )
        if under is not None:
            text = b.text.strip() + under.text.strip()
            out.append(Box(text, text, b.x0, b.y0, b.x1, under.y1, b.location, b.bold, b.filled))
    return out


# a section heading naming whose details the rows under it hold: "一、客户信息", "Customer Information"
_SECTION_SUBJECT = lazy_re(
    r"^(?P<subject>[^\d:：]{1,12}?)\s*(?:信息|资料|资讯|information|info|details)\s*[:：]?\s*$", re.I
)


# a short heading of words alone on its row, no figure, no value after a colon: a section of its own
_OTHER_HEADING = lazy_re(
    r"^[^\d:：]{2,24}$|^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[、.]\s*[^:：]{1,24}$"
)


# the supplier's own section: on a customer's complaint, return or 8D, the supplier is us
_OURS = lazy_re(r"(?i)供应商|供货商|厂商|supplier|vendor")


@memo
@lru_cache(maxsize=16384)
def _heading_reading(text: str) -> tuple[str | None, bool]:
    """What a box's text says as a section heading: the subject it names (``一、客户信息`` →
    客户; None when it names none) and whether it reads as another short heading of words
    alone; the same for the same text, so found once a text (issue 15: asked of every box)."""
    from .vocab import ENUMERATOR

    text = folded(halfwidth(text))
    m = _SECTION_SUBJECT.match(ENUMERATOR.sub("", text).strip())
    return (m["subject"].strip() if m else None), bool(_OTHER_HEADING.match(text))


def section_qualified_labels(page: Page) -> list[Label]:
    """Labels read with the section heading over their rows: ``一、客户信息`` alone on its row,
    then ``名称 | … | 联系人 | …`` — 名称 there is the customer's name (客户 + 名称), where the
    label alone names no field. The same label under ``二、供应商信息`` is the supplier's (供应商名称):
    no field of the form, so it stays unread — its loose reading alone (名称 as the part's name)
    dropped, save a company's name field's (an allowance's seller is the supplier). A label that
    names its field alone keeps it."""
    # subject "": another heading alone on its row (二、不良产品, Defective Part) ends the section
    strong = {id(lab.box) for lab in page.labels if lab.score >= STRONG}  # (a label alone: no heading)
    maybe: list[tuple[Box, str | None]] = []  # the texts that read as a heading, alone on their row or not
    for box in page.boxes:
        if box.empty or not isinstance(box.value, str) or "\n" in box.value.strip():
            continue
        subject, other = _heading_reading(box.text)
        if subject is None and (id(box) in strong or not other):
            continue
        maybe.append((box, subject))
    if not any(subject for _h, subject in maybe):
        return []  # no heading names a subject (most pages): nothing to qualify, no row looked at
    heads: list[tuple[Box, str]] = [
        (box, subject or "")
        for box, subject in maybe
        # a section's heading stands alone on its row (its row indexed: issue 15)
        if not any(o is not box and not o.empty for o in page.band_of(box))
    ]
    if not any(subject for _h, subject in heads):
        return []
    best: dict[int, float] = {}
    for lab in page.labels:
        best[id(lab.box)] = max(best.get(id(lab.box), 0.0), lab.score)
    out: list[Label] = []
    ours: set[int] = set()  # boxes of the supplier's section naming nothing with its word
    for box in page.boxes:
        if id(box) not in page.stoppers or not isinstance(box.value, str) or best.get(id(box), 0.0) >= STRONG:
            continue
        above = [(h, subject) for h, subject in heads if h.y1 <= box.y0 + 1e-6 and h.x0 <= box.x1]
        if not above:
            continue
        _head, subject = max(above, key=lambda hs: hs[0].y1)  # the nearest section: the box's own
        if not subject:
            continue  # under `二、不良产品`: the customer's section above has ended
        found = page.vocab.candidates(subject + box.text.strip())
        path, score, _key = found[0] if found else ("", 0.0, "")
        meta = page.fields.get(path)
        if meta is None or meta.kind in ("table", "group") or score < STRONG:
            if _OURS.search(subject):
                ours.add(id(box))
            continue
        out.append(Label(box, path, min(1.0, score * 0.95)))
    if ours:
        page.labels[:] = [
            lab for lab in page.labels if id(lab.box) not in ours or party_field(page.fields.get(lab.key))
        ]
    return out


def party_names(page: Any) -> dict[str, str]:
    """The page's form's party name fields: field path → its party (``buyer.name`` → buyer,
    ``seller`` → seller)."""
    names: dict[str, str] = {}
    for path, meta in page.fields.items():
        if party_field(meta):
            names[path] = path.partition(".")[0] if "." in path else path
    return names


def party_of(path: str, parties: set[str]) -> tuple[str, str] | None:
    """``seller.tax_id`` → (seller, tax_id); ``buyer_tax_id`` → (buyer, tax_id)."""
    head, dot, attr = path.partition(".")
    if dot and head in parties:
        return head, attr
    for party in parties:
        if path.startswith(party + "_"):
            return party, path[len(party) + 1 :]
    return None


_NAME = "name"  # a party's name, whatever its field's path (buyer.name, or buyer itself)
_NAME_LABEL = 0.5  # a bare 名称 names a party's name weakly, each party's alike


def party_row_labels(page: Page) -> list[Label]:
    """A generic label in a party's row belongs to that party: ``购货单位 | 杭州… | 税号 | …``
    and ``销货单位 | 嘉兴… | 税号 | …`` — the first 税号 is the buyer's, the second the seller's.
    The party is the field the row's first label names (its name); the label's own field is
    swapped for the same field of that party, when the form has one."""
    names = party_names(page)
    parties = set(names.values())
    if len(parties) < 2:
        return []
    out: list[Label] = []
    heads = [lab for lab in page.labels if lab.key in names and lab.score >= STRONG]
    name_of = {party: path for path, party in names.items()}
    for lab in list(page.labels):
        if lab.key in names and (lab.score < _NAME_LABEL or lab.score >= STRONG):
            continue  # (a party's heading itself, 购买方, is none of this rule's)
        if lab.key not in names and lab.score < 0.6:
            continue
        # "销售方 | 名称 | … | 购买方 | 名称 | …": the bare 名称 a party's name, the party's on its left
        own = (names[lab.key], _NAME) if lab.key in names else party_of(lab.key, parties)
        if own is None:
            continue
        left = [h for h in heads if h.box.x1 <= lab.box.x0 + 1e-6 and h.box.same_band(lab.box)]
        if not left:
            continue
        party = names[max(left, key=lambda h: h.box.x0).key]
        if party == own[0]:
            continue
        named = name_of.get(party) if own[1] == _NAME else None
        target = named or next(
            (t for t in (f"{party}.{own[1]}", f"{party}_{own[1]}") if t in page.fields), None
        )
        if target is None:
            continue
        lab.score *= 0.8  # the label alone named the other party's field
        out.append(Label(lab.box, target, min(1.0, lab.score / 0.8)))
    return out


def category_captions(page: Page) -> set[int]:
    """The category captions under a quantity heading (外观 / 包装 / 功能 under 不良数量): the
    form's words, never the heading's value, even when not bold."""
    out: set[int] = set()
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        if meta is None or meta.kind not in ("qty", "number", "money") or lab.score < 0.6:
            continue
        box = lab.box
        inside = [
            b
            for b in page.boxes
            if b.y0 >= box.y1 - 1e-6  # (the rectangle first: asked for every box of the page)
            and b.y0 - box.y1 < box.height
            and b.x0 >= box.x0 - 1e-6
            and b.x1 <= box.x1 + 1e-6
            and not b.empty
        ]
        if len(inside) >= 2 and all(_caption(b) and b.same_band(inside[0]) for b in inside):
            out.update(id(b) for b in inside)
    return out


_SIGNATURE = frozenset({"签字", "签名", "签章", "签字确认", "signature", "signed", "서명"})
_STATEMENT = lazy_re(r"(陈述|意见|说明|结论|确认|填写)$")
_PERSON = lazy_re(r"[人员者]$")


def signed_labels(page: Page) -> list[Label]:
    """``报告人陈述： … 签字： 李红``: a signature line inside a block headed by a person's
    statement (报告人, 检验员) is that person's name; a department's opinion (车间意见) names
    no person field and gives nothing."""
    out: list[Label] = []
    for box in page.boxes:
        if id(box) not in page.stoppers or norm(box.text) not in _SIGNATURE:
            continue
        same = [
            b for b in page.boxes if b.location == box.location and b.y1 <= box.y0 + 1e-6 and b is not box
        ]
        if not same:
            continue
        head = min(same, key=lambda b: (b.y0, b.x0))
        if id(head) not in page.stoppers:
            continue
        role = _STATEMENT.sub("", norm(head.text))
        if role == norm(head.text) or not _PERSON.search(role):
            continue
        found = page.vocab.match(role)
        if found is None or found[1] < STRONG:
            continue
        meta = page.fields.get(found[0])
        if meta is None or meta.kind != "text":
            continue
        out.append(Label(box, found[0], found[1] * 0.9))
    return out


# what a sign-off box's caption leaves unsaid: 仓库 (签收), 收货 (人)
_SIGN_OFF_ACTS = ("签收", "人", "签名")
_BARE_CAPTION = lazy_re(r"[\u3400-\u9fff]{2,3}")


def sign_off_row_labels(page: Page) -> list[Label]:
    """``批准 | 钟伟 | 仓库 | 罗丽``: in a row that a sure label of a person's field opens (a
    sign-off row), a bare department or act word that is no label of its own (仓库, 收貨) is the
    caption of that department's signature — read as a person's field with the word a sign-off
    box leaves unsaid (仓库签收, 收货人). Outside such a row the word may name a place or a
    store (仓库：成品仓 A 区) and nothing is read."""
    signers = [
        lab.box for lab in page.labels if lab.score >= STRONG and person_field(page.fields.get(lab.key))
    ]
    if not signers:
        return []  # no sign-off row on the page (issue 15: the boxes are not gone through)
    labelled = {id(lab.box) for lab in page.labels}  # (a bare word may still stop a value)
    out: list[Label] = []
    for box in page.boxes:
        if box.empty or id(box) in labelled or not isinstance(box.value, str):
            continue
        word = norm(box.text)
        if not _BARE_CAPTION.fullmatch(word):
            continue
        if not any(s.same_band(box) and s.x1 <= box.x0 + 1e-6 for s in signers):
            continue
        for act in _SIGN_OFF_ACTS:
            found = page.vocab.match(word + act)
            if found is not None and found[1] >= 0.9 and person_field(page.fields.get(found[0])):
                out.append(Label(box, found[0], found[1] * 0.9))
                break
    return out


def lone_signers(page: Page) -> tuple[list[Label], frozenset[int]]:
    """The page's labels without those of an ``alone`` alias (forms.Alias: 經手人, 經辦) where a
    label of another person's field of the same section is on the page too: the form's one
    signature is its field's (the manager's), one of several the clerk's who prepared it — and
    the boxes of those dropped, decided on purpose as no field's (never said unread, nor read
    by a head word as a signer's)."""
    lone = [lab for lab in page.labels if page.vocab.alone_only(lab.box.text, lab.key)]
    if not lone:
        return page.labels, frozenset()
    sections = {
        meta.section
        for lab in page.labels
        if (meta := page.fields.get(lab.key)) is not None and person_field(meta) and lab not in lone
    }
    dropped = {
        id(lab) for lab in lone if (meta := page.fields.get(lab.key)) is None or meta.section in sections
    }
    decided = frozenset(id(lab.box) for lab in lone if id(lab) in dropped)
    return [lab for lab in page.labels if id(lab) not in dropped], decided


# The steps of a sign-off chain (forms.base.SIGNATURES: 制作 → 审核 → 核准, Prepared → Checked → Approved, and
# customers' words for the same steps), as the vocabulary's keys: the one who checks, then the one who approves
_CHECK_STEP = frozenset(
    ["审核", "审核人", "审查", "复核", "复核人", "checked", "checkedby", "reviewed", "reviewedby"]
)
_APPROVE_STEP = frozenset(
    [
        "核准",
        "核准人",
        "批准",
        "批准人",
        "审批",
        "审批人",
        "审定",
        "承认",
        "approved",
        "approvedby",
        "approval",
    ]
)


def checked_signers(page: Page) -> list[Label]:
    """The page's labels without a chain's checker where its approver names the same field (weak48): a form
    whose one sign-off of a person takes 审核 too (a return's 经(副)理: an ERP footer's 制单 / 审核, the reviewer
    signs it off) prints 编制 / 审核 / 批准 at times — there 批准 is the approver, 审核 the one who checked before,
    no field's; read as the approver, his name would stand in the approver's field (the approver's only said
    lost). The checker's label is dropped where a label of the approving step names the same person's field on
    the page; alone (制单 / 审核) it stays the field's."""
    approving = {
        lab.key
        for lab in page.labels
        if norm(lab.box.text) in _APPROVE_STEP and person_field(page.fields.get(lab.key))
    }
    if not approving:
        return page.labels
    return [lab for lab in page.labels if not (lab.key in approving and norm(lab.box.text) in _CHECK_STEP)]


def _block_left(page: Page, box: Box, labels: Sequence[Box]) -> Box | None:
    """The tall caption right left of ``box`` spanning its row and more, if any."""
    for b in labels:
        if (  # the cheap tests of the rectangle first: asked for every row label × caption
            b.y0 <= box.y0 + 1e-6
            and b.y1 >= box.y1 - 1e-6
            and b is not box
            and b.height >= 1.5 * box.height
            and _near(b, box)
        ):
            return b
    return None


# ---------------------------------------------------------------------------------- joined headers
def compound_candidates(page: Page, bands: list[list[Box]], taken: set[int]) -> list[Candidate]:
    """Candidates from labels written in pieces: joined column headers, the date line, and a
    quantity header over category columns (see the module docstring)."""
    out: list[Candidate] = []
    for i, band in enumerate(bands):
        heads = [b for b in band if _caption(b) and id(b) not in taken]
        out.extend(_joined_runs(page, bands, i, heads, taken))
    out.extend(_date_lines(page, taken))
    out.extend(_grid_dates(page, bands, taken))
    out.extend(_dates_in_pieces(page, bands, taken))
    out.extend(_date_columns(page, bands, taken))
    out.extend(_category_sums(page, bands, taken))
    return out


def _runs(heads: list[Box]) -> list[list[Box]]:
    """Every run of 2–4 adjacent label boxes of one band, and a caption holding the three parts
    of a date in one (``年月日`` under ``開立發票``: the date typed whole in the cell below)."""
    heads = sorted(heads, key=lambda b: b.x0)
    out = [[b] for b in heads if _date_parts_in_one(b)]
    for start in range(len(heads)):
        run = [heads[start]]
        for nxt in heads[start + 1 :]:
            if len(run) == 4 or not _near(run[-1], nxt):
                break
            run.append(nxt)
            out.append(list(run))
    return out


def _over(page: Page, bands: list[list[Box]], i: int, run: list[Box]) -> Box | None:
    """The heading spanning the run from the band above (``開立發票`` over 字軌 | 號碼)."""
    x0, x1 = run[0].x0, run[-1].x1
    for band in reversed(bands[max(0, i - 2) : i]):
        for b in band:
            if (
                isinstance(b.value, str)
                and not b.empty
                and b.x0 <= x0 + 1e-6
                and b.x1 >= x1 - 1e-6
                and b.y1 <= run[0].y0 + 1e-6
            ):
                return b if page.is_label(b) or _caption(b, 12) else None
    return None


def _caption(box: Box, size: int = 6) -> bool:
    """A short text without figures: a column caption (年, 字軌), bold or not."""
    if not isinstance(box.value, str) or box.empty:
        return False
    return _caption_text(box.text, size)


@memo
@lru_cache(maxsize=65536)  # pure: asked of every box of every band (issue 15)
def _caption_text(text: str, size: int) -> bool:
    key = norm(text)
    return 0 < len(key) <= size and not re.search(r"\d", key)


def _cells_below(page: Page, bands: list[list[Box]], i: int, run: list[Box]) -> list[list[Box]]:
    """The filled rows right under the run: for each row, the cell under each header."""
    rows: list[list[Box]] = []
    for band in _rows_under(bands, i, run):
        cells = []
        for head in run:
            under = [b for b in band if not b.empty and b.overlaps_x(head.x0, head.x1)]
            if len(under) != 1 or page.is_label(under[0]):
                return rows
            if any(
                h is not head and not h.empty and under[0].overlaps_x(h.x0 + 1, h.x1 - 1) for h in bands[i]
            ):
                return rows  # one text across two columns ("28QK"): the pieces cannot be told apart
            cells.append(under[0])
        rows.append(cells)
    return rows


def _rows_under(bands: list[list[Box]], i: int, run: list[Box], most: int = 3) -> list[list[Box]]:
    """The next bands holding something under the run, skipping bands that hold only text beside
    it (a copy note written down a narrow column at the sheet's edge, one character a line),
    as long as each stands within two rows' height of the one before."""
    out: list[list[Box]] = []
    x0, x1 = run[0].x0, run[-1].x1
    bottom, height = max(b.y1 for b in run), max(b.height for b in run)
    for band in bands[i + 1 :]:
        mine = [b for b in band if b.overlaps_x(x0, x1)]
        if not mine:
            continue
        if min(b.y0 for b in mine) > bottom + 2 * height or len(out) == most:
            break
        out.append(band)
        bottom = max(b.y1 for b in mine)
    return out


def _joined_runs(
    page: Page, bands: list[list[Box]], i: int, heads: list[Box], taken: set[int]
) -> list[Candidate]:
    out: list[Candidate] = []
    for run in _runs(heads):
        parts = [norm(b.text) for b in run]
        above = _over(page, bands, i, run)
        prefix = above.text.strip() if above is not None else ""
        date = tuple(parts) == _DATE_PARTS or (len(run) == 1 and _date_parts_in_one(run[0]))
        texts = [prefix, prefix + "日期"] if date else ["".join(b.text.strip() for b in run)]
        if not date and prefix:
            texts.append(prefix + texts[0])
        if not any(page.vocab.may_name(t, STRONG) for t in texts):
            continue  # (no reading of them can reach STRONG: not looked for closely)
        found = [c for t in texts for c in page.vocab.candidates(t)[:1]]
        if not found:
            continue
        path, score, _key = max(found, key=lambda c: c[1])
        meta = page.fields.get(path)
        if meta is None or score < STRONG or meta.kind not in (("date",) if date else ("code", "text")):
            continue
        if not date and any(
            (m := page.vocab.match(b.text)) is not None and m[1] >= score and m[0] != path for b in run
        ):
            continue  # a piece names another field by itself: not one label in pieces
        rows = _cells_below(page, bands, i, run)
        if not rows or any(id(b) in taken for b in rows[0]):
            continue
        if not date and person_field(meta) and all(a_named_person(b.value) for b in rows[0]):
            continue  # a sign-off row (财务 | 审核 over 罗芳 | 梁振华): each caption heads its own signer
        values = [
            (_split_date(r) if len(r) == 3 else _whole_date(r[0])) if date else _joined_code(r) for r in rows
        ]
        if values[0] is None:
            continue
        weight = 0.95 if all(v == values[0] for v in values) else 0.7  # lines of other invoices
        label = _label_box(run, above)
        out.append(_candidate(page, path, values[0], list(rows[0]), label, score * weight, run))
    return out


def _joined_code(cells: list[Box]) -> str | None:
    texts = [_plain(b.value) for b in cells]
    return "".join(texts) if all(texts) else None


def _plain(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip() if value is not None else ""


def _split_date(cells: list[Box]) -> dt.date | None:
    """``115 | 8 | 28`` → 2026-08-28 (a year of three digits counts from 1911, the ROC era)."""
    try:
        year, month, day = (int(Decimal(_plain(b.value))) for b in cells)
    except (InvalidOperation, ValueError):
        return None
    return _assembled_date(year, month, day)


def _date_parts_in_one(box: Box) -> bool:
    return "".join(_DATE_PARTS) == norm(box.text)


def _whole_date(cell: Box) -> dt.date | None:
    """A date typed whole in one cell under ``年月日`` (``115/08/26``: an ROC year of three digits)."""
    if isinstance(cell.value, dt.date):
        return cell.value
    m = _PIECES_DATE.match(halfwidth(_plain(cell.value)))
    return _assembled_date(int(m[1]), int(m[2]), int(m[3])) if m else None


def _assembled_date(year: int, month: int, day: int) -> dt.date | None:
    """The date of figures typed apart: a year of three digits is a Republic-of-China year
    (115 → 2026), of two digits this century's (26 → 2026); None when there is no such day.
    Shared by every reader of a date in cells (:func:`_split_date`, :func:`date_in_pieces`)."""
    year += 1911 if 100 <= year < 1000 else 2000 if year < 100 else 0
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _label_box(run: list[Box], above: Box | None) -> Box:

    first = run[0]
    text = " ".join(b.text.strip() for b in ([above] if above is not None else []) + run)
    return Box(text, text, first.x0, first.y0, run[-1].x1, first.y1, first.location, first.bold, first.filled)


def _candidate(
    page: Page, path: str, value: Any, places: list[Box], label: Box, score: float, headers: list[Box]
) -> Candidate:

    order = (label.y0, label.x0, list(page.fields).index(path) if path in page.fields else 0)
    how = "joined-columns"
    return Candidate(min(1.0, score), path, value, places, label, how, order, (), tuple(headers))


# ---------------------------------------------------------------------------------- date line
def _date_lines(page: Page, taken: set[int]) -> list[Candidate]:
    """``中華民國 115 年 9 月 8 日`` alone in a cell: the document's date, when no label gives it."""
    path = page.spec.date_field
    meta = page.fields.get(path)
    if meta is None or meta.kind != "date":
        return []
    out = []
    for box in page.boxes:
        if box.empty or not isinstance(box.value, str) or id(box) in taken:
            continue
        text = halfwidth(box.value).strip()
        if not _ERA.match(text) or _as_date(text) is None:
            continue
        label = _label_box([box], None)
        out.append(_candidate(page, path, text, [box], label, 0.8, []))
        out[-1].how = "date-line"
    return out


# ---------------------------------------------------------------------------------- a date in pieces
_PIECE = lazy_re(r"^\s*(\d{1,4}\s*[年月日]?|[年月日/.\-])\s*$")
_PIECES_DATE = lazy_re(r"^\s*(\d{2,4})\s*[年/.\-]\s*(\d{1,2})\s*[月/.\-]\s*(\d{1,2})\s*日?\s*$")
# the units an English grid form prints in cells of their own between the figures (``2026 | Y | 11 | M | 9 | D``):
# the same units as 年 / 月 / 日, in that order only
_LETTER_UNITS = {"Y": "年", "M": "月", "D": "日"}
# ``2026 | / | 11 | / | 16`` (or ``115 | / | 11 | / | 24``): separators in cells of their own after a year of three
# or four digits, the year first — no day-first or month-first reading can start with one
_YEAR_FIRST = lazy_re(r"^\s*\d{3,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*$")


def _piece(box: Box) -> str:
    text = halfwidth(_plain(box.value))
    return _LETTER_UNITS.get(text.strip().upper().rstrip("."), text) if len(text.strip()) <= 2 else text


def date_in_pieces(cells: list[Box]) -> tuple[dt.date, list[Box]] | None:
    """The date typed in the first of ``cells`` (in reading order) between pre-printed units,
    in either split: ``2026 | 年 | 9 | 月 | 30 | 日`` (each unit a cell of its own) or ``2026 年 |
    9 月 | 30 日`` (each figure with its unit). The one rule for both: the run of cells holding
    a figure, a unit or both (at least three, one of them 年 or 月) reads as one
    ``year 年 month 月 day 日`` (a year of three digits is a Republic-of-China year, see
    :func:`_assembled_date`). A grid form's other units read alike: ``Y`` / ``M`` / ``D`` in cells
    of their own are 年 / 月 / 日, and ``/`` (``.``, ``-``) cells after a year of three or four
    digits (``2026 | / | 11 | / | 16``) separate a year-first date. The date, and the run of cells
    it stands in."""
    run: list[Box] = []
    for b in cells:
        if b.empty or not _PIECE.match(_piece(b)):
            break
        run.append(b)
    joined = "".join(_piece(b) for b in run)
    if len(run) < 3 or not (any(_piece(b).endswith(("年", "月")) for b in run) or _YEAR_FIRST.match(joined)):
        return None
    m = _PIECES_DATE.match(joined)
    if m is None:
        return None
    date = _assembled_date(int(m[1]), int(m[2]), int(m[3]))
    return (date, run) if date is not None else None


def _with_tall_units(page: Page, label: Box, right: list[Box]) -> list[Box]:
    """``right`` with the pre-printed 年 / 月 / 日 boxes beside the label that reach over the row
    above (a print with no border between the two rows in those columns: ``證明單號 | … |`` over
    ``開立日期 | 115 | 年 | 3 | 月 …``, the 年 box two rows tall): on the label's row, by the middle."""
    middle = (label.y0 + label.y1) / 2
    tall = [
        b
        for b in page.boxes
        if b.x0 >= label.x1 - 1e-6
        and b.y0 <= middle <= b.y1
        and b.y1 - b.y0 > 1.5 * (label.y1 - label.y0)
        and isinstance(b.value, str)
        and b.value.strip() in _DATE_PARTS
        and all(b is not r for r in right)
    ]
    return sorted([*right, *tall], key=lambda b: b.x0) if tall else right


def _dates_in_pieces(page: Page, bands: list[list[Box]], taken: set[int]) -> list[Candidate]:
    """``結案日期 | 2026 | 年 | 9 | 月 | 30 | 日``: a date label followed on its row by the
    figures typed between pre-printed 年 / 月 / 日 cells is that date (:func:`date_in_pieces`;
    the label's own cell row, with every piece in a cell of its own or with its unit)."""
    out: list[Candidate] = []
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        if meta is None or meta.kind != "date" or lab.score < STRONG or id(lab.box) in taken:
            continue
        band = next((b for b in bands if any(x is lab.box for x in b)), None)
        if band is None:
            continue
        right = sorted((b for b in band if b.x0 >= lab.box.x1 - 1e-6 and not b.empty), key=lambda b: b.x0)
        right = _with_tall_units(page, lab.box, right)
        free = next((i for i, b in enumerate(right) if id(b) in taken), len(right))
        found = date_in_pieces(right[:free])
        if found is None:
            continue
        date, run = found
        figures = [b for b in run if re.search(r"\d", _plain(b.value))]
        cand = _candidate(page, lab.key, date, figures, lab.box, lab.score, [])
        cand.how = "date-pieces"
        out.append(cand)
    return out


# ---------------------------------------------------------------------------------- date columns
_UNIT_COLUMNS = ("年", "月", "日")
_FIGURE = lazy_re(r"^\s*\d{1,4}\s*$")
_NUMBER_END = lazy_re(r"(_no|_number|\.no|\.number)$")


def _date_columns(page: Page, bands: list[list[Box]], taken: set[int]) -> list[Candidate]:
    """``年 | 月 | 日 | 字軌號碼 | 品名 …`` over ``115 | 08 | 20 | KT 30871145 | …``: a date
    typed in three columns captioned 年 / 月 / 日 beside the column of a document's number is
    that document's date (the original invoice's, beside the invoice number: ``invoice_no`` →
    ``invoice_date``). Read from the first line; when the lines give different dates the
    reading is shown for checking (low confidence)."""
    out: list[Candidate] = []
    for i, band in enumerate(bands):
        units = sorted(
            (b for b in band if isinstance(b.value, str) and halfwidth(b.text).strip() in _UNIT_COLUMNS),
            key=lambda b: b.x0,
        )
        if [halfwidth(b.text).strip() for b in units] != list(_UNIT_COLUMNS):
            continue
        if any(id(b) in taken for b in units):
            continue
        path = _dated_document(page, band, units)
        if path is None:
            continue
        dates: list[tuple[dt.date, list[Box]]] = []
        for row in bands[i + 1 : i + 40]:
            cells = [
                next(
                    (
                        c
                        for c in row
                        if not c.empty
                        and c.overlaps_x(u.x0 + 1e-3, u.x1 - 1e-3)
                        and c.x0 >= u.x0 - 0.5 * (u.x1 - u.x0)
                        and c.x1 <= u.x1 + 0.5 * (u.x1 - u.x0)
                    ),
                    None,
                )
                for u in units
            ]
            found = [c for c in cells if c is not None]
            if len(found) < len(units) or not all(_FIGURE.match(_piece(c)) for c in found):
                break
            y, m, d = (int(_piece(c)) for c in found)
            date = _assembled_date(y, m, d)
            if date is None:
                break
            dates.append((date, found))
        if not dates:
            continue
        date, first = dates[0]
        score = 0.8 if all(d == date for d, _c in dates) else 0.5
        cand = _candidate(page, path, date, first, _label_box(units, None), score, list(units))
        cand.how = "date-columns"
        out.append(cand)
    return out


def _dated_document(page: Page, band: list[Box], units: list[Box]) -> str | None:
    """The date field of the document whose number a column of ``band`` next to the date's
    columns names (``字軌號碼`` → ``invoice_no`` → ``invoice_date``), if the form has one; or
    the date field a label right before the columns names itself (``發票日期 | 年 | 月 | 日``)."""
    left, right = units[0].x0, units[-1].x1
    near_labels = [
        lab
        for lab in page.labels
        if any(lab.box is b for b in band)
        and lab.score >= 0.6
        and min(abs(lab.box.x0 - right), abs(left - lab.box.x1)) <= 2 * (units[0].x1 - units[0].x0) + 1e-6
    ]
    for lab in near_labels:
        meta = page.fields.get(lab.key)
        if meta is not None and meta.kind == "date" and lab.box.x1 <= left + 1e-6:
            return lab.key
    for lab in near_labels:
        m = _NUMBER_END.search(lab.key)
        if m is None:
            continue
        path = lab.key[: m.start()] + m.group(0)[0] + "date"
        meta = page.fields.get(path)
        if meta is not None and meta.kind == "date":
            return path
    return None


# ---------------------------------------------------------------------------------- sign-off grid dates
# a sign-off grid's date row is captioned by the word for date alone, at its left
_DATE_ROW = frozenset({"日期", "일자", "날짜", "日付", "date", "datum", "tarih", "fecha"})
_GRID_REACH = 6  # bands up from the date row to the role's caption (a name row, blank rows between)


def _grid_dates(page: Page, bands: list[list[Box]], taken: set[int]) -> list[Candidate]:
    """``작성 | 검토 | 승인`` over the names, ``일자 | 9/24 | 9/25 | 2026/9/30`` under them: the
    date under a role's column is that role's date (the approval's is the approval date), when
    the role and the word for date together name a date field."""
    out: list[Candidate] = []
    for i, band in enumerate(bands):
        for row in band:
            if not isinstance(row.value, str) or norm(row.text) not in _DATE_ROW or id(row) in taken:
                continue
            for cell in band:
                if cell is row or cell.empty or cell.x0 < row.x1 - 1e-6 or id(cell) in taken:
                    continue
                if _as_date(cell.value) is None or page.is_label(cell):
                    continue
                head = _role_above(page, cell)
                if head is None:
                    continue
                found = page.vocab.candidates(norm(head.text) + norm(row.text))[:1]
                if not found:
                    continue
                path, score, _key = found[0]
                meta = page.fields.get(path)
                if meta is None or meta.kind != "date" or score < STRONG:
                    continue
                cand = _candidate(
                    page, path, cell.value, [cell], _label_box([head, row], None), score * 0.9, [head, row]
                )
                cand.how = "grid-date"
                out.append(cand)
    return out


def _role_above(page: Page, cell: Box) -> Box | None:
    """The label heading ``cell``'s column a few rows up (past the names under it), if any."""
    inset = 0.1 * (cell.x1 - cell.x0)
    above = sorted(
        (
            b
            for b in page.boxes
            if not b.empty and b.y1 <= cell.y0 + 1e-6 and b.overlaps_x(cell.x0 + inset, cell.x1 - inset)
        ),
        key=lambda b: -b.y1,
    )
    reach = cell.y0 - _GRID_REACH * cell.height
    for b in above:
        if b.y1 < reach:
            break
        if b.x0 < cell.x0 - 5 * inset or b.x1 > cell.x1 + 5 * inset:
            return None  # a wider text up there: not one grid column
        if page.is_label(b):
            return b
    return None


# ---------------------------------------------------------------------------------- category sums
def _category_sums(page: Page, bands: list[list[Box]], taken: set[int]) -> list[Candidate]:
    out = []
    band_of: dict[int, int] = {}  # id(box) → its (first) band, found once (issue 15)
    for i, band in enumerate(bands):
        for b in band:
            band_of.setdefault(id(b), i)
    for lab in page.labels:
        meta = page.fields.get(lab.key)
        if meta is None or meta.kind not in ("qty", "number", "money") or lab.score < 0.6:
            continue
        box = lab.box
        band_i = band_of.get(id(box))
        if band_i is None or id(box) in taken:
            continue
        sub = _sub_headers(page, bands, band_i, box)
        if len(sub) < 2 or any(page.known(b) for b in sub):
            continue  # categories are the form's own words, not labels of its fields
        bottom = max(b.y1 for b in sub)
        below = next((bd for bd in bands if bd[0].y0 >= bottom - 1e-6), None)
        if below is None or below[0].y0 - bottom > sub[0].height:
            continue
        figures: list[Box] = []
        total, ok = Decimal(0), True
        for head in sub:
            for b in below:
                if b.empty or not b.overlaps_x(head.x0, head.x1):
                    continue
                number = _number(b.value)
                if number is None or id(b) in taken:
                    ok = False
                    break
                figures.append(b)
                total += number
            if not ok:
                break
        if not ok or not figures:
            continue
        value = int(total) if total == total.to_integral_value() else total
        cand = _candidate(page, lab.key, value, figures, box, lab.score * 0.9, [box, *sub])
        cand.how = "column-sum"
        out.append(cand)
    return out


def _sub_headers(page: Page, bands: list[list[Box]], i: int, box: Box) -> list[Box]:
    """The labels of the band right under ``box``, all inside its width (its categories)."""
    for band in bands[i + 1 : i + 2]:
        inside = [b for b in band if not b.empty and b.x0 >= box.x0 - 1e-6 and b.x1 <= box.x1 + 1e-6]
        if inside and all(_caption(b) for b in inside) and inside[0].y0 - box.y1 < box.height:
            return inside
    return []


def _number(value: Any) -> Decimal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float, Decimal)):
        return Decimal(str(value))
    text = str(value).replace(",", "").strip()
    return Decimal(text) if re.fullmatch(r"\d+(\.\d+)?", text) else None


# ---------------------------------------------------------------------------------- options
# the words clerks type for our options' words (品质 for 质量, 外销 for 国外)
OPTION_WORDS = (
    ("品质", "质量"),
    ("外销", "国外"),
    ("出口", "国外"),
    ("内销", "国内"),
    ("成员", "组员"),
    ("制程", "工艺"),  # a cause in the process (制程异常)
    ("返工", "重工"),  # rework
    ("补发", "补货"),  # resupply: the goods sent again
    ("補發", "补货"),
    ("重新供货", "补货"),  # supplied again (退货并重新供货: the goods returned, new ones sent)
    ("重新发货", "补货"),  # shipped again
    ("补寄", "补货"),  # mailed again (補寄短少數量: the short pieces sent)
    ("再加工", "重工"),  # processed again: a chemical's or a resin's rework (回收再加工)
    ("退货证明", "销货退回证明"),  # 退货证明单: the sales return certificate's everyday name
)
# what follows "for" after an option is what it is for, no option asked: "Return for credit" (the
# goods returned, the credit their purpose), "Rework for re-inspection", "Credit for rejects"
_PURPOSE = lazy_re(r"(?i)\s+for\s+")
# the parts of a list typed in one cell (退货，补发同等数量; 退货、换货), a separator inside brackets
# none of them (退货（客户要求，尽快）: a remark on the option)
LIST_PARTS = lazy_re(r"\s*[，,、；;/]\s*(?![^(（)）]*[)）])")


def list_parts(text: str) -> list[str]:
    """The parts of a list typed in one cell (:data:`LIST_PARTS`), a per-unit rate's slash none
    of its separators (``Compensation USD 100/MT``: one option and its rate)."""
    return [rate_back(p) for p in LIST_PARTS.split(rates_kept(text)) if p.strip()]


_NEGATIVE = lazy_re(r"^(未|无|没有|不|非|否)")
_DONE = lazy_re(r"(?i)^(已|有|附|verified\b|done\b|checked\b|confirmed\b|completed\b|stamped\b|signed\b)")
_AGREE = lazy_re(r"(?i)^(同意|接受|认可|認可|合格|accept|agree|approve|yes\b|ok\b)")
_REFUSE = lazy_re(r"(?i)^(不|未|拒|reject|not\b|no\b|ng\b|refuse|disagree)")
_UNDONE = lazy_re(r"^(未|没有)")  # 未盖章, 没有: a no


def as_option(meta: Any, value: Any) -> Any:
    """A choice typed in the clerk's own words, read as our option where only one fits:
    ``☑质量投诉`` → quality (质量异常), ``☑原发票`` → the original invoice
    (收回原发票(盖买受人发票章)), ``外销`` → foreign (国外), ``退货，不需要换货`` → return
    (:func:`phrase_options`); a single box ``☑已盖章`` → yes, ``□已盖章`` → no. Anything else is
    left as typed, for validation to report — two options named where one is chosen too."""
    if not isinstance(value, str) or not value.strip():
        return value
    text = halfwidth(value).strip()
    ticked = checked_options(text)
    if meta.kind == "bool":
        answer = _yes_no(text, ticked)
        if isinstance(answer, str) and ticked is None and stamp_field(meta) and stamp_imprint(text):
            return True  # "（印）全譽自動化科技有限公司 發票專用章", "已盖章 2026.9.5"
        return answer
    if meta.kind not in ("term", "terms") or meta.term is None or meta.term.lookup(value) is not None:
        return value
    if ticked is not None and meta.kind == "term" and len(ticked) != 1:
        return value  # two boxes ticked for one choice
    if halves_disagree(meta.term, ticked if ticked is not None else [text]):
        return value  # "☑ Naprawa / Rework": one tick, two options named (guards says which is read)
    parts = ticked if ticked is not None else list_parts(text)
    reading = _phrase_reading(meta.term, parts)
    if reading is None or (
        ticked is not None and any(phrase_options(meta.term, [t]) is None for t in ticked)
    ):
        return value  # a ticked word naming nothing is unknown, no remark (captions.ticked_known)
    found = reading[0]
    if meta.kind == "term" and (len(found) != 1 or len(_joined_options(meta.term, parts)) > 1):
        return value  # (物料及工艺: two options joined for one choice, never one of them taken)
    keys = [f.value for f in found]
    return keys[0] if meta.kind == "term" else keys


def phrase_options(term: Any, parts: Sequence[str]) -> list[Any] | None:
    """The options a clerk's phrase names (its ``parts``: a list's parts, or the words ticked), not
    denied, each once in the order named (``退货，不需要换货``, ``退货，请尽快处理``: return). None,
    left as typed for validation to report, for no reading (:func:`_side_reading`), an option named
    and denied (``退货，不需要退货``) or none named (``请尽快处理``)."""
    reading = _phrase_reading(term, parts)
    return reading[0] if reading is not None else None


def phrase_remarks(term: Any, parts: Sequence[str]) -> list[str]:
    """The remarks beside the options a phrase names (``请尽快处理``, ``提交对策书``, ``选别后``):
    words naming no option and denying none, read past but never dropped unsaid."""
    reading = _phrase_reading(term, parts)
    return reading[1] if reading is not None else []


_Reading = tuple[list[Any], set[Any], list[str]]  # the options named, those only denied, remarks


def _gathered(readings: Iterable[_Reading | None]) -> _Reading | None:
    """Parts' (or sides') readings together; None as soon as one is None."""
    out: _Reading = ([], set(), [])
    for reading in readings:
        if reading is None:
            return None
        out = (out[0] + reading[0], out[1] | reading[1], out[2] + reading[2])
    return out


def _phrase_reading(term: Any, parts: Sequence[str]) -> tuple[list[Any], list[str]] | None:
    reading = _gathered(_part_reading(term, part) for part in parts)
    if reading is None or not reading[0] or reading[1] & set(reading[0]):
        return None
    return list(dict.fromkeys(reading[0])), reading[2]


def phrase_option(term: Any, text: str) -> Any:
    """The one option a phrase names (:func:`phrase_options`), or None."""
    found = phrase_options(term, [text])
    return found[0] if found is not None and len(found) == 1 else None


def _part_reading(term: Any, part: str) -> _Reading | None:
    """One part of a phrase, without the purpose after its ``for`` (``Return for credit``): read
    whole when it names an option its sides name too (``Rework and return`` on a return note:
    rework), else its sides joined by a word (:func:`~kesu_docs.values.joined_sides`: ``退货并补货``)."""
    if (exact := term.lookup(part)) is not None:
        return [exact], set(), []  # an option's own word, joiner or not (发票影本注明退回数量金额并盖章)
    head = _PURPOSE.split(part, maxsplit=1)[0]
    sides = joined_sides(head) if term.lookup(head) is None else [head]
    readings = [_side_reading(term, side) for side in sides]
    if len(sides) > 1 and None in readings:
        beside = {m for r in readings if r is not None for m in r[0]}
        readings = [
            r if r is not None else _kin_beside(term, side, beside) for r, side in zip(readings, sides)
        ]
    reading = _gathered(readings)
    if reading is None:
        return None
    named, denied, remarks = reading
    if not named and not denied:  # a remark whole (及时处理: no joiner of two remarks)
        return [], set(), [_trimmed(head)]
    whole = _option(term, head) if len(sides) > 1 else None
    named = [whole] if whole is not None and whole in named else named
    purpose = part[len(head) :].strip()
    asked = term.lookup(_PURPOSE.split(part, maxsplit=1)[1].strip()) if purpose else None
    if asked is not None and asked not in named:  # "Return for replacement": the purpose another option, said
        remarks = [*remarks, _trimmed(purpose)]
    return named, denied, remarks


def _joined_options(term: Any, parts: Sequence[str]) -> set[Any]:
    """The options the sides of ``parts`` joined by a word name, each side read alone (``物料及工艺``:
    material and process) — where :func:`_part_reading` takes the one option the whole names
    (``Rework and return`` on a return note: rework), a choice of one option is two options named."""
    named: set[Any] = set()
    for part in parts:
        head = _PURPOSE.split(part, maxsplit=1)[0]
        for side in joined_sides(head) if term.lookup(head) is None else [head]:
            if (reading := _side_reading(term, side)) is not None:
                named.update(reading[0])
    return named


def _kin_beside(term: Any, side: str, beside: set[Any]) -> _Reading | None:
    """A side that is one word of an option's kin alone, joined to a side naming that option
    (``退款並賠償``: a refund and a compensation, the money paid both — compensation): the option
    beside holds it, nothing of its own; None for any other side."""
    text = _option_text(side)
    if _options_written(term, text):
        return None
    pieces = _between(term, text, (), set())
    if len(pieces) != 1 or pieces[0][0] != "kin" or pieces[0][1].strip() != text.strip():
        return None
    return ([], set(), []) if pieces[0][2] & beside else None


def _side_reading(term: Any, side: str) -> _Reading | None:
    """One side of a part, read once from its options' words and the text around them
    (:func:`_between`): options offered, listed or related by words are no choice (None:
    reported); else the option the side names (:func:`_option`) and every option whose word it
    holds (``退货更换``), less those denied (``退货不要更换``), the words beside them a remark
    (``换货3件``). None too for a doubt, another option's word, a word of another's kin (赔偿金)."""
    text = _option_text(side)
    written = _options_written(term, text)
    refused = {m for m in term if m.denied_in(text.replace(" ", ""))}
    pieces = _between(term, text, written, refused)
    kinds = {kind for kind, _, _ in pieces}
    if kinds & {"alternative", "listed", "clause"}:
        return None  # options offered (退货或换货), listed (□退货 □换货), related by words: no choice
    said = list(dict.fromkeys(m for _, _, m in written if m not in refused))
    remarks = [_trimmed(piece) for kind, piece, _ in pieces if kind == "remark"]
    whole = _option(term, side)
    named = list(dict.fromkeys([whole, *said])) if whole is not None else said
    if any(kind == "kin" and not kin & set(named) for kind, _, kin in pieces):
        return None  # 换货赔偿金: 赔偿金 of compensation's kin (赔款), an option the field lacks
    if "doubt" in kinds and not refused:
        return None  # a doubt before or after the option (换货不知道, 换货吗): never a remark, nor read past
    if whole is not None:  # (a beginning of another option's word read past: 退回重工, rework)
        return named, set(), remarks
    if not said and refused:
        return [], refused, []
    if {m for kind, _, m in pieces if kind == "option"} - set(said):
        return None  # another option's word beside (a beginning, a part): never a remark
    if not said:  # a remark, never one word of letters (repair: a word we lack)
        lone = remarks and not refused and not _ONE_WORD.fullmatch(_trimmed(side))
        return ([], set(), [_trimmed(side)]) if lone else None
    return said, refused, remarks


# words offering options as alternatives: either one, never both chosen
_ALTERNATIVE = lazy_re(r"(?i)或|还是|還是|\bor\b|\beither\b")
# what makes words a remark: a Chinese character or a word of letters (``3`` alone is nothing)
# words beside an option that are a remark: Chinese, a word of letters, or a figure (退货200，换货160:
# each option's count, which the choice does not hold — said, never dropped unsaid)
_REMARK_WORD = lazy_re(r"[\u3400-\u9fff]|[^\W\d_]{2,}|\d")
# a negation or a question: words that doubt the choice, never a remark read past
_DOUBT = lazy_re(r"(?i)未|无|無|没|沒|不|非|否|吗|嗎|\?|？|\bno\b|\bnot\b")


def _doubts(gap: str) -> bool:
    """Does the text beside an option's word doubt it (:data:`_DOUBT`: 不退货, 退货不知道, 换货吗) —
    a negation or a question outside a defect's word (:attr:`CaseWords.defect`: 不良退货 is a return)?"""
    return _DOUBT.search(case_words().defect.sub("", gap)) is not None


# ---------------------------------------------------------------------------------- a case's words
# The words a sentence about a case is told by, taken from the forms' own vocabularies where a form
# names them (built once: :func:`case_words`); the lists below hold only words no form names.
#
# the count words a defect's count is printed with (不良数量, 不合格数, 不良率): off, the defect's word is left
_COUNT_WORD = lazy_re(r"(?:数量|数|比率|率)$")
# 不符 / 不符合 (not conforming, 标示与规格不符): a defect's word no form's defect count is printed under
_DEFECT_BY_HAND = ("不符",)
# the options that settle a claim in money (DOMAIN §4): compensation, an allowance, a refund, a credit —
# a sentence naming one is a decision on the claim; their words are the forms' option words
_SETTLED = ("compensation", "allowance", "refund", "credit")
# words of a decision no form's option names: agreeing or refusing, who bears the cost, and the verbs
# of the money options the forms name as nouns only (赔 of 赔付 / 理赔, compensate, charged)
_DECIDED_BY_HAND = (
    r"同意|接受|拒绝|赔|承担|贵司|客户|"
    r"\b(?:agree\w*|accept\w*|reject\w*|refus\w*|compensat\w*|charge\w*)\b"
)
# what is done to the goods at once (a containment) in words no form names: shipping stopped, stock
# held, re-inspected, recalled (the 8D's stock sorting — 挑选, 排查, sorting — is named by the form)
_MEASURES_BY_HAND = (
    r"暂停发货|停止发货|暂停出货|停止出货|暂停销售|停售|隔离|冻结|封存|复检|抽检|全检|筛选|召回|下架|整改|"
    r"\b(?:quarantin\w*|on\s+hold|stop(?:ped)?\s+(?:shipping|shipment|delivery)|re-?inspect\w*|recall\w*)\b"
)
# the noun of an action closing a caption (临时措施, 应急对策, Containment actions): off, the words before it
# name what kind of action it is
_ACTION_NOUN = lazy_re(r"(?i)\s*(?:措施|对策|對策|处置|處置|行动|行動|actions?)$")
# (what is left of a caption: two Chinese characters or a word of four letters, never a step's D3)
_CAPTION_HEAD = lazy_re(r"[\u3400-\u9fff]{2}|[^\W\d_]{4}")
# the ending of a Latin word a form prints (sorting, refunded): off, its stem is found with any ending
_LATIN_ENDING = lazy_re(r"(?i)(?:ing|ed|s)$")


class CaseWords:
    """The words of a case's handling, from the forms (:func:`case_words`), each a pattern:
    ``defect`` — a defect's words beginning with a negation's character (不良 defective, 不合格
    nonconforming — GB/T 19000's 不合格, ISO 9000's nonconformity —, 不符 not conforming): what an
    option is done to (不良退货, 退回不良品: the defective goods returned), no doubt about it (无效, void,
    is no such word: it judges the option itself, 退货无效, a doubt); ``decided`` — a decision on the
    case or the claim (agreed, refused, an option settling it in money); ``measures`` — what is done to
    the goods at once (shipping stopped, stock held, sorted, re-inspected). ``decided`` and ``measures``
    are searched in simplified script (:func:`.vocab.simplified`): one word for both scripts;
    ``containment`` — the words a caption names a containment by (临时, 暂时, 应急, 围堵, Containment,
    Immediate: the 8D's containment step's own captions, less their 措施 / 对策 / action), searched in a
    caption in simplified script: a text area so captioned is the immediate action's."""

    def __init__(self, specs: Sequence[Any]) -> None:
        metas = [
            (key, meta)
            for spec in specs
            for key, top in spec.fields.items()
            for key, meta in [(key, top), *_columns(top)]
        ]
        defect = {
            head
            for key, meta in metas
            if "defect" in key and meta.kind in ("qty", "int", "decimal", "ratio")
            for label in meta.labels
            if (head := _COUNT_WORD.sub("", label)) and _CJK_WORD.fullmatch(head) and _DOUBT.match(head)
        }
        self.defect = re.compile(
            "|".join(map(re.escape, sorted({*defect, *_DEFECT_BY_HAND}, key=len, reverse=True)))
        )
        settled = {
            word
            for _key, meta in metas
            if meta.term is not None
            for member in meta.term
            if member.value in _SETTLED
            for word in (re.sub(r"[(（][^)）]*[)）]", "", member.zh), member.en, *member.words)
        }
        self.decided = re.compile("|".join([_DECIDED_BY_HAND, *_word_patterns(settled)]), re.IGNORECASE)
        places = {
            word.casefold()
            for key, meta in metas
            if key == "location" and meta.term is not None
            for word in (*meta.labels, *(w for member in meta.term for w in (member.zh, *member.words)))
        }
        sorting = {
            act
            for key, meta in metas
            if key == "stock_sorting"
            for label in meta.labels
            if (act := " ".join(w for w in _place_off(label, places).split() if w.casefold() not in places))
        }
        self.measures = re.compile("|".join([_MEASURES_BY_HAND, *_word_patterns(sorting)]), re.IGNORECASE)
        contained = {
            head
            for spec in specs
            for key, top in spec.fields.items()
            if key == "containment"
            for meta in (top, *(column for _, column in _columns(top)))
            for label in meta.labels
            if (head := _ACTION_NOUN.sub("", label)) != label and _CAPTION_HEAD.search(head)
        }
        self.containment = re.compile("|".join(_word_patterns(contained)), re.IGNORECASE)


def _columns(meta: Any) -> list[tuple[str, Any]]:
    """A table's (or a group's) columns, by their own keys; none for a field of one value."""
    return list(describe(meta.row_model).items()) if meta.row_model is not None else []


def _place_off(label: str, places: set[str]) -> str:
    """A Chinese label without the place word it begins with (库存挑选 → 挑选); any other as it is."""
    for place in sorted(places, key=len, reverse=True):
        if _CJK_WORD.fullmatch(place) and label.startswith(place) and len(label) > len(place):
            return label[len(place) :]
    return label


def _word_patterns(words: Iterable[str]) -> list[str]:
    """The patterns ``words`` are found by in a sentence (in simplified script): a Chinese word of two
    characters or more as written, a Latin one of four letters or more as an option's word is
    (:func:`latin_word_pattern`), its own ending off (sorting → sort, refunded → refund)."""
    out: set[str] = set()
    for word in words:
        if _CJK_WORD.search(word):
            if len(word) >= 2:
                out.add(re.escape(simplified(word)))
        elif len(letters := re.sub(r"[\W\d_]", "", word)) >= 4:
            stem = _LATIN_ENDING.sub("", letters) if len(letters) - 3 >= 4 else letters
            out.add(latin_word_pattern(stem.lower()))
    return sorted(out, key=lambda p: (-len(p), p))


def case_words() -> CaseWords:
    """The words of a case's handling, from every form's vocabularies (:class:`CaseWords`), made
    once with the forms' labels' index and let go with it (:meth:`.vocab.FormLabels.derived`)."""
    return form_labels().derived(_case_words)


def _case_words(labels: Any) -> CaseWords:
    return CaseWords(labels.specs)


_OBJECT = lazy_re(r"\s+\w")
_FIGURE_IN = lazy_re(
    r"\d"
)  # (a figure after an English option's word is no object: Compensation USD 100/MT)  # the words after an English option's word, its clause going on
# ... unless they open a request of their own, no object of the option's verb (Return please
# expedite, Replace ASAP, Rework urgently): a remark, with or without a comma before it
_OWN_CLAUSE = lazy_re(r"(?i)\s+(?:please|pls|plz|kindly|asap|urgent|urgently|expedite|immediately|thanks?)\b")
# words making an option a condition of another, never a choice of both: a conditional (如果, 若,
# 否则, unless, if not) anywhere between options' words, or a connective (就, 则, 便, 再, 才, 时, 即,
# 改) after an option denied (不能换货就折让: an allowance only if a replacement is impossible)
_CONDITION = lazy_re(r"(?i)如果|假如|若|万一|否则|不然|要不|的话|\bunless\b|\bif\s+not\b|\botherwise\b")
_CONNECTIVE = lazy_re(r"[就则則便再才时時即改]")
_ONE_WORD = lazy_re(r"(?:(?![\u3400-\u9fff])[^\W\d_]|-)+")  # of letters, no Chinese


def _between(
    term: Any, text: str, written: Sequence[tuple[int, int, Any]], refused: set[Any]
) -> list[tuple[str, str, Any]]:
    """The text before, between and after the options' ``written`` words, each piece classed once
    as (kind, text, what it names). Between two options' words neither denied: ``together``
    (退货更换), ``joined`` (退货和换货), ``alternative`` (退货或换货), ``listed`` (spaces or marks:
    □退货 □换货, 退货 Replacement, 退货（换货）) or ``clause`` (Rework before return; and any
    condition between options: 不能换货就折让, 如果换货不行则退货, :data:`_CONDITION`). Else, holding
    words: ``alternative`` (或者退货), ``doubt`` (不知道), ``option`` (a word naming one otherwise),
    ``kin`` (:func:`_kin`: 赔偿金) or ``remark`` (换货3件, 请尽快处理, please expedite)."""
    pieces: list[tuple[str, str, Any]] = []
    ends = [(0, 0, None), *written, (len(text), len(text), None)]
    for (begun, end, before), (start, _, after) in zip(ends, ends[1:]):
        gap = text[end:start]
        if (
            after is None
            and before is not None
            and not _CJK_WORD.search(text[begun:end])
            and _OBJECT.match(gap)
            and not _OWN_CLAUSE.match(gap)
            and not _FIGURE_IN.search(gap)
        ):
            continue  # an English option's object (Replace defective parts, Scrap at supplier): read past
        offered = _ALTERNATIVE.search(gap) is not None
        if len(written) >= 2 and (
            _CONDITION.search(gap) or (before in refused and after is not None and _CONNECTIVE.search(gap))
        ):
            pieces.append(("clause", gap, None))  # 退货，不能换货就折让: a condition, no choice of both
        elif None not in (before, after) and before != after and not {before, after} & refused:
            kind = "joined" if _joiner(gap) else "clause" if re.search(r"\w", gap) else "listed"
            pieces.append(("together" if not gap else "alternative" if offered else kind, gap, None))
        elif (_remark_words(gap) or _doubts(gap)) and not (
            written
            and _HAN.fullmatch(gap)  # one character glued to an option's word: of it (退货单)
            and not _DOUBT.match(gap)
        ):
            doubt = _doubts(gap)
            named = None if offered or doubt else _option(term, gap)
            kin = _kin(term, gap) if named is None else frozenset()
            kind = (
                "alternative"
                if offered
                else "doubt"
                if doubt
                else "option"
                if named
                else "kin"
                if kin
                else "remark"
            )
            pieces.append((kind, gap, named or kin))
    return pieces


def _remark_words(gap: str) -> bool:
    """Does a gap beside options' words hold a remark's words (:data:`_REMARK_WORD`) — not a list's
    number alone (``1.退货``, ``1、退货 2、换货``: the next item's number left after the split)?"""
    return _REMARK_WORD.search(gap) is not None and not (
        ENUMERATOR.fullmatch(gap) or _LIST_NUMBER.fullmatch(gap)
    )


# a list's number alone (1、退货 2、换货: the numbers left after the split), never a count to say
_LIST_NUMBER = lazy_re(r"\s*\d{1,2}\s*")


def _kin(term: Any, words: str) -> frozenset[Any]:
    """The options of whose family ``words`` (two Chinese characters or more) are, by the field's
    vocabulary (its options' Chinese words of four characters or fewer), not by the words' length:
    begun as an option's word is with a character two of its words hold (赔偿金: 赔款, 索赔), or ended
    as two of its two-character words end (罚款: 赔款, 扣款). Never a remark (处理, 重新包装 are)."""
    chinese = "".join(_CJK_WORD.findall(words))
    vocabulary = [(w, m) for w, _, m in _option_words(term) if len(w) <= 4 and _CJK_WORD.fullmatch(w)]
    if len(chinese) < 2:
        return frozenset()
    begun = [m for w, m in vocabulary if w[0] == chinese[0]]
    ended = [m for w, m in vocabulary if len(w) == 2 and w[-1] == chinese[-1]]
    held = sum(chinese[0] in w for w, _ in vocabulary) >= 2
    return frozenset((begun if held else []) + (ended if len(ended) >= 2 else []))


def _trimmed(words: str) -> str:
    """Words without the spaces, marks and brackets around them (``（尽快）`` → 尽快)."""
    return re.sub(r"^[\W_]+|[\W_]+$", "", words)


@memo
@lru_cache(maxsize=16384)  # pure: an option set and a text; asked per side and per word beside
def _options_written(term: Any, text: str) -> tuple[tuple[int, int, Any], ...]:
    """Where the options' words (:func:`_option_words`) stand in ``text`` (:func:`_option_text`),
    as (start, end, option) in order, a word inside a longer one never (交换良品, not 交换 too)."""
    taken: list[tuple[int, int, Any]] = []
    for _, pattern, member in _option_words(term):
        for found in pattern.finditer(text):
            if all(found.end() <= a or found.start() >= b for a, b, _ in taken):
                taken.append((found.start(), found.end(), member))
    return tuple(sorted(taken, key=lambda t: t[0]))


def options_named_in(term: Any, text: str) -> list[Any]:
    """The options of ``term`` whose words (:func:`_option_words`) stand anywhere in ``text`` — a
    sentence's words, not only its short parts (``同批在库品隔离，不良品报废``: scrap) — each once in
    the order written, less those it denies (``不退货``); full-width letters as ASCII ones (``ＦＭＥＡ``)."""
    said = _option_text(halfwidth(text))
    refused = {m for m in term if m.denied_in(said.replace(" ", ""))}
    return list(dict.fromkeys(m for _, _, m in _options_written(term, said) if m not in refused))


# the endings an option's Latin word takes and stays the same word: English verbs' and plurals'
# (returned, returning, credits, replaces) and the plural / adjective endings of the other Latin
# languages of the vocabulary (retourne, Gutschriften), the word then ending; any other letters make
# another word (Resolder, Resort, Returnable, Creditor: not reso, return, credit)
_INFLECTION = r"(?:s|es|d|ed|ing|e|en|er|n)?(?!{letter})"
# a letter of a word written in letters (Latin, Cyrillic, Hangul…): a Chinese character or a kana is
# none, a word in letters ends before it (``更新PFMEA与控制计划``, ``FMEAを改訂``: PFMEA, FMEA whole)
_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]"


@memo
@lru_cache(maxsize=256)  # per option set (an enum)
def _option_words(term: Any) -> tuple[tuple[str, re.Pattern[str], Any], ...]:
    """Every option's words (its Chinese name without its brackets, its English name, its other
    words), the longest first, each with the pattern it is found by (:func:`word_finders`)."""
    words: dict[tuple[str, Any], re.Pattern[str]] = {}
    for member in term:
        for word in (re.sub(r"[(（][^)）]*[)）]", "", member.zh), member.en, *member.words):
            for key, pattern in word_finders(word):
                words[key, member] = pattern
    ordered = sorted(words.items(), key=lambda wp: (-len(wp[0][0]), wp[0][0], wp[0][1].value))
    return tuple((word, pattern, m) for (word, m), pattern in ordered)


def word_finders(word: str) -> list[tuple[str, re.Pattern[str]]]:
    """How one word of a vocabulary (an option's, a label's) is found inside a clerk's text (as
    :func:`_option_text` gives it: traditional script as simplified), as (its key, its pattern):
    a Chinese one of two characters or more as written and as simplified (``検査基準書``); one in
    letters of four letters or more from a word's beginning, a space allowed between letters
    (``Credit note``), whole or with an inflection's ending (:func:`latin_word_pattern`: ``Returned``,
    ``Credits``), never as the beginning of another word (``reso`` in ``Resolder``, ``return`` in
    ``Returnable``); one of two or three letters (``SOP``, ``WI``, ``CP``) only whole and written in
    capitals — an abbreviation: ``wi`` or ``cp`` in a sentence's small letters is no such word; a
    single letter never (an ``A`` in a sentence names no option)."""
    if _CJK_WORD.search(word):
        if len(word) < 2:
            return []
        return [(w, re.compile(re.escape(w), re.IGNORECASE)) for w in dict.fromkeys((word, folded(word)))]
    letters = re.sub(r"[\W\d_]", "", word)
    if len(letters) >= 4:
        return [(letters.lower(), re.compile(latin_word_pattern(letters.lower()), re.IGNORECASE))]
    if len(letters) >= 2 and letters.isascii():
        return [(letters.upper(), re.compile(rf"(?<!{_LETTER}){letters.upper()}(?!{_LETTER})"))]
    return []


def words_inside(words: Iterable[str], text: str) -> bool:
    """Does one of ``words`` (a field's labels: ``横向展开``, ``Lesson learned``) stand in ``text``
    as an option's word does (:func:`word_finders`)?"""
    said = _option_text(halfwidth(text))
    return any(pattern.search(said) for word in words for _, pattern in word_finders(word))


def latin_word_pattern(letters: str) -> str:
    """The pattern a Latin word (``letters``) is found by: from a word's beginning, a space allowed
    between its letters (``Credit note``) or a hyphen (``Read-across``), whole or with an inflection's
    ending (:data:`_INFLECTION`), a Chinese character beside it no letter of it (:data:`_LETTER`)."""
    inflected = _INFLECTION.format(letter=_LETTER)
    return rf"(?<!{_LETTER})" + r"[\s\-]?".join(map(re.escape, letters)) + inflected


# "有（已寄回5件）", "Yes (5 pcs returned)": a yes or a no with the clerk's remark in brackets
_YES_NO_REMARK = lazy_re(r"(?i)^\s*(是|有|否|无|無|没有|沒有|yes|no)\s*[(（]([^()（）]*)[)）]\s*$")
# a note in brackets closing an answer: 有（已寄回5件）, 已盖章（财务章）
_CLOSING_NOTE = lazy_re(r"\s*[(（]([^()（）]{1,20})[)）]\s*$")


def yes_no_note(text: str) -> tuple[str, str] | None:
    """A yes/no answer typed with a note in brackets after it (``否（待确认）``, ``有（客户未寄回）``,
    ``已盖章（财务章）``): (the answer as read, the note). The reading takes the answer and sets the
    note aside (:func:`_yes_no`); the note may take the answer back ("no — to be confirmed"), so
    whoever reads it says it (:func:`.captions.choice_remarks`). None for any other text."""
    if (remark := _YES_NO_REMARK.match(text)) is not None:
        return (remark.group(1), remark.group(2).strip()) if remark.group(2).strip() else None
    note = _CLOSING_NOTE.search(text)
    if note is None or not 0 < len(answer := text[: note.start()].strip()) <= 6:
        return None
    if (_DONE.match(answer) and not _NEGATIVE.match(answer)) or _UNDONE.match(answer):
        return answer, note.group(1).strip()  # (the answers _yes_no reads with their note aside)
    return None


def _yes_no(text: str, ticked: list[str] | None) -> Any:
    if ticked is None and (remark := _YES_NO_REMARK.match(text)) is not None:
        return remark.group(1)
    if ticked is not None:
        from ..values import UNCHECKED, _marks_printed

        text = _marks_printed(text)  # "(√)同意结案 ( )不同意": boxes printed as brackets
        marks = f"[{re.escape(CHECKED + UNCHECKED)}]"
        boxes = re.findall(marks, text)
        words = [w for w in re.split(marks, text) if w.strip()]
        one = words[0].strip() if len(words) == 1 else ""
        if len(boxes) == 1 and one and (_DONE.match(one) or (_AGREE.match(one) and not _REFUSE.match(one))):
            return bool(ticked)  # one box beside "已盖章" or "同意結案": ticked or not
        if len(boxes) == 2 and len(words) == 2 and len(ticked) == 1:
            # "☑同意結案 □不同意", "☐Accepted ☒Rejected": a yes and a no, one of them ticked
            said = [_AGREE.match(w.strip()) is not None for w in words]
            denied = [_REFUSE.match(w.strip()) is not None for w in words]
            if sorted(said) == [False, True] and said.index(True) == denied.index(False):
                return said[words.index(next(w for w in words if w.strip() in ticked or ticked[0] in w))]
        return text
    text = _CLOSING_NOTE.sub("", text) or text  # "有（已寄回5件）": the answer, its note aside (said)
    if len(text) <= 6 and _DONE.match(text) and not _NEGATIVE.match(text):
        return True  # 已蓋章, 有
    if len(text) <= 6 and _UNDONE.match(text):
        return False
    return text


def _option_text(word: str) -> str:
    """A clerk's words as options' words are found in them: spaces one, 結案 as 结案, ours for theirs."""
    word = folded(re.sub(r"\s+", " ", word).strip())
    for theirs, ours in OPTION_WORDS:
        word = word.replace(theirs, ours)
    return word


def _option(term: Any, word: str) -> Any:
    """The one option of ``term`` a word names: the same word, its beginning, or a part of it —
    never one the word denies (``不退货``, ``Rework not needed``: :meth:`.values.Term.named`)."""
    text = _option_text(word)
    return term.named(text.replace(" ", ""), partial(_named_option, term, text))


def _named_option(term: Any, text: str, word: str) -> Any:
    """The option a word (``text`` with its spaces) names by its beginning or a part of it."""
    scores = []
    for member in term:
        zh = re.sub(r"[(（][^)）]*[)）]", "", member.zh)
        prefix = len(_common_prefix(word, zh))
        inside = len(word) if word in zh else (len(zh) if zh in word else 0)
        scores.append(((max(prefix, inside), prefix), member))
    scores.sort(key=lambda s: s[0], reverse=True)
    best = scores[0][0] if scores else (0, 0)
    if best[0] < 2 or 2 * best[0] < len(word) or (len(scores) > 1 and scores[1][0] == best):
        return _leading_option(term, text)
    return _whole_word_named(term, word, scores[0][1])


def _whole_word_named(term: Any, word: str, best: Any) -> Any:
    """The option whose whole word the phrase holds, over ``best`` when ``best`` only shares its
    word's beginning: ``退回重工`` (sent back to be reworked) holds rework's 重工 whole and only
    the 退回 of 退回供应商 — rework, never the return to the supplier it does not name."""
    names = {member: re.sub(r"[(（][^)）]*[)）]", "", member.zh) for member in term}
    if names[best] in word:
        return best
    whole = [m for m, zh in names.items() if len(zh) >= 2 and zh in word]
    return whole[0] if len(whole) == 1 else best


def _leading_option(term: Any, text: str) -> Any:
    """An option's word leading the phrase, no other option's word in it: ``补发同等数量``,
    ``换货3件``, ``更换良品``, ``Scrap at supplier``; never ``退货并扣款``, ``退货 Replacement``."""
    written = _options_written(term, text)
    named = {m for _, _, m in written}
    return written[0][2] if written and written[0][0] == 0 and len(named) == 1 else None


_CJK_WORD = lazy_re(r"[\u3400-\u9fff]+")


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


# ---------------------------------------------------------------------------------- option rows
def _name_parts(text: str) -> list[str]:
    """A list of people's parts, a slash between two whole names parting them too (the one rule
    of :func:`.guards.people_in`, kept whole where that is doubtful)."""
    from .guards import list_parts, two_names_slashed

    return [name for part in list_parts(text) for name in two_names_slashed(part) or (part,)]


def name_and_unit_after_slash(
    part: str, columns: dict[str, Any], text: str
) -> tuple[str, tuple[str, str]] | None:
    """``张伟/品质部`` in a team's name column: the name and (the department's column, the
    department), as :func:`name_and_unit` does for a bracket; None when the table has no such
    column or the part is no name with its unit (:func:`.guards.name_and_unit_slashed`)."""
    slashed = name_and_unit_slashed(str(part))
    unit = next((c for c, m_ in columns.items() if c != text and m_.kind == "text"), None)
    return (slashed[0], (unit, slashed[1])) if slashed and unit else None


def option_rows(
    page: Page,
    meta: Any,
    values: dict,
    where: Any,
    taken: set[int],
    provenance: dict,
    before: set[int],
    least: int = 1,
) -> None:
    """A table printed as one line per option of its choice column, the option's word as the
    line's label: ``發生原因 | 螺絲熱處理硬度不足…`` / ``流出原因 | 進料檢驗未測…`` are root
    causes of each type, ``組長 | 林志豪`` / ``成員 | 陳怡君、張家豪`` the team with its roles."""
    columns = describe(meta.row_model)
    choice = next((c for c, m in columns.items() if m.kind == "term" and m.term is not None), None)
    text = next((c for c, m in columns.items() if m.kind == "text" and m.required), None)
    text = text or next((c for c, m in columns.items() if m.kind == "text"), None)
    if choice is None or text is None:
        return
    term = columns[choice].term
    found: list[tuple[Box, Any, Box, Any]] = []
    along: dict[int, dict[str, tuple[Box, Box, Any]]] = {}  # caption → the line's other columns
    lead: Box | None = None  # the table's own caption right above its first option ("Root Cause:")
    # (a caption names an option in a few characters)
    sized = page.worked_out("caption-sized boxes", lambda: _caption_sized(page.boxes))
    halved = page.worked_out("long-halved captions", lambda: _long_halved(page.boxes))
    long_ones = {id(b) for b in halved}
    # (a wrapped caption's last line, "atsirado) / Occurrence cause", is no row's own)
    asked = [
        box
        for box in (sorted([*sized, *halved], key=lambda b: (b.y0, b.x0)) if halved else sized)
        if id(box) not in before and not _wrapped_tail(box.text)
    ]
    options = [half_option(term, b.text) if id(b) in long_ones else option_word(term, b.text) for b in asked]
    if all(option is None for option in options):
        return  # no caption names an option: no line of the table is read (the pre-test, issue 15)
    for box, option in zip(asked, options, strict=True):
        if option is None and id(box) in long_ones:
            continue  # (a long caption counts here only by a short half naming an option)
        if (
            option is not None
            and not _names_its_table(page, meta.key, box)
            and in_other_block(page, meta.key, box)
        ):
            continue  # a row group of another table ("Entstehung" over D5's actions)
        if option is None:
            # a caption naming no option inside the block ("Process Owner:" among the roles):
            # its line is a row of the block, its option left empty
            if not _unnamed_caption(page, meta.key, box):
                continue
            if not found:
                if lead is not None and _bare_d_number(box.text):
                    continue  # "D4 | Root cause: … / D4 | Escape: …": the number heads each line, no caption
                own = page.vocab.match(box.text)
                lead = box if own is not None and own[0] == meta.key and own[1] >= STRONG else None
                continue
            if (
                text != "name"
                or not _next_line(found[-1][0], box)
                or _heading_between(page, found[-1][0], box)
                or _other_caption_between(page, meta.key, found[-1][0], box)
            ):
                continue  # (only a team names its members under captions of any role)
        right, _next = page.right_of(box)
        filled = first_run([b for b in right if not b.empty])
        named_before = name_before_role(page, box, before) if text == "name" and option is not None else None
        if named_before is not None:
            # "Hannah Wu ⇥ Team Leader ⇥ Quality": the name before its role, what follows the
            # role the member's department (read along the line as its other text column)
            other = next(
                (c for c, m in columns.items() if c not in (choice, text) and m.kind == "text"), None
            )
            after = (
                filled[0] if filled and id(filled[0]) not in before and not page.is_label(filled[0]) else None
            )
            along[id(box)] = {other: (box, after, after.value)} if other and after is not None else {}
            found.append((box, option, named_before, named_before.value))
            continue
        if not filled or id(filled[0]) in before or page.is_label(filled[0]):
            continue
        wrapped = wrapped_lines(page, box, filled[-1], before) if text != "name" else []
        value = joined(filled) if not wrapped else " ".join(str(b.value).strip() for b in [*filled, *wrapped])
        if not re.search(r"[^\W\d_]", str(value)):
            continue  # a row number or a figure beside the caption, not a text
        if text == "name" and not all(len(p) <= 30 for p in _name_parts(str(value))):
            continue  # an instruction beside a role's caption, not the member's name
        along[id(box)] = line_columns(
            page,
            getattr(page, "column_vocabs", {}).get(meta.key),
            filled[-1],
            {choice, text},
            {c: m.kind for c, m in columns.items()},
        )
        if found and not _next_line(found[-1][0], box):
            if len(found) >= 2:
                break  # the lines of one block: a later caption elsewhere is another matter
            found = []
        if (
            not found
            and option is not None
            and lead is not None
            and text != "name"
            and not lead.same_band(box)
            and _next_line(lead, box)
        ):
            right, _next = page.right_of(lead)
            before_value = first_run([b for b in right if not b.empty])
            if before_value and id(before_value[0]) not in before and not page.is_label(before_value[0]):
                found.append((lead, None, before_value[0], joined(before_value)))
                along[id(lead)] = line_columns(  # its share along its line too
                    page,
                    getattr(page, "column_vocabs", {}).get(meta.key),
                    before_value[-1],
                    {choice, text},
                    {c: m.kind for c, m in columns.items()},
                )
        found.append((box, option, filled[0], value))
    if len([f for f in found if f[1] is not None]) < 1:
        return
    heads = [lab.box for lab in page.labels if lab.key == meta.key and lab.score >= STRONG]
    near_head = (
        any(
            0 <= found[0][0].y0 - h.y1 <= 3 * found[0][0].height
            and h.overlaps_x(found[0][0].x0, found[0][0].x1)
            for h in heads
        )
        if found
        else False
    )
    # a caption that is only an option's code letter ("A", "B": the responsibility codes A–N)
    # names that option only under the table's own heading: a column of bare letters is what a
    # revision history (版次 A | 新制定, B | 增加…), an appendix or any lettered list prints
    if not near_head and all(f[1] is None or _bare_code(f[0].text, f[1]) for f in found):
        return
    # one line captioned with an option where the form prints no heading of the table at all
    # ("発生原因 / 发生原因 | 冲压模具导柱磨损…" among label–text lines): the caption names both
    alone = (
        len(found) == 1
        and not heads
        and found[0][1] is not None
        and text != "name"
        and _prose(found[0][3])  # (a code beside "P/N" is no cause)
    )
    if not found or (len(found) < 2 and not near_head and not alone) or len(found) < least:
        return
    # of two options, the line captioned with the table's own name takes the one not named
    # ("Root Cause:" over "Escape Point:"): a guess, shown for checking
    named = {f[1] for f in found if f[1] is not None}
    unnamed = [i for i, f in enumerate(found) if f[1] is None]
    options = list(term or ())
    rest = [m for m in options if m not in named]
    guessed: set[int] = set()
    if len(options) == 2 and len(unnamed) == 1 and len(rest) == 1 and text != "name":
        i = unnamed[0]
        found[i] = (found[i][0], rest[0], found[i][2], found[i][3])
        guessed.add(i)
    rows: list[dict[str, Any]] = []
    for n, (label, option, place, value) in enumerate(found):
        parts = [value]
        if columns[text].kind == "text" and isinstance(value, str) and text == "name":
            # several members in one cell, by the one list rule of every reader (guards.people_in):
            # 陳怡君、張家豪 and 鄧永康／周詠詩 are two, 张伟/品质部 one member with their department;
            # a doubtful list (Zhang Wei / Bosch Suzhou) stays whole, and is warned value_not_a_name

            parts = people_in(value) or [value.strip()]
        for part in parts:
            k = len(rows)
            rows.append({text: part} if option is None else {choice: option.value, text: part})
            bracketed = name_and_unit(part, columns, text) if text == "name" else None
            if bracketed is None and text == "name":  # "张伟/品质部": the member and their department
                bracketed = name_and_unit_after_slash(part, columns, text)
            if bracketed is not None:  # "王大明（品保部）": the member and their department
                rows[-1][text], (unit_col, unit) = bracketed
                rows[-1][unit_col] = unit
                where[f"{meta.key}[{k}].{unit_col}"] = place.location
                provenance[f"{meta.key}[{k}].{unit_col}"] = Provenance(
                    place.location, label.text.strip(), label.location, 0.8, "option-rows"
                )
            for col in (choice, text):
                path = f"{meta.key}[{k}].{col}"
                at = place.location
                where[path] = at
                if col == choice and option is None:
                    continue
                sure = 0.6 if (n in guessed and col == choice) else 0.8
                provenance[path] = Provenance(at, label.text.strip(), label.location, sure, "option-rows")
            if part is parts[0]:
                along_line(
                    rows[-1],
                    along.get(id(label), {}),
                    columns,
                    f"{meta.key}[{k}]",
                    where,
                    provenance,
                    taken,
                    as_option,  # "☑已驗證": yes
                )
        taken.update((id(label), id(place)))
    values[meta.key] = rows
    where.setdefault(meta.key, found[0][0].location)


_NAME_UNIT = lazy_re(r"^\s*([^()（）]{1,30}?)\s*[(（]\s*([^()（）]{1,20}?)\s*[)）]\s*[;；,，、]?\s*$")


def next_line(page: Page, first: Box, last: Box, *, up: bool = False, alike: bool = False) -> Box | None:
    """The one box right under ``last`` (``up``: right over it), less than 0.6 of its height
    away, starting where ``first`` starts — the next line of a text printed over several lines
    from ``first`` on —; None when there is none, or more than one. ``alike``: a line of text
    as tall as ``first`` (within a quarter). The one step of :func:`wrapped_lines` (down a
    wrapped value) and :func:`lines_over` (up a bottom-aligned one)."""
    found = [
        b
        for b in page.boxes
        if not b.empty
        and b is not last
        and abs(b.x0 - first.x0) < 0.5 * first.height
        and 0 <= (last.y0 - b.y1 if up else b.y0 - last.y1) < 0.6 * last.height
        and (not alike or (isinstance(b.value, str) and abs(b.height - first.height) < 0.25 * first.height))
    ]
    return found[0] if len(found) == 1 else None


def wrapped_lines(page: Page, caption: Box, value: Box, before: set[int]) -> list[Box]:
    """The lines a printed value wraps onto in its merged cell (``Crimp height drifted …;`` /
    ``no first-piece check.`` beside ``Occurrence`` centred between them): lines right under the
    value, starting where it starts, nothing captioning them on the left, and nearer this
    caption than the next caption down its column."""
    below = [
        b
        for b in page.boxes
        if b.y0 > caption.y0 + 1e-6
        and b is not caption
        and b.overlaps_x(caption.x0, caption.x1)
        and not b.empty
    ]
    limit = min((b.y0 + b.y1) / 2 for b in below) if below else caption.y1 + value.height
    centre = (caption.y0 + caption.y1) / 2
    out: list[Box] = []
    last = value
    while True:
        line = next_line(page, value, last)
        if line is None:
            return out
        if (line.y0 + line.y1) / 2 >= (centre + limit) / 2 or id(line) in before or page.is_label(line):
            return out
        if any(
            b is not line
            and b is not caption
            and not b.empty
            and b.same_band(line)
            and b.x1 <= line.x0 + 1e-6
            for b in page.boxes
        ):
            return out  # a caption of its own on the left: another line of the block
        out.append(line)
        last = line


def name_and_unit(part: str, columns: dict[str, Any], text: str) -> tuple[str, tuple[str, str]] | None:
    """A member written with their department in brackets (``王大明（品保部）``, ``Li Na (QA)``):
    the name and (the department's column, the department); None when the bracket names an
    option (``(Leader)``: a role, read as such elsewhere) or the table has no such column."""
    m = _NAME_UNIT.match(str(part))
    if m is None:
        return None
    if any(
        m_.kind == "term" and m_.term is not None and option_word(m_.term, m[2]) for m_ in columns.values()
    ):
        return None
    unit = next((c for c, m_ in columns.items() if c != text and m_.kind == "text"), None)
    return (m[1].strip(), (unit, m[2].strip())) if unit else None


def name_before_role(page: Page, caption: Box, before: set[int]) -> Box | None:
    """The name a role stands after on its line (``Hannah Wu | Team Leader | Quality``): the
    line's first text, left of the role, no label and nothing else between them; None when the
    role begins its line (the role is then a caption, its name to the right)."""
    left = [
        b
        for b in page.boxes
        if b is not caption and not b.empty and b.same_band(caption) and b.x1 <= caption.x0 + 1e-6
    ]
    if len(left) != 1:
        return None
    name = left[0]
    if id(name) in before or page.is_label(name) or not isinstance(name.value, str):
        return None
    if re.search(r"\d", name.text) or len(name.text.strip()) > 30 or page.known(name):
        return None
    return name


def _bare_d_number(text: str) -> bool:
    """A discipline's number alone (``D4``, ``(D4)``): a heading with no caption of its own."""
    found = discipline(halfwidth(text))
    return found is not None and not found[1].strip(" :：.、-—–)）]】")


def _heading_between(page: Page, above: Box, box: Box) -> bool:
    """Is a discipline heading printed between two captions (the next block begins)?"""
    from .vocab import discipline

    return any(
        above.y1 - 1e-6 <= b.y0 < box.y0 - 1e-6
        and isinstance(b.value, str)
        and discipline(halfwidth(b.text)) is not None
        and page.is_label(b)
        for b in page.boxes
    )


def _other_caption_between(page: Page, key: str, above: Box, box: Box) -> bool:
    """Is another field's caption printed in the column between two captions (``問題描述`` and
    ``暫時對策`` between ``小組成員`` and ``發生原因``)? The block ended above it: what follows is
    no row of it."""
    for b in page.boxes:
        if not (above.y1 - 1e-6 <= b.y0 < box.y0 - 1e-6 and b.overlaps_x(box.x0, box.x1)):
            continue
        found = page.vocab.match(b.text) if page.is_label(b) else None
        if found is not None and found[1] >= STRONG and found[0].partition(".")[0] != key:
            return True
    return False


def _unnamed_caption(page: Page, key: str, box: Box) -> bool:
    """A short printed caption of the table's block that names no other field (``Process Owner:``);
    a caption printed with its translation (``D4 Achos sylfaenol / Root cause``) is as short as
    its longest phrase (:func:`_caption_length`), not both phrases counted together."""
    if not page.is_label(box) or not _short_caption(box.text, 25):
        return False
    found = page.vocab.match(box.text)
    return found is None or found[1] < STRONG or found[0].partition(".")[0] == key


def _short_caption(text: str, most: int) -> bool:
    """A caption of at most ``most`` characters as :func:`_caption_length` counts, or one printed
    with its translation whose every half is label-like and one half that short (a long foreign
    half before the English one: ``D4 Achos sylfaenol hir iawn iawn / Root cause``)."""
    if _caption_length(text) <= most:
        return True
    parts = [p.strip() for p in re.split(r"\s+/\s+", text)]
    return (
        2 <= len(parts) <= 3
        and all(parts)
        and min(_caption_length(p) for p in parts) <= most
        and all(label_like(p) for p in parts)
    )


def _next_line(above: Box, box: Box) -> bool:
    """``box`` is the next caption of the block ``above`` is in: further along its line, or
    starting the next line in the same column."""
    if box.same_band(above):
        return box.x0 >= above.x1 - 1e-6
    return abs(box.x0 - above.x0) <= 0.5 * above.height + 1e-6 and 0 <= box.y0 - above.y1 <= 2 * above.height


def option_caption(columns: dict[str, Any], text: str) -> bool:
    """Does ``text`` name an option of one of the table's choice columns (流出原因 of the root
    causes' type)? Then it keys a line of the table; it is not a column's header."""
    return any(
        m.kind == "term" and m.term is not None and option_word(m.term, text) for m in columns.values()
    )


_QUESTION = lazy_re(r"[?？]\s*$")  # the form's prompt beside a caption, not the clerk's answer
_PROSE = lazy_re(r"[\u3400-\u9fff]{4,}|[A-Za-z]{2,}(?:\W+[A-Za-z]{2,}){3,}")


def _prose(value: Any) -> bool:
    """A sentence rather than a code or a figure: four Chinese characters in a row, or four
    words (``冲压模具导柱磨损…``, ``Die worn past its life``), not ``AB-1203-X`` — nor a question
    (``What are the existing controls…?``, an instruction sheet's prompt)."""
    return isinstance(value, str) and _PROSE.search(value) is not None and not _QUESTION.search(value)


def _caption_sized(boxes: Sequence[Box]) -> list[Box]:
    """The page's text boxes, top to bottom, short enough to be an option's caption: a few
    Chinese characters (8 at most) or English words (45 letters), as :func:`_caption_length`
    counts — the same for every table of the page, worked out once a page (the reader's page
    keeps it: ``_Page.worked_out``)."""
    return [
        box
        for box in sorted(boxes, key=lambda b: (b.y0, b.x0))
        if not box.empty
        and isinstance(box.value, str)
        and _caption_length(box.text) <= (8 if _HAN.search(box.text) else 45)
    ]


# a line closing a bracket it never opened: the tail of a caption wrapped inside its bracket
_BEFORE_CLOSING = lazy_re(r"^([^(（)）]*)[)）]")
_TWO_LETTERS = lazy_re(r"[^\W\d_]{2}")


def _wrapped_tail(text: str) -> bool:
    """``atsirado) / Occurrence cause``: words, then a bracket closed that the line never opened
    (``1) 发生原因``, ``a) Occurrence``: a list's numbers, no words before the bracket)."""
    before = _BEFORE_CLOSING.match(text)
    return before is not None and _TWO_LETTERS.search(before[1]) is not None


def _long_halved(boxes: Sequence[Box]) -> list[Box]:
    """Captions printed with a translation where one half is too long for a caption but another
    is short (``D4 Nepastebėjimo priežastis (kodėl defektas nebuvo aptiktas) / Escape cause``):
    the short half may name an option (:func:`half_option`); the long half label-like."""
    out = []
    for box in boxes:
        if box.empty or not isinstance(box.value, str) or "/" not in box.text:
            continue
        parts = [p.strip() for p in re.split(r"\s+/\s+", box.text)]
        if not 2 <= len(parts) <= 3 or not all(parts):
            continue
        lengths = [_caption_length(p) for p in parts]
        if (
            max(lengths) > 45
            and min(lengths) <= 45
            and all(label_like(p) for p, n in zip(parts, lengths) if n > 45)
        ):
            out.append(box)
    return out


def half_option(term: Any, text: str) -> Any:
    """The option the short halves of a long translated caption name, all agreeing (its long
    half, the foreign one, is not asked: ``… / Escape cause`` is escape), or None."""
    halves = [p.strip() for p in re.split(r"\s+/\s+", text) if _caption_length(p.strip()) <= 45]
    named = {option_word(term, d[1] if (d := discipline(h)) is not None else h) for h in halves}
    named.discard(None)
    return next(iter(named)) if len(named) == 1 else None


def cut_option(term: Any, text: str) -> Any:
    """The one option whose word the last half of a caption begins, cut short (``D4 Waarom niet
    ontdekt / Why not d``: a print cut it at its cell's border, ``Why not detected`` is escape);
    None when the half is a word whole, under four letters, or begins several options' words."""
    key = norm(re.split(r"\s+/\s+", text)[-1])
    if len(key) < 4:
        return None
    words = _option_keys(term)
    if key in words:
        return None
    found = {m for word, members in words.items() if word.startswith(key) for m in members}
    return next(iter(found)) if len(found) == 1 else None


def _caption_length(text: str) -> int:
    """How long a caption is, for telling it from a text: a caption printed with its translation
    (``発生原因 / 发生原因``, ``Occurrence / 发生原因``) is as long as its longest phrase."""
    if translated_label(text):
        return max(len(norm(p)) for p in re.split(r"\s*/\s*", text))
    return len(norm(text))


@memo
@lru_cache(maxsize=65536)  # pure: an option set (an enum) and a text; asked per header box (issue 15)
def option_word(term: Any, text: str) -> Any:
    """The option a label-like cell names exactly (its whole word), or None."""
    word = norm(text)
    for theirs, ours in OPTION_WORDS:
        if word == theirs:
            word = ours
    for member in term:
        if word in (norm(member.zh), member.value.lower(), member.en.lower()):
            return member
    # the other words forms print for it ("Team Leader", "Escape point"), also as a caption
    # with its gloss in brackets ("Technical root cause (why made)"): every reading agreeing
    from .vocab import variants

    words = _option_keys(term)
    named = {member for key, _weight in variants(text) for member in words.get(key, ())}
    if not named and (tail := _DASHED_TAIL.match(text)) is not None:
        # "Root cause - occurrence": the table's name, a spaced dash, the option (a system's type)
        return option_word(term, tail[1])
    return next(iter(named)) if len(named) == 1 else None


def _bare_code(text: str, option: Any) -> bool:
    """``text`` names ``option`` by its code alone (``A``, ``B1``), not by any of its words; a
    revision mark's letter (``A/0``, ``B.1``: a form's 版次, its letter and its number) is such a
    code too, never the option's words."""
    word = norm(text)
    if (mark := _REVISION_MARK.fullmatch(word)) is not None:
        word = mark[1]
    return len(word) <= 2 and word == str(option.value).lower() and word != norm(option.zh)


# a revision mark as a revision history prints it: a letter, a slash or a dot, a number (A/0, B.1)
_REVISION_MARK = lazy_re(r"([a-z])\s*[/.]\s*\d{1,2}")


_DASHED_TAIL = lazy_re(r"^[^-–—]*\S\s+[-–—]\s+([^-–—]+)$")


@lru_cache(maxsize=64)
def _option_keys(term: Any) -> dict[str, list[Any]]:
    """Per option set, once: each normalised word of an option (its zh, en and other words) →
    the options it names, in the set's order (issue 15: looked up, not rebuilt per text)."""
    out: dict[str, list[Any]] = {}
    for member in term:
        for key in (norm(member.zh), norm(member.en), *(norm(w) for w in member.words)):
            if member not in out.setdefault(key, []):
                out[key].append(member)
    return out


# a mark a clerk types under a printed option instead of ticking a box ("X", "✓", "V", "●"):
# any tick of values.CHECKED, or one typed (values.TYPED_TICKS)
_MARK_UNDER = lazy_re(f"^[{re.escape(CHECKED + TYPED_TICKS)}]$")


def options_marked_under(page: Page, right: list[Box], meta: Any) -> tuple[Any, list[Box]] | None:
    """Options printed side by side right of their label, the answer marked in the row under
    them (``Disposition | Rework | Scrap | Replace`` over ``  | X | X``) or by their own cell
    filled when the others are not (a clerk's highlight): (the marked options, their marks),
    ``([], the options)`` when none is marked, or None when ``right`` is no such row. The first option word is the printed choice list, never the answer by itself."""
    if meta.kind not in ("term", "terms") or meta.term is None:
        return None

    filled = [b for b in right if not b.empty and isinstance(b.value, str)]
    if checked_options(" ".join(b.text for b in filled)) is not None:
        return None  # "[X] Replace  [ ] Repair": the boxes are in the row itself
    heads: list[tuple[Box, Any]] = []
    for box in filled:
        member = option_word(meta.term, box.text)
        if member is None or not box.same_band(filled[0]):
            break
        heads.append((box, member))
    if len(heads) < 2 or len({m for _b, m in heads}) < len(heads):
        return None
    chosen, marks = [], []
    for box, member in heads:
        slack = 0.25 * box.height
        under = [
            b
            for b in page.under(box.y1 - 1e-6, box.y1 + 1.5 * box.height + 1.0)
            if not b.empty and b is not box and box.x0 - slack < (b.x0 + b.x1) / 2 < box.x1 + slack
        ]
        mark = min(under, key=lambda b: b.y0) if under else None
        if mark is not None and _MARK_UNDER.match(str(mark.value).strip()):
            chosen.append(member.value)
            marks.append(mark)
    if not chosen:
        # no mark under them: the option the clerk highlighted (its cell filled, the others not)
        shaded = [(b, m) for b, m in heads if b.filled]
        if not shaded or len(shaded) == len(heads):
            return [], [b for b, _m in heads]
        chosen, marks = [m.value for _b, m in shaded], [b for b, _m in shaded]
    return (chosen if meta.kind == "terms" else chosen[0] if len(chosen) == 1 else chosen), marks


def date_in_cells(right: list[Box]) -> tuple[str, list[Box]] | None:
    """A date typed over the three filled cells right of its label, each figure with its unit
    (``2026 年`` | ``9 月`` | ``30 日``), read by the same rule as the figures and units in cells
    of their own (:func:`date_in_pieces`): the date, and the cells it stands in."""
    found = date_in_pieces([b for b in right if not b.empty][:3])
    return (found[0].isoformat(), found[1]) if found is not None else None


# ---------------------------------------------------------------------------------- numbered lines
_ITEM = lazy_re(r"^\s*(\d{1,2})\s*[.、)）]\s*\S")


def numbered_below(page: Page, box: Box) -> list[Box]:
    """``1. …`` right of a label, ``2. …`` in the box straight under it (the lines of one merged
    cell printed as two rows): the boxes that go on with the numbered list, in order."""
    out: list[Box] = []
    last = box
    while True:
        m = _ITEM.match(str(last.value or ""))
        if m is None:
            return out
        lines = str(last.value).strip().split("\n")
        m = _ITEM.match(lines[-1]) or m
        want = int(m[1]) + 1
        under = [
            b
            for b in page.under(last.y1 - 1e-6, last.y1 + 0.5 * last.height + 1e-6)
            if b is not last
            and not b.empty
            and abs(b.x0 - last.x0) < 1.0
            and b.y0 >= last.y1 - 1e-6
            and (n := _ITEM.match(str(b.value or ""))) is not None
            and int(n[1]) == want
            and not page.is_label(b)
        ]
        if len(under) != 1 or _labelled_left(page, under[0]):
            return out  # beside a label of its own: that label's answer, not a list's next line
        last = under[0]
        out.append(last)


# an ellipsis a text cut short ends with, or its continuation begins with (``…``, ``...``, ``⋯``)
_ELLIPSIS = "…⋯."
_CONTINUED = lazy_re(r"^\s*(?:…|⋯|\.{3})")


def continued_below(page: Page, box: Box) -> list[Box]:
    """The rows a text goes on in after an ellipsis (``端子壓接高度偏低，拉力測試`` then, in the row
    under it, ``…未達規格下限 30N``, its label cell empty): each box straight under the last,
    starting where it starts, beginning with an ellipsis, with nothing filled on its left (no
    label of its own), in order. A row beside a label of its own is that label's."""
    out: list[Box] = []
    last = box
    while True:
        under = [
            b
            for b in page.under(last.y1 - 1e-6, last.y1 + 0.8 * last.height + 1e-6)
            if b is not last
            and not b.empty
            and b.y0 >= last.y1 - 0.3 * last.height
            and abs(b.x0 - last.x0) <= max(1.0, 0.5 * last.height)
            and _CONTINUED.match(str(b.value or ""))
            and not page.is_label(b)
        ]
        if len(under) != 1 or any(
            not b.empty and b.x1 <= under[0].x0 + 1e-6 and b.same_band(under[0]) for b in page.boxes
        ):
            return out
        last = under[0]
        out.append(last)


def joined_after_ellipses(boxes: list[Box]) -> str:
    """The text of a value and the rows it goes on in (:func:`continued_below`), one text: each
    row's ellipsis at the cut dropped (``拉力測試…`` + ``…未達`` → ``拉力測試未達``)."""
    parts = [str(b.value).strip() for b in boxes]
    out = parts[0]
    for part in parts[1:]:
        rest = _CONTINUED.sub("", part).lstrip()
        head = out.rstrip(_ELLIPSIS) if out.endswith(("…", "⋯", "...")) else out
        space = (
            " "
            if head[-1:].isascii() and head[-1:].isalnum() and rest[:1].isascii() and rest[:1].isalnum()
            else ""
        )
        out = head + space + rest
    return out


def lines_over(page: Page, label: Box, box: Box) -> list[Box]:
    """The lines printed over ``box`` that begin its text: a long text typed into a cell merged
    over several rows prints bottom-aligned (Excel's and LibreOffice's default), so on the page
    its label (as bottom-aligned in its own merged cell) stands beside the text's LAST line and
    the lines before it rise above. Lines straight over the value, one under the next, starting
    where it starts, as tall as it, with nothing beside them that is not beside the value too
    (:func:`_beside_alone`), and no higher than the label's merged cell can reach (over no
    line beside another label): top to bottom. Only on a print: a sheet's merged cell is one
    box holding all its lines."""
    if "!" in box.location or not isinstance(box.value, str):
        return []  # (a workbook's cell: its lines are its own)
    out: list[Box] = []
    last = box
    while True:
        line = next_line(page, box, last, up=True, alike=True)
        if line is None or page.is_label(line):
            return out[::-1]
        if any(_beside_alone(b, line, box) for b in page.boxes):
            return out[::-1]  # a row of its own: another field's, or a table's line
        if line.y1 <= label.y0 - 12 * box.height:
            return out[::-1]
        out.append(line)
        last = line


def _beside_alone(b: Box, line: Box, value: Box) -> bool:
    """Is ``b`` beside ``line`` (a line over the value) and not beside the value's own line too?
    A line of the value's merged cell has nothing of its own beside it: on its left (a label, a
    number: another field's row) nothing at all, on its right only what stands beside the whole
    cell (a tall box); anything else makes it a row of its own (``陈静 | 质量部``: a table's)."""
    if b is line or b.empty or not b.same_band(line):
        return False
    return b.x1 <= line.x0 + 1e-6 or (b.x0 >= line.x1 - 1e-6 and not b.same_band(value))


def _labelled_left(page: Page, box: Box) -> bool:
    """Is the nearest filled box on ``box``'s left, in its row, a label (a row's own label, not a
    tall caption over a block of rows)?"""
    left = [
        b
        for b in page.boxes
        if not b.empty and b.x1 <= box.x0 + 1e-6 and b.same_band(box) and b.height <= 1.5 * box.height
    ]
    return bool(left) and page.is_label(max(left, key=lambda b: b.x1))


def role_column(columns: dict[str, Any], main: str, word: str) -> str | None:
    """The column of a table's row (other than ``main``) that ``word`` is an option of: 組長 /
    Leader of a team's role. A caption ``組長：`` before a name is the member's role, not a
    field's label (:func:`names_with_roles`, a profile's team rows)."""
    for col, meta in columns.items():
        if col == main or getattr(meta, "term", None) is None:
            continue
        try:
            if meta.term.lookup(word) is not None:
                return col
        except Exception:
            continue
    return None


_ROLE_TAIL = lazy_re(r"^(?P<name>.+?)\s*[(（](?P<word>[^()（）]{1,20})[)）]$")


def names_with_roles(text: str, columns: dict[str, Any], main: str) -> list[dict[str, Any]] | None:
    """A team typed in one cell, each name with its role: in brackets after it (``J. Park
    (Leader), S. Gomez (Member)``, ``Helen Guo (Champion); David Sun (Leader); Lucy Zhao``) or
    before a colon for the names that follow (``組長：李國華（品保）、組員：張雅雯（製造）、陳冠宇``):
    one row per name, the role in the column it is an option of, another bracketed word in the
    row's other text column (the department). None unless the text is such a list (a name is
    short and has no digits; a role or a department at least)."""
    from .guards import a_person, list_parts, unit_word

    parts = list_parts(
        text
    )  # (a comma inside brackets parts a role from a department: "Liang Hui (Leader, Quality)")
    if len(parts) < 2 and not (parts and re.search(r"[:：]", parts[0])):
        return None  # (one name with its role before a colon is a team too: "Teamleiter: Jonas Keller")
    choices = {c: m for c, m in columns.items() if c != main and getattr(m, "term", None) is not None}
    other = next((c for c, m in columns.items() if c != main and c not in choices and m.kind == "text"), None)

    def option_of(word: str) -> str | None:
        return role_column(columns, main, word)

    rows: list[dict[str, Any]] = []
    carried: tuple[str, str] | None = None  # "組員：" names the role of the names after it
    for part in parts:
        head, colon, rest = (
            re.split(r"([:：])", part, maxsplit=1) if re.search(r"[:：]", part) else (part, "", "")
        )
        if colon:
            col = option_of(head.strip())
            if col is None:
                return None
            carried, part = (col, head.strip()), rest.strip()
        row: dict[str, Any] = {}
        m = _ROLE_TAIL.match(part)
        if m:
            word = m["word"].strip()
            col = option_of(word)
            pieces = [w.strip() for w in re.split(r"[,，、]", word) if w.strip()]
            if col is None and len(pieces) == 2 and other is not None and option_of(pieces[0]) is not None:
                row[option_of(pieces[0]) or ""], row[other] = pieces  # "(Leader, Quality)": role, department
            elif col is not None:
                row[col] = word
            elif other is not None and (carried is not None or unit_word(word)):
                row[other] = word  # 李國華（品保）, Li Ming (QA): the member's department
            else:
                m = None
        name = m["name"].strip() if m else part
        if not name or not a_person(name):  # a title, a company: not a list of people
            return None
        if carried is not None:
            row.setdefault(carried[0], carried[1])
        rows.append({main: name, **row})
    return rows if any(len(r) > 1 for r in rows) else None


_STAMP_LABEL = lazy_re(r"(?i)[盖蓋签簽]章|用印|stamp|seal|chop")
# the imprint of a seal as a clerk types it: (印) for the red mark, a company's 发票专用章 / 公章,
# or "已盖章" with the date it was stamped
_IMPRINT = lazy_re(
    r"(?i)^[(（]印[)）]|(?:专用|專用|公)章\s*$|^(?:已|有)(?:盖|蓋|签|簽)章[\s:：]*\d{2,4}\s*[-/.年]\s*\d{1,2}"
    r"\s*[-/.月]\s*\d{1,2}\s*日?$|^stamped\s+(?:on\s+)?\d"
)


def stamp_field(meta: Any) -> bool:
    """A yes/no field that says whether a party stamped the form (买受人盖章, Stamped by the buyer)."""
    return any(_STAMP_LABEL.search(label or "") for label in getattr(meta, "labels", ()))


def stamp_imprint(text: str) -> bool:
    """Text that describes a seal on the form rather than answering yes or no."""
    text = text.strip()
    refused = (len(text) <= 6 and _NEGATIVE.match(text)) or re.search(
        r"未[盖蓋签簽用]|[无無没沒]有?[盖蓋签簽公]?章", text
    )
    return not refused and _IMPRINT.search(text) is not None


def under_other_heading(page: Page, label: Box, box: Box) -> bool:
    """A text block beside ``label`` that begins rows higher, right under another label of the
    form (``Corrective Action`` over its text area, beside Part A's ``Problem Description``: two
    forms side by side): the block is that heading's answer, not this label's."""
    if box.y0 >= label.y0 - 0.5 * label.height:
        return False  # it begins on the label's row: beside it
    width = box.x1 - box.x0
    for h in page.under(box.y0 - 2.0 * label.height - 1.0, box.y0 + 1e-6):
        if h is label or h is box or h.empty or not isinstance(h.value, str):
            continue
        if abs(h.y1 - box.y0) > 0.5 * label.height + 1.0 or h.x0 > box.x1 or h.x1 < box.x0:
            continue
        if min(h.x1, box.x1) - max(h.x0, box.x0) >= 0.3 * width and (page.is_label(h) or page.known(h)):
            return True
    return False


def beside_text_area(page: Page, label: Box, under: list[Box]) -> list[Box]:
    """The boxes under a text area's heading without those of a column of labels standing right
    of the heading, beside the text (Part B's ``Closed Date`` beside Part A's description):
    the labels there bound the text area's width, they do not end it."""
    own = [b.y0 for b in under if page.is_label(b) and b.x0 < label.x1 - 1e-6]
    end = min(own, default=float("inf"))
    beside = [b for b in under if page.is_label(b) and b.x0 >= label.x1 - 1e-6 and b.y0 < end - 1e-6]
    if not beside:
        return under
    right = min(b.x0 for b in beside)
    return [b for b in under if b.x0 < right - 1e-6]


def captions_read_as_rows(meta: Any, rows: Any) -> bool:
    """A table read under one of its option captions whose every line is another option's caption
    (``Root Cause`` over ``Escape Point``, their texts beside them): the lines are captions, the
    table is one line per option (:func:`option_rows`), not a column under a header."""
    if not isinstance(rows, list) or not rows:
        return False
    columns = describe(meta.row_model)
    term = next((m.term for m in columns.values() if m.kind == "term" and m.term is not None), None)
    text = next((c for c, m in columns.items() if m.kind == "text" and m.required), None)
    if term is None or text is None:
        return False
    for row in rows:
        filled = {k: v for k, v in (row or {}).items() if v not in (None, "", [], {})}
        value = filled.get(text)
        if set(filled) != {text} or not isinstance(value, str) or option_word(term, value) is None:
            return False
    return True


def ticked_member_below(page: Page, group: str, head: Box) -> str | None:
    """The member of group ``group`` that a tick line right under the group's heading answers
    (``D7 Prevent Recurrence`` over ``[X] FMEA  [X] Control Plan  [ ] Work Instruction``: the
    documents updated): the one member whose options are all the ticked words, or None."""
    meta = page.spec.fields.get(group)
    if meta is None or meta.kind != "group" or meta.row_model is None:
        return None
    under = [
        b
        for b in page.under(head.y1 - 1e-6, head.y1 + 2.0 * head.height + 1.0)
        if not b.empty and isinstance(b.value, str) and b.overlaps_x(head.x0, head.x1) and b is not head
    ]
    if not under:
        return None
    first = min(under, key=lambda b: (b.y0, b.x0))
    ticked = checked_options(str(first.value))
    words = [w.strip(" \u3000,，、;；/()（）") for w in ticked or []]
    words = [w for w in words if w]
    if not words:
        return None
    best = [k for k, m in describe(meta.row_model).items() if all(m.names_option(w) for w in words)]
    return f"{group}.{best[0]}" if len(best) == 1 and f"{group}.{best[0]}" in page.fields else None


def sibling_sections(head: Any, text: Any) -> bool:
    """Are two labels numbered sections of one list (``2. 暫定処置`` and ``3. 発生原因``,
    ``三、`` and ``四、``, ``②`` and ``③``): numbered alike, the second one later? A numbered
    label is then the next section, never a caption inside the block of the one above it."""
    a, b = section_number(head), section_number(text)
    return a is not None and b is not None and a[0] == b[0] and b[1] > a[1] > 0


def _names_its_table(page: Any, key: str, box: Box) -> bool:
    """Is ``box`` itself a sure label of table ``key``: an option's caption naming the table too
    ("발생 원인 Root Cause" under "임시 대책 Containment") is its own block, not the one above."""
    return any(lab.box is box and lab.key == key and lab.score >= STRONG for lab in page.labels)


def _names_its_column(page: Any, key: str, box: Box) -> bool:
    """Does ``box`` name a column of the table ``key`` (``担当`` under ``D3 暫定対策 | …``)?"""
    vocabs = getattr(page, "column_vocabs", None)
    if vocabs is None:
        return False
    try:
        found = vocabs[key].match(box.text)
    except KeyError:
        return False
    return found is not None and found[1] >= STRONG


def heads_line(page: Any, key: str, head: Box, line: Sequence[Box]) -> bool:
    """Which table or step does a line right under a heading belong to: is ``line`` (its boxes,
    under ``head``, the heading of table or group ``key``) in the heading's block? Yes, unless the
    heading is one of a form's label–text lines, its text beside it (:func:`answered_beside`:
    ``暫定処置 / 围堵措施 | 在库…全检。`` over ``発生原因 | …``, ``恒久対策 | …`` over ``氏名 |
    役割``), and no box of the line names a column of the heading's table: ``担当`` under ``D3
    暫定対策 | …`` is the action's owner, the step's own line, never the team's heading. The one
    rule of :func:`in_other_block` and of a header row under another table's heading."""
    return not answered_beside(page, head) or any(_names_its_column(page, key, b) for b in line)


def answered_beside(page: Any, head: Box) -> bool:
    """Is ``head`` a line's label with its text beside it (``暫定処置 / 围堵措施 | 在库…全检。``
    over ``発生原因 / 发生原因 | …``, over ``氏名 | 役割``): one of a form's label–text lines, not
    the heading of a block the lines under it belong to."""
    right, _next = page.right_of(head)
    filled = first_run([b for b in right if not b.empty])
    return (
        bool(filled)
        and not page.is_label(filled[0])
        and re.search(r"[^\W\d_]", str(filled[0].value)) is not None
    )


def in_other_block(page: Any, key: str, box: Box) -> bool:
    """Does ``box`` stand in another table's or group's block: is the nearest heading above it
    in its columns, or beside it on its left spanning its row (a vertical ``D4 原因追溯``), not
    ``key``'s? ``Entstehung`` grouping D5's action rows is not a caption of D4's causes."""
    near: list[tuple[float, Any]] = []
    for lab in page.labels:
        m = page.spec.fields.get(lab.key)
        if lab.score < STRONG or m is None or m.kind not in ("table", "group") or lab.box is box:
            continue
        h = lab.box
        if sibling_sections(h.text, box.text):
            continue  # "2. 暫定処置" over "3. 発生原因": the next numbered section, not inside it
        if h.y1 <= box.y0 + 1e-6 and h.overlaps_x(box.x0, box.x1):
            if (
                lab.key != key
                and abs(h.x0 - box.x0) <= 0.5 * max(h.height, box.height)
                and not heads_line(page, lab.key, h, [box])
            ):
                continue  # "暫定処置 / 围堵措施 | 在库…全检。" over "発生原因 | …": a line, no block
            near.append((box.y0 - h.y1, lab))
        elif h.x1 <= box.x0 + 1e-6 and h.y0 <= box.y0 + 1e-6 and h.y1 >= box.y1 - 1e-6:
            near.append((box.x0 - h.x1, lab))
    if not near:
        return False
    best = min(d for d, _lab in near)
    closest = [lab for d, lab in near if d <= best + 1e-6]
    return not any(lab.key == key for lab in closest)


def column_words_in_blocks(page: Any) -> list[Any]:
    """``page.labels`` without a table's label that is also another table's column word standing
    in that table's block: ``担当`` names a Japanese 8D's team, and over or beside an action its
    owner — under ``D3 暫定対策`` it is the containment action's owner (:func:`in_other_block`),
    never the team, whose own heading (``D1 チーム編成``) stands elsewhere. A discipline's heading
    (``D6 Verification``) is its block's own, never dropped."""
    out = []
    for lab in page.labels:
        head = lab.key.partition(".")[0]
        meta = page.spec.fields.get(head)
        if (
            meta is not None
            and meta.kind == "table"
            and discipline(lab.box.text) is None  # "D6 Verification" heads its own block
            # the field's own heading elsewhere on the page (D1 チーム編成): this one is no other
            and any(o.key == lab.key and o.box is not lab.box and o.score >= STRONG for o in page.labels)
            and any(
                k != head and v.may_name(lab.box.text) and (m := v.match(lab.box.text)) and m[1] >= STRONG
                for k, v in page.column_vocabs.items()
            )
            and in_other_block(page, head, lab.box)
        ):
            continue
        out.append(lab)
    return out


def group_signers_in_other_blocks(page: Any) -> list[Any]:
    """``page.labels`` without a group's person label standing in another block (:func:`_block_of`)
    where that block is a table of people (``品保主管 | 李明`` under ``D1 小组成员``: a member, not
    the 8D's approver of D8) or where the same field's label stands in the group's own block too
    (an empty ``核准人`` under ``D8 结案`` wins over a title printed elsewhere). The field's own
    caption (``核准``) is its label wherever it stands: only another of its words (a title) yields."""
    out = []
    for lab in page.labels:
        head, _, rest = lab.key.partition(".")
        meta = page.spec.fields.get(head)
        field_meta = page.fields.get(lab.key)
        block = _block_of(page, lab.box)
        if (
            rest
            and meta is not None
            and meta.kind == "group"
            and field_meta is not None
            and person_field(field_meta)
            and norm(lab.box.text) not in {norm(field_meta.label_zh), norm(field_meta.label_en)}
            and block not in (None, head)
            and (_people_table(page, block) or _own_label_in_block(page, lab, head))
        ):
            continue
        out.append(lab)
    return out


def _block_of(page: Any, box: Box) -> str | None:
    """The table or group whose heading is the nearest above ``box`` starting at or left of it
    (``D1 小组成员`` over the team's rows, ``D8 结案`` over the sign-off; of headings side by side in
    one row, the nearest on its left): the block it stands in."""
    above = [
        lab
        for lab in page.labels
        if lab.score >= STRONG
        and "." not in lab.key
        and (m := page.spec.fields.get(lab.key)) is not None
        and m.kind in ("table", "group")
        and lab.box is not box
        and lab.box.y1 <= box.y0 + 1e-6
        and lab.box.x0 <= box.x0 + 1e-6
    ]
    # the lowest heading, of a row of headings the nearest on the left (D1 … D8 side by side)
    return max(above, key=lambda lab: (round(lab.box.y1, 3), lab.box.x0)).key if above else None


def _people_table(page: Any, key: str) -> bool:
    """Is ``key`` a table whose rows are people (an 8D's team: its row's first field a person's,
    never an action's table with its owner's column)?"""
    meta = page.spec.fields.get(key)
    return (
        meta is not None
        and meta.kind == "table"
        and meta.row_model is not None
        and any(person_field(m) for m in list(describe(meta.row_model).values())[:1])
    )


def _own_label_in_block(page: Any, lab: Any, head: str) -> bool:
    """Is ``lab``'s field labelled again inside its group's own block?"""
    return any(
        o.key == lab.key and o.box is not lab.box and _block_of(page, o.box) == head for o in page.labels
    )
