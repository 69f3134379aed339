"""``GET /v1/packs`` and ``GET /v1/packs/{name}``: the content packs this hub publishes."""

from __future__ import annotations

import json
import re
from typing import Any

from fastapi import APIRouter
from fastapi.responses import FileResponse

from hub.context import HubContext
from hub.ingest import Rejected

PACKS_FOLDER = "packs"
PACK_LIST = "packs.json"
PACK_LIST_FORMAT = "accord-pack-list/1"
# A bare file name: no folders, no dot-files, only published packs.
PACK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,200}\.accordpack")


def router(ctx: HubContext) -> APIRouter:
    """The pack list and pack file routes."""
    api = APIRouter()
    packs_dir = ctx.data_dir / PACKS_FOLDER

    @api.get("/v1/packs", tags=["packs"])
    def pack_list() -> dict[str, Any]:
        """The content packs this hub publishes (``packs.json`` written by
        ``packaging/publish_pack.py`` into ``DATA/packs/``); empty when none."""
        listing = packs_dir / PACK_LIST
        if not listing.is_file():
            return {"format": PACK_LIST_FORMAT, "packs": []}
        try:
            return json.loads(listing.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise Rejected(503, "unavailable", f"the pack list cannot be read: {exc}") from exc

    @api.get("/v1/packs/{name}", tags=["packs"], response_class=FileResponse)
    def pack_file(name: str) -> FileResponse:
        """One published pack file; supports HTTP Range so a broken download resumes.
        Devices verify the signature and hashes before installing, not the hub."""
        if not PACK_NAME.fullmatch(name):
            raise Rejected(404, "not-found", "no such pack file")
        path = packs_dir / name
        if not path.is_file():
            raise Rejected(404, "not-found", f"no pack file named {name}")
        return FileResponse(path, media_type="application/zip", filename=name)

    return api
