"""Importing a USB transfer file (``accord-transfer/1``) with the same checks as HTTP.

Each envelope goes through :meth:`hub.ingest.Ingestor.ingest` (no rate limit: the operator
is at the keyboard), so importing a file twice changes nothing, and an item that also
arrives by HTTP gets the same receipt. A file from a device enrolled offline carries its
one-time code and public key; the device is registered first (again harmless twice).
The receipts of accepted items can be written to an ``accord-receipts/1`` file for the
device (``accord sync receipts FILE``) so it marks them delivered without a network.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import write_bytes_atomic
from desktop.core.sync.protocol import RECEIPTS_FORMAT, TRANSFER_FORMAT
from hub.ingest import Ingestor, Rejected
from hub.store import EnrollmentRefused

# A transfer file holds one device's pending submissions; far below this in practice.
MAX_FILE_BYTES = 256 * 1024 * 1024


class TransferFileError(AccordError):
    """The file is not a transfer file that can be read; the message names it."""

    code = "hub.transfer-file"


@dataclass
class ImportReport:
    file: str
    envelopes: int = 0
    accepted: int = 0
    duplicates: int = 0
    conflicts: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)
    enrolled: str | None = None
    receipts: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.rejected

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "envelopes": self.envelopes,
            "accepted": self.accepted,
            "duplicates": self.duplicates,
            "conflicts": self.conflicts,
            "rejected": self.rejected,
            "enrolled": self.enrolled,
        }


def read_transfer(path: Path) -> dict[str, Any]:
    """The parsed transfer document; raises TransferFileError naming what is wrong."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise TransferFileError(f"{path}: {size} bytes is larger than {MAX_FILE_BYTES}")
        document = json.loads(path.read_bytes())
    except OSError as exc:
        raise TransferFileError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    except (ValueError, RecursionError) as exc:
        raise TransferFileError(f"{path}: not a JSON transfer file ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != TRANSFER_FORMAT:
        raise TransferFileError(f"{path}: not an Accord transfer file (format {TRANSFER_FORMAT})")
    if not isinstance(document.get("envelopes"), list):
        raise TransferFileError(f"{path}: field 'envelopes' must be a list")
    return document


def import_transfer(ingestor: Ingestor, path: Path, max_envelope: int) -> ImportReport:
    """Ingest every envelope of the file at ``path``; one bad envelope never stops the rest."""
    document = read_transfer(path)
    report = ImportReport(file=str(path))
    enrollment = document.get("enrollment")
    if isinstance(enrollment, dict):
        try:
            device = ingestor.store.enroll(
                str(enrollment.get("code", "")),
                str(enrollment.get("public_key", "")),
                str(enrollment.get("label", "") or ""),
            )
            report.enrolled = device.device_id
        except EnrollmentRefused as exc:
            report.rejected.append(f"enrollment: {exc.reason} [{exc.code}]")
    for n, envelope in enumerate(document["envelopes"], 1):
        report.envelopes += 1
        size = len(json.dumps(envelope))
        if size > max_envelope:
            report.rejected.append(
                f"envelope {n}: {size} bytes is larger than the hub's limit of {max_envelope} "
                "[too_large]"
            )
            continue
        try:
            result = ingestor.ingest(envelope, source="file")
        except Rejected as exc:
            report.rejected.append(f"envelope {n}: {exc.reason} [{exc.code}]")
            continue
        if result.outcome == "conflict":
            report.conflicts.append(f"envelope {n}: {result.reason}")
            continue
        if result.outcome == "accepted":
            report.accepted += 1
        else:
            report.duplicates += 1
        if result.signed_receipt:
            report.receipts.append(result.signed_receipt)
    return report


def write_receipts(report: ImportReport, hub_id: str, out: Path) -> None:
    """The ``accord-receipts/1`` file the device imports to mark items delivered."""
    document = {
        "format": RECEIPTS_FORMAT,
        "hub_id": hub_id,
        "created": utcnow(),
        "receipts": report.receipts,
    }
    write_bytes_atomic(Path(out), json.dumps(document, indent=1).encode("utf-8"))
