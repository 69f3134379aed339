"""The application style sheet: calm spacing, readable type, palette-aware colours."""

from __future__ import annotations

from desktop.ui.common.reader_style import is_dark


def app_stylesheet(dark: bool | None = None) -> str:
    """Qt style sheet for the whole app (works with light and dark palettes)."""
    dark = is_dark() if dark is None else dark
    accent = "#8ab4f8" if dark else "#1f5fbf"
    notice = {
        "info": ("#1f3a5a", "#d5e6fb") if dark else ("#e8f1fc", "#173a63"),
        "warning": ("#4a3b12", "#f6e3b0") if dark else ("#fff4d6", "#5c4200"),
        "error": ("#4a2523", "#f6d3d0") if dark else ("#fdecea", "#6b1a14"),
    }
    notice_css = "".join(
        f'QFrame#noticeBar[kind="{kind}"] {{ background: {bg}; color: {fg};'
        f" border-bottom: 1px solid palette(mid); }}\n"
        f'QFrame#noticeBar[kind="{kind}"] QLabel {{ color: {fg}; }}\n'
        for kind, (bg, fg) in notice.items()
    )
    return f"""
QMainWindow::separator {{ width: 1px; height: 1px; background: palette(mid); }}
QToolBar#mainToolbar {{ padding: 6px 10px; spacing: 6px; border: none;
    border-bottom: 1px solid palette(mid); }}
QToolBar#mainToolbar QToolButton {{ padding: 4px 10px; border-radius: 5px; }}
QToolBar#mainToolbar QToolButton:hover {{ background: palette(midlight); }}
QToolBar#mainToolbar QToolButton:disabled {{ color: palette(mid); }}
QLineEdit#searchBox {{ padding: 6px 10px; border: 1px solid palette(mid); border-radius: 6px;
    background: palette(base); min-width: 360px; }}
QLineEdit#searchBox:focus {{ border: 2px solid {accent}; padding: 5px 9px; }}
QTabWidget#sidebar::pane {{ border: none; border-top: 1px solid palette(mid); }}
QTabWidget#sidebar QTabBar::tab {{ padding: 8px 12px; border: none; background: transparent;
    border-bottom: 2px solid transparent; }}
QTabWidget#sidebar QTabBar::tab:selected {{ border-bottom: 2px solid {accent}; font-weight: 600; }}
QTabWidget#sidebar QTabBar::tab:hover {{ background: palette(midlight); }}
QLabel#docComponents {{ font-weight: 600; }}
QTreeView, QListView {{ border: none; }}
QTreeView#libraryView::item, QTreeView#bookmarksView::item, QTreeView#recentView::item,
QTreeView#tocView::item {{ padding: 4px 2px; }}
QWidget#tocPane {{ background: palette(window); border-right: 1px solid palette(mid); }}
QTreeView#tocView {{ background: palette(window); }}
QLabel#tocTitle {{ font-weight: 600; padding: 10px 10px 4px 10px;
    color: palette(placeholder-text); }}
QTreeView#facetsView {{ background: palette(window); }}
QTreeView#facetsView::item {{ padding: 3px 2px; }}
QWidget#facetsBox {{ background: palette(window); border-right: 1px solid palette(mid); }}
QLabel#paneTitle, QLabel#sectionTitle {{ font-weight: 600; }}
QLabel#sectionTitle {{ font-size: 12pt; margin: 8px 0px 0px 0px; padding: 0px; }}
QFrame#searchHeader {{ border-bottom: 1px solid palette(mid); }}
QLabel#resultCount {{ font-size: 12pt; font-weight: 600; }}
QLabel#emptyResults {{ color: palette(placeholder-text); font-size: 12pt; padding: 40px; }}
QWidget#readerHeader {{ border-bottom: 1px solid palette(mid); }}
QLabel#docMeta {{ color: palette(placeholder-text); }}
QWidget#readerHeader {{ background: palette(base); }}
QToolButton#bookmarkButton {{ padding: 4px 10px; border: 1px solid palette(mid);
    border-radius: 5px; }}
QToolButton#bookmarkButton:checked {{ background: #ffe08a; color: #1f1f1f; border-color: #e0b43c; }}
QWidget#findBar {{ border-top: 1px solid palette(mid); background: palette(window); }}
QScrollArea#welcomePage, QWidget#welcomeInner {{ background: palette(base); }}
QLabel#welcomeTitle {{ font-size: 26pt; font-weight: 700; }}
QLabel#welcomeSubtitle {{ font-size: 12pt; color: palette(placeholder-text); }}
QLabel#welcomeSummary {{ font-size: 11pt; }}
QLabel#placeholder {{ color: palette(placeholder-text); }}
QPushButton#typeCard {{ padding: 10px 18px; min-width: 96px; border: 1px solid palette(mid);
    border-radius: 8px; background: palette(window); font-weight: 600; text-align: left; }}
QPushButton#typeCard:hover {{ background: palette(midlight); }}
QPushButton#typeCard:focus {{ border: 2px solid {accent}; }}
QListView#welcomeList {{ border: 1px solid palette(mid); border-radius: 6px; }}
QListView#welcomeList::item {{ padding: 6px 8px; }}
QLabel#keyCap {{ border: 1px solid palette(mid); border-radius: 4px; padding: 2px 6px;
    background: palette(window); font-family: "DejaVu Sans Mono", monospace; }}
QStatusBar {{ border-top: 1px solid palette(mid); }}
QStatusBar QToolButton {{ padding: 2px 8px; }}
QToolButton#problemsButton[errors="true"] {{ color: #b3261e; font-weight: 600; }}
QPushButton#clearFilters {{ color: {accent}; }}
QPushButton#clearFilters:disabled {{ color: palette(mid); }}
{notice_css}"""
