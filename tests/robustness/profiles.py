"""How hard the property tests try.

Normal runs (``pytest``) use a small, derandomized profile: the same few dozen examples every
time, so the suite stays fast and a CI failure reproduces. ``COPYLINT_DEEP=1 pytest
tests/robustness`` explores thousands of fresh random examples per property (minutes), and
``COPYLINT_DEEP=N`` sets the count to N.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_DEEP = os.environ.get("COPYLINT_DEEP", "")
DEEP_EXAMPLES = int(_DEEP) if _DEEP.isdigit() and int(_DEEP) > 1 else 2000 if _DEEP else 0

#: The settings every property test of this directory uses.
robust = settings(
    max_examples=DEEP_EXAMPLES or 40,
    derandomize=not DEEP_EXAMPLES,
    deadline=None,
    database=None if not DEEP_EXAMPLES else settings.default.database,
    suppress_health_check=(HealthCheck.too_slow, HealthCheck.data_too_large),
    print_blob=True,
)
