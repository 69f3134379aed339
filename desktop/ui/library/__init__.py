"""Browsing and reading the library: models, reader, start page, problems."""
