"""What the command line adds to the core's messages, by error code.

The core's messages never name a command or an option, because the app shows them too;
the way out on the command line ("pass --force", "enroll first with: accord sync enroll
…") lives here, in one table. :func:`desktop.commands.common.explain` composes them.

A hint that starts with ``,``, ``;``, ``.`` or a space continues the core's message (a
``,`` or ``;`` replaces its final full stop); any other hint is the whole sentence, a
template over ``{message}`` and the error's ``details``.
"""

from __future__ import annotations

ENROLL = "accord sync enroll --hub URL --code CODE"

HINTS: dict[str, str] = {
    "storage.cannot-open": " To use another data folder, pass --data-dir DIR.",
    "storage.no-such-folder": " (--data-dir DIR, or ACCORD_DATA_DIR)",
    # library
    "library.missing-folder": "; pass one with --library DIR",
    "library.no-document": "; find ids with: accord search WORDS",
    # assessment
    "assessment.not-found": "; list them with: accord assessment list",
    "assessment.not-startable": "{summary} (run: accord check):\n{listing}",
    "assessment.insufficient-coverage": " (accord assessment complete ID --partial --reason TEXT).",
    "assessment.na-needs-reason": " (pass the reason with --note TEXT).",
    "assessment.na-without-reason": " (with: accord assessment note ID ITEM TEXT).",
    # pack
    "pack.unknown-key": "; if you trust this publisher, add their key with 'accord pack "
    "trust add KEY.pub' (or pass --trust KEY.pub to verify).",
    "pack.older-version": "; pass --force to install it anyway (you can return with "
    "'accord pack rollback').",
    "pack.same-version": ", or pass --force to replace it",
    "pack.id-collision": ", or pass --force to install it anyway (the copy in the later "
    "pack is then hidden).",
    "pack.forced-downgrade": " because of --force",
    "pack.not-installed": "; see 'accord pack list'",
    "pack.no-previous": " Remove the pack with 'accord pack remove {pack_id}' or install "
    "another version.",
    "pack.not-a-pack": " (make one with 'accord pack build')",
    "pack.folder-entry": " with 'accord pack build'",
    "pack.download-interrupted": " (run 'accord pack download' again)",
    "pack.bad-key-file": " made by 'accord pack keygen'",
    "pack.bad-private-key": "; pass the file made by 'accord pack keygen --out FILE' (not "
    "the .pub file)",
    "pack.key-exists": "; choose another --out or pass --force to replace it (a replaced "
    "key can no longer sign updates others trust)",
    # sync
    "sync.not-enrolled": "; enroll first with: " + ENROLL,
    "sync.usb-only": (
        "; write a transfer file with 'accord sync export --out FILE', or enroll "
        f"online with '{ENROLL}'"
    ),
    "sync.cannot-seal": (
        f"; enroll with '{ENROLL}' or, without a network, with "
        "'accord sync enroll --hub-keys FILE --code CODE'"
    ),
}
