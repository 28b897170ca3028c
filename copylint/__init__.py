"""copylint: an editorial copyediting linter for news copy.

The public API is small: :func:`lint_text`, :func:`lint_paths` and :class:`Diagnostic`. It is
imported lazily so that ``copylint --version`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Diagnostic", "Settings", "__version__", "lint_paths", "lint_text"]

if TYPE_CHECKING:
    from copylint.api import lint_paths, lint_text
    from copylint.config import Settings
    from copylint.model import Diagnostic


def __getattr__(name: str) -> Any:
    if name in ("lint_text", "lint_paths"):
        from copylint import api

        return getattr(api, name)
    if name == "Diagnostic":
        from copylint.model import Diagnostic

        return Diagnostic
    if name == "Settings":
        from copylint.config import Settings

        return Settings
    raise AttributeError(f"module 'copylint' has no attribute {name!r}")
