"""Widgets and helpers every screen uses: tasks, notices, labels, style, find bar."""
