"""The words of attribution (``rules/lexicon/attribution.toml``): verbs of saying, phrases that
attribute without one, loaded verbs and what they imply."""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from copylint.resources import data_path, load_toml


@dataclass(frozen=True)
class LoadedVerb:
    """A verb of attribution that says more than "said" (``claimed``, ``admits``)."""

    form: str
    why: str
    that_clause: bool  # "VERB that …" reliably attributes speech

    @property
    def present(self) -> bool:
        return not self.form.endswith("ed")

    @property
    def neutral(self) -> str:
        """The neutral verb in the same tense: ``said`` or ``says``."""
        return "says" if self.present else "said"


@dataclass(frozen=True, eq=False, repr=False)  # one a process: never compared or shown
class AttributionWords:
    """The attribution word lists the attribution rules and analyses share, loaded once."""

    verbs: frozenset[str]
    phrases: tuple[str, ...]
    mentions: tuple[str, ...]
    inverted: frozenset[str]
    loaded: Mapping[str, LoadedVerb]
    objectless: Mapping[str, str]  # "put out" → "said"
    reference_sections: frozenset[str]
    tail_words: frozenset[str]
    not_sources: frozenset[str]
    tenses: Mapping[str, str]  # past → present, and present → past


@functools.cache
def attribution_words() -> AttributionWords:
    data = load_toml(data_path("lexicon", "attribution.toml"))
    loaded = {
        form: LoadedVerb(form, entry["why"], entry["that-clause"])
        for entry in data["loaded"]
        for form in entry["forms"]
    }
    objectless = {
        form: "said" if entry["past"] else "says"
        for entry in data["objectless"]
        for form in entry["forms"]
    }
    return AttributionWords(
        verbs=frozenset(data["verbs"]),
        phrases=tuple(data["phrases"]),
        mentions=tuple(data["mentions"]),
        inverted=frozenset(data["inverted"]),
        loaded=loaded,
        objectless=objectless,
        reference_sections=frozenset(_lower(data["reference-sections"])),
        tail_words=frozenset(_lower(data["tail-words"])),
        not_sources=frozenset(_lower(data["not-sources"])),
        tenses={**data["tenses"], **{v: k for k, v in data["tenses"].items()}, "say": "said"},
    )


def _lower(words: Any) -> list[str]:
    return [str(word).lower() for word in words]
