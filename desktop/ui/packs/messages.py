"""The app's words for pack errors and results.

Core messages say what happened in plain words; what to do next in the app (a button, a
menu) is added here by the error's ``code``, never by reading the message. Every string
goes through Qt's translation (context "PackInstall").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.core.errors import AccordError
from desktop.core.packs.errors import code_of, with_hint

if TYPE_CHECKING:
    from desktop.core.packs.result import InstallResult


def _t(text: str) -> str:
    return QCoreApplication.translate("PackInstall", text)


# The app's hint for each error (or notice) code; see ``errors.with_hint``.
_HINTS: dict[str, Callable[[], str]] = {
    "pack.unknown-key": lambda: QCoreApplication.translate(
        "PackInstall",
        "; if you trust this publisher, add their key under Trusted keys in File → Content packs.",
    ),
    "pack.same-version": lambda: QCoreApplication.translate(
        "PackInstall", ", or choose “Install anyway” to replace it"
    ),
    "pack.id-collision": lambda: QCoreApplication.translate(
        "PackInstall", ", or choose “Install anyway” (the copy in the later pack is then hidden)"
    ),
    "pack.forced-downgrade": lambda: QCoreApplication.translate(
        "PackInstall", " because you chose “Install anyway”"
    ),
    "pack.no-previous": lambda: QCoreApplication.translate(
        "PackInstall", " Remove the pack or install another version."
    ),
    "pack.bad-key-file": lambda: QCoreApplication.translate(
        "PackInstall", " the publisher gave you"
    ),
}


def plain_message(message: str) -> str:
    """A core sentence as the app shows it: trimmed, capitalised, with a full stop."""
    text = message.strip()
    if text and text[-1] not in ".!?":
        text += "."
    first = text.split(" ", 1)[0]
    if "." in first or "/" in first:
        return text  # it starts with a file name: keep its spelling
    return text[:1].upper() + text[1:]


def app_message(error: BaseException | str) -> str:
    """The sentence to show for a pack error or notice, with the app's hint for its code."""
    if isinstance(error, AccordError):
        text = error.message
    elif isinstance(error, str):
        text = error
    else:
        text = str(error) or type(error).__name__
    hint = _HINTS.get(code_of(error))
    return plain_message(with_hint(text, hint() if hint else ""))


def result_sentence(result: InstallResult) -> str:
    """One sentence for people about what an install, rollback or removal did."""
    text = {
        "installed": QCoreApplication.translate("PackInstall", "The pack “%1” %2 was installed."),
        "updated": QCoreApplication.translate(
            "PackInstall", "The pack “%1” was updated from version %3 to %2."
        ),
        "downgraded": QCoreApplication.translate(
            "PackInstall", "The pack “%1” was returned to the older version %2 (was %3)."
        ),
        "reinstalled": QCoreApplication.translate(
            "PackInstall", "The pack “%1” %2 was installed again."
        ),
        "unchanged": QCoreApplication.translate(
            "PackInstall", "The pack “%1” %2 is already installed; nothing changed."
        ),
        "rolled back": QCoreApplication.translate(
            "PackInstall", "The pack “%1” was rolled back from version %3 to %2."
        ),
        "removed": QCoreApplication.translate("PackInstall", "The pack “%1” %3 was removed."),
    }.get(result.action, QCoreApplication.translate("PackInstall", "The pack “%1”: %2."))
    if result.action == "updated" and not result.previous_version:
        text = QCoreApplication.translate("PackInstall", "The pack “%1” %2 was installed.")
    if result.action == "removed" and result.version:
        text += " " + QCoreApplication.translate(
            "PackInstall", "The library shows version %2 again."
        )
    if result.delta:
        text += " " + QCoreApplication.translate(
            "PackInstall", "(A delta pack: only the changed documents travelled.)"
        )
    return (
        text.replace("%1", result.pack_id)
        .replace("%2", result.version or "—")
        .replace("%3", result.previous_version or "—")
    )


def counts_sentence(results: list[InstallResult]) -> str:
    """'3 new, 10 updated and 1 removed document(s)'."""
    added = sum(len(r.changes.added) for r in results)
    updated = sum(len(r.changes.updated) for r in results)
    removed = sum(len(r.changes.removed) for r in results)
    if not (added or updated or removed):
        return QCoreApplication.translate("PackInstall", "No document changed.")
    return (
        QCoreApplication.translate("PackInstall", "Documents: %1 new, %2 updated, %3 removed.")
        .replace("%1", str(added))
        .replace("%2", str(updated))
        .replace("%3", str(removed))
    )


def stage_label(text: str) -> str:
    """The progress dialog's label for a stage the core reports (``packs.progress``)."""
    return {
        "Copying the pack": QCoreApplication.translate("PackInstall", "Copying the pack…"),
        "Checking the signature and every file": QCoreApplication.translate(
            "PackInstall", "Checking the signature and every file…"
        ),
        "Unpacking": QCoreApplication.translate("PackInstall", "Unpacking…"),
        "Comparing with the installed version": QCoreApplication.translate(
            "PackInstall", "Comparing with the installed version…"
        ),
        "Updating the search index": QCoreApplication.translate(
            "PackInstall", "Updating the search index…"
        ),
    }.get(text, text)
