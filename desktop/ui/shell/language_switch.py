"""Changing the interface language from the Language menu, without losing one's place.

Every string of the window is set when it is built, so the window is rebuilt in the new
language: the choice is stored (setting ``language``), the old window saves everything
(typed answers included) and closes its database, Qt is switched to the language
(``translations.language.apply``), and a new window opens where the user was — the same
page, document and heading, search, assessment and question (the runner reopens an
assessment at the question it showed last, which the old window saved).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, QTimer

from desktop.ui.translations import language as languages


@dataclass
class Place:
    """Where the user was: page, document, search, assessment and its page."""

    page: str = "welcome"  # welcome, search, reader, assessments
    doc_id: str = ""
    scroll: int | None = None
    search: str = ""
    assessment_id: str = ""
    assessment_page: str = ""  # list, runner, results, workshop
    geometry: QByteArray | None = None
    maximized: bool = False


def capture(window: Any) -> Place:
    """Where the user is in ``window``."""
    place = Place(
        search=window.search_box.text(),
        geometry=window.saveGeometry(),
        maximized=window.isMaximized(),
    )
    current = window.stack.currentWidget()
    pages = {window.welcome: "welcome", window.search_page: "search", window.reader: "reader"}
    panel = window.assessments
    place.page = pages.get(current, "assessments" if current is panel else "welcome")
    place.doc_id = window.reader.current_id or ""
    place.scroll = window.reader.view.verticalScrollBar().value() if place.doc_id else None
    if panel is not None and current is panel:
        page = panel.stack.currentWidget()
        names = {panel.list_page: "list", panel.runner: "runner", panel.results: "results"}
        place.assessment_page = names.get(page, "workshop")
        opened = panel.current_assessment()
        if place.assessment_page == "results":
            place.assessment_id = panel.results.assessment_id or ""
        elif opened is not None:
            place.assessment_id = opened.id
    return place


def restore(window: Any, place: Place) -> None:
    """Put ``window`` (new, its library loaded) where ``place`` says."""
    if place.search:
        _restore_search(window, place)
    if place.doc_id and window.open_document(place.doc_id) and place.scroll is not None:
        bar = window.reader.view.verticalScrollBar()
        # The document renders on a lane: scroll once, when it is shown.
        window.reader.documentShown.connect(
            lambda _id, bar=bar, value=place.scroll: QTimer.singleShot(
                0, lambda: bar.setValue(value)
            ),
            Qt.ConnectionType.SingleShotConnection,
        )
    if place.page == "welcome":
        window.show_welcome()
    elif place.page == "assessments":
        _restore_assessment(window, place)


def _restore_search(window: Any, place: Place) -> None:
    """The search text back, once the index is ready: earlier, the index's readiness
    would run it and show the results over the page the user was on."""
    if not window.controller.ready:
        window.controller.readyChanged.connect(
            lambda ready: ready and _restore_search(window, place),
            Qt.ConnectionType.SingleShotConnection,
        )
        return
    # Typing would search and show the results page: only the search page does.
    window.search_box.blockSignals(True)
    window.search_box.setText(place.search)
    window.search_box.blockSignals(False)
    if place.page == "search":
        window.live.run_now()


def _restore_assessment(window: Any, place: Place) -> None:
    panel = window.assessments
    if panel is None:  # built after the first paint: try again when it is there
        QTimer.singleShot(50, lambda: _restore_assessment(window, place))
        return
    window.stack.setCurrentWidget(panel)
    if place.assessment_page == "runner" and place.assessment_id:
        panel.open_assessment(place.assessment_id)
    elif place.assessment_page == "results" and place.assessment_id:
        panel.show_results(place.assessment_id)
    elif place.assessment_page == "workshop":
        panel.show_workshop()
    else:
        panel.show_list()


def switch_language(window: Any, choice: str, factory: Any) -> Any:
    """Store ``choice`` (a language code or ``SYSTEM``), rebuild the window in that
    language with ``factory(library_dir, data_dir)`` and return the new window.

    The old window is shut down first (its typed answers saved, its database closed);
    the new one is shown before the old one closes, so the app does not quit.
    """
    window.store.set_setting(languages.SETTING, choice)
    place = capture(window)
    window.shutdown()  # after the queued setting: every write is flushed
    code = languages.normalise(choice) or languages.system_language()
    languages.apply(code)
    new = factory(window.library_dir, window.data_dir)
    if place.geometry is not None:
        new.restoreGeometry(place.geometry)
    new.libraryLoaded.connect(lambda _library: restore(new, place))
    new.showMaximized() if place.maximized else new.show()
    # Closed and shut down (no database, no threads); not deleted, because whoever made
    # it (``run()``, a test) may still hold it.
    window.close()
    # The app keeps a reference, as ``run()`` did for the first window.
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty("accordWindow", new)
    return new


def install_language_menu(window: Any) -> Any:
    """Add the Language menu to ``window``'s menu bar (before Help): the saved choice is
    checked; choosing another language rebuilds the window in it."""
    from desktop.ui.translations.menu import LanguageMenu

    current = languages.stored_language(window.data_dir) or languages.SYSTEM
    menu = LanguageMenu(current, window)
    bar = window.menuBar()
    entries = bar.actions()
    # Before Help, the last menu by convention.
    bar.insertMenu(entries[-1], menu) if entries else bar.addMenu(menu)
    menu.chosen.connect(lambda choice: switch_language(window, choice, type(window)))
    window.language_menu = menu
    return menu
