"""What a rule is: its metadata and documentation, and the findings it reports.

A rule is a pure function of a :class:`~copylint.document.Document` and its options: it yields
:class:`Finding` objects in prose offsets and never prints, reads files or computes line and
column. Python rules subclass :class:`Rule` and describe themselves in class attributes;
declarative rules from TOML packs are instances of a *kind* (see :mod:`copylint.packs`) that
carry the same metadata per entry.
"""

from __future__ import annotations

import abc
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, ClassVar, NamedTuple

import regex

from copylint.model import Severity

if TYPE_CHECKING:
    from copylint.config import Settings
    from copylint.document import Document

#: Rule families, in the order the README lists them.
FAMILIES = (
    "spelling",
    "repetition",
    "names",
    "attribution",
    "usage",
    "grammar",
    "dates",
    "numbers",
    "places",
    "headline",
    "punctuation",
    "whitespace",
    "directive",
)

#: The options or settings of an example that needs none (read-only: one shared by all).
NOTHING: Mapping[str, Any] = MappingProxyType({})

RULE_ID = regex.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class Example(NamedTuple):
    """A text a rule's documentation shows, and the test suite runs.

    For a bad example, ``fixed`` is the text after ``--fix`` (None when the rule offers no safe
    fix for it) and ``flags`` the exact source text of each span the rule flags, in order (the
    test suite checks the range, not only the rule id, as textlint's tester does). ``format`` is
    ``"text"`` or ``"markdown"``; ``options`` are rule options and ``settings`` are top-level
    config keys (``words``, ``style``…) the example needs.
    """

    text: str
    fixed: str | None = None
    format: str = "text"
    options: Mapping[str, Any] = NOTHING
    settings: Mapping[str, Any] = NOTHING
    flags: tuple[str, ...] | None = None


class RuleDocs(NamedTuple):
    """The documentation ``copylint explain`` prints: what, why, and examples."""

    what: str
    why: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    fix_safety: str = ""
    references: tuple[str, ...] = ()


@dataclass(frozen=True)
class RuleInfo:
    """Everything about a rule but its code."""

    id: str
    severity: Severity
    summary: str
    docs: RuleDocs
    reads_quotes: bool = False
    preview: bool = False
    report_once: bool = False  # one diagnostic per message and file (see Rule.report_once)
    options: Mapping[str, Any] = field(default_factory=dict)
    origin: str = "built-in"
    styles: frozenset[str] | None = None  # None: every style
    option_types: Mapping[str, Any] = field(default_factory=dict)  # else implied by defaults

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def name(self) -> str:
        return self.id.split("/", 1)[1]

    @property
    def fixable(self) -> bool:
        return any(example.fixed is not None for example in self.docs.bad)


class TextEdit(NamedTuple):
    """Replace ``text[start:end]`` of the prose with ``replacement``."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule reports, in prose offsets; the engine makes a diagnostic of it."""

    start: int
    end: int
    message: str
    suggestions: tuple[str, ...] = ()
    edits: tuple[TextEdit, ...] = ()
    safe: bool = False
    severity: Severity | None = None  # overrides the rule's default for this finding
    in_source: bool = False  # start and end are source offsets (markup such as a comment)
    #: Prose ranges the message points at, such as the other form of an inconsistent name.
    refers_to: tuple[tuple[int, int], ...] = ()

    @classmethod
    def replace(
        cls, start: int, end: int, message: str, replacement: str, *, safe: bool = True
    ) -> Finding:
        """A finding whose fix replaces exactly the flagged text."""
        return cls(start, end, message, (replacement,), (TextEdit(start, end, replacement),), safe)


@dataclass(frozen=True)
class RuleContext:
    """What a rule is built with: its options (defaults merged with config) and the settings.

    A rule that reads a file of its own (a house names list, an outlets file) asks for it
    through :meth:`data_file` or :meth:`read_data`: the result cache keys on the content of
    every file read this way, so editing the file can never leave stale findings cached.
    """

    options: Mapping[str, Any]
    settings: Settings
    data_files: list[Path] = field(default_factory=list, compare=False)
    #: Every rule id and family of the run's registry (packs and plugins included), for rules
    #: that check what a comment or a config names.
    known_rules: frozenset[str] = field(default_factory=frozenset, compare=False)
    #: The ids of the rules this run applies (empty when unknown), for a rule that leaves a
    #: case to another rule only when that rule runs (one slip, one finding).
    selected_rules: frozenset[str] = field(default_factory=frozenset, compare=False)

    def data_file(self, name: str | Path) -> Path:
        """The path of data file ``name`` (relative to the config's directory), recorded as
        something the rule's findings depend on."""
        path = Path(self.settings.root) / Path(name).expanduser()
        self.data_files.append(path)
        return path

    def read_data(self, name: str | Path) -> str:
        """The text of data file ``name``; an ``OSError`` when it cannot be read."""
        return self.data_file(name).read_text(encoding="utf-8")


class Rule(abc.ABC):
    """Base of every rule.

    A Python rule sets the class attributes below; ``info`` is assembled from them. Subclasses
    that leave ``id`` unset are bases or declarative kinds that set ``self.info`` per instance.
    """

    id: ClassVar[str]
    severity: ClassVar[Severity]
    summary: ClassVar[str]
    what: ClassVar[str]
    why: ClassVar[str]
    bad: ClassVar[tuple[Example, ...]]
    good: ClassVar[tuple[Example, ...]]
    fix_safety: ClassVar[str] = ""
    references: ClassVar[tuple[str, ...]] = ()
    reads_quotes: ClassVar[bool] = False
    preview: ClassVar[bool] = False
    #: A point the rule makes again and again in one article (the same British spelling) is
    #: reported once per file and message, with the other places as related locations.
    report_once: ClassVar[bool] = False
    #: The findings in a paragraph depend on that paragraph alone: no shared analysis of the
    #: article (people, spelling, transcript), no headline, dateline or paragraph before it,
    #: no quotation (which may run on across paragraphs). The language server then re-runs the
    #: rule only on the paragraph an edit changed. Left False, a rule is only slower there.
    paragraph_local: ClassVar[bool] = False
    default_options: ClassVar[Mapping[str, Any]] = {}
    option_types: ClassVar[Mapping[str, Any]] = {}  # e.g. {"outlets": list[dict]}
    styles: ClassVar[frozenset[str] | None] = None

    info: RuleInfo

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "id" in cls.__dict__:
            cls.info = RuleInfo(
                id=cls.id,
                severity=cls.severity,
                summary=cls.summary,
                docs=RuleDocs(cls.what, cls.why, cls.bad, cls.good, cls.fix_safety, cls.references),
                reads_quotes=cls.reads_quotes,
                preview=cls.preview,
                report_once=cls.report_once,
                options=dict(cls.default_options),
                styles=cls.styles,
                option_types=dict(cls.option_types),
            )

    def __init__(self, context: RuleContext) -> None:
        self.context = context
        self.options = context.options

    @abc.abstractmethod
    def check(self, doc: Document) -> Iterable[Finding]:
        """Yield the findings for ``doc``."""

    def reads_one_paragraph(self) -> bool:
        """Whether this rule's findings in a paragraph depend on that paragraph alone (see
        ``paragraph_local``; a kind whose instances differ decides per instance)."""
        return self.paragraph_local


class RuleSpec(NamedTuple):
    """A registered rule: its metadata and how to build it for a run (a Rule subclass for
    Python rules, a pack kind's factory for declarative ones)."""

    info: RuleInfo
    factory: Callable[[RuleContext], Rule]
