"""Search-as-you-type: tagged queries on the search lane, stale answers dropped.

Each request gets an increasing ``query_id``. A query that is already stale when its turn
comes is not run at all, and results that come back for anything but the latest query are
dropped (counted in ``dropped``), so a slow early query can never overwrite a later one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from desktop.ui.common.tasks import Cancelled, TaskContext, TaskRunner
from desktop.ui.translations.language import current_language

if TYPE_CHECKING:
    from index.api import SearchResults

RESULT_LIMIT = 50


@dataclass(frozen=True)
class QueryRequest:
    """What the UI asked for; becomes an ``index.api.SearchQuery`` on the search lane
    (so the UI thread never imports the search engine)."""

    text: str
    filters: dict[str, list[str]] = field(default_factory=dict)
    prefix: bool = True
    limit: int = RESULT_LIMIT
    query_id: int = 0
    # The interface language: "did you mean" prefers its words when a query could be either.
    language: str = ""

    def to_query(self) -> Any:
        """The engine-neutral query."""
        from index.api import SearchQuery

        return SearchQuery(
            text=self.text,
            filters={k: list(v) for k, v in self.filters.items()},
            limit=self.limit,
            snippets=True,
            prefix=self.prefix,
            query_id=self.query_id,
            language=self.language,
        )


class SearchController(QObject):
    """Sends queries to the index off the UI thread and delivers only the latest answer."""

    resultsReady = Signal(object)  # SearchResults of the latest query
    searchFailed = Signal(str)
    staleDropped = Signal(int)  # the query_id whose results were dropped
    readyChanged = Signal(bool)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._index: Any = None
        self._next_id = 0
        self._latest = 0
        self._pending: QueryRequest | None = None
        self._asked: dict[int, QueryRequest] = {}
        self.dropped = 0

    @property
    def ready(self) -> bool:
        """True when an index is available."""
        return self._index is not None

    @property
    def latest_id(self) -> int:
        """The id of the newest query asked for."""
        return self._latest

    @property
    def index(self) -> Any:
        """The search index in use, or None while it is being built."""
        return self._index

    def set_index(self, index: Any) -> None:
        """Use this index (None while it is unavailable); a waiting query runs now."""
        self._index = index
        self.readyChanged.emit(index is not None)
        if index is not None and self._pending is not None:
            query, self._pending = self._pending, None
            if query.query_id == self._latest:
                self._submit(query)

    def search(
        self,
        text: str,
        filters: dict[str, list[str]] | None = None,
        *,
        prefix: bool = True,
        limit: int = RESULT_LIMIT,
    ) -> int:
        """Ask for results; returns the query id. The answer arrives via ``resultsReady``."""
        self._next_id += 1
        self._latest = self._next_id
        query = QueryRequest(
            text=text,
            filters={k: list(v) for k, v in (filters or {}).items() if v},
            prefix=prefix,
            limit=limit,
            query_id=self._latest,
            # Documents in the interface's language rank first ("ar", not "ar-001").
            language=current_language(),
        )
        if self._index is None:
            self._pending = query
        else:
            self._submit(query)
        return self._latest

    def cancel(self) -> None:
        """Forget the current query: any answer still to come is stale."""
        self._next_id += 1
        self._latest = self._next_id
        self._pending = None

    def _submit(self, query: QueryRequest) -> None:
        index = self._index
        self._asked = {query.query_id: query}

        def run(ctx: TaskContext) -> SearchResults:
            if query.query_id != self._latest or ctx.cancelled:
                raise Cancelled  # already stale: do not spend the time
            return index.search(query.to_query())

        task = self._runner.submit(run, lane="search", name=f"search #{query.query_id}")
        task.succeeded.connect(self.deliver)
        task.failed.connect(lambda exc, qid=query.query_id: self._failed(qid, exc))

    def deliver(self, results: SearchResults) -> None:
        """Accept results: only those of the latest query reach ``resultsReady``."""
        if results.query_id != self._latest:
            self.dropped += 1
            self.staleDropped.emit(results.query_id)
            return
        asked = self._asked.pop(results.query_id, None)
        if (
            asked is not None
            and asked.prefix
            and results.total == 0
            and not results.suggestion
            and self._index is not None
        ):
            # Nothing starts with the last word as typed: ask again for whole words, which
            # is what yields a "did you mean" for a misspelling.
            self.search(asked.text, asked.filters, prefix=False, limit=asked.limit)
            return
        self.resultsReady.emit(results)

    def _failed(self, query_id: int, exc: BaseException) -> None:
        if query_id == self._latest:
            self.searchFailed.emit(str(exc) or exc.__class__.__name__)
