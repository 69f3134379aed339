"""The results' gap list: the weakest answered questions, and for the one chosen its
guidance and the playbooks and standards that help."""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QSplitter, QWidget

from desktop.ui.assessment.formatting import answer_text
from desktop.ui.assessment.result_models import GapModel
from desktop.ui.assessment.widgets import GuidanceView
from desktop.ui.common.labels import component_label, type_label

if TYPE_CHECKING:
    from desktop.core.assessments.export import Report
    from desktop.core.assessments.gaps import Gap
    from desktop.core.library.documents import Library


def _t(text: str) -> str:
    return QCoreApplication.translate("ResultsPage", text)


class GapPanel(QSplitter):
    """The gap list beside the detail of the gap chosen (library links are emitted as
    ``documentRequested``)."""

    documentRequested = Signal(str, str)  # doc id, anchor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setChildrenCollapsible(False)
        self.report: Report | None = None
        self.library: Library | None = None
        self.gap_model = GapModel(self)
        self.gap_list = QListView(self)
        self.gap_list.setObjectName("gapList")
        self.gap_list.setAccessibleName(
            QCoreApplication.translate("ResultsPage", "Gaps, weakest first")
        )
        self.gap_list.setModel(self.gap_model)
        self.gap_list.setWordWrap(True)
        self.gap_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.gap_list.selectionModel().currentChanged.connect(self._on_gap_changed)
        self.gap_detail = GuidanceView(self)
        self.gap_detail.setObjectName("gapDetail")
        self.gap_detail.setAccessibleName(
            QCoreApplication.translate("ResultsPage", "Guidance for the chosen gap")
        )
        self.gap_detail.documentRequested.connect(self.documentRequested)
        self.addWidget(self.gap_list)
        self.addWidget(self.gap_detail)
        self.setSizes([420, 520])
        self.setMinimumHeight(320)

    def show_gaps(self, report: Report, titles: Mapping[str, str], library: Library | None) -> None:
        """The gaps of ``report``; ``titles`` names the documents they link to."""
        self.report, self.library = report, library
        self.gap_model.set_gaps(report.gaps, titles, report.checklist)
        if report.gaps:
            self.gap_list.setCurrentIndex(self.gap_model.index(0, 0))
        else:
            self.gap_detail.setHtml(
                "<p>"
                + html.escape(
                    QCoreApplication.translate(
                        "ResultsPage", "No gaps: every answered question has full marks."
                    )
                )
                + "</p>"
            )

    def _on_gap_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        gap = self.gap_model.gap(current.row())
        if gap is None or self.report is None:
            return
        self.gap_detail.setHtml(self._detail_html(gap))

    def _detail_html(self, gap: Gap) -> str:
        from desktop.core.library.render import doc_url, render_markdown

        assert self.report is not None
        item = self.report.checklist.item(gap.item_id)
        answer = answer_text(item, gap.answer) if item else gap.answer
        parts = [
            f"<h3>{html.escape(gap.ask)}</h3>",
            "<p class='meta'>"
            + html.escape(
                f"{gap.item_id} · {component_label(gap.component)} · "
                + QCoreApplication.translate("ResultsPage", "Answer: %1").replace("%1", answer)
                + " · "
                + QCoreApplication.translate("ResultsPage", "weight %1").replace(
                    "%1", f"{gap.weight:g}"
                )
            )
            + "</p>",
        ]
        if gap.guidance:
            parts.append(render_markdown(gap.guidance, self.library).html)
        if gap.links:
            items = []
            for doc_id in gap.links:
                doc = self.library.get(doc_id) if self.library else None
                title = doc.title if doc else doc_id
                kind = type_label(doc.type) if doc else ""
                items.append(
                    f"<li><b>{html.escape(kind)}</b> "
                    f"<a class='wikilink' href='{html.escape(doc_url(doc_id), quote=True)}'>"
                    f"{html.escape(title)}</a></li>"
                )
            helps = html.escape(QCoreApplication.translate("ResultsPage", "What helps"))
            parts.append(f"<h4>{helps}</h4><ul>{''.join(items)}</ul>")
        return "".join(parts)
