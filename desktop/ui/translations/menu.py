"""The Language menu and the assessment-language chooser.

Each language is listed by its own name ("Français", "العربية"), so a person who cannot
read the current interface still finds theirs. The menu only reports the choice
(``chosen``); the main window stores it and rebuilds itself in the new language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QComboBox, QMenu, QWidget

from desktop.ui.translations import LANGUAGES
from desktop.ui.translations.language import SYSTEM


class LanguageMenu(QMenu):
    """System default, then every shipped language; the current choice is checked."""

    chosen = Signal(str)  # SYSTEM or a language code

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("menuLanguage")
        self.menuAction().setObjectName("menuLanguage")
        group = QActionGroup(self)
        group.setExclusive(True)
        entries = [(SYSTEM, self.tr("System default")), *LANGUAGES.items()]
        for code, name in entries:
            action = QAction(name, self)
            action.setCheckable(True)
            action.setChecked(code == (current or SYSTEM))
            action.setData(code)
            action.setObjectName(f"language_{code}")
            if code == SYSTEM:
                action.setStatusTip(self.tr("Use the language of this computer's settings"))
            else:
                # The tip in the current language, the name in its own.
                action.setStatusTip(self.tr("Show Accord in %1").replace("%1", name))
            group.addAction(action)
            self.addAction(action)
            if code == SYSTEM:
                self.addSeparator()
        group.triggered.connect(lambda action: self.chosen.emit(str(action.data())))

    def select(self, code: str) -> None:
        """Check ``code``'s entry (without emitting ``chosen``)."""
        for action in self.actions():
            if action.data() == code:
                action.setChecked(True)


class LanguageBox(QComboBox):
    """The language of an assessment: of its questions, guidance and PDF report."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentLanguage")
        for code, name in LANGUAGES.items():
            self.addItem(name, code)
        index = self.findData(current)
        self.setCurrentIndex(index if index >= 0 else 0)
        self.setAccessibleName(self.tr("Language of the assessment"))
        self.setToolTip(
            self.tr(
                "The language of the questions, the guidance and the PDF report. Answers "
                "count the same in every language, so results can be compared."
            )
        )

    def language(self) -> str:
        """The chosen language code."""
        return str(self.currentData())

    @staticmethod
    def label_text() -> str:
        """The form label for the box."""
        return QCoreApplication.translate("LanguageBox", "&Language:")
