"""Core error messages in the interface's language.

The core writes its messages in English (the CLI shows them as they are). The app shows
the common ones, by their stable ``code``, as a translated sentence of its own; any other
is shown after a translated sentence saying the details follow in English, isolated so
that English inside Arabic reads in the right order (``common.bidi``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.core.errors import describe, error_code
from desktop.ui.common.bidi import isolate

# code -> a whole sentence (place-free: these errors have one cause and one way out).
_MESSAGES: dict[str, str] = {
    "storage.cannot-open": QT_TRANSLATE_NOOP(
        "Errors",
        "Accord cannot open its data folder. Check that the folder exists and that you may "
        "write in it, or choose another data folder.",
    ),
    "storage.newer-database": QT_TRANSLATE_NOOP(
        "Errors",
        "Your data was saved by a newer version of Accord. Install that version to open it; "
        "nothing was changed.",
    ),
    "storage.corrupt-database": QT_TRANSLATE_NOOP(
        "Errors",
        "Accord's database is damaged. Restore the latest backup or start with an empty "
        "database; the damaged file is kept.",
    ),
    "library.no-document": QT_TRANSLATE_NOOP(
        "Errors", "This document is not in the library. Search the library for it by its title."
    ),
    "assessment.not-found": QT_TRANSLATE_NOOP(
        "Errors", "This assessment is no longer in your data. Choose another one in the list."
    ),
    "assessment.insufficient-coverage": QT_TRANSLATE_NOOP(
        "Errors",
        "Too few questions are answered to mark the assessment complete. Answer more "
        "questions, or submit it as partial with a reason.",
    ),
    "assessment.na-needs-reason": QT_TRANSLATE_NOOP(
        "Errors", "“Not applicable” needs a reason. Write why the question does not apply."
    ),
    "assessment.na-without-reason": QT_TRANSLATE_NOOP(
        "Errors",
        "Some questions are marked “Not applicable” without a reason. Write a reason for "
        "each of them.",
    ),
    "assessment.pdf-unavailable": QT_TRANSLATE_NOOP(
        "Errors", "The PDF report cannot be made on this computer: Qt's PDF writer is missing."
    ),
    "pack.busy": QT_TRANSLATE_NOOP(
        "Errors", "Another content pack is being installed. Wait until it is done."
    ),
    "pack.bad-signature": QT_TRANSLATE_NOOP(
        "Errors",
        "The pack's signature does not match its contents: it was changed after it was "
        "signed. Ask the publisher for a new copy.",
    ),
    "sync.hub-unreachable": QT_TRANSLATE_NOOP(
        "Errors",
        "The hub cannot be reached. Check the network and the hub's address; your "
        "assessments stay queued.",
    ),
    "sync.not-enrolled": QT_TRANSLATE_NOOP(
        "Errors", "This computer is not connected to a hub yet. Connect it to the hub first."
    ),
}


def error_text(exc: BaseException) -> str:
    """The sentence to show for ``exc`` in the interface's language."""
    known = _MESSAGES.get(error_code(exc))
    if known:
        return QCoreApplication.translate("Errors", known)
    return core_message(describe(exc))


def core_message(message: str) -> str:
    """An English message from the core, introduced by a translated sentence when the
    interface is not in English (the message itself is isolated as a left-to-right run)."""
    if QLocale().language() == QLocale.Language.English:
        return message
    return QCoreApplication.translate("Errors", "Details (in English): %1").replace(
        "%1", isolate(message, ltr=True)
    )
