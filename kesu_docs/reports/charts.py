"""The monthly report's three charts as inline SVG, drawn by pygal: bars, a Pareto, a trend.

pygal (pure Python, SVG out) is imported with this module, and :mod:`.monthly_html` imports
this module only when it draws a chart: ``kesu --help`` and the other commands never load it.
The charts carry no script (pygal's tooltips are JavaScript: none is kept), their text is
text (lxml escapes it: a unit called ``<b>`` prints as typed) and the same figures give the
same bytes (:func:`settled`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from typing import Any

import pygal
from pygal.style import Style

BLUE, ORANGE, INK = "#4472C4", "#ED7D31", "#222222"
WIDTH = 720  # the chart's width, px
LABEL_PX = 12  # the labels' font size: a Chinese character is as wide, a Latin letter about 0.6 of it
PLOT_MARGIN = 130  # the y axis, its title and the margins (the Pareto's right axis too) are not room


# the charts' own words: Chinese in the report, English on a page in English (kesu serve --lang en)
_WORDS = {
    "count": ("件数", "Count"),
    "no_data": ("无数据", "No data"),
    "cumulative": ("累计比率 %", "Cumulative share %"),
}


def _word(key: str, lang: str) -> str:
    return _WORDS[key][0 if lang == "zh" else 1]


def _options(fonts: Sequence[str], lang: str = "zh", **extra: Any) -> dict[str, Any]:
    family = ", ".join(f"'{f}'" if " " in f else f for f in fonts)
    style = Style(
        font_family=family,  # CJK families first: the browser draws the text
        background="white",
        plot_background="white",
        foreground=INK,
        foreground_strong=INK,
        foreground_subtle="#555555",
        colors=(BLUE, ORANGE),
        opacity="1",
        title_font_size=15,
        label_font_size=12,
        major_label_font_size=12,
        value_font_size=12,
        legend_font_size=12,
    )
    return {
        "style": style,
        "width": WIDTH,
        "height": 300,
        "js": [],  # no tooltip script: a static picture, printed as it shows
        "disable_xml_declaration": True,  # inline in the page
        "explicit_size": True,  # width and height: served alone (kesu serve's <img>) it keeps its size
        "print_values": True,  # each count written beside its bar or point
        "show_legend": False,
        "truncate_label": -1,  # cut here to its room (fitted), not by a count of characters
        "order_min": 0,  # counts: an axis of whole numbers
        "max_scale": 8,  # and a few of them
        "y_title": _word("count", lang),
        # a month with nothing to draw says so in the report's language, not pygal's huge "No data"
        "no_data_text": _word("no_data", lang),
        "no_data_font_size": 20,
        **extra,
    }


def text_width(text: str, size: float = LABEL_PX) -> float:
    """How wide ``text`` draws, px, by the widest a font draws it: a wide character (CJK, a
    full-width letter) a whole em, any other 0.6 em (a Latin capital is about that)."""
    import unicodedata

    return sum(size if unicodedata.east_asian_width(c) in "WF" else 0.6 * size for c in text)


def fitted(labels: Sequence[str], room: float) -> list[str]:
    """Each label as it fits in ``room`` px: longer ones cut and ended with "…" (a unit or a
    cause called by a whole sentence ran over its neighbours and off the chart)."""
    out = []
    for label in labels:
        if text_width(label) <= room:
            out.append(label)
            continue
        kept = ""
        for char in label:
            if text_width(kept + char + "…") > room:
                break
            kept += char
        out.append(kept.rstrip() + "…")
    return out


def _room(count: int, width: int = WIDTH) -> float:
    """The width a category's label may take: its share of the plot, less a gap to the next."""
    return max((width - PLOT_MARGIN) / max(count, 1) - 6, 2 * LABEL_PX)


def _drop_script_and_comments(root: Any) -> Any:
    """pygal's xml filter: its tooltip configuration (a ``<script>`` it writes even with
    ``js=[]``) and its comments (one dated the day it drew) taken out of the tree."""
    doomed = [
        (parent, child)
        for parent in root.iter()
        for child in parent
        if not isinstance(child.tag, str) or child.tag.rsplit("}", 1)[-1] == "script"
    ]
    for parent, child in doomed:
        parent.remove(child)
    return root


def settled(chart: Any) -> str:
    """The chart's SVG, the same bytes whenever the same figures are drawn.

    pygal names each chart ``chart-<uuid4>`` (the ``<svg>``'s id, which scopes the chart's
    CSS) and has no option to choose it (``no_prefix`` drops the scoping, and three charts
    share the page): the random uuid is replaced by a digest of the SVG drawn without it.
    """
    chart.add_xml_filter(_drop_script_and_comments)
    svg = chart.render()
    drawn = str(chart.uuid)
    digest = hashlib.sha256(svg.replace(drawn, "").encode("utf-8")).hexdigest()[:32]
    return svg.replace(drawn, digest)


class _Pareto(pygal.Bar):
    """pygal's Bar with its secondary series drawn as a line through the bars' middles.

    pygal has no bar-and-line chart (Kozea/pygal#46): a Bar draws every series as bars. This
    draws the secondary ones with pygal's own :meth:`pygal.Line.line`, on the Bar's secondary
    axis, at the bars' centres (a Bar keeps its points at the bars' left edges).
    """

    _self_close = False  # as pygal.Line: the line is not closed into a polygon

    def _plot(self) -> None:
        for serie in self.series:
            self.bar(serie)
        for serie in self.secondary_series:
            serie.points = [(x, y) for x, (_, y) in zip(self._x_pos, serie.points)]
            pygal.Line.line(self, serie, True)


def bar_chart(
    title: str, labels: Sequence[str], values: Sequence[int], fonts: Sequence[str], lang: str = "zh"
) -> str:
    """Counts per category as bars, each with its count above it."""
    chart = pygal.Bar(**_options(fonts, lang, title=title, print_values_position="top"))
    chart.x_labels = fitted(labels, _room(len(labels)))
    chart.add(_word("count", lang), list(values))
    return settled(chart)


def pareto_chart(
    title: str,
    labels: Sequence[str],
    values: Sequence[int],
    shares: Sequence[float],
    fonts: Sequence[str],
    lang: str = "zh",
) -> str:
    """Bars of counts, largest first, and the cumulative share as a line on a right axis.

    As a Pareto is drawn: the left axis runs to the total count and the right one to 100 %
    beside it, in fifths, so a bar's height reads on both and the line ends in the corner."""
    total = sum(values) or 1
    chart = _Pareto(
        **_options(
            fonts,
            lang,
            title=title,
            range=(0, total),
            y_labels=[total * i / 5 for i in range(6)],
            value_formatter=lambda v: f"{v:g}",
            print_values_position="top",
            secondary_range=(0, 100),
            show_legend=True,
            legend_at_bottom=True,
            legend_at_bottom_columns=2,
        )
    )
    chart.x_labels = fitted(labels, _room(len(labels)))
    chart.add(_word("count", lang), list(values))
    chart.add(_word("cumulative", lang), list(shares), secondary=True, formatter=lambda v: f"{v:.0f}%")
    return settled(chart)


def line_chart(
    title: str, labels: Sequence[str], values: Sequence[int], fonts: Sequence[str], lang: str = "zh"
) -> str:
    """A count per month as a line, each point with its count; the months' labels turned."""
    chart = pygal.Line(
        **_options(fonts, lang, title=title, include_x_axis=True, x_label_rotation=-45, margin_right=40)
    )
    chart.x_labels = list(labels)
    chart.add(_word("count", lang), list(values))
    return settled(chart)
