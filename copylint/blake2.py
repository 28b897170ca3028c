"""BLAKE2b, the hash of the result cache and of long temporary file names, without loading
OpenSSL.

:func:`hashlib.blake2b` is CPython's own ``_blake2`` module (hashlib prefers it to OpenSSL's),
but importing :mod:`hashlib` first loads OpenSSL for every other hash: 2.5 ms of the 72 ms a run
served from the cache took, for hashes copylint never uses. Another Python gets hashlib's.
"""

from __future__ import annotations

try:
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - not CPython
    from hashlib import blake2b

__all__ = ["hexdigest"]


def hexdigest(data: bytes, size: int) -> str:
    """The BLAKE2b digest of ``data``, ``size`` bytes long, in hexadecimal."""
    return blake2b(data, digest_size=size).hexdigest()
