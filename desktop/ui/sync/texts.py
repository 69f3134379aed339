"""The words of the sync screens: translated sentences, hub address checks, counts.

Shared by the controller, the status bar widget, the dialogs and the Sync menu
(``desktop.ui.sync``); every sentence goes through Qt's translation (context ``SyncUi``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


def tr(text: str) -> str:
    """``text`` translated in the sync screens' context."""
    return QCoreApplication.translate("SyncUi", text)


def check_hub_url(url: str) -> str | None:
    """Why ``url`` is not a hub address, or None when it is usable."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return QCoreApplication.translate(
            "SyncUi",
            "Write the hub's address as http://host:port, for example http://10.0.0.5:8470.",
        )
    try:
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        return QCoreApplication.translate(
            "SyncUi", "The port in the hub's address is not a number between 1 and 65535."
        )
    return None


def state_text(counts: dict[str, int]) -> str:
    """'2 waiting · 5 delivered · 1 rejected' (only what is there)."""
    parts = []
    waiting = counts.get("queued", 0) + counts.get("sending", 0)
    if waiting:
        parts.append(QCoreApplication.translate("SyncUi", "%1 waiting").replace("%1", str(waiting)))
    if counts.get("delivered"):
        parts.append(
            QCoreApplication.translate("SyncUi", "%1 delivered").replace(
                "%1", str(counts["delivered"])
            )
        )
    if counts.get("rejected"):
        parts.append(
            QCoreApplication.translate("SyncUi", "%1 rejected").replace(
                "%1", str(counts["rejected"])
            )
        )
    return " · ".join(parts) if parts else QCoreApplication.translate("SyncUi", "nothing to send")


def clock(when: float) -> str:
    """``when`` (epoch seconds) in the locale's short date and time."""
    return QLocale().toString(
        QDateTime.fromSecsSinceEpoch(int(when)), QLocale.FormatType.ShortFormat
    )


def sentence(exc: BaseException) -> str:
    """An error as one sentence for a dialog: capitalised, with a full stop."""
    text = (str(exc) or type(exc).__name__).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
