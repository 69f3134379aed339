"""The runner's keyboard: its shortcuts, and the key-hint bar under the question.

============================  ======================================================
``1`` ``2`` ``3``             Yes / Partly / No (yes–partial–no questions)
``0`` – ``4``                 the maturity level (maturity questions)
``0`` or ``N``                Not applicable (``N`` only on maturity questions)
``Delete``                    clear the answer
``Page Down``                 next question (skips questions hidden by skip logic)
``Page Up``                   previous question
``Ctrl+U``                    first unanswered question
``Ctrl+E``                    the evidence note (``Esc`` goes back to the answers)
``Ctrl+Enter``                mark the assessment complete
``Ctrl+L``                    the list of questions (a drawer in a narrow window;
                              ``Esc`` closes it)
============================  ======================================================
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from desktop.ui.assessment.widgets import key_cap
from desktop.ui.common.responsive import FlowRow

NEXT_KEY = QKeySequence(Qt.Key.Key_PageDown)
PREVIOUS_KEY = QKeySequence(Qt.Key.Key_PageUp)
UNANSWERED_KEY = QKeySequence("Ctrl+U")
NOTE_KEY = QKeySequence("Ctrl+E")
COMPLETE_KEYS = (QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter"))
LIST_KEY = QKeySequence("Ctrl+L")

# Keys and what they do, marked for translation here and translated where shown (the
# F1 sheet): key names in the sheet's context, actions in the runner's.
KEYBOARD_MAP: tuple[tuple[str, str], ...] = (
    ("1 / 2 / 3", QT_TRANSLATE_NOOP("RunnerPage", "Yes / Partly / No")),
    ("0 – 4", QT_TRANSLATE_NOOP("RunnerPage", "Maturity level")),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "0 or N"),
        QT_TRANSLATE_NOOP("RunnerPage", "Not applicable (N on maturity questions)"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Delete"),
        QT_TRANSLATE_NOOP("RunnerPage", "Clear the answer"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Page Down"),
        QT_TRANSLATE_NOOP("RunnerPage", "Next question"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutSheet", "Page Up"),
        QT_TRANSLATE_NOOP("RunnerPage", "Previous question"),
    ),
    ("Ctrl+U", QT_TRANSLATE_NOOP("RunnerPage", "First unanswered question")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("RunnerPage", "Evidence note (Esc: back to the answers)")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("RunnerPage", "Mark complete")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("RunnerPage", "List of questions (Esc closes it)")),
)
# The runner's shortcuts by name, with their keys (the names key ``RunnerPage.shortcuts``).
SHORTCUT_KEYS: dict[str, tuple[QKeySequence, ...]] = {
    "next": (NEXT_KEY,),
    "previous": (PREVIOUS_KEY,),
    "unanswered": (UNANSWERED_KEY,),
    "note": (NOTE_KEY,),
    "complete": COMPLETE_KEYS,
    "list": (LIST_KEY,),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("RunnerPage", text)


def install_shortcuts(
    widget: QWidget, slots: Mapping[str, Callable[[], object]]
) -> dict[str, QShortcut]:
    """One shortcut per key of :data:`SHORTCUT_KEYS` on ``widget`` and its children,
    calling ``slots[name]``; returned by name ("complete", "complete1", …)."""
    shortcuts: dict[str, QShortcut] = {}
    for name, keys in SHORTCUT_KEYS.items():
        for n, key in enumerate(keys):
            shortcut = QShortcut(key, widget)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slots[name])
            shortcuts[f"{name}{n or ''}"] = shortcut
    return shortcuts


def key_hint_bar(parent: QWidget) -> FlowRow:
    """The key caps with what they do, under the question: each cap with its words, the
    pairs wrapping to a second line in a narrow window (never cut)."""
    row = FlowRow(parent, spacing=12)
    row.setObjectName("keyHints")
    for cap, text in (
        ("1 2 3 0", QCoreApplication.translate("RunnerPage", "answer")),
        ("PgDn", QCoreApplication.translate("RunnerPage", "next")),
        ("PgUp", QCoreApplication.translate("RunnerPage", "previous")),
        ("Ctrl+U", QCoreApplication.translate("RunnerPage", "first unanswered")),
        ("Ctrl+E", QCoreApplication.translate("RunnerPage", "evidence")),
        ("Ctrl+L", QCoreApplication.translate("RunnerPage", "questions")),
    ):
        pair = QWidget(row)
        layout = QHBoxLayout(pair)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(key_cap(cap, pair))
        hint = QLabel(text, pair)
        hint.setObjectName("questionMeta")
        layout.addWidget(hint)
        row.add(pair)
    return row
