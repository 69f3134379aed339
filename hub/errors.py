"""The refusal every hub route and the ingestion pipeline raise: :class:`Rejected`."""

from __future__ import annotations

from desktop.core.errors import AccordError


class Rejected(AccordError):
    """A refused request: ``status`` (4xx), ``code`` (stable word) and ``reason``.

    ``code`` is sent as ``error`` in the JSON answer (``bad_signature``, ``conflict``,
    ``too_large``…): part of the HTTP API, so these words keep their spelling.
    """

    code = "rejected"

    def __init__(
        self, status: int, code: str, reason: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(reason, code=code, details={"status": status})
        self.status = status
        self.reason = reason
        self.headers = headers or {}

    def as_json(self) -> dict[str, str]:
        return {"error": self.code, "reason": self.reason}


def retry_after(wait: float) -> str:
    """Whole seconds for a ``Retry-After`` header (at least 1)."""
    return str(max(1, int(wait + 0.999)))
