"""spelling/misspelling: a word no dictionary knows, with ranked suggestions."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from copylint.analysis.spelling import Verdict, american_form, read
from copylint.analysis.variants import in_name_slip
from copylint.lexicon.dictionary import english_counts, misspellings, name_counts
from copylint.lexicon.suggest import MAX_SUGGESTIONS, all_words, common_words, match_case, slip_cost
from copylint.model import Severity
from copylint.rule import Example, Finding, Rule, TextEdit

if TYPE_CHECKING:
    from copylint.document import Document

#: A lowercase suggestion is a proper noun when the names lexicon counts it this many times as
#: often as the English dictionary does (pyspellchecker's counts come from film subtitles).
NAME_SHARE = 20
#: A word the dictionary counts this often is a function word ("you", "the", "and": about
#: Zipf 6); a capitalized word mid-sentence is a name, not a slip of one.
FUNCTION_WORD = 1_000_000


class Misspelling(Rule):
    id = "spelling/misspelling"
    severity = Severity.ERROR
    summary = "A misspelled word or name"
    what = (
        "Flags a word that neither the English dictionary nor the custom dictionary knows, "
        "and every known misspelling of two published lists (codespell's and cspell's; a "
        'misspelled name the list gives capitalized, "Tuscon", even where a dictionary took '
        "the web's typo for a word, unless the name is rare beside it), with suggestions "
        "ranked by how likely the slip is (transpositions, doubled or dropped letters, "
        "neighboring keys) and how common the word is; a spelling the article itself "
        "uses comes first. Lowercase words are checked strictly. A capitalized word is taken "
        "for a name and flagged only when the evidence says it is a slip: one slip from a "
        'prominent name or word ("Isareli", "Rahmallah"); a transposed, dropped or doubled '
        'letter of a listed name in a word of six letters or more ("Tikirt"); in a long word, '
        'a changed letter or two cheap slips of a prominent one ("Westmimster", '
        '"Copanhegen"); a slip of a month before a date ("Juy 13"); or a typo of a common word '
        'opening a sentence ("Goverment"); an "h" after a letter no spelling system pairs '
        'it with (f, l, m, q, v, y) in a listed name of seven letters or more ("Kazimhir"), '
        'or of six against a name seen 100 times ("Mhichi"); an "h" before a consonant after '
        'b, f, j, l, m, n, q, v, w, x, y or z ("Alhps", "Binhg"); '
        "a word of three or four letters with a letter dropped from one of the most "
        'prominent names ("New Yrk"); a capitalized word of three or four letters before a '
        'period that is no listed abbreviation and saves no letter ("Egyt."). '
        "Any other added letter or a changed ending is no evidence: it is how another "
        'language writes a name ("Hydraulica", "Petronios", "Khalid"). Quiet: names '
        "nothing suggests are misspelled, acronyms and call letters (KTVU), words with digits, "
        "abbreviations, domains, @handles and #hashtags, possessives and contractions of known "
        "words, phrases in other languages, a term the writer types the same way twice, a "
        'regnal name between a title and its number ("Pope Damasus I"), and species names. '
        "Each part of a hyphenated compound is checked on its own. A person's name written two "
        'ways in the article ("Shia al-Sudani" … "al-Sudany met") is names/inconsistent-name\'s, '
        "which points at the other form; while that rule runs, this one reports a name slip "
        "only when the article has no right form of it."
    )
    why = (
        "A misspelled word, and above all a misspelled name, is the error readers notice "
        "first and trust least (AP Stylebook: spelling; Webster's New World College "
        "Dictionary is AP's reference). The reference lexicon of names comes from wordfreq, so "
        "the rule knows the names in the news without flagging every unfamiliar one; the web "
        "also writes common misspellings, so maintained lists of real-world misspellings "
        "(codespell, cspell's common-misspellings dictionary) say which attested forms are typos."
    )
    bad = (
        Example("Blinken met officials in the Isareli-occupied West Bank.", flags=("Isareli",)),
        Example(
            "The aid will arrive tommorow.",
            fixed="The aid will arrive tomorrow.",
            flags=("tommorow",),
        ),
        Example("Abbas received him in Rahmallah on Sunday.", flags=("Rahmallah",)),
        Example("The goverment said it would recieve the aid.", flags=("goverment", "recieve")),
        Example("Goverment officials declined to comment.", flags=("Goverment",)),
        Example("Prime Minister Netanyhau rejected the call.", flags=("Netanyhau",)),
        Example("The team flew to Tuscon on Monday.", flags=("Tuscon",)),
        Example("The convoy left Tikirt on Juy 13.", flags=("Tikirt", "Juy")),
        Example("The show hung works by Kazimhir Malevich.", flags=("Kazimhir",)),
        Example(
            "Shia al-Sudani spoke on Sunday. Later the al-Sudany government met.",
            flags=("Sudany",),
        ),
        Example("# Talks resume in *Rahmallah*", format="markdown", flags=("Rahmallah",)),
    )
    good = (
        Example("Foreign Minister Ayman Safadi met Iraq's Shia al-Sudani in Amman."),
        Example("Blinken's trip followed Israel's strikes, KTVU and NATO reported."),
        Example("Akkum, a reporter for the paper, said they're leaving."),
        Example("The 3rd-quarter results, posted by @copydesk with #news, surprised nobody."),
        Example("Envoy Sudany arrived in Baghdad.", settings={"words": ["Sudany"]}),
        Example("<!-- copylint-words: Xolani -->\nXolani Dube spoke first.", format="markdown"),
        Example(
            "The `recieve` function and https://example.com/goverment stay.", format="markdown"
        ),
        Example("The colour of the theatre's curtain."),
        Example("The protégé of Pope Damasus I wrote the treatise Hydraulica."),
        Example("Malcom Brogdon scored 20 points in Tucson."),
        Example("Khalid Bhutto met the poet Caoimhe Amhlaoibh in Dhaka."),
    )
    fix_safety = (
        "Safe only for a lowercase known misspelling with exactly one correction in the list "
        'of real-world misspellings, itself lowercase ("recieve" → "receive"): such a fix '
        "cannot change the meaning. Every other fix is unsafe, applied only on request: a "
        'known misspelling with several corrections ("wich": which or with), any capitalized '
        'word or name ("Isareli" → "Israeli"; a rare name may be right), and every '
        'suggestion that rests on edit distance alone ("vaccinee" is a word; "vaccine" '
        "another)."
    )
    references = (
        "https://github.com/rspeer/wordfreq",
        "https://github.com/barrust/pyspellchecker",
        "https://github.com/codespell-project/codespell",
        "https://github.com/streetsidesoftware/cspell-dicts/tree/main/dictionaries/en-common-misspellings",
    )
    reads_quotes = True
    # Severity by confidence: a word nothing corrects may be a name or another language.
    default_options = {"unknown-severity": "warning"}
    option_types = {"unknown-severity": Severity}

    def check(self, doc: Document) -> Iterator[Finding]:
        reading = read(doc, self.context.settings.words)
        if not reading.misspelled:
            return  # most articles: the words of the article below are not needed
        # Known words the article itself uses: the likeliest intended spelling of a slip near
        # one of them ("al-Sudany" in an article that says "al-Sudani").
        word = Verdict.KNOWN  # an enum's member read once, not at each token
        in_article = {
            t.lower: t.text
            for t, v in zip(reading.tokens, reading.verdicts, strict=True)
            if v is word and not t.foreign
        }
        names = "names/inconsistent-name" in self.context.selected_rules
        for index in sorted(reading.misspelled):
            token = reading.tokens[index]
            if names and in_name_slip(doc, self.context.settings, token.start, token.end):
                continue  # one person's name written two ways: names/inconsistent-name's
            suggestions = _suggestions(
                token.text, in_article, reading.intended.get(index), mid_sentence=not token.initial
            )
            if not suggestions:
                unknown = Severity.parse(self.options["unknown-severity"])
                yield Finding(
                    token.start, token.end, f'Unknown word "{token.text}"', severity=unknown
                )
                continue
            listed = misspellings().get(token.lower, ())
            yield Finding(
                token.start,
                token.end,
                f'Misspelled word "{token.text}"; did you mean "{suggestions[0]}"?',
                suggestions,
                (TextEdit(token.start, token.end, suggestions[0]),),
                safe=token.text.islower() and len(listed) == 1 and listed[0].islower(),
            )


def _suggestions(
    text: str,
    in_article: dict[str, str],
    intended: str | None = None,
    *,
    mid_sentence: bool = False,
) -> tuple[str, ...]:
    """Ranked corrections for ``text``: a known misspelling's listed corrections first, then
    what the article shows it is meant to be (``intended``: a month before a date), then a
    spelling the article uses, then the likeliest slips; British forms in American form, and
    no proper name for a lowercase word. A word capitalized mid-sentence (``mid_sentence``) is
    no slip of a function word (FUNCTION_WORD): those come last ("New Yok": York, not "You")."""
    lower = text.lower()
    capitalized = text[:1].isupper()
    vocabulary = all_words() if capitalized else common_words()
    ranked = [s.word for s in vocabulary.suggest(lower)]
    if capitalized and mid_sentence:
        english = english_counts()
        ranked.sort(key=lambda w: english.get(w, 0) >= FUNCTION_WORD)
    twins = sorted(
        (slip_cost(lower, w), w)
        for w in vocabulary.near(lower)
        if w in in_article and (capitalized or in_article[w].islower())
    )
    words = [*(w for _, w in twins[:1]), *ranked]
    if not capitalized:
        words = [w for w in words if not _proper_noun(w)]
    listed = [c if not c.islower() else match_case(c, text) for c in misspellings().get(lower, ())]
    shown = [match_case(intended, text)] if intended else []
    found = [*listed, *shown, *(match_case(american_form(w) or w, text) for w in words)]
    return tuple(dict.fromkeys(found))[:MAX_SUGGESTIONS]


def _proper_noun(word: str) -> bool:
    """A word the English dictionary lists but the web writes as a name far more often: its
    count in the names lexicon is NAME_SHARE times its count in the dictionary ("israel")."""
    return name_counts().get(word, 0) >= NAME_SHARE * english_counts().get(word, 1)
