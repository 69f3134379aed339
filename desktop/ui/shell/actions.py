"""The main window's actions, menus and toolbar, as tables.

Each action is one row of :data:`ACTIONS`: the window attribute it becomes
(``window.action_search`` …), its text, what it calls, its keys, its object name and tip.
Texts are translated with the window's ``tr`` (context ``MainWindow``) when the window is
built. :func:`make_action` is also how pages added later (``MainWindow.add_page``) get
theirs, so every action follows the same rules: one key per action, no key twice.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from desktop.ui.common.bidi import arrow
from desktop.ui.shell import assessment_actions, help_menu, print_actions

if TYPE_CHECKING:
    from desktop.ui.shell.window_parts import ShellWindow

Key = QKeySequence | QKeySequence.StandardKey | str
Std = QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``slot(window)`` runs when it is triggered."""

    attr: str
    text: str
    slot: Callable[[ShellWindow], object]
    keys: tuple[Key, ...] = ()
    name: str = ""
    tip: str = ""


# In this order in ``window.actions()`` (and so in the F1 list of shortcuts).
ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec(
        "action_search",
        QT_TRANSLATE_NOOP("MainWindow", "&Search the Library"),
        lambda w: w.focus_search(),
        ("Ctrl+K",),
        "actionSearch",
    ),
    ActionSpec(
        "action_find",
        QT_TRANSLATE_NOOP("MainWindow", "&Find…"),
        lambda w: w.find(),
        (Std.Find,),
        "actionFind",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Find in the document when it has the focus; otherwise search the library"
        ),
    ),
    ActionSpec(
        "action_find_next",
        QT_TRANSLATE_NOOP("MainWindow", "Find &Next"),
        lambda w: w.reader.find_bar.find_next(),
        (Std.FindNext,),
        "actionFindNext",
    ),
    ActionSpec(
        "action_find_previous",
        QT_TRANSLATE_NOOP("MainWindow", "Find Pre&vious"),
        lambda w: w.reader.find_bar.find_previous(),
        (Std.FindPrevious,),
        "actionFindPrevious",
    ),
    ActionSpec(
        "action_back",
        QT_TRANSLATE_NOOP("MainWindow", "&Back"),
        lambda w: w.go_back(),
        ("Alt+Left",),
        "actionBack",
        QT_TRANSLATE_NOOP("MainWindow", "Back (Alt+Left)"),
    ),
    ActionSpec(
        "action_forward",
        QT_TRANSLATE_NOOP("MainWindow", "&Forward"),
        lambda w: w.go_forward(),
        ("Alt+Right",),
        "actionForward",
        QT_TRANSLATE_NOOP("MainWindow", "Forward (Alt+Right)"),
    ),
    ActionSpec(
        "action_home",
        QT_TRANSLATE_NOOP("MainWindow", "&Start Page"),
        lambda w: w.show_welcome(),
        ("Alt+Home",),
        "actionHome",
        QT_TRANSLATE_NOOP("MainWindow", "Start page (Alt+Home)"),
    ),
    ActionSpec(
        "action_bookmark",
        QT_TRANSLATE_NOOP("MainWindow", "&Bookmark This Document"),
        lambda w: w.toggle_bookmark(),
        ("Ctrl+D",),
        "actionBookmark",
    ),
    ActionSpec(
        "action_zoom_in",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &In"),
        lambda w: w.reader.zoom_in(),
        ("Ctrl++", "Ctrl+="),
        "actionZoomIn",
        QT_TRANSLATE_NOOP("MainWindow", "Larger text (Ctrl+Plus)"),
    ),
    ActionSpec(
        "action_zoom_out",
        QT_TRANSLATE_NOOP("MainWindow", "Zoom &Out"),
        lambda w: w.reader.zoom_out(),
        ("Ctrl+-",),
        "actionZoomOut",
        QT_TRANSLATE_NOOP("MainWindow", "Smaller text (Ctrl+Minus)"),
    ),
    ActionSpec(
        "action_zoom_reset",
        QT_TRANSLATE_NOOP("MainWindow", "&Normal Size"),
        lambda w: w.reader.zoom_reset(),
        ("Ctrl+0",),
        "actionZoomReset",
    ),
    ActionSpec(
        "action_print",
        QT_TRANSLATE_NOOP("MainWindow", "&Print…"),
        lambda w: print_actions.print_document(w),
        ("Ctrl+P",),
        "actionPrint",
        QT_TRANSLATE_NOOP("MainWindow", "Print (Ctrl+P)"),
    ),
    ActionSpec(
        "action_pdf",
        QT_TRANSLATE_NOOP("MainWindow", "Save as P&DF…"),
        lambda w: w.save_pdf(),
        ("Ctrl+Shift+S",),
        "actionPdf",
        QT_TRANSLATE_NOOP("MainWindow", "Save as PDF (Ctrl+Shift+S)"),
    ),
    ActionSpec(
        "action_close_doc",
        QT_TRANSLATE_NOOP("MainWindow", "&Close Document"),
        lambda w: w.show_welcome(),
        ("Ctrl+W",),
        "actionCloseDocument",
    ),
    ActionSpec(
        "action_quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
        lambda w: w.close(),
        (Std.Quit, "Ctrl+Q"),
        "actionQuit",
    ),
    ActionSpec(
        "action_library",
        QT_TRANSLATE_NOOP("MainWindow", "&Library"),
        lambda w: w.focus_sidebar(0),
        ("Ctrl+1",),
        "actionLibrary",
    ),
    ActionSpec(
        "action_bookmarks",
        QT_TRANSLATE_NOOP("MainWindow", "B&ookmarks"),
        lambda w: w.focus_sidebar(1),
        ("Ctrl+2",),
        "actionBookmarks",
    ),
    ActionSpec(
        "action_recent",
        QT_TRANSLATE_NOOP("MainWindow", "&Recent Documents"),
        lambda w: w.focus_sidebar(2),
        ("Ctrl+3",),
        "actionRecent",
    ),
    ActionSpec(
        "action_document",
        QT_TRANSLATE_NOOP("MainWindow", "&Document"),
        lambda w: w.focus_reader(),
        ("Ctrl+4",),
        "actionDocument",
    ),
    ActionSpec(
        "action_problems",
        QT_TRANSLATE_NOOP("MainWindow", "&Problems"),
        lambda w: w.toggle_problems(),
        ("Ctrl+Shift+M",),
        "actionProblems",
    ),
    ActionSpec(
        "action_reindex",
        QT_TRANSLATE_NOOP("MainWindow", "&Reload Library and Index"),
        lambda w: w.reload_library(),
        ("F5",),
        "actionReload",
    ),
    ActionSpec(
        "action_cancel_index",
        QT_TRANSLATE_NOOP("MainWindow", "&Cancel Indexing"),
        lambda w: w.cancel_indexing(),
        (),
        "actionCancelIndex",
    ),
    ActionSpec(
        "action_shortcuts",
        QT_TRANSLATE_NOOP("MainWindow", "&Keyboard Shortcuts"),
        lambda w: help_menu.show_shortcuts(w),
        (Std.HelpContents, "F1"),
        "actionShortcuts",
    ),
    ActionSpec(
        "action_about",
        QT_TRANSLATE_NOOP("MainWindow", "&About Accord"),
        lambda w: help_menu.show_about(w),
        (),
        "actionAbout",
    ),
    ActionSpec(
        "action_install_pack",
        QT_TRANSLATE_NOOP("MainWindow", "&Install Content Pack…"),
        lambda w: w.installer.install_from_dialog(),
        ("Ctrl+O",),
        "actionInstallPack",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)"
        ),
    ),
    ActionSpec(
        "action_packs",
        QT_TRANSLATE_NOOP("MainWindow", "Content &Packs…"),
        lambda w: w.show_packs(),
        (),
        "actionPacks",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Installed content packs: roll back, remove, export, trusted keys"
        ),
    ),
    ActionSpec(
        "action_sync_now",
        QT_TRANSLATE_NOOP("MainWindow", "&Sync Now"),
        lambda w: w.sync_ui.sync_now(),
        ("F9",),
        "actionSyncNow",
        QT_TRANSLATE_NOOP("MainWindow", "Send completed assessments to the hub now (F9)"),
    ),
    ActionSpec(
        "action_connect_hub",
        QT_TRANSLATE_NOOP("MainWindow", "&Connect to the Hub…"),
        lambda w: w.sync_ui.connect_hub(),
        (),
        "actionConnectHub",
    ),
    ActionSpec(
        "action_network",
        QT_TRANSLATE_NOOP("MainWindow", "&Network and Proxy…"),
        lambda w: w.sync_ui.network_settings(),
        (),
        "actionNetwork",
    ),
    ActionSpec(
        "action_export_transfer",
        QT_TRANSLATE_NOOP("MainWindow", "&Export for USB Transfer…"),
        lambda w: w.sync_ui.export_for_usb(),
        (),
        "actionExportTransfer",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Write every assessment not yet delivered to one file for a USB stick"
        ),
    ),
    ActionSpec(
        "action_import_receipts",
        QT_TRANSLATE_NOOP("MainWindow", "&Import Receipts…"),
        lambda w: w.sync_ui.import_receipts(),
        (),
        "actionImportReceipts",
        QT_TRANSLATE_NOOP("MainWindow", "Mark assessments delivered from the hub's receipts file"),
    ),
    ActionSpec(
        "action_new_assessment",
        QT_TRANSLATE_NOOP("MainWindow", "&New Assessment…"),
        lambda w: assessment_actions.new_assessment(w),
        ("Ctrl+N",),
        "actionNewAssessment",
        QT_TRANSLATE_NOOP("MainWindow", "Start a self-assessment of an institution (Ctrl+N)"),
    ),
    ActionSpec(
        "action_assessment_results",
        QT_TRANSLATE_NOOP("MainWindow", "&Results"),
        lambda w: assessment_actions.show_results(w),
        ("Ctrl+R",),
        "actionAssessmentResults",
        QT_TRANSLATE_NOOP("MainWindow", "The results of the assessment open or selected (Ctrl+R)"),
    ),
    ActionSpec(
        "action_workshop",
        QT_TRANSLATE_NOOP("MainWindow", "&Workshop View"),
        lambda w: assessment_actions.show_workshop(w),
        ("Ctrl+Shift+W",),
        "actionWorkshop",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Compare the groups of a workshop side by side (Ctrl+Shift+W)"
        ),
    ),
    ActionSpec(
        "action_present",
        QT_TRANSLATE_NOOP("MainWindow", "&Present the Workshop"),
        lambda w: assessment_actions.present(w),
        ("F11",),
        "actionPresent",
        QT_TRANSLATE_NOOP(
            "MainWindow", "Full screen, large type for a projector; Esc leaves (F11)"
        ),
    ),
    ActionSpec(
        "action_log_folder",
        QT_TRANSLATE_NOOP("MainWindow", "Open &Log Folder"),
        lambda w: help_menu.open_log_folder(w),
        (),
        "actionLogFolder",
        QT_TRANSLATE_NOOP("MainWindow", "Show the folder with Accord's log files"),
    ),
)

# Menu title, object name of its menu action, and its actions (None: a separator).
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        "",
        (
            "action_install_pack",
            "action_packs",
            None,
            "action_print",
            "action_pdf",
            None,
            "action_close_doc",
            "action_reindex",
            None,
            "action_quit",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
        "",
        ("action_search", "action_find", "action_find_next", "action_find_previous"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&View"),
        "",
        (
            "action_zoom_in",
            "action_zoom_out",
            "action_zoom_reset",
            None,
            "action_library",
            "action_bookmarks",
            "action_recent",
            "action_document",
            "action_problems",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Go"),
        "menuGo",
        ("action_back", "action_forward", "action_home"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Bookmarks"), "", ("action_bookmark",)),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Assessments"),
        "menuAssessments",
        assessment_actions.MENU_ACTIONS,
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Sync"),
        "menuSync",
        (
            "action_sync_now",
            None,
            "action_connect_hub",
            "action_network",
            None,
            "action_export_transfer",
            "action_import_receipts",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Help"),
        "",
        ("action_shortcuts", "action_log_folder", "action_about"),
    ),
)


def _key_sequences(keys: Sequence[Key]) -> list[QKeySequence]:
    """The keys, standard ones expanded for this platform, each once."""
    found: list[QKeySequence] = []
    for item in keys:
        if isinstance(item, QKeySequence.StandardKey):
            found.extend(QKeySequence.keyBindings(item))
        else:
            found.append(QKeySequence(item))
    unique: list[QKeySequence] = []
    for key in found:  # a platform binding may repeat a fallback: one action, one key
        if not key.isEmpty() and key not in unique:
            unique.append(key)
    return unique


def make_action(
    window: ShellWindow,
    text: str,
    slot: Callable[[], object],
    keys: Sequence[Key] = (),
    *,
    name: str = "",
    tip: str = "",
) -> QAction:
    """An action of ``window`` (text and tip already translated) that calls ``slot()``."""
    action = QAction(text, window)
    action.setObjectName(name)
    action.setShortcuts(_key_sequences(keys))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def build_actions(window: ShellWindow) -> None:
    """Create every action of :data:`ACTIONS` as an attribute of ``window``."""
    for spec in ACTIONS:
        action = make_action(
            window,
            window.tr(spec.text),
            lambda slot=spec.slot: slot(window),
            spec.keys,
            name=spec.name,
            tip=window.tr(spec.tip) if spec.tip else "",
        )
        setattr(window, spec.attr, action)
    window.action_problems.setCheckable(True)


def build_menus(window: ShellWindow) -> None:
    """The menu bar (:data:`MENUS`)."""
    bar = window.menuBar()
    for title, name, entries in MENUS:
        menu = bar.addMenu(window.tr(title))
        if name:
            menu.menuAction().setObjectName(name)
        for attr in entries:
            if attr is None:
                menu.addSeparator()
            else:
                menu.addAction(getattr(window, attr))


def build_toolbar(window: ShellWindow) -> None:
    """Back, forward, start; the search box; zoom, print and PDF (text only)."""
    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Navigation"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(QCoreApplication.translate("MainWindow", "Navigation toolbar"))
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.action_back.setIconText(arrow(False))
    window.action_forward.setIconText(arrow(True))
    window.action_home.setIconText(QCoreApplication.translate("MainWindow", "Start"))
    toolbar.addAction(window.action_back)
    toolbar.addAction(window.action_forward)
    toolbar.addAction(window.action_home)
    toolbar.addSeparator()
    toolbar.addWidget(window.search_box)
    toolbar.addSeparator()
    window.action_zoom_out.setIconText("A−")
    window.action_zoom_in.setIconText("A+")
    window.action_print.setIconText(QCoreApplication.translate("MainWindow", "Print"))
    window.action_pdf.setIconText(QCoreApplication.translate("MainWindow", "PDF"))
    for action in (
        window.action_zoom_out,
        window.action_zoom_in,
        window.action_print,
        window.action_pdf,
    ):
        toolbar.addAction(action)
    for action in toolbar.actions():
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
    window.toolbar = toolbar


def update_enabled(window: ShellWindow) -> None:
    """Enable what applies to the page shown (document actions only with a document)."""
    reader = window.reader
    reading = window.stack.currentWidget() is reader and reader.current_doc is not None
    window.action_back.setEnabled(reader.can_go_back())
    window.action_forward.setEnabled(reader.can_go_forward())
    for action in (
        window.action_bookmark,
        window.action_zoom_in,
        window.action_zoom_out,
        window.action_zoom_reset,
        window.action_print,
        window.action_pdf,
        window.action_close_doc,
        window.action_find_next,
        window.action_find_previous,
    ):
        action.setEnabled(reading)


def add_page(window: ShellWindow, widget: QWidget, title: str, shortcut: str = "") -> QAction:
    """Add ``widget`` as a page of the window's stack, with an action (and a Go-menu entry)
    that shows it; returns the action."""
    # A page's own minimum size must not set the window's: on a small screen the library
    # and reader must still fit. (The stack then ignores the page's hints.)
    policy = widget.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    policy.setVerticalPolicy(QSizePolicy.Policy.Ignored)
    widget.setSizePolicy(policy)
    window.stack.addWidget(widget)
    widget.setProperty("pageTitle", title.replace("&", ""))
    action = make_action(
        window,
        title,
        lambda: window.stack.setCurrentWidget(widget),
        [shortcut] if shortcut else (),
        name=f"actionPage{window.stack.count()}",
    )
    go_menu = next(
        (a.menu() for a in window.menuBar().actions() if a.menu() and a.objectName() == "menuGo"),
        None,
    )
    if go_menu is not None:
        go_menu.addAction(action)
    return action
