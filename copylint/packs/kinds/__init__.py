"""The declarative rule kinds, one module each, and the base they share."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from copylint.rule import Rule, RuleContext, RuleInfo

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs import Entry
    from copylint.packs.matching import Hit


class PackRule(Rule):
    """A rule built from a pack entry: the kind compiles the entry once, at load time, into a
    ``spec`` that every instance shares."""

    KEYS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: RuleContext, info: RuleInfo, spec: Any) -> None:
        super().__init__(context)
        self.info = info
        self.spec = spec

    @classmethod
    def compile(cls, entry: Entry) -> Any:
        """Read and check the kind's keys; errors name the file and the entry."""
        raise NotImplementedError

    @classmethod
    def offered_options(cls, entry: Entry) -> dict[str, Any]:
        """The rule options the entry offers a configuration, with their defaults."""
        return {}

    @classmethod
    def factory(cls, entry: Entry, info: RuleInfo) -> Callable[[RuleContext], Rule]:
        spec = cls.compile(entry)
        return lambda context: cls(context, info, spec)

    def counted(self, doc: Document, hits: Iterable[Hit]) -> Iterator[Hit]:
        """The hits that count for the rule: those outside quotations, unless it reads quotes.

        The engine drops findings inside quotations anyway; kinds that count (occurrence) or
        weigh an article's convention must not count a speaker's words either.
        """
        if self.info.reads_quotes:
            return iter(hits)
        return (hit for hit in hits if not doc.in_quotation(hit.start))


def _kinds() -> dict[str, type[PackRule]]:
    from copylint.packs.kinds.capitalization import CapitalizationRule
    from copylint.packs.kinds.consistency import ConsistencyRule
    from copylint.packs.kinds.existence import ExistenceRule
    from copylint.packs.kinds.occurrence import OccurrenceRule
    from copylint.packs.kinds.substitution import SubstitutionRule

    return {
        "existence": ExistenceRule,
        "substitution": SubstitutionRule,
        "consistency": ConsistencyRule,
        "occurrence": OccurrenceRule,
        "capitalization": CapitalizationRule,
    }


KINDS: dict[str, type[PackRule]] = _kinds()
