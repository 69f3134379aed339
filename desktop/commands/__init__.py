"""Headless command groups of the ``accord`` CLI; each module offers ``register(subparsers)``."""
