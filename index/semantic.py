"""Meaning-based retrieval: a small static word-embedding model, offline, on the CPU.

The model is WordLlama's ``l2_supercat_256`` (MIT licence): the 32,000 token embeddings of
a Llama-2 tokenizer, trained so that the *average* of a text's token vectors says what the
text is about. Its weights (16 MB, float16) and tokenizer file ship inside the ``wordllama``
wheel on PyPI; nothing is downloaded at run time. Chosen by measurement over the multilingual
Universal Sentence Encoder (``bench/model_choice.py``): as good on questions in users' words,
30x quicker to encode a library, half the size in the bundle; weaker across languages.

We do not import the ``wordllama`` package itself: its loader looks for a ``tokenizer/``
folder (the wheel has ``tokenizers/``), falls back to a download, and pulls in ``requests``
and ``pydantic``. Here the two files are opened directly:

* the tokenizer with ``tokenizers.Tokenizer.from_file`` (a local JSON file, never a hub);
* the weights by reading the safetensors header (JSON) and mapping the float16 matrix with
  ``numpy.memmap``: no pickle, no code, and only the rows a text uses are read from disk.

If anything is missing or fails, :func:`embedder` returns None and search stays lexical.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import struct
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

MODEL_ID = "wordllama-l2-supercat-256"
WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"
#: How much of a document's body is embedded beside its title and summary (tuned on the
#: evaluation's tuning half: 100 words beat 0, 50, 200, 400 and the whole body).
BODY_WORDS = 100
# Hugging Face libraries honour these: they must never reach for the network.
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


class ModelUnavailable(Exception):
    """The model's files are missing or unreadable (search then stays lexical)."""


def model_dir() -> Path | None:
    """Where the model's files are: inside a frozen bundle, or the installed ``wordllama``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and (Path(frozen) / "wordllama" / WEIGHTS).is_file():
        return Path(frozen) / "wordllama"
    try:
        spec = importlib.util.find_spec("wordllama")  # locates; does not run the package
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent
    return folder if (folder / WEIGHTS).is_file() else None


def read_safetensor(path: Path, name: str) -> Any:
    """Map one float16/float32 tensor of a safetensors file read-only (no pickle)."""
    import numpy as np

    with path.open("rb") as fh:
        (size,) = struct.unpack("<Q", fh.read(8))
        if not 0 < size < 10_000_000:
            raise ModelUnavailable(f"{path.name}: not a safetensors file")
        header = json.loads(fh.read(size))
    info = header.get(name)
    dtypes = {"F16": np.float16, "F32": np.float32}
    if not isinstance(info, dict) or info.get("dtype") not in dtypes:
        raise ModelUnavailable(f"{path.name}: no {name} tensor of a known type")
    start, end = info["data_offsets"]
    rows, cols = info["shape"]
    dtype = np.dtype(dtypes[info["dtype"]])
    if end - start != rows * cols * dtype.itemsize:
        raise ModelUnavailable(f"{path.name}: {name} has the wrong size")
    return np.memmap(path, dtype=dtype, mode="r", offset=8 + size + start, shape=(rows, cols))


class Embedder:
    """Texts to unit vectors: the mean of their token embeddings, normalised."""

    model_id = MODEL_ID

    def __init__(self, tokenizer: Any, matrix: Any) -> None:
        """Wrap a loaded tokenizer and embedding matrix (see :func:`embedder`)."""
        self.tokenizer = tokenizer
        self.matrix = matrix
        self.dims = int(matrix.shape[1])

    def encode(self, texts: Sequence[str]) -> Any:
        """A float32 array of shape (len(texts), dims); an all-zero row for an empty text."""
        import numpy as np

        out = np.zeros((len(texts), self.dims), dtype=np.float32)
        if not texts:
            return out
        encodings = self.tokenizer.encode_batch(list(texts), add_special_tokens=False)
        lengths = np.fromiter((len(e.ids) for e in encodings), dtype=np.int64, count=len(texts))
        if not lengths.sum():
            return out
        ids = np.fromiter(
            (i for e in encodings for i in e.ids), dtype=np.int64, count=int(lengths.sum())
        )
        np.clip(ids, 0, self.matrix.shape[0] - 1, out=ids)
        # Sum each text's token vectors in one pass (reduceat over the concatenated rows).
        rows = self.matrix[ids].astype(np.float32)
        nonempty = lengths > 0
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[nonempty]
        out[nonempty] = np.add.reduceat(rows, starts, axis=0)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def document_text(title: str, summary: str, text: str) -> str:
    """What of a document is embedded: its title, summary and the start of its body."""
    head = " ".join(text.split()[:BODY_WORDS])
    return f"{title}. {summary} {head}".strip()


def embedder() -> Embedder | None:
    """The model, loaded once per process; None when it is missing or fails to load."""
    with _lock:
        if "model" not in _loaded:
            _loaded["model"] = _load()
        return _loaded["model"]


def _load() -> Embedder | None:
    if os.environ.get("ACCORD_NO_SEMANTIC"):
        return None
    folder = model_dir()
    if folder is None:
        log.info("no meaning-based search: the wordllama model files are not installed")
        return None
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)
    try:
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(folder / TOKENIZER))
        tokenizer.no_padding()
        tokenizer.no_truncation()
        matrix = read_safetensor(folder / WEIGHTS, TENSOR)
        return Embedder(tokenizer, matrix)
    except Exception:  # any failure means "no semantic part", never an error for the user
        log.warning("the meaning-based search model could not be loaded", exc_info=True)
        return None


def reset() -> None:
    """Forget the loaded model (tests load it again under other conditions)."""
    with _lock:
        _loaded.clear()
