"""Widgets and helpers every screen uses: the database session, tasks, notices, labels,
style, find bar."""
