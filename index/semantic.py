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

#: The first 64 of the model's 256 dimensions (it is trained so that any prefix of its
#: dimensions works, "Matryoshka" style): as good on the tuning half as all 256, a quarter
#: of the work per token and of the vector storage.
DIMS = 64
MODEL_ID = f"wordllama-l2-supercat-{DIMS}"
WEIGHTS = Path("weights") / "l2_supercat_256.safetensors"
#: The frozen bundle's copy: only the columns used (``export_model``).
BUNDLED_WEIGHTS = Path("weights") / f"l2_supercat_{DIMS}.safetensors"
TOKENIZER = Path("tokenizers") / "l2_supercat_tokenizer_config.json"
TENSOR = "embedding.weight"
#: How much of a document's body is embedded beside its title and summary (tuned on the
#: evaluation's tuning half: 100 words beat 0, 50, 200, 400 and the whole body).
BODY_WORDS = 100
#: Tokens summed per step of :meth:`Embedder.encode` (a 4 MB buffer of float32 rows).
CHUNK_TOKENS = 4096
# Hugging Face libraries honour these: they must never reach for the network.
OFFLINE_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}

_lock = threading.Lock()
_loaded: dict[str, Any] = {}


class ModelUnavailable(Exception):
    """The model's files are missing or unreadable (search then stays lexical)."""


def _weights(folder: Path) -> Path | None:
    for name in (BUNDLED_WEIGHTS, WEIGHTS):
        if (folder / name).is_file() and (folder / TOKENIZER).is_file():
            return folder / name
    return None


def model_dir() -> Path | None:
    """Where the model's files are: inside a frozen bundle, or the installed ``wordllama``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen and _weights(Path(frozen) / "wordllama") is not None:
        return Path(frozen) / "wordllama"
    try:
        spec = importlib.util.find_spec("wordllama")  # locates; does not run the package
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin:
        return None
    folder = Path(spec.origin).parent
    return folder if _weights(folder) is not None else None


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
        import numpy as np

        self.tokenizer = tokenizer
        # The used columns as float32 in memory (8 MB): summing float16 rows means a
        # conversion per token, which cost more than the whole sum.
        self.matrix = np.ascontiguousarray(matrix[:, :DIMS], dtype=np.float32)
        self.dims = int(self.matrix.shape[1])

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
        ends = np.cumsum(lengths)
        # Sum each text's token vectors, a few texts at a time into one reused buffer: a
        # library's tokens gathered at once would be hundreds of megabytes of page faults.
        buffer = np.empty((max(CHUNK_TOKENS, int(lengths.max())), self.dims), np.float32)
        first = 0
        while first < len(texts):
            last = first
            start = int(ends[first] - lengths[first])
            while last < len(texts) and ends[last] - start <= buffer.shape[0]:
                last += 1
            last = max(last, first + 1)
            stop = int(ends[last - 1])
            rows = buffer[: stop - start]
            np.take(self.matrix, ids[start:stop], axis=0, out=rows)
            part = lengths[first:last]
            keep = part > 0
            offsets = (np.cumsum(part) - part)[keep]
            if len(offsets):
                out[first:last][keep] = np.add.reduceat(rows, offsets, axis=0)
            first = last
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        np.divide(out, norms, out=out, where=norms > 0)
        return out


def document_text(title: str, summary: str, text: str) -> str:
    """What of a document is embedded: its title, summary and the start of its body."""
    head = " ".join(text.split(maxsplit=BODY_WORDS)[:BODY_WORDS])
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
        weights = _weights(folder)
        if weights is None:
            raise ModelUnavailable(f"no weights in {folder}")
        matrix = read_safetensor(weights, TENSOR)
        return Embedder(tokenizer, matrix)
    except Exception:  # any failure means "no semantic part", never an error for the user
        log.warning("the meaning-based search model could not be loaded", exc_info=True)
        return None


def export_model(out_dir: Path) -> list[Path]:
    """Write the files the frozen bundle needs into ``out_dir`` (``packaging/accord.spec``):
    the tokenizer as it is, and the first ``DIMS`` columns of the weights as float16."""
    import numpy as np

    folder = model_dir()
    if folder is None:
        raise ModelUnavailable("the wordllama package is not installed")
    weights = _weights(folder)
    assert weights is not None
    matrix = np.ascontiguousarray(read_safetensor(weights, TENSOR)[:, :DIMS], dtype=np.float16)
    data = matrix.tobytes()
    header = json.dumps(
        {TENSOR: {"dtype": "F16", "shape": list(matrix.shape), "data_offsets": [0, len(data)]}}
    ).encode()
    header += b" " * (-len(header) % 8)  # the data starts 8-byte aligned
    target = out_dir / BUNDLED_WEIGHTS
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(struct.pack("<Q", len(header)) + header + data)
    tokenizer = out_dir / TOKENIZER
    tokenizer.parent.mkdir(parents=True, exist_ok=True)
    tokenizer.write_bytes((folder / TOKENIZER).read_bytes())
    return [target, tokenizer]


def reset() -> None:
    """Forget the loaded model (tests load it again under other conditions)."""
    with _lock:
        _loaded.clear()
