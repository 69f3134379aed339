"""Accord desktop: the field app (Qt-free core under ``desktop.core``, Qt UI under ``desktop.ui``)."""

__version__ = "0.1.0"
