"""A power cut during an install: SIGKILL the installing process at random moments.

After every kill the library loads as exactly the old version or exactly the new one —
never a mixture — and the next start (``load_library_set``) removes the leftovers.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.library.combined import load_library_set
from desktop.core.packs.install import install_pack
from desktop.core.packs.store import installed_pack, packs_root
from tests.conftest import REPO
from tests.core.test_pack_support import Keys, build, make_library, snapshot

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX"),
]

CHILD = """
import sys
from pathlib import Path
from desktop.core.packs.install import install_pack
from desktop.core.packs.keys import load_public_key
pack, data, bundled, pub, index = sys.argv[1:6]
print("start", flush=True)
install_pack(Path(pack), Path(data), bundled=Path(bundled),
             trusted=[load_public_key(Path(pub))], update_index=index == "1", force=True)
print("done", flush=True)
"""


def _bodies(data: Path, bundled: Path) -> dict[str, str]:
    lib = load_library_set(bundled, data).library
    return {d.id: d.body for d in lib.documents.values()}


def test_sigkill_during_install_never_breaks_the_library(tmp_path: Path) -> None:
    keys_dir = tmp_path / "keys"
    keys_dir.mkdir()
    keys = Keys(keys_dir)
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    lib = make_library(tmp_path / "lib", 150, word="old")
    v1 = build(lib, keys, tmp_path / "v1.accordpack", pack_id="national", version="1.0.0")
    make_library(lib, 150, word="new")
    (lib / "docs" / "extra.md").write_text("---\ntitle: Extra\ntype: guide\n---\nExtra\n")
    v2 = build(lib, keys, tmp_path / "v2.accordpack", pack_id="national", version="2.0.0")
    d2 = build(lib, keys, tmp_path / "d2.accordpack", pack_id="national", version="2.0.0", base=v1)

    data = tmp_path / "data"
    install_pack(v1, data, bundled=bundled, trusted=keys.trusted, update_index=False)
    old = _bodies(data, bundled)
    install_pack(v2, data, bundled=bundled, trusted=keys.trusted, update_index=False, force=True)
    new = _bodies(data, bundled)
    assert old != new

    # How long a whole install takes in a child, to spread the kills over it.
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", CHILD, str(v1), str(data), str(bundled), str(keys.public_path), "0"],
        cwd=REPO,
        check=True,
        capture_output=True,
        timeout=120,
    )
    whole = time.perf_counter() - started

    rng = random.Random(int(os.environ.get("POWERCUT_SEED", "11")))
    outcomes = {"old": 0, "new": 0}
    for round_ in range(14):
        current = installed_pack(data, "national")
        assert current is not None
        target = v1 if current.version == "2.0.0" else (d2 if round_ % 3 == 0 else v2)
        if target is d2 and current.version != "1.0.0":
            target = v1
        child = subprocess.Popen(
            [
                sys.executable,
                "-c",
                CHILD,
                str(target),
                str(data),
                str(bundled),
                str(keys.public_path),
                "1" if round_ % 4 == 0 else "0",
            ],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "start"
        time.sleep(rng.uniform(0, whole * 0.8))
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)

        # "Next start": the library loads as one version or the other, complete.
        bodies = _bodies(data, bundled)
        assert bodies in (old, new), f"round {round_}: a mixture of versions"
        outcomes["old" if bodies == old else "new"] += 1
        assert not [p for p in packs_root(data).iterdir() if p.name.startswith(".staging")]
        pack_dir = packs_root(data) / "national"
        kept = [p for p in pack_dir.iterdir() if p.is_dir()]
        assert 1 <= len(kept) <= 2, kept

    # Afterwards everything still works: an install, and a search over the result.
    before = snapshot(data)
    assert before
    result = install_pack(v2, data, bundled=bundled, trusted=keys.trusted, force=True)
    assert result.index is not None
    assert _bodies(data, bundled) == new
    print(f"power cut outcomes over 14 kills: {outcomes}")
