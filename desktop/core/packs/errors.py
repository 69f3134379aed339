"""Why a pack could not be built, verified or installed: ``PackError`` and its codes.

Messages say what happened and what to do in words that fit every front end; they never
name a command-line option or a menu. A front end that has something to offer for a case
(the CLI's "pass --force", the app's "Install anyway" button) finds it by ``code``:

=========================== ==========================================================
``pack.error``              anything else about a pack (the default)
``pack.corrupt``            the file is damaged, cut short or was changed after signing
``pack.not-a-pack``         the file has no manifest or no signature
``pack.folder-entry``       the zip holds a folder entry (made by another zip tool)
``pack.unknown-key``        signed by a key this computer does not trust
``pack.bad-signature``      the signature does not match the manifest
``pack.needs-newer-app``    the pack needs a newer Accord
``pack.older-version``      older than the installed version (``force`` installs it)
``pack.same-version``       same version, other content (``force`` replaces it)
``pack.id-collision``       a document id another pack uses (``force`` installs it)
``pack.delta-base``         a delta pack that does not fit the installed version
``pack.not-installed``      the pack (or one of several) is not installed
``pack.no-previous``        nothing to roll back to (details: ``pack_id``)
``pack.busy``               another install, rollback or removal is running
``pack.cancelled``          the caller cancelled; nothing changed
``pack.unreadable``         the pack file cannot be read (missing, a folder, no access)
``pack.bad-key-file``       not a public key file
``pack.bad-private-key``    not a private key file
``pack.key-exists``         a key file would be overwritten
``pack.download``           a download failed
=========================== ==========================================================

Warnings of an install and the per-file failures of a folder install are ``PackNotice``
strings: sentences like any other, carrying a ``code`` too (``pack.forced-downgrade``,
``pack.forced-id-collision``, ``pack.unchanged``, or the failed file's error code).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from desktop.core.errors import AccordError

# The refusals that installing with ``force`` overrides: a front end offers to force them.
FORCEABLE = frozenset({"pack.older-version", "pack.same-version", "pack.id-collision"})


class PackError(AccordError):
    """A pack that cannot be built, verified or installed; ``str()`` speaks to the user.

    ``member`` names the zip member (or manifest field) at fault when there is one.
    """

    code = "pack.error"

    def __init__(
        self,
        message: str,
        member: str | None = None,
        *,
        code: str | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code, details=details)
        self.member = member

    def reworded(self, message: str) -> PackError:
        """The same error (class, code, member, details) with another message."""
        return PackError(message, self.member, code=self.code, details=self.details)


class PackCancelled(PackError):
    """The caller's progress callback asked to stop; nothing was changed."""

    code = "pack.cancelled"

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


class PackNotice(str):
    """A sentence for people (an install's warning, a folder's failed file) with a code.

    Everywhere else it is the plain ``str`` it always was (JSON, printing, comparisons);
    front ends read ``code`` to add their own hint.
    """

    code: str

    def __new__(cls, text: str, code: str = "pack.notice") -> PackNotice:
        notice = super().__new__(cls, text)
        notice.code = code
        return notice


def code_of(text: object) -> str:
    """The code of a ``PackNotice`` or ``AccordError`` (``""`` for anything else)."""
    return str(getattr(text, "code", ""))


def with_hint(message: str, hint: str) -> str:
    """``message`` followed by a front end's ``hint`` for it.

    A hint that goes on the sentence (it starts with ``,`` or ``;``) replaces the
    message's final full stop; any other hint follows the message as it is.
    """
    if not hint:
        return message
    if hint[0] in ",;" and message.endswith("."):
        message = message[:-1]
    return message + hint
