"""The Global AI Safety Index per country and component, from the stored submissions.

Rules (documented in ``docs/sync.md``):

1. For each assessment only its newest accepted revision counts (older ones are history;
   conflict rows never count).
2. Only complete assessments count. An assessment whose newest revision is marked
   ``"completion": "partial"`` is kept and listed, and each country says how many it has
   (``partial_assessments``), but it is not used in any score.
3. For each institution of a country (name matched ignoring case and spacing) only its
   latest complete assessment counts: the one completed last (then highest revision).
4. A country's component score is the mean of those institutions' scores for the
   component, over the institutions that assessed it; ``institutions`` says how many. A
   component no institution assessed is ``null`` ("not assessed"), never 0.
5. A country's overall index is the mean of its assessed component scores — the same rule
   as one assessment's overall index in ``CONTENT.md``.
"""

from __future__ import annotations

import csv
import io
import statistics
from dataclasses import dataclass
from typing import Any

from desktop.core.library.components import COMPONENTS
from desktop.core.library.countries import country_name
from desktop.core.storage.clock import utcnow
from hub.db.schema import ACCEPTED, PARTIAL
from hub.store import HubStore, institution_key


@dataclass(frozen=True)
class InstitutionResult:
    country: str
    institution: str
    assessment_id: str
    revision: int
    created: str
    checklist_id: str
    checklist_version: str
    overall: float | None
    components: dict[str, float | None]
    receipt_id: str

    def as_json(self) -> dict[str, Any]:
        return {
            "country": self.country,
            "institution": self.institution,
            "assessment_id": self.assessment_id,
            "revision": self.revision,
            "completed": self.created,
            "checklist": {"id": self.checklist_id, "version": self.checklist_version},
            "overall": self.overall,
            "components": self.components,
            "receipt_id": self.receipt_id,
        }


def _score(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _newest_per_assessment(store: HubStore) -> list[dict[str, Any]]:
    """Rule 1: each assessment's newest accepted revision."""
    newest: dict[str, dict[str, Any]] = {}
    for row in store.submissions(kind=ACCEPTED):
        current = newest.get(row["assessment_id"])
        if current is None or row["revision"] > current["revision"]:
            newest[row["assessment_id"]] = row
    return list(newest.values())


def _latest_complete(rows: list[dict[str, Any]]) -> list[InstitutionResult]:
    """Rule 3 over complete assessments: one result per (country, institution)."""
    chosen: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:
        key = (row["country"], institution_key(row["institution"]))
        current = chosen.get(key)
        if current is None or (row["created"], row["revision"], row["received"]) > (
            current["created"],
            current["revision"],
            current["received"],
        ):
            chosen[key] = row
    results = []
    for row in chosen.values():
        payload = row["payload"]
        scores = payload.get("scores", {})
        comps = scores.get("components", {})
        results.append(
            InstitutionResult(
                country=row["country"],
                institution=row["institution"],
                assessment_id=row["assessment_id"],
                revision=row["revision"],
                created=row["created"],
                checklist_id=payload["checklist"]["id"],
                checklist_version=payload["checklist"]["version"],
                overall=_score(scores.get("overall")),
                components={cid: _score((comps.get(cid) or {}).get("score")) for cid in COMPONENTS},
                receipt_id=row["receipt_id"],
            )
        )
    results.sort(key=lambda r: (r.country, institution_key(r.institution)))
    return results


def _partial_json(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "country": row["country"],
        "institution": row["institution"],
        "assessment_id": row["assessment_id"],
        "revision": row["revision"],
        "created": row["created"],
        "partial_reason": row["partial_reason"],
        "receipt_id": row["receipt_id"],
    }


def split_by_completion(
    store: HubStore,
) -> tuple[list[InstitutionResult], list[dict[str, Any]]]:
    """Rules 1 to 3: the counted results, and the partial assessments (not counted),
    sorted by country, institution and assessment."""
    newest = _newest_per_assessment(store)
    complete = [r for r in newest if r["completion"] != PARTIAL]
    partial = sorted(
        (_partial_json(r) for r in newest if r["completion"] == PARTIAL),
        key=lambda p: (p["country"], institution_key(p["institution"]), p["assessment_id"]),
    )
    return _latest_complete(complete), partial


def latest_per_institution(store: HubStore) -> list[InstitutionResult]:
    """The counted results: one per (country, institution), sorted by country, name."""
    return split_by_completion(store)[0]


def country_index(
    results: list[InstitutionResult], partial: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Rules 4 and 5: one entry per country (with complete or partial assessments),
    sorted by country code."""
    by_country: dict[str, list[InstitutionResult]] = {}
    for r in results:
        by_country.setdefault(r.country, []).append(r)
    not_counted: dict[str, int] = {}
    for p in partial or []:
        not_counted[p["country"]] = not_counted.get(p["country"], 0) + 1
        by_country.setdefault(p["country"], [])
    countries = []
    for code in sorted(by_country):
        members = by_country[code]
        components: dict[str, dict[str, Any]] = {}
        for cid, title in COMPONENTS.items():
            values = [m.components[cid] for m in members if m.components[cid] is not None]
            components[cid] = {
                "title": title,
                "score": round(statistics.fmean(values), 2) if values else None,
                "institutions": len(values),
            }
        assessed = [c["score"] for c in components.values() if c["score"] is not None]
        countries.append(
            {
                "country": code,
                "country_name": country_name(code),  # the code when unknown
                "institutions": len(members),
                "overall": round(statistics.fmean(assessed), 2) if assessed else None,
                "components": components,
                "partial_assessments": not_counted.get(code, 0),
            }
        )
    return countries


PARTIAL_NOTE = (
    "Only complete assessments are counted. Partial assessments are kept and listed "
    "(partial_assessments) but not used in any score."
)


def index_document(store: HubStore) -> dict[str, Any]:
    """The JSON served at ``/v1/index`` and printed by ``accord-hub index --json``."""
    results, partial = split_by_completion(store)
    return {
        "generated": utcnow(),
        "components": dict(COMPONENTS),
        "countries": country_index(results, partial),
        "institutions": [r.as_json() for r in results],
        "partial_assessments": partial,
        "counting": PARTIAL_NOTE,
    }


def index_csv(document: dict[str, Any]) -> str:
    """One row per country and component (plus an ``overall`` row per country); the last
    column counts the country's partial assessments, which no score uses."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "country",
            "country_name",
            "component",
            "component_title",
            "score",
            "institutions",
            "partial_assessments_not_counted",
        ]
    )
    for c in document["countries"]:
        writer.writerow(
            [
                c["country"],
                c["country_name"],
                "overall",
                "Overall index",
                _cell(c["overall"]),
                c["institutions"],
                c["partial_assessments"],
            ]
        )
        for cid, comp in c["components"].items():
            writer.writerow(
                [
                    c["country"],
                    c["country_name"],
                    cid,
                    comp["title"],
                    _cell(comp["score"]),
                    comp["institutions"],
                    c["partial_assessments"],
                ]
            )
    return out.getvalue()


def submissions_csv(store: HubStore) -> str:
    """Every stored submission, one row each, with its scores (``export --format csv``)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "receipt_id",
            "kind",
            "assessment_id",
            "revision",
            "country",
            "institution",
            "completed",
            "received",
            "source",
            "device_id",
            "checklist_id",
            "checklist_version",
            "overall",
            *COMPONENTS,
            "completion",
            "partial_reason",
        ]
    )
    for row in store.submissions():
        payload = row["payload"]
        scores = payload.get("scores", {})
        comps = scores.get("components", {})
        writer.writerow(
            [
                row["receipt_id"],
                row["kind"],
                row["assessment_id"],
                row["revision"],
                row["country"],
                _safe(row["institution"]),
                row["created"],
                row["received"],
                row["source"],
                row["device_id"],
                _safe(payload["checklist"]["id"]),
                _safe(payload["checklist"]["version"]),
                _cell(_score(scores.get("overall"))),
                *(_cell(_score((comps.get(cid) or {}).get("score"))) for cid in COMPONENTS),
                row["completion"],
                _safe(row["partial_reason"] or ""),
            ]
        )
    return out.getvalue()


def _cell(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _safe(text: str) -> str:
    """Neutralise spreadsheet formulas in text that came from a device (CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
