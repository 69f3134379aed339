"""Accord package."""
