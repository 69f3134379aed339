"""Accord desktop: the field app.

The Qt-free core lives under ``desktop.core``; the Qt UI under ``desktop.ui``.
"""

__version__ = "0.1.0"
