"""Jinja2 tags inside Word XML: undo what Word does to them when a user edits the template.

Word splits the text ``{{ number }}`` over several runs as soon as the user restyles part of
it, inserts spell-check marks between them, and turns quotes into curly ones. Before the XML
becomes a Jinja2 template, :func:`clean` joins every tag back into one piece of text, the way
docxtpl's ``patch_xml`` does, and honours the same structural tags, so a template written for
docxtpl works here:

- ``{%p if x %}`` in a paragraph of its own stands for that whole paragraph (``w:p``);
- ``{%tr for row in rows %}`` for the whole table row, ``{%tc ... %}`` for the cell,
  ``{%r ... %}`` for the run.
"""

from __future__ import annotations

import re

from ..lazy_re import lazy_re

# "{" <xml> "{"  and  "}" <xml> "}": a delimiter Word split in two
_SPLIT_DELIMITER = lazy_re(r"(?<=\{)(?:<[^>]*>)+(?=[{%#])|(?<=[%}#])(?:<[^>]*>)+(?=\})", re.S)

# a whole tag, possibly spread over runs; bounded by its own closing delimiter so that a lone
# "{{" typed as text never swallows the rest of the document
_TAG = lazy_re(r"\{%(?:(?!%\}).)*?%\}|\{\{(?:(?!\}\}).)*?\}\}|\{#(?:(?!#\}).)*?#\}", re.S)

# the XML between two pieces of a tag's text: the end of one w:t to the start of the next
_BETWEEN_TEXTS = lazy_re(r"</w:t>.*?(?:<w:t>|<w:t [^>]*>)", re.S)

# Word's autocorrect and the XML escaping of what the user typed inside a tag
_TAG_TEXT = {
    "&lt;": "<",
    "&gt;": ">",
    "&quot;": '"',
    "&apos;": "'",
    "&#39;": "'",
    "&#34;": '"',
    "\u201c": '"',
    "\u201d": '"',
    "\u2018": "'",
    "\u2019": "'",
    "&amp;": "&",
}
_TAG_TEXT_RE = lazy_re("|".join(re.escape(k) for k in _TAG_TEXT))


def _structural(element: str) -> re.Pattern[str]:
    # the innermost <w:X> holding a {%X ...%} / {{X ...}} tag, up to its closing </w:X>
    return re.compile(
        rf"<w:{element}[ >](?:(?!<w:{element}[ >]).)*?(\{{%|\{{\{{|\{{#){element} (.*?(?:%\}}|\}}\}}|#\}})).*?</w:{element}>",
        re.S,
    )


_STRUCTURAL = [_structural(e) for e in ("tr", "tc", "p", "r")]

# a value may begin or end with spaces: Word drops them from a w:t without xml:space="preserve"
_TEXT_WITH_VALUE = lazy_re(r"<w:t>(?=(?:(?!</w:t>).)*?\{\{)", re.S)


def _join_tag(match: re.Match[str]) -> str:
    text = _BETWEEN_TEXTS.sub("", match.group(0))
    return _TAG_TEXT_RE.sub(lambda m: _TAG_TEXT[m.group(0)], text)


def clean(xml: str) -> str:
    """Word XML with Jinja2 tags as the user typed them → XML that Jinja2 can compile.

    >>> clean('<w:r><w:t>{{ num</w:t></w:r><w:r><w:t>ber }}</w:t></w:r>')
    '<w:r><w:t xml:space="preserve">{{ number }}</w:t></w:r>'
    """
    xml = _SPLIT_DELIMITER.sub("", xml)
    xml = _TAG.sub(_join_tag, xml)
    for pattern in _STRUCTURAL:
        xml = pattern.sub(lambda m: f"{m.group(1)} {m.group(2)}", xml)
    return _TEXT_WITH_VALUE.sub('<w:t xml:space="preserve">', xml)


def has_tags(xml: str) -> bool:
    """Whether a part carries any Jinja2 tag (parts without one are copied as they are)."""
    return "{{" in xml or "{%" in xml or "{#" in xml or _SPLIT_DELIMITER.search(xml) is not None
