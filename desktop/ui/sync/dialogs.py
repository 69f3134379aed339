"""The sync's dialogs: Connect to the hub (address, one-time code, Test connection) and
Network and proxy (the system's settings, direct, or a proxy address, validated as typed).

Both are non-blocking; they call the :class:`~desktop.ui.sync.controller.SyncController`
and show its answers in a status line, and only their one default button reacts to Enter.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.sync.texts import check_hub_url, sentence

if TYPE_CHECKING:
    from desktop.core.sync.config import ProxySettings
    from desktop.ui.common.tasks import Task
    from desktop.ui.sync.controller import SyncController


def _button(
    parent: QWidget, text: str, accessible: str, slot: Callable[[], Any], default: bool = False
) -> QPushButton:
    """A dialog button; only the one default button reacts to Enter."""
    button = QPushButton(text, parent)
    button.setAccessibleName(accessible)
    button.setDefault(default)
    button.setAutoDefault(default)
    button.clicked.connect(slot)
    return button


def _add_button_row(layout: QVBoxLayout, left: QPushButton, *right: QPushButton) -> None:
    """One button on the left, the rest (default first) on the right."""
    row = QHBoxLayout()
    row.addWidget(left)
    row.addStretch(1)
    for button in right:
        row.addWidget(button)
    layout.addLayout(row)


def _status_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("dialogStatus")
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(QCoreApplication.translate("SyncUi", "Status"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMinimumHeight(36)
    return label


def _set_status(label: QLabel, text: str, kind: str = "info") -> None:
    colour = {"error": "#b3261e", "ok": "#2e7d32"}.get(kind)
    label.setStyleSheet(f"color: {colour};" if colour else "")
    label.setText(text)


class EnrollDialog(QDialog):
    """Connect to the hub: its address and a one-time code; Test connection first."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Connect to the hub"))
        self.setAccessibleName(self.tr("Connect to the hub"))
        self.controller = controller
        self.task: Task | None = None
        summary = controller.summary
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "Ask the hub's operator for its address and a one-time code. This computer "
                "then sends each completed assessment to that hub, signed with its own key "
                "and sealed so only the hub can read it."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if summary is not None and summary.enrolled:
            current = QLabel(
                self.tr(
                    "Connected now to %1. Connecting again replaces that hub; assessments "
                    "waiting to be sent are sealed for the new one."
                ).replace("%1", summary.hub_url or self.tr("a hub (USB transfer only)")),
                self,
            )
            current.setWordWrap(True)
            current.setObjectName("currentHub")
            layout.addWidget(current)
        form = QFormLayout()
        self.url = QLineEdit(self)
        self.url.setObjectName("hubUrl")
        self.url.setAccessibleName(self.tr("Hub address"))
        self.url.setPlaceholderText("http://10.0.0.5:8470")
        if summary is not None and summary.hub_url:
            self.url.setText(summary.hub_url)
        self.code = QLineEdit(self)
        self.code.setObjectName("enrollCode")
        self.code.setAccessibleName(self.tr("One-time code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX")
        self.label = QLineEdit(socket.gethostname(), self)
        self.label.setObjectName("deviceLabel")
        self.label.setAccessibleName(self.tr("Name of this computer on the hub"))
        form.addRow(self.tr("Hub &address:"), self.url)
        form.addRow(self.tr("One-time &code:"), self.code)
        form.addRow(self.tr("&Name of this computer:"), self.label)
        layout.addLayout(form)
        self.status = _status_label(self)
        layout.addWidget(self.status)
        self.test_button = _button(
            self, self.tr("&Test connection"), self.tr("Test the connection to the hub"), self.test
        )
        self.connect_button = _button(
            self, self.tr("C&onnect"), self.tr("Connect to the hub"), self.enroll, default=True
        )
        self.connect_button.setObjectName("primaryButton")
        self.cancel_button = _button(self, self.tr("Cancel"), self.tr("Cancel"), self.reject)
        _add_button_row(layout, self.test_button, self.connect_button, self.cancel_button)
        self.setMinimumWidth(520)
        (self.code if self.url.text() else self.url).setFocus()

    def _busy(self, busy: bool) -> None:
        for widget in (self.test_button, self.connect_button, self.url, self.code, self.label):
            widget.setEnabled(not busy)

    def test(self) -> Task | None:
        """Test connection: the hub's health with the saved proxy settings."""
        problem = check_hub_url(self.url.text())
        if problem:
            _set_status(self.status, problem, "error")
            self.url.setFocus()
            return None
        summary = self.controller.summary
        _set_status(self.status, self.tr("Testing the connection…"))
        self._busy(True)
        task = self.controller.test_connection(self.url.text(), summary.proxy if summary else None)
        task.succeeded.connect(
            lambda answer: _set_status(
                self.status,
                self.tr("The hub answered (%1). Enter the one-time code and connect.").replace(
                    "%1", str(answer.get("hub_id") or answer.get("version") or "ok")
                ),
                "ok",
            )
        )
        task.failed.connect(lambda exc: _set_status(self.status, sentence(exc), "error"))
        task.finished.connect(lambda: self._busy(False))
        self.task = task
        return task

    def enroll(self) -> Task | None:
        """Connect: register this computer's key with the code."""
        problem = check_hub_url(self.url.text())
        if problem:
            _set_status(self.status, problem, "error")
            self.url.setFocus()
            return None
        if not self.code.text().strip():
            _set_status(
                self.status, self.tr("Enter the one-time code from the hub's operator."), "error"
            )
            self.code.setFocus()
            return None
        _set_status(self.status, self.tr("Connecting…"))
        self._busy(True)
        task = self.controller.enroll(self.url.text(), self.code.text(), self.label.text())
        task.succeeded.connect(self._on_enrolled)
        task.failed.connect(lambda exc: _set_status(self.status, sentence(exc), "error"))
        task.finished.connect(lambda: self._busy(False))
        self.task = task
        return task

    def _on_enrolled(self, hub: Any) -> None:
        self.controller.statusMessage.emit(
            self.tr("Connected to the hub %1 (key %2).")
            .replace("%1", hub.url or hub.hub_id)
            .replace("%2", hub.key_id)
        )
        self.accept()


class ProxyDialog(QDialog):
    """Network and proxy: the system's settings, direct, or a proxy address (validated)."""

    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("proxyDialog")
        self.setWindowTitle(self.tr("Network and proxy"))
        self.setAccessibleName(self.tr("Network and proxy"))
        self.controller = controller
        self.task: Task | None = None
        summary = controller.summary
        current = summary.proxy if summary is not None else None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(8)
        intro = QLabel(
            self.tr("How Accord reaches the hub. Most offices need the system's settings."),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.system = QRadioButton(
            self.tr("Use the &system's proxy settings (HTTPS_PROXY, NO_PROXY)"), self
        )
        self.none = QRadioButton(self.tr("Connect &directly (no proxy)"), self)
        self.manual = QRadioButton(self.tr("Use this &proxy:"), self)
        self.group = QButtonGroup(self)
        for button, mode in ((self.system, "system"), (self.none, "none"), (self.manual, "manual")):
            button.setAccessibleName(button.text().replace("&", ""))
            button.setProperty("mode", mode)
            self.group.addButton(button)
            layout.addWidget(button)
        self.url = QLineEdit(self)
        self.url.setObjectName("proxyUrl")
        self.url.setAccessibleName(self.tr("Proxy address"))
        self.url.setPlaceholderText("http://proxy.example:3128")
        indent = QHBoxLayout()
        indent.setContentsMargins(24, 0, 0, 0)
        indent.addWidget(self.url)
        layout.addLayout(indent)
        self.status = _status_label(self)
        layout.addWidget(self.status)
        self.test_button = _button(
            self, self.tr("&Test connection"), self.tr("Test the connection to the hub"), self.test
        )
        self.test_button.setEnabled(bool(summary and summary.hub_url))
        if not self.test_button.isEnabled():
            self.test_button.setToolTip(self.tr("Connect to a hub first."))
        self.save_button = _button(
            self, self.tr("&Save"), self.tr("Save the network settings"), self.save, default=True
        )
        self.cancel_button = _button(self, self.tr("Cancel"), self.tr("Cancel"), self.reject)
        _add_button_row(layout, self.test_button, self.save_button, self.cancel_button)
        mode = current.mode if current is not None else "system"
        {"system": self.system, "none": self.none, "manual": self.manual}.get(
            mode, self.system
        ).setChecked(True)
        if current is not None and current.url:
            self.url.setText(current.url)
        self.group.buttonToggled.connect(lambda *_a: self._validate())
        self.url.textChanged.connect(lambda _t: self._validate())
        self.setMinimumWidth(500)
        self._validate()

    def settings(self) -> ProxySettings:
        """The settings as chosen (not validated)."""
        from desktop.core.sync.config import ProxySettings

        button = self.group.checkedButton()
        mode = str(button.property("mode")) if button is not None else "system"
        return ProxySettings(mode, self.url.text().strip() if mode == "manual" else None)

    def _validate(self) -> bool:
        from desktop.core.sync.config import SyncConfigError, validate_proxy

        self.url.setEnabled(self.manual.isChecked())
        try:
            validate_proxy(self.settings())
        except SyncConfigError as exc:
            _set_status(self.status, sentence(exc), "error")
            self.save_button.setEnabled(False)
            return False
        _set_status(self.status, "")
        self.save_button.setEnabled(True)
        return True

    def test(self) -> Task | None:
        """Test connection: the hub's health through the proxy settings as chosen."""
        summary = self.controller.summary
        if not self._validate() or summary is None or not summary.hub_url:
            return None
        from desktop.core.sync.config import validate_proxy

        _set_status(self.status, self.tr("Testing the connection…"))
        self.test_button.setEnabled(False)
        task = self.controller.test_connection(summary.hub_url, validate_proxy(self.settings()))
        task.succeeded.connect(
            lambda _a: _set_status(
                self.status, self.tr("The hub answered: the settings work."), "ok"
            )
        )
        task.failed.connect(lambda exc: _set_status(self.status, sentence(exc), "error"))
        task.finished.connect(lambda: self.test_button.setEnabled(True))
        self.task = task
        return task

    def save(self) -> Task | None:
        """Save: validate and store the settings; the dialog closes when they are saved."""
        if not self._validate():
            return None
        task = self.controller.save_proxy(self.settings())
        task.succeeded.connect(lambda _s: self.accept())
        task.failed.connect(lambda exc: _set_status(self.status, sentence(exc), "error"))
        self.task = task
        return task
