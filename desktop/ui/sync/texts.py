"""The words of the sync screens: translated sentences, hub address checks, counts.

Shared by the controller, the status bar widget, the dialogs and the Sync menu
(``desktop.ui.sync``); every sentence goes through Qt's translation (context ``SyncUi``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import urlsplit

from PySide6.QtCore import QCoreApplication

from desktop.ui.common.error_text import error_text
from desktop.ui.common.locale_format import date_time_text


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
    """``when`` (epoch seconds) as a date and time of the interface's locale."""
    return date_time_text(datetime.fromtimestamp(int(when), UTC))


def sentence(exc: BaseException) -> str:
    """An error as one sentence for a dialog (in the interface's language when it is a
    common one): capitalised, with a full stop."""
    text = error_text(exc).strip()
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else text + "."
