"""What the register searches on: the columns derived from a record (order and lot no., the
case a follow-up belongs to, every text folded) and the folding itself.

Both the issuing of a new document and the schema migration that fills these columns for
older registers derive them here (from :mod:`kesu_docs.register_columns`, which imports no
database library), so the two never differ.
"""

from __future__ import annotations

from ..register_columns import fold, search_columns, text_value

__all__ = ["fold", "search_columns", "text_value"]
