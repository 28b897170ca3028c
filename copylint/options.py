"""Typed rule options: a config value of the wrong shape is a config error at load time.

A rule's option types come from its ``option_types`` (``{"outlets": list[dict]}``) or, when it
declares none, from its default value: ``[]`` is a list of strings, ``["on"]`` a list of what its
first item is, ``3`` an integer. Without this, ``allow = [1]`` passed validation and crashed the
rule in the middle of a run.
"""

from __future__ import annotations

import typing
from collections.abc import Mapping
from typing import Any

from copylint.model import Severity

_NAMES = {bool: "true or false", int: "an integer", float: "a number", str: "a string"}


def expected_type(default: Any, declared: Any = None) -> Any:
    """The type an option must have: the declared one, or the one its default implies."""
    if declared is not None:
        return declared
    if isinstance(default, list):
        return list[type(default[0])] if default else list[str]  # type: ignore[misc]
    if isinstance(default, dict):
        return dict[str, Any]
    return type(default)


def describe(kind: Any) -> str:
    """``kind`` in the words of a config error."""
    origin = typing.get_origin(kind)
    if origin is list:
        (item,) = typing.get_args(kind) or (Any,)
        return "a list" if item is Any else f"a list of {_plural(item)}"
    if origin is dict or kind is dict:
        return "a table"
    return _NAMES.get(kind, getattr(kind, "__name__", str(kind)))


def _plural(kind: Any) -> str:
    if typing.get_origin(kind) is dict or kind is dict:
        return "tables"
    return {bool: "true or false values", int: "integers", float: "numbers", str: "strings"}.get(
        kind, describe(kind)
    )


def problem(value: Any, kind: Any) -> str | None:
    """Why ``value`` is not of type ``kind``, or None when it is."""
    origin = typing.get_origin(kind)
    if origin is list:
        if not isinstance(value, list):
            return f"must be {describe(kind)}"
        (item,) = typing.get_args(kind) or (Any,)
        for number, element in enumerate(value, 1):
            if item is not Any and problem(element, item) is not None:
                return f"must be {describe(kind)} (item {number} is {element!r})"
        return None
    if origin is dict or kind is dict:
        return None if isinstance(value, Mapping) else f"must be {describe(kind)}"
    if kind is Any:
        return None
    if kind is Severity:
        try:
            Severity.parse(value if isinstance(value, str) else repr(value))
        except ValueError as error:
            return f"must be error, warning or info ({error})"
        return None
    if kind is float:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind) and (isinstance(value, bool) == (kind is bool))
    return None if ok else f"must be {describe(kind)}"
