"""The Qt user interface: the only package that imports PySide6.

Importing this package first applies ``_pyside_guard`` (see there): PySide6 6.12.0 drops
references to ``None``/``True``/``False`` on CPython 3.11, which would crash the app after
a few minutes of use.
"""

from desktop.ui import _pyside_guard

_pyside_guard.apply()
