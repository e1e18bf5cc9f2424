"""Where the PDF parse of ``pdf_bench``'s honest measure goes, part by part (CPU time).

    python bench/pdf_parts.py [--rounds N]

The same files as ``bench/pdf_bench.py``'s target row (every printed form of a different
layout, kesu's per-text caches emptied before each round, each file read once a round); each
part's CPU time is summed over the files, best round of ``--rounds`` (default 3):

- extraction: opening the file (with the bomb check) and PDFium's characters, words and
  ruling lines (``pdf.words_of``);
- cells/boxes: bordered cells from words and rules, bars and framed pairs split (``pdf._boxes``);
- kind: which form the words are (``choose_form``), instruction pages, documents in one file;
- reader: the layout logic (anchoring, captions, tables, guards; ``anchor.read_boxes``,
  its problems, the number in a title);
- validation: the record built and typed (``validation.build``);
- rules: the procedure's rules over the batch (``check_results``);
- other: the rest of ``parse_paths`` (hashing, file look-ups, placeholders, a form's years).

The raw PDFium text of each file (``pdf_bench``'s anchor) is timed beside. It judges nothing;
it tells where the next round should look.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from pdf_bench import forget, forms, raw_text  # noqa: E402

from kesu_docs.parse import pdf, reading  # noqa: E402

PARTS: dict[str, float] = defaultdict(float)
_DEPTH = [0]


def timed(part: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    """``fn`` counting its CPU time to ``part`` (the outermost timed call only)."""

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _DEPTH[0]:
            return fn(*args, **kwargs)
        _DEPTH[0] += 1
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            PARTS[part] += time.process_time() - start
            _DEPTH[0] -= 1

    return wrapper


def instrument() -> None:
    for name, part in (
        ("words_of", "extraction"),
        ("_boxes", "cells/boxes"),
        ("choose_form", "kind"),
        ("_instruction_pages", "kind"),
        ("_documents", "kind"),
        ("read_boxes", "reader"),
        ("reading_problems", "reader"),
        ("_number_in_title", "reader"),
    ):
        setattr(pdf, name, timed(part, getattr(pdf, name)))
    reading.build = timed("validation", reading.build)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    opts = parser.parse_args()
    files = forms()
    instrument()
    for path in files:  # warm: imports, PDFium, each form's vocabulary
        reading.parse_paths([path])
    best: dict[str, float] = {}
    for _ in range(opts.rounds):
        forget()
        PARTS.clear()
        total = raw = 0.0
        for path in files:
            start = time.process_time()
            raw_text(path)
            raw += time.process_time() - start
            start = time.process_time()
            results = reading.read_paths([path])
            middle = time.process_time()
            reading.check_results(results)
            end = time.process_time()
            PARTS["rules"] += end - middle
            total += end - start
        PARTS["other"] = total - sum(v for k, v in PARTS.items() if k != "other")
        PARTS["total"], PARTS["raw"] = total, raw
        if not best or total < best["total"]:
            best = dict(PARTS)
    n = len(files)
    print(f"{n} files, best of {opts.rounds} rounds, ms CPU a file (share of the parse):")
    for part in ("extraction", "cells/boxes", "kind", "reader", "validation", "rules", "other", "total"):
        print(f"  {part:12} {best.get(part, 0) * 1000 / n:7.2f}  {best.get(part, 0) / best['total']:6.1%}")
    print(f"  {'raw text':12} {best['raw'] * 1000 / n:7.2f}  ratio {best['total'] / best['raw']:.2f}x")


if __name__ == "__main__":
    main()
