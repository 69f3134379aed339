"""F1: every keyboard shortcut of the app, in human words, on one scrolling sheet.

The menus' keys are read from the window's actions (so the sheet never misses one), menu
by menu; the keys that belong to one screen (answering questions, the workshop view,
lists) follow in their own sections. Keys are written as people say them ("Page Down",
"Ctrl+Plus"), alternatives joined with "or"; keys a keyboard does not have (the "Help"
or "Find" keys some platforms add) are left out.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.ui.common.bidi import mirror_tables

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow

_NAMED_KEYS = {
    Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home,
    Qt.Key.Key_End, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Return,
    Qt.Key.Key_Enter, Qt.Key.Key_Escape, Qt.Key.Key_Delete, Qt.Key.Key_Backspace,
    Qt.Key.Key_Tab, Qt.Key.Key_Insert, Qt.Key.Key_Space,
}  # fmt: skip
# The keys' names in words (marked for translation here, translated where shown).
_WORDS = {
    "PgDown": QT_TRANSLATE_NOOP("ShortcutSheet", "Page Down"),
    "PgUp": QT_TRANSLATE_NOOP("ShortcutSheet", "Page Up"),
    "Return": QT_TRANSLATE_NOOP("ShortcutSheet", "Enter"),
    "Del": QT_TRANSLATE_NOOP("ShortcutSheet", "Delete"),
    "Ins": QT_TRANSLATE_NOOP("ShortcutSheet", "Insert"),
    "Left": QT_TRANSLATE_NOOP("ShortcutSheet", "Left arrow"),
    "Right": QT_TRANSLATE_NOOP("ShortcutSheet", "Right arrow"),
    "Up": QT_TRANSLATE_NOOP("ShortcutSheet", "Up arrow"),
    "Down": QT_TRANSLATE_NOOP("ShortcutSheet", "Down arrow"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("ShortcutSheet", text)


def on_keyboard(key: QKeySequence) -> bool:
    """True when every key of ``key`` is on an ordinary keyboard."""
    for n in range(key.count()):
        base = key[n].key()
        if base.value < 0x01000000 or base in _NAMED_KEYS:
            continue
        if Qt.Key.Key_F1.value <= base.value <= Qt.Key.Key_F35.value:
            continue
        return False
    return key.count() > 0


def human_key(key: QKeySequence) -> str:
    """``key`` as people say it: "Ctrl+Plus", "Page Down", "Alt+Left arrow"."""
    text = key.toString(QKeySequence.SequenceFormat.NativeText)
    if text.endswith("++"):
        text = text[:-1] + QCoreApplication.translate("ShortcutSheet", "Plus")
    elif text.endswith("+-"):
        text = text[:-1] + QCoreApplication.translate("ShortcutSheet", "Minus")
    parts = text.split("+")
    parts[-1] = _t(_WORDS.get(parts[-1], parts[-1]))
    return "+".join(parts)


def human_keys(keys: Iterable[QKeySequence]) -> str:
    """Alternative keys joined with "or" (each once, "Ctrl+=" beside "Ctrl+Plus" left out)."""
    names: list[str] = []
    for key in keys:
        if not on_keyboard(key) or key.toString() == "Ctrl+=":
            continue
        name = human_key(key)
        if name not in names:
            names.append(name)
    return QCoreApplication.translate("ShortcutSheet", " or ").join(names)


def action_rows(actions: Sequence[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for each action with a key on the keyboard."""
    rows = []
    for action in actions:
        keys = human_keys(action.shortcuts())
        if keys:
            rows.append((keys, action.text().replace("&", "").rstrip("…").strip()))
    return rows


def screen_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """The keys that belong to one screen, section by section."""
    from desktop.ui.assessment.runner_keys import KEYBOARD_MAP

    answering = [
        (_t(keys), QCoreApplication.translate("RunnerPage", what)) for keys, what in KEYBOARD_MAP
    ]
    return [
        (QCoreApplication.translate("ShortcutSheet", "Answering questions"), answering),
        (
            QCoreApplication.translate("ShortcutSheet", "Workshop view"),
            [
                (
                    "Ctrl+T",
                    QCoreApplication.translate(
                        "ShortcutSheet", "Switch between the table and the chart"
                    ),
                ),
                ("F2", QCoreApplication.translate("ShortcutSheet", "Rename the group selected")),
                (
                    QCoreApplication.translate("ShortcutSheet", "Page Down or Page Up"),
                    QCoreApplication.translate(
                        "ShortcutSheet", "Presenting: the next or previous groups"
                    ),
                ),
                ("Esc", QCoreApplication.translate("ShortcutSheet", "Stop presenting")),
            ],
        ),
        (
            QCoreApplication.translate("ShortcutSheet", "Lists and dialogs"),
            [
                (
                    QCoreApplication.translate("ShortcutSheet", "Enter"),
                    QCoreApplication.translate(
                        "ShortcutSheet", "Open the row selected (a document, an assessment)"
                    ),
                ),
                (
                    QCoreApplication.translate("ShortcutSheet", "Tab or Shift+Tab"),
                    QCoreApplication.translate(
                        "ShortcutSheet", "The next or previous part of the window"
                    ),
                ),
                (
                    "Esc",
                    QCoreApplication.translate(
                        "ShortcutSheet", "Close a dialog; in the search box, clear it"
                    ),
                ),
            ],
        ),
    ]


def sheet_html(window: ShellWindow) -> str:
    """The sheet: the menus' keys, menu by menu, then each screen's own."""
    sections: list[tuple[str, list[tuple[str, str]]]] = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        rows = action_rows([a for a in menu.actions() if not a.isSeparator()])
        if rows:
            sections.append((menu.title().replace("&", ""), rows))
    sections.extend(screen_sections())
    # In Arabic the keys column comes first from the right, like the rest of the window.
    direction = "rtl" if window.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    parts = []
    for title, rows in sections:
        parts.append(
            f"<h3 dir='{direction}'>{html.escape(title)}</h3>"
            f"<table dir='{direction}' width='100%' cellpadding='3'>"
        )
        for keys, what in rows:
            parts.append(
                f"<tr><td width='38%'><b>{html.escape(keys)}</b></td>"
                f"<td>{html.escape(what)}</td></tr>"
            )
        parts.append("</table>")
    text = "".join(parts)
    return mirror_tables(text) if direction == "rtl" else text


class ShortcutSheet(QDialog):
    """The sheet of :func:`sheet_html`, scrolling, sized to fit the screen."""

    def __init__(self, window: ShellWindow, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsBox")
        self.setWindowTitle(QCoreApplication.translate("ShortcutSheet", "Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.view = QTextBrowser(self)
        self.view.setObjectName("shortcutSheet")
        self.view.setAccessibleName(
            QCoreApplication.translate("ShortcutSheet", "Every keyboard shortcut")
        )
        self.view.setHtml(sheet_html(window))
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        screen = parent.screen()
        area = screen.availableGeometry() if screen is not None else None
        width = 640 if area is None else min(640, area.width() - 40)
        height = 600 if area is None else min(680, area.height() - 60)
        self.resize(width, height)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
