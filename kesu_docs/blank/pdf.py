"""A blank fillable PDF (AcroForm) of a form, derived from its description.

``write_blank(spec, path)`` prints the title, form code and every field's Chinese label
(``*`` for required ones) in the form's sections, with one form field per record field:

- named by the field key (``customer``, ``received_date``), so ``kesu parse`` reads it back
  without guessing;
- table cells and the members of a group as hierarchical fields: a parent ``penalties[0]``
  with kids ``target``, ``code``…, a parent ``problem`` with kids ``what``, ``where``… — the
  fully qualified names (``penalties[0].amount``, ``problem.what``) are the record paths
  used in error reports;
- choices (内外销, 严重度, 是/否) as editable drop-downs of their Chinese terms; text areas
  multi-line; the input hint as the field's tooltip.

Text is set in Noto Sans CJK SC (or the font in $KESU_CJK_FONT, or SimSun / Microsoft YaHei
on Windows), embedded as a subset holding every CJK Unified Ideograph the font has (the basic
block and extension A: 鑫 晟 昊 琦 淼 焱 in company and person names, not only the 3,755 common
hanzi of GB 2312 level 1), CJK punctuation, full-width forms and ASCII, so whatever a clerk
types into a field shows in any viewer. Subsetting takes half a minute once; the subset
(compressed in the PDF to about 5 MB) is cached under ``~/.cache/kesu-docs``, shared by all forms.

The PDF is written by hand (it is a handful of objects). No well-kept Python library does this
job whole: reportlab's form fields take only the 14 standard Latin fonts and it cannot embed a
CFF-outline font such as Noto Sans CJK; fpdf2 writes no form fields; PyMuPDF and borb are
AGPL-licensed. See the README's "Dependencies".
"""

from __future__ import annotations

import hashlib
import io
import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path

from ..forms import FieldMeta, FormSpec, describe
from ..forms.base import CONTROL_LINE, SIGNATURES
from ..problems import KesuError

PAGE_W, PAGE_H = 595.28, 841.89  # A4 in points
MARGIN = 36.0
ROW_H = 15.5  # a complaint sheet fits one A4 page, as the paper form does
LONG_H = 36.0
SIGN_H = 24.0
SIGN_LABELS = tuple(f"{zh} {en}" for zh, en in SIGNATURES)
LABEL_W = 92.0
FONT_SIZE = 9.0
TITLE_SIZE = 16.0

# Field flags (PDF 32000-1, 12.7.4)
_MULTILINE, _COMBO, _EDIT = 1 << 12, 1 << 17, 1 << 18


class FontMissing(KesuError, RuntimeError):
    """No CJK font to embed: install fonts-noto-cjk, or name a font file in $KESU_CJK_FONT."""

    def __init__(self) -> None:
        super().__init__("font_missing")

    @property
    def zh(self) -> str:
        return self.message("zh")

    @property
    def en(self) -> str:
        return self.message("en")

    def __str__(self) -> str:  # both languages: said where no language was chosen
        return f"{self.zh} / {self.en}"


# ------------------------------------------------------------------------------------ font
# Chinese fonts every Windows PC (and Mac) has, in order of preference: (file, face index)
WINDOWS_FONTS = (("simsun.ttc", 0), ("msyh.ttc", 0), ("msyh.ttf", 0), ("simhei.ttf", 0), ("simsun.ttf", 0))
MAC_FONTS = (
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
)


def windows_fonts_dir() -> Path | None:
    """``C:\\Windows\\Fonts`` (where %WINDIR% says Windows is), or None off Windows."""
    root = (
        os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or (r"C:\Windows" if os.name == "nt" else "")
    )
    folder = Path(root) / "Fonts" if root else None
    return folder if folder is not None and folder.is_dir() else None


def _font_file() -> tuple[str, int]:
    """(path, face index) of $KESU_CJK_FONT, else SimSun / Microsoft YaHei on Windows, else
    Noto Sans CJK SC (asking fontconfig first), else a Mac's Songti."""
    named = os.environ.get("KESU_CJK_FONT")
    if named:  # e.g. C:\\Windows\\Fonts\\simsun.ttc on a clerk's PC: that file, or nothing
        if Path(named).is_file():
            return named, 0
        raise FontMissing()
    fonts = windows_fonts_dir()
    if fonts is not None:
        for name, index in WINDOWS_FONTS:
            # a folder listing, not is_file(): Windows file names are case-insensitive (SIMSUN.TTC)
            found = {f.name.lower(): f for f in fonts.iterdir()}
            if name in found:
                return str(found[name]), index
    if shutil.which("fc-match"):
        try:
            out = subprocess.run(
                ["fc-match", "-f", "%{file}:%{index}", "Noto Sans CJK SC:style=Regular"],
                capture_output=True,
                text=True,
                timeout=10,
            ).stdout
            file, _, face = out.rpartition(":")
            if "CJK" in file and Path(file).is_file():
                return file, int(face or 0)
        except (OSError, ValueError, subprocess.SubprocessError):
            pass
    for candidate, index in (
        ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
        ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ):
        if Path(candidate).is_file():
            return candidate, index
    for candidate in MAC_FONTS:
        if Path(candidate).is_file():
            return candidate, 0
    raise FontMissing()


def font_available() -> bool:
    """Whether a CJK font to embed is installed (fonts-noto-cjk)."""
    try:
        _font_file()
    except FontMissing:
        return False
    return True


# what a clerk types into the fields: ASCII, Chinese punctuation, the measures and marks of a
# quality report (12°C, 50μm, 10Ω, Φ3, 2‰, mm², ※) …
INPUT_CHARS = (
    "".join(chr(c) for c in range(0x20, 0x7F))
    + "，。、；：？！“”‘’（）【】《》…—·￥¥％℃×÷±≤≥☑☐√"
    + "°μΩΦφ‰§№²³•※△▲○●□■→←↑↓"
    + "０１２３４５６７８９"
)
# … and whatever of these blocks the font has: CJK punctuation, extension A, the CJK Unified
# Ideographs, full-width forms
INPUT_BLOCKS = ((0x3000, 0x303F), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xFF00, 0xFFEF))


def input_chars() -> str:
    """:data:`INPUT_CHARS` and every character of :data:`INPUT_BLOCKS` the embedded font has."""
    from fontTools.ttLib import TTFont

    file, index = _font_file()
    cmap = TTFont(file, fontNumber=index, lazy=True).getBestCmap()
    return INPUT_CHARS + "".join(chr(u) for u in sorted(cmap) if any(a <= u <= b for a, b in INPUT_BLOCKS))


@dataclass
class _Font:
    """An embedded CID-keyed CFF subset: unicode → CID, CID → advance width (1/1000 em)."""

    otf: bytes  # the subset OpenType file, embedded whole (FontFile3 /OpenType or FontFile2)
    cids: dict[str, int]
    widths: dict[int, int]
    ascent: int
    descent: int
    bbox: tuple[int, int, int, int]
    truetype: bool = False  # glyf outlines (SimSun, YaHei): CIDFontType2; else CFF: CIDFontType0
    name: str = "NotoSansCJKsc-Regular"

    def encode(self, text: str) -> str:
        return "<" + "".join(f"{self.cids.get(ch, 0):04X}" for ch in text) + ">"

    def width(self, text: str, size: float) -> float:
        return sum(self.widths.get(self.cids.get(ch, 0), 1000) for ch in text) * size / 1000


def _cache_dir() -> Path | None:
    """The fonts' cache folder, made private; None when it is not (others could plant a font)."""
    from ..config import private_cache_dir

    return private_cache_dir("fonts")


def _subset(chars: str) -> bytes:
    """An OpenType subset of the CJK font holding ``chars``, cached on disk."""
    file, index = _font_file()
    wanted = "".join(sorted(set(chars)))
    key = hashlib.sha256(f"v4:{file}:{index}:{os.path.getsize(file)}:{wanted}".encode()).hexdigest()[:20]
    from ..config import read_private

    folder = _cache_dir()
    cached = folder / f"cjk-{key}.otf" if folder is not None else None
    kept = read_private(cached) if cached is not None else None
    if kept is not None:
        return kept
    from fontTools import subset
    from fontTools.ttLib import TTFont

    font = TTFont(file, fontNumber=index)
    options = subset.Options()
    options.layout_features, options.name_IDs, options.hinting = [], ["*"], False
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in wanted])
    subsetter.subset(font)
    buf = io.BytesIO()
    font.save(buf)
    data = buf.getvalue()
    if cached is not None:
        from ..config import write_private

        write_private(cached, data)  # (none kept: slower next time, same result)
    return data


def load_font(chars: str) -> _Font:
    """The embedded font for a blank form printing ``chars`` and accepting :data:`INPUT_CHARS`."""
    from fontTools.ttLib import TTFont

    accepted = input_chars()
    extra = "".join(
        sorted(set(chars) - set(accepted))
    )  # labels are almost all covered: one subset for all forms
    data = _subset(accepted + extra)
    font = TTFont(io.BytesIO(data))
    cmap = font.getBestCmap()
    order = {name: i for i, name in enumerate(font.getGlyphOrder())}

    def cid(name: str) -> int:
        # an embedded OpenType font is addressed by glyph index (poppler, PDFium and pypdf agree)
        return order[name]

    cids = {chr(u): cid(name) for u, name in cmap.items()}
    hmtx = font["hmtx"]
    upm = font["head"].unitsPerEm
    widths = {cid(name): round(hmtx[name][0] * 1000 / upm) for name in font.getGlyphOrder()}
    head, hhea = font["head"], font["hhea"]
    scale = 1000 / upm
    postscript = "".join(c for c in (font["name"].getDebugName(6) or "CJK") if c.isalnum() or c in "-_")
    return _Font(
        data,
        cids,
        widths,
        round(hhea.ascent * scale),
        round(hhea.descent * scale),
        (
            round(head.xMin * scale),
            round(head.yMin * scale),
            round(head.xMax * scale),
            round(head.yMax * scale),
        ),
        truetype="glyf" in font,
        name=postscript or "CJK",
    )


# ------------------------------------------------------------------------------------ layout
@dataclass
class _Widget:
    name: str  # partial name (kid of a table row) or the field key
    parent: str  # "penalties[0]" for table cells, "" otherwise
    meta: FieldMeta
    rect: tuple[float, float, float, float]


@dataclass
class _Page:
    ops: list[str] = dc_field(default_factory=list)
    widgets: list[_Widget] = dc_field(default_factory=list)


class _Layout:
    """Places labels and fields top to bottom, two short fields a row, starting pages as needed."""

    def __init__(self, spec: FormSpec, font: _Font, effective_date: str = "") -> None:
        self.spec, self.font, self.effective_date = spec, font, effective_date
        self.pages: list[_Page] = []
        self.y = 0.0
        self.width = PAGE_W - 2 * MARGIN
        self.new_page()

    @property
    def page(self) -> _Page:
        return self.pages[-1]

    def new_page(self) -> None:
        self.pages.append(_Page())
        self.y = PAGE_H - MARGIN
        if len(self.pages) == 1:
            title = self.spec.title_zh
            w = self.font.width(title, TITLE_SIZE)
            self.text((PAGE_W - w) / 2, self.y - TITLE_SIZE, title, TITLE_SIZE)
            self.y -= TITLE_SIZE + 8
        code = f"{CONTROL_LINE[0]} {self.spec.form_code}　{CONTROL_LINE[1]} {self.effective_date}"
        self.text(PAGE_W - MARGIN - self.font.width(code, FONT_SIZE), self.y - FONT_SIZE, code)
        self.y -= FONT_SIZE + 6

    def need(self, height: float) -> None:
        if self.y - height < MARGIN + 20:
            self.new_page()

    def text(self, x: float, y: float, text: str, size: float = FONT_SIZE) -> None:
        self.page.ops.append(f"BT /F1 {size:g} Tf {x:.2f} {y:.2f} Td {self.font.encode(text)} Tj ET")

    def cell(self, x: float, y: float, w: float, h: float, label: str = "", shade: bool = False) -> None:
        """A framed cell (``y`` is its bottom edge), shaded for labels, with its label text."""
        if shade:
            self.page.ops.append(f"0.93 g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f 0 g")
        self.page.ops.append(f"{x:.2f} {y:.2f} {w:.2f} {h:.2f} re S")
        if label:
            # one row: the baseline centres the text; a text area: the label sits at its top
            baseline = y + (h - FONT_SIZE) / 2 + 1.5 if h <= ROW_H else y + h - FONT_SIZE - 5
            self.text(x + 3, baseline, label)

    def widget(
        self, name: str, meta: FieldMeta, x: float, y: float, w: float, h: float, parent: str = ""
    ) -> None:
        self.page.widgets.append(_Widget(name, parent, meta, (x + 1, y + 1, x + w - 1, y + h - 1)))

    def heading(self, text: str) -> None:
        self.need(ROW_H * 2)
        self.cell(MARGIN, self.y - ROW_H, self.width, ROW_H, text, shade=True)
        self.y -= ROW_H

    def fields(self, metas: list[FieldMeta], parent: str = "") -> None:
        half = self.width / 2
        pending: list[FieldMeta] = []

        def flush_row() -> None:
            if not pending:
                return
            self.need(ROW_H)
            for i, meta in enumerate(pending):
                x = MARGIN + i * half
                value_w = (half if len(pending) == 2 else self.width) - LABEL_W
                self.cell(x, self.y - ROW_H, LABEL_W, ROW_H, _label(meta), shade=True)
                self.cell(x + LABEL_W, self.y - ROW_H, value_w, ROW_H)
                self.widget(meta.key, meta, x + LABEL_W, self.y - ROW_H, value_w, ROW_H, parent)
            self.y -= ROW_H
            pending.clear()

        for meta in metas:
            if meta.kind == "group" and meta.row_model is not None:
                flush_row()
                self.heading(_label(meta))
                self.fields(list(describe(meta.row_model).values()), parent=meta.key)
            elif meta.kind == "table":
                flush_row()
                self.table(meta)
            elif meta.long:
                flush_row()
                self.need(LONG_H)
                self.cell(MARGIN, self.y - LONG_H, LABEL_W, LONG_H, _label(meta), shade=True)
                self.cell(MARGIN + LABEL_W, self.y - LONG_H, self.width - LABEL_W, LONG_H)
                self.widget(
                    meta.key, meta, MARGIN + LABEL_W, self.y - LONG_H, self.width - LABEL_W, LONG_H, parent
                )
                self.y -= LONG_H
            else:
                pending.append(meta)
                if len(pending) == 2:
                    flush_row()
        flush_row()

    def signatures(self) -> None:
        """The 制作 / 审核 / 核准 block the controlled documents carry: a label over a box to sign."""
        self.need(ROW_H + SIGN_H + 6)
        self.y -= 6
        col_w = self.width / len(SIGN_LABELS)
        for i, text in enumerate(SIGN_LABELS):
            x = MARGIN + i * col_w
            self.cell(x, self.y - ROW_H, col_w, ROW_H, "", shade=True)
            self.text(
                x + (col_w - self.font.width(text, FONT_SIZE)) / 2,
                self.y - ROW_H + (ROW_H - FONT_SIZE) / 2 + 1.5,
                text,
            )
            self.cell(x, self.y - ROW_H - SIGN_H, col_w, SIGN_H)
        self.y -= ROW_H + SIGN_H

    def table(self, meta: FieldMeta) -> None:
        columns = list(describe(meta.row_model).values()) if meta.row_model else []
        rows = meta.rows or 3
        self.need(ROW_H * (2 + rows))
        self.cell(MARGIN, self.y - ROW_H, self.width, ROW_H, _label(meta), shade=True)
        self.y -= ROW_H
        col_w = self.width / max(len(columns), 1)
        for i, col in enumerate(columns):
            self.cell(MARGIN + i * col_w, self.y - ROW_H, col_w, ROW_H, _label(col), shade=True)
        self.y -= ROW_H
        for r in range(rows):
            self.need(ROW_H)
            for i, col in enumerate(columns):
                x = MARGIN + i * col_w
                self.cell(x, self.y - ROW_H, col_w, ROW_H)
                self.widget(col.key, col, x, self.y - ROW_H, col_w, ROW_H, parent=f"{meta.key}[{r}]")
            self.y -= ROW_H


def _label(meta: FieldMeta) -> str:
    return ("*" if meta.required else "") + meta.label_zh


def _sections(spec: FormSpec) -> Iterator[tuple[str, list[FieldMeta]]]:
    """(heading, fields) in print order (FormSpec.grouped); no heading for the fields of no
    declared section."""
    for section in spec.grouped():
        yield (section.zh if section.key else ""), list(section.fields)


def _printed_chars(spec: FormSpec) -> str:
    texts = [
        spec.title_zh,
        spec.form_code,
        "表单编号生效日期第页共/",
        *SIGN_LABELS,
        *(zh for _, zh, _ in spec.sections),
    ]
    metas = list(spec.fields.values())
    metas += [col for m in metas if m.row_model is not None for col in describe(m.row_model).values()]
    for meta in metas:
        texts += [_label(meta), meta.hint, *([m.zh for m in meta.term] if meta.term else [])]
    return "".join(texts) + "是否"


# ------------------------------------------------------------------------------------ PDF objects
def _string(text: str) -> str:
    """A PDF text string: UTF-16BE with BOM (hex) unless plain ASCII."""
    if text.isascii():
        return "(" + text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class _Objects:
    def __init__(self) -> None:
        self.bodies: list[bytes | None] = []

    def reserve(self) -> int:
        self.bodies.append(None)
        return len(self.bodies)

    def set(self, num: int, body: str | bytes) -> int:
        self.bodies[num - 1] = body.encode("latin-1") if isinstance(body, str) else body
        return num

    def add(self, body: str | bytes) -> int:
        return self.set(self.reserve(), body)

    def stream(self, data: bytes, extra: str = "") -> int:
        return self.add(
            f"<< /Length {len(data)} {extra}>>\nstream\n".encode("latin-1") + data + b"\nendstream"
        )

    def write(self, root: int, info: int) -> bytes:
        out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(self.bodies, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + (body or b"null") + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(self.bodies) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
        ident = hashlib.md5(bytes(out)).hexdigest()
        out += (
            f"trailer\n<< /Size {len(self.bodies) + 1} /Root {root} 0 R /Info {info} 0 R "
            f"/ID [<{ident}> <{ident}>] >>\nstartxref\n{xref}\n%%EOF\n"
        ).encode()
        return bytes(out)


def _font_objects(objs: _Objects, font: _Font) -> int:
    import zlib

    packed = zlib.compress(font.otf, 6)
    if font.truetype:  # SimSun, Microsoft YaHei: TrueType outlines, glyph index = CID
        file = objs.stream(packed, f"/Length1 {len(font.otf)} /Filter /FlateDecode ")
        embedded, subtype, gid_map = "FontFile2", "CIDFontType2", " /CIDToGIDMap /Identity"
    else:  # Noto Sans CJK: CFF outlines in an OpenType wrapper
        file = objs.stream(packed, "/Subtype /OpenType /Filter /FlateDecode ")
        embedded, subtype, gid_map = "FontFile3", "CIDFontType0", ""
    name = f"KESUCJ+{font.name}"
    descriptor = objs.add(
        f"<< /Type /FontDescriptor /FontName /{name} /Flags 4 /FontBBox [{' '.join(map(str, font.bbox))}]"
        f" /ItalicAngle 0 /Ascent {font.ascent} /Descent {font.descent} /CapHeight {font.ascent}"
        f" /StemV 80 /{embedded} {file} 0 R >>"
    )
    runs = _width_runs(font.widths)
    cidfont = objs.add(
        f"<< /Type /Font /Subtype /{subtype} /BaseFont /{name}"
        f" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        f" /FontDescriptor {descriptor} 0 R /DW 1000 /W [{runs}]{gid_map} >>"
    )
    pairs = sorted((cid, ch) for ch, cid in font.cids.items())
    chunks = [pairs[i : i + 100] for i in range(0, len(pairs), 100)]
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe)"
        " /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def"
        " 1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
    )
    for chunk in chunks:
        cmap += (
            f"{len(chunk)} beginbfchar\n"
            + "".join(f"<{cid:04X}> <{ch.encode('utf-16-be').hex().upper()}>\n" for cid, ch in chunk)
            + "endbfchar\n"
        )
    cmap += "endcmap CMapName currentdict /CMap defineresource pop end end"
    to_unicode = objs.stream(cmap.encode("ascii"))
    return objs.add(
        f"<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H"
        f" /DescendantFonts [{cidfont} 0 R] /ToUnicode {to_unicode} 0 R >>"
    )


def _width_runs(widths: dict[int, int]) -> str:
    """The /W array: consecutive glyphs share one entry, ``c [w1 w2 …]``; 1000 is the default."""
    out: list[str] = []
    run: list[int] = []
    start = prev = -2
    for cid, w in sorted(widths.items()):
        if w == 1000:
            continue
        if cid != prev + 1 and run:
            out.append(f"{start} [{' '.join(map(str, run))}]")
            run = []
        if not run:
            start = cid
        run.append(w)
        prev = cid
    if run:
        out.append(f"{start} [{' '.join(map(str, run))}]")
    return " ".join(out)


def _choices(meta: FieldMeta) -> list[str]:
    if meta.kind == "term" and meta.term is not None:
        return [m.zh for m in meta.term]
    if meta.kind == "bool":
        return ["是", "否"]
    return []


def render_blank(spec: FormSpec) -> bytes:
    """The bytes of the blank fillable PDF of ``spec`` (see :func:`write_blank`)."""
    from ..config import settings

    font = load_font(_printed_chars(spec))
    layout = _Layout(spec, font, str(settings().effective_date))
    for heading, metas in _sections(spec):
        if heading:
            layout.heading(heading)
        layout.fields(metas)
    layout.signatures()

    objs = _Objects()
    catalog, pages_id = objs.reserve(), objs.reserve()
    font_id = _font_objects(objs, font)
    da = f"/F1 {FONT_SIZE:g} Tf 0 g"
    page_ids: list[int] = []
    top_fields: list[int] = []
    parents: dict[str, tuple[int, list[int]]] = {}
    total = len(layout.pages)
    for n, page in enumerate(layout.pages, start=1):
        footer = f"第 {n} 页 / 共 {total} 页"
        ops = [
            "0.5 w 0 G",
            *page.ops,
            f"BT /F1 8 Tf {(PAGE_W - font.width(footer, 8)) / 2:.2f} {MARGIN - 12:.2f} Td {font.encode(footer)} Tj ET",
        ]
        content = objs.stream("\n".join(ops).encode("latin-1"))
        page_id = objs.reserve()
        annots: list[int] = []
        for w in page.widgets:
            meta = w.meta
            choices = _choices(meta)
            kind = (
                f"/FT /Ch /Ff {_COMBO | _EDIT} /Opt [{' '.join(_string(c) for c in choices)}]"
                if choices
                else f"/FT /Tx /Ff {_MULTILINE if meta.long else 0}"
            )
            tip = meta.hint or meta.label_zh
            rect = " ".join(f"{v:.2f}" for v in w.rect)
            body = (
                f"<< /Type /Annot /Subtype /Widget /Rect [{rect}] /P {page_id} 0 R /F 4 /T {_string(w.name)}"
                f" /TU {_string(tip)} {kind} /DA ({da}) /MK << /BG [1 1 1] >>"
            )
            if w.parent:
                parent_id, kids = parents.get(w.parent) or (objs.reserve(), [])
                parents[w.parent] = (parent_id, kids)
                if not kids:
                    top_fields.append(parent_id)
                widget_id = objs.add(body + f" /Parent {parent_id} 0 R >>")
                kids.append(widget_id)
            else:
                widget_id = objs.add(body + " >>")
                top_fields.append(widget_id)
            annots.append(widget_id)
        objs.set(
            page_id,
            f"<< /Type /Page /Parent {pages_id} 0 R /MediaBox [0 0 {PAGE_W} {PAGE_H}]"
            f" /Resources << /Font << /F1 {font_id} 0 R >> >> /Contents {content} 0 R"
            f" /Annots [{' '.join(f'{a} 0 R' for a in annots)}] >>",
        )
        page_ids.append(page_id)
    for name, (parent_id, kids) in parents.items():
        objs.set(parent_id, f"<< /T {_string(name)} /Kids [{' '.join(f'{k} 0 R' for k in kids)}] >>")
    objs.set(
        pages_id,
        f"<< /Type /Pages /Kids [{' '.join(f'{p} 0 R' for p in page_ids)}] /Count {len(page_ids)} >>",
    )
    objs.set(
        catalog,
        f"<< /Type /Catalog /Pages {pages_id} 0 R /AcroForm << /Fields "
        f"[{' '.join(f'{f} 0 R' for f in top_fields)}] /NeedAppearances true"
        f" /DR << /Font << /F1 {font_id} 0 R >> >> /DA ({da}) >> >>",
    )
    info = objs.add(
        f"<< /Title {_string(f'{spec.title_zh} {spec.form_code}')} /Subject {_string(spec.kind)}"
        f" /Producer (kesu-docs) >>"
    )
    return objs.write(catalog, info)


def write_blank(spec: FormSpec, path: str | Path, *, check: Callable[[], object] | None = None) -> Path:
    """Write the blank fillable PDF of ``spec`` to ``path``; ``check()`` right before the rename
    (``kesu blank -o``: that what stands there is no filled form).

    >>> from kesu_docs import forms
    >>> write_blank(forms.get("complaint"), "客户抱怨处理单.pdf")   # doctest: +SKIP
    """
    from ..leftovers import write_file

    return write_file(path, render_blank(spec), check=check)  # whole or not at all, never through a pipe
