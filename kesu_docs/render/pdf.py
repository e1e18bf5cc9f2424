"""DOCX → PDF through LibreOffice headless: one ``soffice`` call converts a whole batch."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any, Iterable

from ..problems import Problem, register_messages

PACKAGE = "libreoffice-writer-nogui"

register_messages({
    "office_missing": (f"未安装 LibreOffice（找不到 soffice），无法生成 PDF：请安装 {PACKAGE}"
                       f"（例如 sudo apt-get install {PACKAGE}）",
                       f"LibreOffice is not installed (no soffice on PATH), so no PDF can be made: install "
                       f"{PACKAGE} (e.g. sudo apt-get install {PACKAGE})"),
    "pdf_failed": ("LibreOffice 未能把 {files} 转为 PDF：{reason}",
                   "LibreOffice did not convert {files} to PDF: {reason}"),
})


class PdfError(RuntimeError):
    """The PDF could not be made; ``code`` is ``office_missing`` or ``pdf_failed``."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "zh") -> str:
        return Problem(self.code, params=self.params).message(lang)  # type: ignore[arg-type]


def soffice() -> str | None:
    """The LibreOffice executable, or None when it is not installed."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx_paths: Iterable[str | os.PathLike], outdir: str | os.PathLike, *, timeout: float = 900) -> list[Path]:
    """Convert DOCX files to PDF in ``outdir``, one LibreOffice start for the whole batch.

    Returns the PDF paths in the order given. Raises :class:`PdfError` (``office_missing``)
    naming the package to install when LibreOffice is absent.

    >>> to_pdf(["out/complaint-202609001.docx"], "out")      # doctest: +SKIP
    [PosixPath('out/complaint-202609001.pdf')]
    """
    sources = [Path(p).resolve() for p in docx_paths]
    if not sources:
        return []
    exe = soffice()
    if exe is None:
        raise PdfError("office_missing")
    out = Path(outdir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    targets = [out / f"{p.stem}.pdf" for p in sources]
    if len(set(targets)) != len(targets):
        raise ValueError("two inputs have the same file name: their PDFs would overwrite each other")
    for target in targets:
        target.unlink(missing_ok=True)  # a stale PDF must not pass for a fresh one
    # a private profile: another LibreOffice running (a user's, a parallel job) must not
    # swallow this conversion or lock us out
    with tempfile.TemporaryDirectory(prefix="kesu-lo-") as profile:
        command = [exe, f"-env:UserInstallation={Path(profile).as_uri()}", "--headless", "--norestore",
                   "--nologo", "--nodefault", "--convert-to", "pdf", "--outdir", str(out), *map(str, sources)]
        try:
            done = subprocess.run(command, capture_output=True, timeout=timeout, text=True, errors="replace")
        except subprocess.TimeoutExpired:
            raise PdfError("pdf_failed", files=_names(sources), reason=f"timed out after {timeout:.0f} s") from None
    missing = [s for s, t in zip(sources, targets) if not t.is_file()]
    if missing:
        reason = (done.stderr or done.stdout or f"exit code {done.returncode}").strip().splitlines()
        raise PdfError("pdf_failed", files=_names(missing), reason=reason[-1] if reason else "no output")
    return targets


def _names(paths: list[Path]) -> str:
    shown = ", ".join(p.name for p in paths[:3])
    return shown + (f" (+{len(paths) - 3})" if len(paths) > 3 else "")
