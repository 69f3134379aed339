"""USB transfer: every undelivered submission in one file, and receipts back from the hub.

The transfer file (``accord-transfer/1``) is JSON::

    {"format": "accord-transfer/1", "created": "…", "device_id": "dev-…",
     "hub_key_id": "hk-…", "enrollment": null | {"code", "public_key", "label"},
     "envelopes": [<accord-envelope/1>, …]}

Each envelope is the very same one the HTTP path sends (``ensure_envelope``), so the hub
applies the same checks and idempotency: importing a file twice changes nothing, and an
item that later also arrives over HTTP gets the same receipt. ``enrollment`` is present for
a device enrolled offline (``sync_client.enroll_offline``) until a receipt proves the hub
knows it. Exported rows stay pending: only a receipt marks them delivered — over HTTP, or
by importing the receipts file the hub writes (``accord-hub import FILE --receipts OUT``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlite_utils

from desktop.core.errors import AccordError
from desktop.core.storage.clock import utcnow
from desktop.core.storage.files import write_bytes_atomic
from desktop.core.sync import outbox as outbox
from desktop.core.sync.config import clear_pending_code, hub_info
from desktop.core.sync.device_keys import load_or_create_device_key
from desktop.core.sync.protocol import (
    RECEIPTS_FORMAT,
    TRANSFER_FORMAT,
    EnvelopeError,
    verify_receipt,
)


class TransferError(AccordError):
    """A transfer or receipts file problem; the message names the file and the fix."""

    code = "sync.transfer"


@dataclass(frozen=True)
class ExportReport:
    """What an export wrote: the file, how many submissions, and what was skipped."""

    path: Path
    count: int
    outbox_ids: tuple[int, ...]
    skipped: tuple[str, ...] = ()  # "outbox id: reason" for rows that could not be sealed

    def as_json(self) -> dict[str, Any]:
        """What ``accord sync export --json`` prints."""
        return {
            "path": str(self.path),
            "count": self.count,
            "outbox_ids": list(self.outbox_ids),
            "skipped": list(self.skipped),
        }


def export_transfer(
    db: sqlite_utils.Database, out: Path, include_rejected: bool = False
) -> ExportReport:
    """Write every pending submission (and rejected ones if asked) into ``out``.

    Raises TransferError when no hub is enrolled (the envelopes are sealed to its key) or
    the folder is missing. An empty outbox writes a valid file with no envelopes.
    """
    out = Path(out)
    hub = hub_info(db)
    if hub is None:
        raise TransferError(
            "this device is not enrolled with a hub, so nothing can be sealed for it",
            code="sync.cannot-seal",
        )
    if not out.parent.is_dir():
        raise TransferError(
            f"the folder {out.parent} does not exist (is the USB stick in?)",
            code="sync.no-such-folder",
        )
    device = load_or_create_device_key(db)
    states = outbox.PENDING_STATES + ((outbox.REJECTED,) if include_rejected else ())
    envelopes, ids, skipped = [], [], []
    for item in outbox.entries(db, states):
        try:
            envelopes.append(outbox.ensure_envelope(db, item.id, hub, device))
            ids.append(item.id)
        except EnvelopeError as exc:
            skipped.append(f"{item.id}: {exc.reason}")
    document = {
        "format": TRANSFER_FORMAT,
        "created": utcnow(),
        "device_id": device.device_id,
        "hub_key_id": hub.key_id,
        "enrollment": (
            {"code": hub.pending_code, "public_key": device.public_key_b64, "label": ""}
            if hub.pending_code
            else None
        ),
        "envelopes": envelopes,
    }
    write_bytes_atomic(out, json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8"))
    outbox.mark_exported(db, ids)
    return ExportReport(out, len(ids), tuple(ids), tuple(skipped))


def import_receipts(db: sqlite_utils.Database, path: Path) -> int:
    """Mark delivered every pending row that ``path`` (an ``accord-receipts/1`` file from
    the hub) holds a valid receipt for; returns how many changed. Importing twice is
    harmless. Raises TransferError for a file that is not a receipts file of this hub."""
    path = Path(path)
    hub = hub_info(db)
    if hub is None:
        raise TransferError("this device is not enrolled with a hub")
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TransferError(f"{path}: cannot read a receipts file ({exc})") from exc
    if not isinstance(document, dict) or document.get("format") != RECEIPTS_FORMAT:
        raise TransferError(f"{path}: not a receipts file (expected format {RECEIPTS_FORMAT})")
    receipts = document.get("receipts")
    if not isinstance(receipts, list):
        raise TransferError(f"{path}: field 'receipts' must be a list")
    pending = {(e.assessment_id, e.revision): e for e in outbox.entries(db, outbox.PENDING_STATES)}
    changed = 0
    for n, signed in enumerate(receipts, 1):
        try:
            receipt = verify_receipt(signed, hub.signing_key)
        except EnvelopeError as exc:
            raise TransferError(f"{path}: receipt {n}: {exc.reason}") from exc
        item = pending.get((receipt.get("assessment_id"), receipt.get("revision")))
        if item is None or receipt.get("payload_sha256") != item.payload_sha256:
            continue
        outbox.mark_delivered(db, item.id, signed)
        changed += 1
    if changed and hub.pending_code:
        clear_pending_code(db)
    return changed
