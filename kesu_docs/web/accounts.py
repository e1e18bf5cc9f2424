"""Accounts of the page for clerks: a users file with argon2 password hashes and roles.

The file (``users.json`` in the server's work folder unless ``--users`` names another) is
written by ``kesu user add``; the server only reads it::

    {"users": {"wang": {"role": "clerk", "hash": "$argon2id$v=19$..."}}}

Roles: ``clerk`` checks, files and prints; ``qa`` and ``manager`` also void documents and
open the manager's view (overdue cases, monthly statistics, the tracking export).
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ROLES = ("clerk", "qa", "manager")
ROLE_LABELS = {"clerk": ("文员", "clerk"), "qa": ("品保", "QA"), "manager": ("主管", "manager")}

# what each role may do; every view names the permission it needs
PERMISSIONS = {
    "clerk": frozenset({"check", "file", "print", "view"}),
    "qa": frozenset({"check", "file", "print", "view", "void", "reports"}),
    "manager": frozenset({"check", "file", "print", "view", "void", "reports"}),
}

_HASHER = PasswordHasher()


@dataclass(frozen=True)
class User:
    name: str
    role: str

    def may(self, permission: str) -> bool:
        return permission in PERMISSIONS.get(self.role, frozenset())


class AccountError(ValueError):
    """A users file that cannot be used, or a bad account request (message in zh and en)."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en

    def message(self, lang: str = "zh") -> str:
        return self.zh if lang == "zh" else self.en


class Accounts:
    """The users file: names, roles and password hashes."""

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        self._users: dict[str, dict[str, str]] = {}
        self._stamp: float | None = None
        self.reload()

    def reload(self) -> None:
        """Read the file again when it changed (an account added while the server runs)."""
        try:
            stamp = self.path.stat().st_mtime
        except FileNotFoundError:
            self._users, self._stamp = {}, None
            return
        if stamp == self._stamp:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            users = data["users"]
            if not isinstance(users, dict):
                raise TypeError("users is not an object")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise AccountError(
                f"账号文件 {self.path} 无法读取：{exc}", f"The users file {self.path} cannot be read: {exc}"
            ) from None
        self._users = {
            name: entry
            for name, entry in users.items()
            if isinstance(entry, dict) and entry.get("role") in ROLES and entry.get("hash")
        }
        self._stamp = stamp

    def __len__(self) -> int:
        return len(self._users)

    def names(self) -> list[str]:
        return sorted(self._users)

    def role(self, name: str) -> str | None:
        entry = self._users.get(name)
        return entry["role"] if entry else None

    def check(self, name: str, password: str) -> User | None:
        """The user when the password is right, else None (the same work either way)."""
        self.reload()
        entry = self._users.get(name)
        if entry is None:
            try:  # spend the same time as for a real account: no hint which names exist
                _HASHER.verify(_DUMMY, password)
            except (VerificationError, InvalidHashError):
                pass
            return None
        try:
            _HASHER.verify(entry["hash"], password)
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return None
        return User(name, entry["role"])

    def set(self, name: str, password: str, role: str) -> None:
        """Add an account or change its password and role; the file is replaced atomically."""
        name = name.strip()
        if not name or any(c.isspace() for c in name):
            raise AccountError("用户名不能为空或含空格", "The user name must not be empty or contain spaces")
        if role not in ROLES:
            raise AccountError(f"角色须为 {'、'.join(ROLES)}", f"The role must be one of {', '.join(ROLES)}")
        if len(password) < 8:
            raise AccountError("密码至少 8 个字符", "The password must have at least 8 characters")
        users = {n: dict(e) for n, e in self._users.items()}
        users[name] = {"role": role, "hash": _HASHER.hash(password)}
        self._write(users)

    def remove(self, name: str) -> bool:
        if name not in self._users:
            return False
        users = {n: dict(e) for n, e in self._users.items() if n != name}
        self._write(users)
        return True

    def _write(self, users: dict[str, dict[str, str]]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"users": users}, fh, ensure_ascii=False, indent=1)
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self._stamp = None
        self.reload()


_DUMMY = _HASHER.hash("kesu-no-such-user")
