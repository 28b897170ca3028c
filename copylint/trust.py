"""Whose files copylint takes its configuration from: git's ``safe.directory`` idea.

Config files are searched from the working directory upwards, so a file in a shared parent
folder (``/tmp``, a team share, another user's home) would configure every run beneath it: its
packs, word lists, cache and baseline paths. A config file found that way is used only when it
and its folder belong to the user running copylint (or to root); otherwise it is ignored, with
one line on stderr saying so and how to use it anyway (``--config``, which is always trusted).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from copylint.escape import printable


def trusted_owners() -> frozenset[int]:
    """The users whose files may configure this run: this one and root."""
    return frozenset({os.geteuid(), 0}) if hasattr(os, "geteuid") else frozenset()


def owned_safely(path: Path) -> bool:
    """Whether ``path`` and the folder holding it belong to a trusted user."""
    owners = trusted_owners()
    if not owners:  # no owners on this platform (Windows): nothing to check
        return True
    try:
        return all(os.stat(p).st_uid in owners for p in (path, path.parent))
    except OSError:
        return False


def warn_untrusted(path: Path) -> None:
    """Say that a config file was not used because another user owns it."""
    sys.stderr.write(
        f"copylint: warning: {printable(str(path))}: not used, it belongs to another user "
        "(pass --config with it to use it anyway)\n"
    )
