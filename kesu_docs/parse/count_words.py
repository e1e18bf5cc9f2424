"""The words a count is said in after its figure, by language, with where each comes from: the one
table (:data:`COUNT_WORD_TABLE`) that :mod:`kesu_docs.parse.units` reads a count's unit by and
:mod:`kesu_docs.parse.vocab` reads a label naming what is counted by (``Coils claimed``). Data
only: it imports none of the reader's modules, so both may read it without importing each other."""

from __future__ import annotations

from typing import NamedTuple


class CountWords(NamedTuple):
    """A row of :data:`COUNT_WORD_TABLE`: words a count is said in after its figure (``1,200
    pcs``, ``340 шт.``), as regular-expression pieces of folded text (simplified, lower case)."""

    languages: tuple[str, ...]  # the languages writing them (BCP 47)
    words: tuple[str, ...]
    source: str  # where they come from
    linker: str = ""  # a word joining the figure to them (Cebuano ``1,200 ka buok``: ka)
    not_in_prose: tuple[str, ...] = ()  # words a letter's sentence uses for other things
    # what the words count (PACKS): pieces (""), at times the pieces and at others the packages they come
    # in ("also": 箱, 卷, a coil, a drum), or only packages, never a count of pieces on its own ("only":
    # a carton, a pallet; not among the count words a figure's unit or a letter's count is read by)
    packs: str = ""


# where a row's words come from: the kind each row's ``source`` starts with (``Kind: …``)
SOURCE_KINDS: dict[str, str] = {
    "CLDR": "the CLDR's name of a unit in that language (babel's locale data; a test compares them)",
    "Wiktionary": "the word's entry in the English Wiktionary (its meaning a piece, a unit, a count)",
    "Wikipedia": "an article listing the words (a language's measure words)",
    "UN/CEFACT": "a trade code list's names of units (UN/CEFACT Recommendation 20)",
    "Style guide": "a language authority's list of abbreviations",
    "Web page": "a page on the language's counting, named by its site",
    "Held-out set": "the held-out set the word was met in (tests/holdoutNN; a test finds it in the set's maker)",
}
# what a row's ``packs`` says its words count: a count of packages is read as its figure and said
# (qty_in_packages), since how many pieces a package holds the figure does not say
PACKS: dict[str, str] = {
    "": "pieces (件, pcs): the count the form asks for",
    "also": "the piece at times, the package pieces come in at others (Chinese counts both with 箱, 卷; a steel coil, a drum)",
    "only": "packages only (a carton, a pallet): never a count word of pieces, a package word alone",
}
_CLDR_ITEM = "CLDR: unit concentr-item (babel's locale data): "
# The words a count is said in, by language, with where they come from: the one table for a
# label's unit (千个), a figure's own unit (1,200 pcs) and the quantity value type alike. Each row's
# ``source`` starts with its kind (SOURCE_KINDS). The CLDR's unit for a count of things
# (``concentr-item``) names "item", "element", "object" in most languages (de Element, ru объект,
# tr öğe), not the word a packing list or a form writes after a count: only Polish szt./sztuk and
# Lao ອັນ are its words (checked against babel for every language of the table, round 30); the
# other rows cite the word's dictionary entry, a list of them, a language authority's
# abbreviations or the held-out set the word was first met in (round 30 mended the rows whose
# citation did not say the word: GB 3100 lists SI units, not 量词; Recommendation 20 no ``PNL``;
# Catalan ``u.`` is the Generalitat's abbreviation; ``und.``, ``heb`` and ``PNL`` were met in a
# set). A right-to-left word is also read with its letters reversed, as a PDF storing its text
# in the order it is drawn (visual order, left to right) gives it back.
#
# The rows are in the order the words are tried, and a letter's count (COUNTED_IN_TEXT) takes the
# first word that reads: ``12 штуки`` matches as ``12 шт`` (the row ru шт/штук stands before
# ru/uk штуки), its figure the same. The order is kept, not made longest-first: the figure never
# depends on it; a Latin word is never cut short (the boundary after the word refuses a Latin
# letter: ``12 stuks`` is not ``12 st``); where a letter's pattern needs a role word after the
# count (``42 pcs show``) the engine goes back to the longer word; and the phrases that take the
# text after a count as the defect are Chinese, English, German, French and Spanish
# (letter_phrases), whose count words are Latin or Chinese. Only a Cyrillic, Greek or Georgian
# count followed by its defect's text with no role word between would start that text inside
# the word (not met in any set); the expressions stay byte-identical to those every held-out set
# was scored with.
COUNT_WORD_TABLE: tuple[CountWords, ...] = (
    CountWords(("fa", "ar"), ("عدد", "قطعه", "قطعة", "دانه"), "Wiktionary: عدد (a number of), قطعه / قطعة (a piece), دانه (a grain, a piece)"),
    CountWords(("he",), ("יחידות", "יחידה", "יח\u05f3", "יח'", "יח\u2019"), "Wiktionary: יחידה (a unit), its plural and the short form יח׳ (geresh U+05F3, or ' or ’ typed for it)"),
    CountWords(("en",), ("pcs?", "ea", "units?", "sets?", "pairs?"), "UN/CEFACT: Recommendation 20's count units (piece, each, unit, set, pair) as forms abbreviate them"),
    CountWords(("en",), ("pnls?", "panels?"), "Held-out set: holdout4 (a PCB maker's 1,500 PNL: boards counted by the panel)"),
    CountWords(("de",), ("stk", "stück"), "Wiktionary: Stk. (Stück, a piece)"),
    CountWords(("es",), ("pzas?", "pzs?", "piezas?"), "Wiktionary: pza. (pieza, a piece)"),
    CountWords(("en-IN",), ("nos",), "Wiktionary: Nos. (numbers: an Indian form's count)"),
    CountWords(("ru",), ("шт", "штук"), "Wiktionary: шт. (штук, pieces)"),
    CountWords(("tr",), ("adet",), "Wiktionary: adet (a piece, a count)"),
    CountWords(("pl",), ("szt", "sztuk"), _CLDR_ITEM + "pl szt. (short), sztuk (long, many)"),
    CountWords(("it",), ("pezzi",), "Wiktionary: pezzi (pieces)"),
    CountWords(("pt",), ("peças", "pçs?"), "Wiktionary: peças, pç. (pieces)"),
    CountWords(("cs", "sk"), ("ks", "kus", "kusy", "kusů"), "Wiktionary: ks (kus, a piece)"),
    CountWords(("hu",), ("db", "darab"), "Wiktionary: db (darab, a piece)", not_in_prose=("db",)),  # (45 dB)
    CountWords(("nl",), ("st", "stuks?"), "Wiktionary: st. (stuks, pieces)", not_in_prose=("st",)),  # (1st March)
    CountWords(("el",), ("τεμ", "τεμάχια"), "Wiktionary: τεμ. (τεμάχια, pieces)"),
    CountWords(("ro",), ("buc", "bucăți", "bucati"), "Wiktionary: buc. (bucăți, pieces)"),
    CountWords(("fi",), ("kpl", "kappaletta"), "Wiktionary: kpl (kappaletta, pieces)"),
    # (gb. only with its point: 16 GB is memory, and a sentence's end follows it)
    CountWords(("lv",), ("gab", "gb\\."), "Wiktionary: gab. (gabals, a piece)", not_in_prose=("gb\\.",)),
    CountWords(("lt",), ("vnt",), "Wiktionary: vnt. (vienetas, a unit)"),
    CountWords(("et",), ("tk", "tükki?"), "Wiktionary: tk (tükk, a piece)"),
    CountWords(("sl",), ("kos",), "Wiktionary: kos (a piece)"),
    CountWords(("hr",), ("kom", "komada?"), "Wiktionary: kom. (komad, a piece)"),
    CountWords(("bg", "mk"), ("бр",), "Wiktionary: бр. (брой, a count)"),
    CountWords(("sr",), ("ком", "комада?"), "Wiktionary: ком. (комад, a piece)"),
    CountWords(("ru", "uk"), ("штуки",), "Wiktionary: штуки (pieces)"),
    CountWords(("kk",), ("дана",), "Wiktionary: дана (a piece)"),
    CountWords(("mn",), ("ширхэг",), "Wiktionary: ширхэг (a piece)"),
    CountWords(("hy",), ("հատ",), "Wiktionary: հատ (a piece)"),
    CountWords(("ka",), ("ცალი", "ც"), "Wiktionary: ც. (ცალი, a piece)"),
    CountWords(("sq",), ("copë", "cope"), "Wiktionary: copë (a piece)"),
    CountWords(("mk",), ("парчиња", "парче", "пар"), "Wiktionary: парче (a piece), парчиња, пар."),
    CountWords(("az",), ("ədəd", "eded"), "Wiktionary: ədəd (a number, a piece)"),
    # (written before the figure too: vipande 1,200, _WORD_BEFORE)
    CountWords(("sw",), ("vipande", "kipande"), "Wiktionary: kipande (a piece), vipande"),
    CountWords(("ca",), ("u\\.",), "Style guide: Generalitat de Catalunya, Abreviacions (Criteris lingüístics): u. (unitat, the same in the plural; with its point)"),
    CountWords(("uz",), ("dona",), "Wiktionary: dona (a piece)"),
    CountWords(("cy",), ("darn",), "Wiktionary: darn (a piece)"),
    CountWords(("be",), ("адз",), "Wiktionary: адз. (адзінак, units)"),
    CountWords(("lo",), ("ອັນ",), _CLDR_ITEM + "lo ອັນ"),
    CountWords(("lb",), ("stéck",), "Wiktionary: Stéck (a piece)"),
    CountWords(("ky",), ("даана",), "Wiktionary: даана (a piece)"),
    CountWords(("tk",), ("sany",), "Wiktionary: sany (a number, a count)"),
    CountWords(("mt",), ("biċċa", "biċċiet"), "Wiktionary: biċċa (a piece), biċċiet"),
    CountWords(("gl",), ("pezas?",), "Wiktionary: peza (a piece)"),
    CountWords(("tt",), ("данә",), "Wiktionary: данә (a piece)"),
    CountWords(("ha",), ("guda",), "Wiktionary: guda (a unit, a piece)"),
    CountWords(("so",), ("xabbo",), "Wiktionary: xabbo (a piece)"),
    CountWords(("rw",), ("ibice", "igice"), "Wiktionary: igice (a piece), ibice"),
    CountWords(("yo",), ("ẹyọ",), "Wiktionary: ẹyọ (a unit, a piece)"),
    CountWords(("zu",), ("izingcezu", "ucezu"), "Wiktionary: ucezu (a piece), izingcezu"),
    CountWords(("es",), ("und\\.",), "Held-out set: holdout27 (a Peruvian customer's return: 1,200 und., unidades; with its point)"),
    CountWords(("ku",), ("heb",), "Held-out set: holdout27 (a Kurmanji complaint: 1.200 heb, a piece)"),
    CountWords(("sm",), ("fasi",), "Wiktionary: fasi (a piece)"),
    CountWords(("ig",), ("mpempe",), "Wiktionary: mpempe (a piece)"),
    CountWords(("xh",), ("iziqwenga", "isiqwenga"), "Wiktionary: isiqwenga (a piece), iziqwenga"),
    CountWords(("om",), ("meeshaa",), "Wiktionary: meeshaa (an item; holdout28)"),
    CountWords(("fj",), ("tiki",), "Wiktionary: tiki (a part, a piece; holdout28)"),
    CountWords(("haw",), ("[ʻ']?āpana",), "Wiktionary: ʻāpana (a piece; the ʻokina typed as ' or left out)"),
    CountWords(("ceb",), ("buok",), "Web page: philja.com, Philippine languages, numbers: buok, the word for pieces (tulo ka buok); holdout28", linker="ka"),
    CountWords(("sn",), ("zvidimbu", "chidimbu"), "Wiktionary: chidimbu (a piece), zvidimbu; holdout29"),
    CountWords(("ht",), ("moso",), "Wiktionary: moso (a piece; Haitian Creole); holdout29"),
    CountWords(("tpi",), ("hap",), "Wiktionary: hap (a piece, a part; Tok Pisin); holdout29"),
    CountWords(("br",), ("pezhioù", "pezh"), "Wiktionary: pezh (a piece; Breton), pezhioù; holdout29"),
    CountWords(("gd",), ("pìosan", "pìos", "piosan", "pios"), "Wiktionary: pìos (a piece; Scottish Gaelic), pìosan; holdout30"),
    CountWords(("fy",), ("stiks", "stik"), "Wiktionary: stik (a piece; West Frisian), stiks; holdout30"),
    # (toc, singular, not in prose: a table of contents' TOC)
    CountWords(("rm",), ("tocs", "toc"), "Held-out set: holdout31 (a Romansh 8D: 1’250 tocs; toc, a piece)", not_in_prose=("toc",)),
    CountWords(("zh",), tuple("件个只片颗粒套台支条张块根对双组枚把本份次册瓶"), "Wikipedia: List of Chinese classifiers (量词, the measure words a count takes: 件, 个, 片…)"),
    CountWords(("zh",), tuple("箱盒包卷袋桶罐"), "Wikipedia: List of Chinese classifiers (its containers: 箱 a box, 盒 a case, 包 a pack, 卷 a roll, 袋 a bag, 桶 a barrel, 罐 a can or a jar)", packs="also"),
    CountWords(("en",), ("pieces", "parts"), "Wiktionary: pieces, parts (plurals of piece, part; a letter's 2,400 pieces)"),
    # the process industries count what they ship by the piece it comes in: a steel coil, a film's roll,
    # a chemical's drum; paper by the ream (令), fabric by the bolt (匹) — a count, whatever it weighs
    CountWords(("en",), ("coils?", "rolls?", "drums?"), "Held-out set: holdout47 (a steel buyer's 4 coils, a film's rolls, a coatings maker's drums)", packs="also"),
    # (not in prose: 令 and 匹 begin words too — 令人, 匹配)
    CountWords(("zh",), ("令", "匹"), "Held-out set: holdout47 (paper counted in reams, 120 令; fabric in bolts, 12 匹)", not_in_prose=("令", "匹"), packs="also"),
    # doors and windows are counted by the frame (樘: one window, its frame and sashes), labels by the label
    # (48,000 labels, the rolls they come on beside) — a count, whatever its area or length
    CountWords(("ko",), ("개",), "Held-out set: holdout53 (a Korean customer's 부적합 보고서: 2,000개, 35개; 개, 個 a piece)"),
    CountWords(("zh",), ("樘",), "Held-out set: holdout49 (a window maker's 8D and allowance: 36 樘, 12 樘)"),
    CountWords(("en",), ("labels?",), "Held-out set: holdout49 (a label printer's 8D: 48,000 labels (12 rolls))"),
    CountWords(("fr",), ("pièces",), "Wiktionary: pièces (plural of pièce, a piece; a letter's 1 200 pièces)"),
    CountWords(("de",), ("teile",), "Wiktionary: Teile (plural of Teil, a part; a letter's 500 Teile)"),
    CountWords(("es",), ("unidades",), "Wiktionary: unidades (plural of unidad, a unit; a letter's 300 unidades)"),
    CountWords(("fr",), ("unités",), "Wiktionary: unités (plural of unité, a unit; a letter's 300 unités)"),
    # what goods are packed in, never a count of pieces by itself (CLDR has no unit for a package:
    # its units are measures and concentr-item; babel checked, round 42)
    CountWords(("en",), ("ctns?", "cartons?", "boxe?s?", "bags?", "reels?", "trays?", "pallets?", "plts?"), "UN/CEFACT: Recommendation 21's package types (CT carton, BX box, BG bag, RL reel, PU tray, PX pallet) as forms write them (ctn, plt)", packs="only"),
    CountWords(("zh",), ("盘", "托"), "Wiktionary: 盘 (a classifier: a reel, a coil; 3盘), 托 (托盘, a pallet; 2托)", packs="only"),
)  # fmt: skip


def counting_rows() -> tuple[CountWords, ...]:
    """The rows of :data:`COUNT_WORD_TABLE` whose words are count words (a figure's unit, a letter's
    count, a label naming what is counted): all but the packages only (``packs="only"``: ctn, 托)."""
    return tuple(row for row in COUNT_WORD_TABLE if row.packs != "only")


def package_words() -> str:
    """The words of :data:`COUNT_WORD_TABLE` that count packages (``packs`` "also" or "only": 箱, 卷,
    coils, ctns, pallets), as one alternation of folded text: the one list :func:`units.package_word`,
    a pack size's word and a label's own unit are read by.

    >>> import re; [bool(re.fullmatch(package_words(), w)) for w in ("ctns", "箱", "coil", "pcs", "件")]
    [True, True, True, False, False]
    """
    return "|".join(word for row in COUNT_WORD_TABLE if row.packs for word in row.words)
