"""Operator and analyst accounts for the hub's dashboard, index and exports.

Passwords are hashed with Argon2id (argon2-cffi); only the hash is stored. ``operator``
may do everything a login allows (read the index, list and revoke devices, issue
enrollment codes); ``analyst`` may only read the dashboard, the index and its exports.
Accounts live in the database, so every worker and hub machine knows the same ones and a
removed account is refused at once everywhere.
"""

from __future__ import annotations

import hashlib
import re
import threading
import time
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, insert, select, update

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from hub.db.engine import Database
from hub.db.schema import ANALYST, OPERATOR, users

ROLES = (OPERATOR, ANALYST)
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
# A verified login is remembered this long, so a dashboard's requests do not each pay for
# Argon2 (tens of ms of CPU); the stored hash is still read on every request.
_REMEMBER_SECONDS = 60.0
_HASHER = PasswordHasher()
_DUMMY_HASH = _HASHER.hash("an account that does not exist")


class UserError(AccordError):
    """An account that cannot be added or changed; the message names the field."""

    code = "hub.user"


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created: str

    def as_json(self) -> dict[str, str]:
        return {"name": self.name, "role": self.role, "created": self.created}


def check_new(name: str, password: str, role: str) -> None:
    """Raise UserError naming what is wrong with a new account's name, password or role."""
    if not NAME_PATTERN.fullmatch(name or ""):
        raise UserError(
            f"account name {name!r}: use 1 to 64 letters, digits or . _ @ -, starting with a "
            "letter or digit",
            code="hub.user-name",
        )
    if role not in ROLES:
        raise UserError(f"role {role!r}: use operator or analyst", code="hub.user-role")
    if not MIN_PASSWORD <= len(password) <= MAX_PASSWORD:
        raise UserError(
            f"the password for {name} must have {MIN_PASSWORD} to {MAX_PASSWORD} characters",
            code="hub.user-password",
        )


class Users:
    """The accounts in one hub database."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._remembered: dict[str, float] = {}
        self._lock = threading.Lock()

    def add(self, name: str, password: str, role: str, *, replace: bool = False) -> User:
        """Create (or, with ``replace``, reset) an account."""
        check_new(name, password, role)
        hashed = _HASHER.hash(password)
        user = User(name, role, utcnow())
        with self.db.write() as conn:
            exists = conn.execute(select(users.c.name).where(users.c.name == name)).fetchone()
            if exists and not replace:
                raise UserError(
                    f"an account named {name} already exists; nothing was changed",
                    code="hub.user-exists",
                )
            if exists:
                conn.execute(
                    update(users)
                    .where(users.c.name == name)
                    .values(password_hash=hashed, role=role)
                )
            else:
                conn.execute(
                    insert(users).values(
                        name=name, password_hash=hashed, role=role, created=user.created
                    )
                )
        return user

    def remove(self, name: str) -> bool:
        """Delete an account; False when there was none."""
        with self.db.write() as conn:
            gone = conn.execute(delete(users).where(users.c.name == name)).rowcount
        return bool(gone)

    def all(self) -> list[User]:
        with self.db.read() as conn:
            rows = conn.execute(
                select(users.c.name, users.c.role, users.c.created).order_by(users.c.name)
            ).fetchall()
        return [User(*r) for r in rows]

    def verify(self, name: str, password: str) -> User | None:
        """The account when ``password`` is right, else None (the same work either way, so
        the time taken does not tell whether the name exists)."""
        with self.db.read() as conn:
            row = conn.execute(
                select(users.c.name, users.c.role, users.c.created, users.c.password_hash).where(
                    users.c.name == name
                )
            ).fetchone()
        stored = row[3] if row else _DUMMY_HASH
        token = hashlib.sha256(f"{name}\0{password}\0{stored}".encode()).hexdigest()
        now = time.monotonic()
        with self._lock:
            if self._remembered.get(token, 0.0) > now and row is not None:
                return User(row[0], row[1], row[2])
        try:
            _HASHER.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        with self._lock:
            if len(self._remembered) > 1000:
                self._remembered.clear()
            self._remembered[token] = now + _REMEMBER_SECONDS
        return User(row[0], row[1], row[2])
