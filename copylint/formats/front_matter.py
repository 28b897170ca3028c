"""The prose fields of a Markdown file's front matter, at their exact places in the source.

Static-site generators (Hugo, Jekyll, Astro, Eleventy) keep a page's headline, deck, summary
and image alt text in YAML (``---``) or TOML (``+++``) front matter. Those fields are prose a
reader sees; the rest (dates, slugs, tags, layout) is not. YAML is read with PyYAML, whose
nodes carry their positions; TOML with the standard library, whose values are then found in
the source line that sets them. A value is taken only when its source text is the value
itself (no escapes, no folded lines), so every prose character maps to its own place.

PyYAML and the TOML reader are imported by the first front matter read: most articles have
none, and importing PyYAML cost every run some 30 million instructions of start-up.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

import regex

from copylint.prose import BlockKind
from copylint.resources import data_path, load_toml

if TYPE_CHECKING:
    import yaml


@dataclass(frozen=True)
class Field:
    kind: BlockKind  # "heading" or "caption": the block the field becomes
    start: int  # source offsets of the value, quotes excluded
    end: int


@functools.cache
def default_fields() -> Mapping[str, str]:
    """Field name → block kind, from ``rules/lexicon/front-matter.toml``."""
    data = load_toml(data_path("lexicon", "front-matter.toml"))
    fields = dict.fromkeys(data["caption"], "caption")
    fields.update(dict.fromkeys(data["headline"], "heading"))
    return fields


def prose_fields(
    source: str, start: int, end: int, toml: bool, fields: Mapping[str, str] | None = None
) -> list[Field]:
    """The prose fields of the front matter ``source[start:end]`` (its content, without the
    fences), in source order; none when it does not parse."""
    names = default_fields() if fields is None else fields
    content = source[start:end]
    found = _toml_fields(content, names) if toml else _yaml_fields(content, names)
    return sorted(
        (Field(cast(BlockKind, kind), start + s, start + e) for kind, s, e in found),
        key=lambda f: f.start,
    )


def _yaml_fields(content: str, names: Mapping[str, str]) -> list[tuple[str, int, int]]:
    import yaml

    try:
        root = yaml.compose(content, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []
    return list(_walk_yaml(root, content, names))


def _walk_yaml(node: Any, content: str, names: Mapping[str, str]) -> Iterator[tuple[str, int, int]]:
    import yaml  # loaded by _yaml_fields

    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            kind = names.get(key.value) if isinstance(key, yaml.ScalarNode) else None
            if kind and isinstance(value, yaml.ScalarNode):
                span = _scalar_span(value, content)
                if span:
                    yield kind, *span
            else:
                yield from _walk_yaml(value, content, names)
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            yield from _walk_yaml(item, content, names)


def _scalar_span(node: yaml.ScalarNode, content: str) -> tuple[int, int] | None:
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ('"', "'"):
        start, end = start + 1, end - 1
    elif node.style is not None:
        return None  # a block scalar (| or >): its lines are indented, not the value
    if not node.value or content[start:end] != node.value:
        return None
    return start, end


_TOML_STRING = regex.compile(
    r"""^[ \t]*(?P<key>[A-Za-z_][\w-]*)[ \t]*=[ \t]*(?P<q>["'])(?P<value>[^"'\\\n]+)(?P=q)""",
    regex.MULTILINE,
)


def _toml_fields(content: str, names: Mapping[str, str]) -> list[tuple[str, int, int]]:
    import tomllib

    try:
        values = set(_toml_strings(tomllib.loads(content)))
    except tomllib.TOMLDecodeError:
        return []
    return [
        (names[m.group("key")], m.start("value"), m.end("value"))
        for m in _TOML_STRING.finditer(content)
        if m.group("key") in names and (m.group("key"), m.group("value")) in values
    ]


def _toml_strings(table: Any) -> Iterator[tuple[str, str]]:
    if isinstance(table, dict):
        for key, value in table.items():
            if isinstance(value, str):
                yield key, value
            else:
                yield from _toml_strings(value)
    elif isinstance(table, list):
        for item in table:
            yield from _toml_strings(item)
