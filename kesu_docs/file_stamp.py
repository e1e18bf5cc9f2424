"""What tells one version of a file from another without reading it (one ``stat``): asked by the
templates' cache (:mod:`kesu_docs.render.template_file`), ``kesu serve``'s settings file
(:class:`kesu_docs.config.SettingsFile`) and the register's snapshot (:mod:`kesu_docs.register.files`)."""

from __future__ import annotations

import os

Stamp = tuple[int, int, int, int]


def stamp_of(stat: os.stat_result) -> Stamp:
    """A file's mtime and size, and its inode and ctime — a same-size file copied in with its
    mtime kept (``cp -p``, a backup put back) has another ctime (written in place) or inode
    (put in its place)."""
    return stat.st_mtime_ns, stat.st_size, stat.st_ino, stat.st_ctime_ns
