"""Benchmarks (run by hand: python -m bench.<name>); budgets live here, not in tests."""
