"""Readiness self-assessments in the desktop app: list, runner, results, workshop, report.

Everything here talks to ``desktop.core.assessments.store`` through :class:`service.
AssessmentService`, which runs every SQLite call on the task runner's ``db`` lane, so the
UI thread never waits. The panel (:class:`panel.AssessmentsPanel`) is the entry point.
"""
