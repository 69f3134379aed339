"""Content packs in the app: installing, the packs dialog."""
