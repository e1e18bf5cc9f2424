"""The monthly report's three charts as plain SVG, written directly: bars, a Pareto, a trend.

matplotlib drew them before (issue 15): importing it and laying out three figures took about
0.7 s of a report's second. These are a few hundred elements of text: bars with their
counts, an axis of whole numbers with its grid, a cumulative-share line on a second axis, a
line with its points. No script, text kept as text (escaped: a unit called ``<b>`` prints as
typed), the same bytes for the same figures.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from html import escape

WIDTH, HEIGHT = 720, 300
BLUE, ORANGE, GRID, INK = "#4472C4", "#ED7D31", "#dddddd", "#222222"


def _ticks(highest: float, room: float = 1.1) -> tuple[int, int]:
    """(step, top) of an axis of whole numbers reaching ``highest`` with some room above it."""
    top = max(1.0, highest * room)
    step = 1
    for base in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000):
        step = base
        if top / base <= 6:
            break
    else:
        step = 10 ** math.ceil(math.log10(top / 6))
    return step, int(math.ceil(top / step) * step)


def _n(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


class _Chart:
    def __init__(self, title: str, fonts: Sequence[str], *, right: int = 24, bottom: int = 44) -> None:
        self.left, self.right, self.top, self.bottom = 58, right, 40, bottom
        family = ", ".join(f"'{f}'" if " " in f else f for f in fonts)
        self.parts = [
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" '
            f'height="{HEIGHT}" font-family="{escape(family)}" font-size="12">',
            f'<text x="{WIDTH / 2:g}" y="22" text-anchor="middle" font-size="15" font-weight="bold" '
            f'fill="{INK}">{escape(title)}</text>',
        ]

    @property
    def plot_width(self) -> float:
        return WIDTH - self.left - self.right

    @property
    def plot_bottom(self) -> float:
        return HEIGHT - self.bottom

    def y(self, value: float, top: float) -> float:
        return self.plot_bottom - (self.plot_bottom - self.top) * (value / top if top else 0)

    def slot(self, i: int, count: int) -> float:
        """The x of the middle of the i-th of ``count`` categories."""
        return self.left + self.plot_width * (i + 0.5) / max(count, 1)

    def axis(self, highest: float, label: str, room: float = 1.1) -> int:
        """The left axis of whole numbers, its grid and label; the axis's top value."""
        step, top = _ticks(highest, room)
        for value in range(0, top + 1, step):
            y = self.y(value, top)
            self.parts.append(
                f'<line x1="{self.left}" x2="{WIDTH - self.right}" y1="{_n(y)}" y2="{_n(y)}" '
                f'stroke="{GRID}" stroke-width="0.8"/>'
                f'<text x="{self.left - 6}" y="{_n(y + 4)}" text-anchor="end" fill="{INK}">{value}</text>'
            )
        middle = (self.top + self.plot_bottom) / 2
        self.parts.append(
            f'<text transform="translate(16 {_n(middle)}) rotate(-90)" text-anchor="middle" '
            f'fill="{INK}">{escape(label)}</text>'
            f'<line x1="{self.left}" x2="{WIDTH - self.right}" y1="{_n(self.plot_bottom)}" '
            f'y2="{_n(self.plot_bottom)}" stroke="{INK}" stroke-width="1"/>'
        )
        return top

    def labels(self, labels: Sequence[str], *, rotate: bool = False) -> None:
        for i, label in enumerate(labels):
            x, y = self.slot(i, len(labels)), self.plot_bottom + 16
            if rotate:
                self.parts.append(
                    f'<text transform="translate({_n(x)} {_n(y)}) rotate(-45)" text-anchor="end" '
                    f'font-size="11" fill="{INK}">{escape(label)}</text>'
                )
            else:
                self.parts.append(
                    f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="middle" fill="{INK}">{escape(label)}</text>'
                )

    def bars(self, values: Sequence[float], top: float) -> None:
        width = self.plot_width / max(len(values), 1) * 0.6
        for i, value in enumerate(values):
            x, y = self.slot(i, len(values)), self.y(value, top)
            self.parts.append(
                f'<rect x="{_n(x - width / 2)}" y="{_n(y)}" width="{_n(width)}" '
                f'height="{_n(self.plot_bottom - y)}" fill="{BLUE}"/>'
                f'<text x="{_n(x)}" y="{_n(y - 4)}" text-anchor="middle" fill="{INK}">{_n(value)}</text>'
            )

    def line(self, values: Sequence[float], top: float, shown: Sequence[str], colour: str) -> None:
        points = [(self.slot(i, len(values)), self.y(v, top)) for i, v in enumerate(values)]
        path = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for (x, y), text in zip(points, shown):
            self.parts.append(
                f'<circle cx="{_n(x)}" cy="{_n(y)}" r="3.5" fill="{colour}"/>'
                f'<text x="{_n(x)}" y="{_n(y - 8)}" text-anchor="middle" font-size="11" '
                f'fill="{INK}">{escape(text)}</text>'
            )

    def svg(self) -> str:
        return "".join(self.parts) + "</svg>"


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int], fonts: Sequence[str]) -> str:
    """Counts per category as bars, each labelled with its count."""
    chart = _Chart(title, fonts)
    top = chart.axis(max(values, default=0), "件数")
    chart.bars(values, top)
    chart.labels(labels)
    return chart.svg()


def pareto_chart(
    title: str, labels: Sequence[str], values: Sequence[int], shares: Sequence[float], fonts: Sequence[str]
) -> str:
    """Bars of counts, largest first, and the cumulative share (0–100 %) as a line on a right axis."""
    chart = _Chart(title, fonts, right=58, bottom=62)
    top = chart.axis(max(values, default=0), "件数")
    chart.bars(values, top)
    right = WIDTH - chart.right
    for percent in range(0, 101, 20):
        y = chart.y(percent, 110)
        chart.parts.append(f'<text x="{right + 6}" y="{_n(y + 4)}" fill="{INK}">{percent}</text>')
    middle = (chart.top + chart.plot_bottom) / 2
    chart.parts.append(
        f'<text transform="translate({WIDTH - 10} {_n(middle)}) rotate(90)" text-anchor="middle" '
        f'fill="{INK}">累计比率 %</text>'
    )
    chart.line(shares, 110, [f"{s:.0f}%" for s in shares], ORANGE)
    chart.labels(labels)
    legend = HEIGHT - 14
    chart.parts.append(
        f'<rect x="{WIDTH / 2 - 90:g}" y="{legend - 9}" width="12" height="10" fill="{BLUE}"/>'
        f'<text x="{WIDTH / 2 - 74:g}" y="{legend}" fill="{INK}">件数</text>'
        f'<line x1="{WIDTH / 2 + 10:g}" x2="{WIDTH / 2 + 30:g}" y1="{legend - 4}" y2="{legend - 4}" '
        f'stroke="{ORANGE}" stroke-width="2"/>'
        f'<text x="{WIDTH / 2 + 36:g}" y="{legend}" fill="{INK}">累计比率</text>'
    )
    return chart.svg()


def line_chart(title: str, labels: Sequence[str], values: Sequence[int], fonts: Sequence[str]) -> str:
    """A count per month as a line, each point labelled; the months' labels turned."""
    chart = _Chart(title, fonts, bottom=64)
    top = chart.axis(max(values, default=0), "件数", room=1.25)
    chart.line(values, top, [str(v) for v in values], BLUE)
    chart.labels(labels, rotate=True)
    return chart.svg()
