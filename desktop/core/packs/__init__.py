"""Signed content packs: format, archive, keys, verify, build, install, store, changes."""
