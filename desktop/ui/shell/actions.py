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

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

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
        "&Search the Library",
        lambda w: w.focus_search(),
        ("Ctrl+K",),
        "actionSearch",
    ),
    ActionSpec(
        "action_find",
        "&Find…",
        lambda w: w.find(),
        (Std.Find,),
        "actionFind",
        "Find in the document when it has the focus; otherwise search the library",
    ),
    ActionSpec(
        "action_find_next",
        "Find &Next",
        lambda w: w.reader.find_bar.find_next(),
        (Std.FindNext,),
        "actionFindNext",
    ),
    ActionSpec(
        "action_find_previous",
        "Find Pre&vious",
        lambda w: w.reader.find_bar.find_previous(),
        (Std.FindPrevious,),
        "actionFindPrevious",
    ),
    ActionSpec(
        "action_back",
        "&Back",
        lambda w: w.go_back(),
        ("Alt+Left",),
        "actionBack",
        "Back (Alt+Left)",
    ),
    ActionSpec(
        "action_forward",
        "&Forward",
        lambda w: w.go_forward(),
        ("Alt+Right",),
        "actionForward",
        "Forward (Alt+Right)",
    ),
    ActionSpec(
        "action_home",
        "&Start Page",
        lambda w: w.show_welcome(),
        ("Alt+Home",),
        "actionHome",
        "Start page (Alt+Home)",
    ),
    ActionSpec(
        "action_bookmark",
        "&Bookmark This Document",
        lambda w: w.toggle_bookmark(),
        ("Ctrl+D",),
        "actionBookmark",
    ),
    ActionSpec(
        "action_zoom_in",
        "Zoom &In",
        lambda w: w.reader.zoom_in(),
        ("Ctrl++", "Ctrl+="),
        "actionZoomIn",
        "Larger text (Ctrl+Plus)",
    ),
    ActionSpec(
        "action_zoom_out",
        "Zoom &Out",
        lambda w: w.reader.zoom_out(),
        ("Ctrl+-",),
        "actionZoomOut",
        "Smaller text (Ctrl+Minus)",
    ),
    ActionSpec(
        "action_zoom_reset",
        "&Normal Size",
        lambda w: w.reader.zoom_reset(),
        ("Ctrl+0",),
        "actionZoomReset",
    ),
    ActionSpec(
        "action_print",
        "&Print…",
        lambda w: print_actions.print_document(w),
        ("Ctrl+P",),
        "actionPrint",
        "Print (Ctrl+P)",
    ),
    ActionSpec(
        "action_pdf",
        "Save as P&DF…",
        lambda w: w.save_pdf(),
        ("Ctrl+Shift+S",),
        "actionPdf",
        "Save as PDF (Ctrl+Shift+S)",
    ),
    ActionSpec(
        "action_close_doc",
        "&Close Document",
        lambda w: w.show_welcome(),
        ("Ctrl+W",),
        "actionCloseDocument",
    ),
    ActionSpec("action_quit", "&Quit", lambda w: w.close(), (Std.Quit, "Ctrl+Q"), "actionQuit"),
    ActionSpec(
        "action_library", "&Library", lambda w: w.focus_sidebar(0), ("Ctrl+1",), "actionLibrary"
    ),
    ActionSpec(
        "action_bookmarks",
        "B&ookmarks",
        lambda w: w.focus_sidebar(1),
        ("Ctrl+2",),
        "actionBookmarks",
    ),
    ActionSpec(
        "action_recent",
        "&Recent Documents",
        lambda w: w.focus_sidebar(2),
        ("Ctrl+3",),
        "actionRecent",
    ),
    ActionSpec(
        "action_document", "&Document", lambda w: w.focus_reader(), ("Ctrl+4",), "actionDocument"
    ),
    ActionSpec(
        "action_problems",
        "&Problems",
        lambda w: w.toggle_problems(),
        ("Ctrl+Shift+M",),
        "actionProblems",
    ),
    ActionSpec(
        "action_reindex",
        "&Reload Library and Index",
        lambda w: w.reload_library(),
        ("F5",),
        "actionReload",
    ),
    ActionSpec(
        "action_cancel_index",
        "&Cancel Indexing",
        lambda w: w.cancel_indexing(),
        (),
        "actionCancelIndex",
    ),
    ActionSpec(
        "action_shortcuts",
        "&Keyboard Shortcuts",
        lambda w: help_menu.show_shortcuts(w),
        (Std.HelpContents, "F1"),
        "actionShortcuts",
    ),
    ActionSpec(
        "action_about", "&About Accord", lambda w: help_menu.show_about(w), (), "actionAbout"
    ),
    ActionSpec(
        "action_install_pack",
        "&Install Content Pack…",
        lambda w: w.installer.install_from_dialog(),
        ("Ctrl+O",),
        "actionInstallPack",
        "Install a content pack (.accordpack) from a file or USB stick (Ctrl+O)",
    ),
    ActionSpec(
        "action_packs",
        "Content &Packs…",
        lambda w: w.show_packs(),
        (),
        "actionPacks",
        "Installed content packs: roll back, remove, export, trusted keys",
    ),
    ActionSpec(
        "action_sync_now",
        "&Sync Now",
        lambda w: w.sync_ui.sync_now(),
        ("F9",),
        "actionSyncNow",
        "Send completed assessments to the hub now (F9)",
    ),
    ActionSpec(
        "action_connect_hub",
        "&Connect to the Hub…",
        lambda w: w.sync_ui.connect_hub(),
        (),
        "actionConnectHub",
    ),
    ActionSpec(
        "action_network",
        "&Network and Proxy…",
        lambda w: w.sync_ui.network_settings(),
        (),
        "actionNetwork",
    ),
    ActionSpec(
        "action_export_transfer",
        "&Export for USB Transfer…",
        lambda w: w.sync_ui.export_for_usb(),
        (),
        "actionExportTransfer",
        "Write every assessment not yet delivered to one file for a USB stick",
    ),
    ActionSpec(
        "action_import_receipts",
        "&Import Receipts…",
        lambda w: w.sync_ui.import_receipts(),
        (),
        "actionImportReceipts",
        "Mark assessments delivered from the hub's receipts file",
    ),
    ActionSpec(
        "action_new_assessment",
        "&New Assessment…",
        lambda w: assessment_actions.new_assessment(w),
        ("Ctrl+N",),
        "actionNewAssessment",
        "Start a self-assessment of an institution (Ctrl+N)",
    ),
    ActionSpec(
        "action_assessment_results",
        "&Results",
        lambda w: assessment_actions.show_results(w),
        ("Ctrl+R",),
        "actionAssessmentResults",
        "The results of the assessment open or selected (Ctrl+R)",
    ),
    ActionSpec(
        "action_workshop",
        "&Workshop View",
        lambda w: assessment_actions.show_workshop(w),
        ("Ctrl+Shift+W",),
        "actionWorkshop",
        "Compare the groups of a workshop side by side (Ctrl+Shift+W)",
    ),
    ActionSpec(
        "action_present",
        "&Present the Workshop",
        lambda w: assessment_actions.present(w),
        ("F11",),
        "actionPresent",
        "Full screen, large type for a projector; Esc leaves (F11)",
    ),
    ActionSpec(
        "action_log_folder",
        "Open &Log Folder",
        lambda w: help_menu.open_log_folder(w),
        (),
        "actionLogFolder",
        "Show the folder with Accord's log files",
    ),
)

# Menu title, object name of its menu action, and its actions (None: a separator).
MENUS: tuple[tuple[str, str, tuple[str | None, ...]], ...] = (
    (
        "&File",
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
    ("&Edit", "", ("action_search", "action_find", "action_find_next", "action_find_previous")),
    (
        "&View",
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
    ("&Go", "menuGo", ("action_back", "action_forward", "action_home")),
    ("&Bookmarks", "", ("action_bookmark",)),
    ("&Assessments", "menuAssessments", assessment_actions.MENU_ACTIONS),
    (
        "&Sync",
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
    ("&Help", "", ("action_shortcuts", "action_log_folder", "action_about")),
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
    toolbar = window.addToolBar(window.tr("Navigation"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setAccessibleName(window.tr("Navigation toolbar"))
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    window.action_back.setIconText("←")
    window.action_forward.setIconText("→")
    window.action_home.setIconText(window.tr("Start"))
    toolbar.addAction(window.action_back)
    toolbar.addAction(window.action_forward)
    toolbar.addAction(window.action_home)
    toolbar.addSeparator()
    toolbar.addWidget(window.search_box)
    toolbar.addSeparator()
    window.action_zoom_out.setIconText("A−")
    window.action_zoom_in.setIconText("A+")
    window.action_print.setIconText(window.tr("Print"))
    window.action_pdf.setIconText(window.tr("PDF"))
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
