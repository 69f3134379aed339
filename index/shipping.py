"""The part of an index a content pack may ship: meaning vectors, in a format that runs no code.

A pack is signed, but a signature only says who made it, not that its files are harmless.
So a pack never ships an index to be opened as it is (the Whoosh index of earlier versions
was unpickled on opening: a trusted key could make an install run code). It ships only:

    vectors.npy    float16 matrix, one row per document (NumPy's format, read with
                   ``allow_pickle=False``: a file holding Python objects is refused)
    vectors.json   {"format": 1, "model": ..., "ids": [...], "fingerprints": [...]}

The laptop builds the lexical index itself from the verified Markdown (seconds) and takes
a document's vector from the pack only when the model and the document's fingerprint match,
which spares encoding the library with the model.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

VECTORS = "vectors.npy"
VECTORS_META = "vectors.json"
FORMAT = 1
# A pack's vectors are refused beyond these (a hostile file must not exhaust memory).
MAX_DOCUMENTS = 200_000
MAX_DIMS = 1024


def export_vectors(shipped: dict[str, Any], folder: Path) -> list[Path]:
    """Write ``SearchIndex.vectors()`` into ``folder``; returns the files written."""
    import numpy as np

    if not shipped:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    matrix = np.ascontiguousarray(shipped["matrix"], dtype=np.float16)
    with (folder / VECTORS).open("wb") as fh:
        np.save(fh, matrix, allow_pickle=False)
    meta = {
        "format": FORMAT,
        "model": shipped["model"],
        "ids": shipped["ids"],
        "fingerprints": shipped["fingerprints"],
    }
    (folder / VECTORS_META).write_text(json.dumps(meta, sort_keys=True), encoding="utf-8")
    return [folder / VECTORS, folder / VECTORS_META]


def load_vectors(folder: Path, model_id: str) -> dict[str, tuple[str, bytes]] | None:
    """id -> (fingerprint, float16 bytes) from a pack's vectors; None when absent, for
    another model, malformed or hostile (never raises, never unpickles)."""
    try:
        return _load(folder, model_id)
    except Exception as exc:  # anything wrong means "encode locally", never a failed install
        log.warning("ignoring the pack's meaning vectors: %s", exc)
        return None


def _load(folder: Path, model_id: str) -> dict[str, tuple[str, bytes]] | None:
    import numpy as np

    meta_path, matrix_path = folder / VECTORS_META, folder / VECTORS
    if not meta_path.is_file() or not matrix_path.is_file():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    if not isinstance(meta, dict) or meta.get("format") != FORMAT:
        raise ValueError("unknown vectors format")
    if meta.get("model") != model_id:
        return None
    ids, fingerprints = meta.get("ids"), meta.get("fingerprints")
    if not (isinstance(ids, list) and isinstance(fingerprints, list)):
        raise ValueError("ids and fingerprints must be lists")
    if not all(isinstance(x, str) for x in [*ids, *fingerprints]):
        raise ValueError("ids and fingerprints must be strings")
    matrix = np.load(matrix_path, allow_pickle=False, mmap_mode="r")
    if matrix.dtype != np.float16 or matrix.ndim != 2:
        raise ValueError("the vectors must be a 2-D float16 matrix")
    rows, dims = matrix.shape
    if not (rows == len(ids) == len(fingerprints) and rows <= MAX_DOCUMENTS and dims <= MAX_DIMS):
        raise ValueError("the vectors do not match their ids")
    if not np.isfinite(matrix).all():
        raise ValueError("the vectors hold non-finite numbers")
    return {
        i: (f, np.ascontiguousarray(matrix[n]).tobytes())
        for n, (i, f) in enumerate(zip(ids, fingerprints, strict=True))
    }
