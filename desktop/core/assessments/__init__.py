"""Readiness self-assessments: model, store, scoring, export."""
