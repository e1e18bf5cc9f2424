"""Read PDFs at another zoom and list the fields that read differently (issue 10: tol38, silent40).

    python bench/zoom_reads.py FILE.pdf [FILE.pdf …]             # ×1.5 and ×0.7 against ×1
    python bench/zoom_reads.py --zoom 0.6 --zoom 0.8 FILE.pdf

Each page is scaled with pypdf (``scale_by``: its content and its boxes), and **×1 is read from a
copy too**, in the same scratch folder: a print read in place finds the workbook it was printed
from beside it (:mod:`kesu_docs.parse.print_notes`) and takes the texts its cells cut from there, a
scaled copy elsewhere does not — tol38's measurement read so put six fields down to the zoom that
were the workbook's. The kind is told from the file's name (``8d-…``, ``return-…``). Nothing is
written outside a temporary folder, removed at the end. The exit code is 0 either way.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def scaled(src: Path, zoom: float, out: Path) -> Path:
    """``src`` with every page scaled ``zoom`` times, written to ``out``."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(src))
    for page in writer.pages:
        page.scale_by(zoom)
    with out.open("wb") as f:
        writer.write(f)
    return out


def flat(value: Any, prefix: str = "") -> dict[str, Any]:
    """A record as ``path → value`` (``items[0].name``)."""
    if isinstance(value, dict):
        return {
            k: v
            for key, item in value.items()
            for k, v in flat(item, f"{prefix}.{key}" if prefix else key).items()
        }
    if isinstance(value, list):
        return {k: v for i, item in enumerate(value) for k, v in flat(item, f"{prefix}[{i}]").items()}
    return {prefix: value}


def record(path: Path, kind: str | None) -> dict[str, Any]:
    from kesu_docs.parse import parse_paths

    results = parse_paths([path], kind=kind)
    return flat(results[0].to_dict("en").get("record") or {}) if results else {}


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("pdfs", nargs="+", type=Path)
    parser.add_argument("--zoom", type=float, action="append", help="the zooms (default 1.5 and 0.7)")
    args = parser.parse_args()
    kinds = {"8d", "complaint", "return", "allowance"}
    with tempfile.TemporaryDirectory() as scratch:
        for src in args.pdfs:
            kind = src.name.split("-")[0] if src.name.split("-")[0] in kinds else None
            at_one = record(scaled(src, 1.0, Path(scratch) / f"1-{src.name}"), kind)
            for zoom in args.zoom or [1.5, 0.7]:
                got = record(scaled(src, zoom, Path(scratch) / f"{zoom}-{src.name}"), kind)
                differ = sorted(k for k in {*at_one, *got} if at_one.get(k) != got.get(k))
                print(f"{src.name} ×{zoom}: {len(differ)} field(s) read differently")
                for key in differ:
                    print(f"    {key}: {at_one.get(key)!r:.70} → {got.get(key)!r:.70}")


if __name__ == "__main__":
    main()
