"""The library: documents, front matter, checklists, rendering, components, countries."""
