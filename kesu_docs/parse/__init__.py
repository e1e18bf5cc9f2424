"""Sources → records: Excel (.xlsx, .xls), PDF (flat and fillable) and JSON.

Each extractor returns an :class:`Extraction` (the form kind if it can tell, raw values and
where each stood); :func:`parse_paths` turns those into validated :class:`ParseResult` s,
checking the rules across the documents of the batch and, given one, the register.

>>> from kesu_docs.parse import parse_paths
>>> results = list(parse_paths(["samples/complaint-valid.xlsx"]))   # doctest: +SKIP
"""

from .reading import check_batch, check_results, expand, extract_file, parse_paths, read_paths, shown_path
from .results import SUFFIXES, Extraction, Extractor, ParseResult

__all__ = [
    "SUFFIXES",
    "Extraction",
    "Extractor",
    "ParseResult",
    "check_batch",
    "check_results",
    "expand",
    "extract_file",
    "parse_paths",
    "read_paths",
    "shown_path",
]
