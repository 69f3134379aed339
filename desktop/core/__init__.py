"""Qt-free core: paths, documents, checklists, scoring, store, packs, sync."""
