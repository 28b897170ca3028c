"""The base every declarative kind shares: a rule built from a pack entry.

It lives apart from :mod:`copylint.packs.kinds` (the table of kinds) so that the kinds import
their base and the table imports the kinds, with no import going back up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

from copylint.packs.convention import quiet_when_consistent
from copylint.packs.entry import Entry
from copylint.rule import Rule, RuleContext, RuleInfo

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.packs.patterns import Hit

#: What a kind compiles an entry into, once, at load time.
SpecT = TypeVar("SpecT")


class PackRule(Rule, Generic[SpecT]):
    """A rule built from a pack entry: the kind compiles the entry once, at load time, into a
    ``spec`` that every instance shares."""

    KEYS: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: RuleContext, info: RuleInfo, spec: SpecT) -> None:
        super().__init__(context)
        self.info = info
        self.spec = spec

    @classmethod
    def compile(cls, entry: Entry) -> SpecT:
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

    def reads_one_paragraph(self) -> bool:
        """A kind that matches phrases within a paragraph (``paragraph_local``) reads the whole
        article when it is quiet while the article follows its own convention."""
        return self.paragraph_local and not quiet_when_consistent(self)

    def counted(self, doc: Document, hits: Iterable[Hit]) -> Iterator[Hit]:
        """The hits that count for the rule: those outside quotations, unless it reads quotes.

        The engine drops findings inside quotations anyway; kinds that count (occurrence) or
        weigh an article's convention must not count a speaker's words either.
        """
        if self.info.reads_quotes:
            return iter(hits)
        return (hit for hit in hits if not doc.in_quotation(hit.start))
