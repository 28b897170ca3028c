"""attribution/outlet-name: news organizations in their proper form ("The New York Times")."""

from __future__ import annotations

import functools
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple

import regex

from copylint.analysis.attribution import in_transcript
from copylint.errors import ConfigError
from copylint.lexicon.outlets import (
    Outlet,
    builtin_outlets,
    load_outlet_file,
    merge_outlets,
    outlet_words,
    parse_outlets,
)
from copylint.model import Severity
from copylint.packs.lazy import LazyPattern
from copylint.packs.matching import plain_match, word_char
from copylint.packs.patterns import phrase_source
from copylint.packs.phrases import PHRASES
from copylint.rule import Example, Finding, Rule, RuleContext, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document
    from copylint.tokens import Word


#: A station's call letters after a network's name ("NBC affiliate WXYZ-TV"): compiled only
#: for an article that names a network (few do).
_CALL_LETTERS = LazyPattern(
    r"\s+([KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT|LP|CD))?)(?![\p{L}\p{N}\-])", regex.VERSION1
)
_POSSESSIVE = regex.compile(r"['’]s?(?!\p{L})", regex.VERSION1)

# How a name is used, read from what follows it.
NOUN = "noun"  # "the New York Times reported", "… for the New York Times."
MODIFIER = "modifier"  # "a New York Times reporter": the article belongs to "reporter"
UNKNOWN = "unknown"  # a capitalized word follows: maybe a longer name ("… Times Magazine")


class _Form(NamedTuple):
    outlet: Outlet
    kind: str  # name, wrong, short, network


class _Mention(NamedTuple):
    """One occurrence of an outlet's form in the prose."""

    form: _Form
    start: int
    end: int
    text: str


class _Table:
    r"""The outlets of a run, found as one pattern of every form would find them:
    ``(?<![\p{L}\p{N}\-])(?:FORM|FORM|…)(?![\p{L}\p{N}\-])``, the forms by the length of
    their patterns, longest first, white space between words matching any white space. The
    places come from the phrase index every pack shares (:mod:`copylint.packs.phrases`), and
    each is compared there; compiling the forms into that pattern cost more than checking a
    draft."""

    def __init__(self, outlets: Sequence[Outlet]) -> None:
        self.forms: dict[str, _Form] = {}
        for outlet in outlets:
            for kind, texts in (
                ("network", outlet.network),
                ("short", outlet.short),
                ("wrong", outlet.wrong),
                ("name", (outlet.core,)),
            ):
                for text in texts:
                    self.forms[text] = _Form(outlet, kind)
        ordered = sorted(self.forms, key=lambda text: len(phrase_source(text)), reverse=True)
        #: Each form in the pattern's order: its key in the phrase index, its words.
        self._order = [(PHRASES.add(text), text.split()) for text in ordered if text.strip()]

    def mentions(self, doc: Document) -> list[_Mention]:
        found = []
        for start, end in self._matches(doc.text):
            text = " ".join(doc.text[start:end].split())
            if doc.within_block(start, end) and text in self.forms:
                found.append(_Mention(self.forms[text], start, end, text))
        return found

    def _matches(self, text: str) -> Iterator[tuple[int, int]]:
        """The spans the pattern would find, left to right, without overlaps: at each place
        the phrase index gives, the first form that matches there."""
        occurrences = PHRASES.occurrences(text)
        keys_at: dict[int, set[str]] = {}
        for key, _ in self._order:
            for start in occurrences.get(key, ()):
                keys_at.setdefault(start, set()).add(key)
        reached = 0
        for start in sorted(keys_at):
            if start < reached or (start and _bounds_name(text[start - 1])):
                continue
            for key, words in self._order:
                if key not in keys_at[start]:
                    continue
                end = plain_match(text, start, words, False, False)
                if end > start and not (end < len(text) and _bounds_name(text[end])):
                    yield start, end
                    reached = end
                    break


def _bounds_name(char: str) -> bool:
    """A letter, digit or hyphen: an outlet's name cannot begin or end beside one."""
    return char == "-" or word_char(char, False)


@functools.cache
def _table(outlets: tuple[Outlet, ...]) -> _Table:
    return _Table(outlets)


class OutletName(Rule):
    id = "attribution/outlet-name"
    severity = Severity.WARNING
    summary = "A news organization's name not in its proper form"
    what = (
        "Checks the names of news organizations against the outlet table: a capital The where "
        'the name has one, in mid-sentence too ("The New York Times", "The Associated Press"); '
        'a lowercase the where the house prefers one ("the Guardian", "the BBC"); no article '
        'where the name has none ("Reuters", "CNN"); wrong forms ("NY Times", "WaPo"); '
        'abbreviations on first reference ("NYT"); a network standing for its news organization '
        'as the source of a report ("ABC reported": ABC News, an info); and a network put before '
        'a station\'s call letters ("Fox KTVU reported": KTVU). A name used as a modifier ("a New '
        'York Times reporter") keeps its article as it is. Newsrooms extend the table with the '
        "options `outlets` (inline tables) and `outlet-files` (TOML files of [[outlet]] entries, "
        "relative to the config file), each entry as in rules/lexicon/outlets.toml: name, kind "
        "(newspaper, magazine, agency, broadcaster), wrong, short, network. An entry whose name "
        "without its article is already in the table replaces that entry."
    )
    why = (
        'AP Stylebook, "newspaper names": capitalize "the" in a newspaper\'s name if that is the '
        "way the publication prefers to be known (and lowercase it before all the names when a "
        'story mentions several papers, some with "the" in their name and some without, which '
        'this rule allows); AP entries for the organizations; AP, "call letters". A source named '
        "wrongly undermines the attribution it stands in."
    )
    bad = (
        Example(
            "Blinken met Abbas, according to the New York Times.",
            flags=("the New York Times",),
        ),
        Example(
            "Protests grew, the Associated Press reported.",
            flags=("the Associated Press",),
        ),
        Example(
            "New York Times reporters were there, New York Times said.",
            fixed="New York Times reporters were there, The New York Times said.",
            flags=("New York Times",),
        ),
        Example(
            "The NY Times reported the visit.",
            fixed="The New York Times reported the visit.",
            flags=("The NY Times",),
        ),
        Example(
            "NYT reported the visit first.",
            fixed="The New York Times reported the visit first.",
            flags=("NYT",),
        ),
        Example(
            "Read the New York Times' report.",
            flags=("the New York Times",),
        ),
        Example(
            "It was first reported by [the New York Times](https://www.nytimes.com).",
            format="markdown",
            flags=("the New York Times",),
        ),
        Example(
            "She told The Guardian that she would run.",
            flags=("The Guardian",),
        ),
        Example(
            "The rally drew 2,000, according to the Reuters.",
            fixed="The rally drew 2,000, according to Reuters.",
            flags=("the Reuters",),
        ),
        Example("Blinken also visited Turkey, ABC reported.", flags=("ABC",)),
        Example("Protests spread, Fox KTVU reported.", flags=("Fox KTVU",)),
        Example(
            "The board met, the Oaklandside reported.",
            options={"outlets": [{"name": "The Oaklandside", "kind": "newspaper"}]},
            flags=("the Oaklandside",),
        ),
    )
    good = (
        Example("Blinken met Abbas, according to The New York Times."),
        Example("The New York Times' report came first."),
        Example("A New York Times reporter and the Associated Press-NORC poll agree."),
        Example("In Sunday's New York Times, she wrote about it."),
        Example("The New York Times reported it. NYT later corrected it."),
        Example("She told the Guardian that she would run; the BBC confirmed it."),
        Example("The Guardian broke the story."),
        Example("KTVU reported the protests; ABC News and Reuters followed."),
        Example("ABC canceled the show."),
        Example('"I read it in the New York Times," she said.'),
        Example("She wrote for [The New York Times](https://www.nytimes.com).", format="markdown"),
        Example(
            "It ran in the New York Times and the Chicago Tribune.",
        ),
        Example(
            "The board met, the Oaklandside reported.",
            options={"outlets": [{"name": "the Oaklandside", "kind": "newspaper"}]},
        ),
    )
    fix_safety = (
        'Safe where the proper form is certain: a missing "The" of a name used as a noun, an '
        "article an agency or broadcaster does not take, a wrong form, an abbreviation on first "
        "reference. Unsafe (a suggestion, applied only with --unsafe-fixes): the case of an "
        'article written ("the Associated Press", "The Guardian"), since edited copy '
        "follows the outlet's own masthead or another house's style on purpose; a network named "
        "for its news organization and a network before call letters, since the writer may mean "
        "the company, or want the affiliation said in other words."
    )
    references = (
        "AP Stylebook: newspaper names; call letters; Associated Press",
        "The Guardian and Observer style guide: the (lc for newspapers: the Guardian)",
    )
    default_options = {"outlets": [], "outlet-files": []}
    option_types = {"outlets": list[dict]}  # type: ignore[type-arg]

    def __init__(self, context: RuleContext) -> None:
        super().__init__(context)
        settings = context.settings
        where = f"{settings.config_path or 'configuration'}: rule {self.id!r}, option 'outlets'"
        extra = parse_outlets(self.options["outlets"], where)
        for name in self.options["outlet-files"]:
            if not isinstance(name, str):
                raise ConfigError(
                    where.replace("'outlets'", "'outlet-files'"), "paths must be strings"
                )
            extra.extend(load_outlet_file(context.data_file(name)))
        self.table = _table(merge_outlets(builtin_outlets(), extra))

    def check(self, doc: Document) -> Iterator[Finding]:
        mentions = [m for m in self.table.mentions(doc) if not in_transcript(doc, m.start)]
        several_papers = _mixes_newspaper_styles(mentions)
        seen: set[str] = set()
        for mention in mentions:
            outlet, kind = mention.form.outlet, mention.form.kind
            first_reference = outlet.core not in seen
            if kind in ("name", "wrong"):
                seen.add(outlet.core)
            elif kind == "short" and not first_reference:
                continue
            yield from _Check(doc, mention, several_papers).run(kind)


def _mixes_newspaper_styles(mentions: Sequence[_Mention]) -> bool:
    """AP's exception: a story naming papers with "The" and papers without may lowercase all."""
    papers = {m.form.outlet for m in mentions if m.form.outlet.kind == "newspaper"}
    articles = {paper.article == "The" for paper in papers}
    return len(articles) == 2


class _Check:
    """The checks of one mention, with what its context tells about it."""

    def __init__(self, doc: Document, mention: _Mention, several_papers: bool) -> None:
        self.doc = doc
        self.mention = mention
        self.outlet = mention.form.outlet
        self.several_papers = several_papers
        self.words = outlet_words()
        index = doc.word_index(mention.start)
        self.previous: Word | None = doc.words[index - 1] if index else None
        if self.previous is not None and not doc.space_between(self.previous.end, mention.start):
            self.previous = None
        self.article = (
            self.previous if self.previous is not None and self.previous.lower == "the" else None
        )
        self.use = self._use()

    def run(self, kind: str) -> Iterator[Finding]:
        if kind == "name":
            yield from self._article()
        elif kind == "wrong":
            yield self._replace(f'Write "{self.outlet.name}", not "{self.mention.text}"')
        elif kind == "short":
            if self.use == NOUN and not self._in_parentheses():
                yield self._replace(
                    f'Spell out "{self.outlet.name}" on first reference, not "{self.mention.text}"'
                )
        else:
            yield from self._network()

    # -- what the context says ------------------------------------------------------------------

    def _use(self) -> str:
        doc, end = self.doc, self.mention.end
        block = doc.block_at(self.mention.start)
        limit = block.end if block else len(doc.text)
        if _POSSESSIVE.match(doc.text, end, limit):
            return NOUN
        rest = doc.text[end:limit].lstrip()
        if not rest or rest[0] in '.,;:!?)]}"”’—–…(':
            return NOUN
        index = doc.word_index(end)
        if index >= len(doc.words) or doc.words[index].start != limit - len(rest):
            return UNKNOWN
        following = doc.words[index]
        if following.is_capitalized or following.has_digit:
            return UNKNOWN
        if following.lower in self.words.nominal_followers or following.lower.endswith("ed"):
            return NOUN
        return MODIFIER

    def _in_parentheses(self) -> bool:
        text = self.doc.text
        return (
            text[self.mention.start - 1 : self.mention.start] == "("
            and text[self.mention.end : self.mention.end + 1] == ")"
        )

    def _determined(self) -> bool:
        """Whether a word before the name other than "the" stands in for its article: a
        determiner ("this"), a possessive ("Sunday's") or a capitalized word ("Sunday")."""
        previous = self.previous
        if previous is None or self.article is not None:
            return False
        return (
            previous.lower in self.words.determiners
            or previous.text.endswith(("'s", "’s", "'", "’"))
            or (previous.is_capitalized and not self.doc.at_sentence_start(previous.start))
        )

    def _in_heading(self) -> bool:
        return self.doc.in_heading(self.mention.start)

    # -- findings -------------------------------------------------------------------------------

    def _article(self) -> Iterator[Finding]:
        outlet, article, start = self.outlet, self.article, self.mention.start
        if self.use != NOUN:
            return
        if outlet.article == "The":
            if article is None and " " in outlet.core and not self._determined():
                yield Finding(
                    start,
                    self.mention.end,
                    f'The name is "{outlet.name}", with its "The"',
                    (outlet.name,),
                    (TextEdit(start, start, "The "),),
                    safe=True,
                )
            elif article is not None and article.text == "the" and not self.several_papers:
                yield Finding(
                    article.start,
                    self.mention.end,
                    f'"{outlet.name}" takes a capital "The", in mid-sentence too',
                    (outlet.name,),
                    (TextEdit(article.start, article.end, "The"),),
                    safe=False,  # the case of "the" is the house's call: a suggestion
                )
        elif outlet.article == "the":
            if (
                article is not None
                and article.text == "The"
                and not self.doc.at_sentence_start(article.start)
                and not self._in_heading()
            ):
                yield Finding(
                    article.start,
                    self.mention.end,
                    f'"{outlet.name}" takes a lowercase "the" in mid-sentence',
                    (outlet.name,),
                    (TextEdit(article.start, article.end, "the"),),
                    safe=False,  # the case of "the" is the house's call: a suggestion
                )
        elif article is not None and outlet.kind in ("agency", "broadcaster"):
            yield Finding(
                article.start,
                self.mention.end,
                f'"{outlet.name}" takes no article',
                (outlet.name,),
                (TextEdit(article.start, start, ""),),
                safe=True,
            )

    def _replace(
        self, message: str, *, safe: bool = True, severity: Severity | None = None
    ) -> Finding:
        """The mention (with its article, when that changes too) rewritten to the outlet's name."""
        outlet, mention = self.outlet, self.mention
        edits: list[TextEdit] = []
        start = mention.start
        core = outlet.core
        if self.use == NOUN and outlet.article == "The":
            if self.article is not None:
                start = self.article.start
                if self.article.text != "The" and not self.several_papers:
                    edits.append(TextEdit(self.article.start, self.article.end, "The"))
            elif not self._determined():
                core = f"The {core}"
        end = mention.end
        possessive = _POSSESSIVE.match(self.doc.text, end)
        if possessive and possessive.group().endswith(("s", "S")) and core.endswith("s"):
            end = possessive.end()
            core += possessive.group()[0]  # AP: The New York Times' report
        edits.append(TextEdit(mention.start, end, core))
        return Finding(
            start,
            mention.end,
            message,
            (_applied(self.doc.text, start, end, edits),),
            tuple(edits),
            safe=safe,
            severity=severity,
        )

    def _network(self) -> Iterator[Finding]:
        doc, mention = self.doc, self.mention
        according = doc.text[max(0, mention.start - 20) : mention.start]
        after_according = bool(regex.search(r"\baccording\s+to\s+$", according, regex.IGNORECASE))
        letters = _CALL_LETTERS.match(doc.text, mention.end)
        if letters is not None:
            if after_according or self._reports_after(letters.end()):
                yield Finding(
                    mention.start,
                    letters.end(),
                    f'A station goes by its call letters: "{letters.group(1)}", '
                    f'not "{mention.text} {letters.group(1)}"',
                    (letters.group(1),),
                    (TextEdit(mention.start, letters.start(1), ""),),
                    safe=False,
                )
            return
        if self.use in (NOUN, MODIFIER) and (after_according or self._reports_after(mention.end)):
            yield self._replace(
                "As the source of a report, name the news organization: "
                f'"{self.outlet.name}", not "{mention.text}"',
                safe=False,
                severity=Severity.INFO,
            )

    def _reports_after(self, offset: int) -> bool:
        index = self.doc.word_index(offset)
        if index >= len(self.doc.words):
            return False
        following = self.doc.words[index]
        return following.lower in self.words.report_verbs and self.doc.space_between(
            offset, following.start
        )


def _applied(text: str, start: int, end: int, edits: Sequence[TextEdit]) -> str:
    """``text[start:end]`` with ``edits`` (in order, inside the range) applied."""
    pieces, position = [], start
    for edit in edits:
        pieces += [text[position : edit.start], edit.replacement]
        position = edit.end
    return "".join(pieces) + text[position:end]
