"""Built-in Python rules: one module per rule, grouped by family, and the one list of them.

A new rule is registered by adding its class to :data:`BUILTIN_RULES`, at the end of its
family's group (``python -m copylint.dev new-rule`` does it). ``tests/test_rule_structure.py``
fails when a Rule subclass under ``copylint/checks/`` is missing here, or when a module's path
does not match its rule's id.
"""

from __future__ import annotations

from copylint.checks.attribution.according_to_overuse import AccordingToOveruse
from copylint.checks.attribution.inverted import InvertedAttribution
from copylint.checks.attribution.outlet_name import OutletName
from copylint.checks.attribution.tense import AttributionTense
from copylint.checks.attribution.unattributed_quote import UnattributedQuote
from copylint.checks.attribution.verb import AttributionVerb
from copylint.checks.directive.unknown import UnknownDirective
from copylint.checks.directive.unused import UnusedDirective
from copylint.checks.grammar.affect_effect import AffectEffect
from copylint.checks.grammar.article_plural import ArticlePlural
from copylint.checks.grammar.could_of import CouldOf
from copylint.checks.grammar.doubled_article import DoubledArticle
from copylint.checks.grammar.indefinite_article import IndefiniteArticle
from copylint.checks.grammar.its_its import ItsIts
from copylint.checks.grammar.led_lead import LedLead
from copylint.checks.grammar.lose_loose import LoseLoose
from copylint.checks.grammar.passed_past import PassedPast
from copylint.checks.grammar.possessive_time import PossessiveTime
from copylint.checks.grammar.subject_verb import SubjectVerb
from copylint.checks.grammar.their_there import TheirThere
from copylint.checks.grammar.then_than import ThenThan
from copylint.checks.grammar.to_too import ToToo
from copylint.checks.grammar.verb_form import VerbForm
from copylint.checks.grammar.weather_whether import WeatherWhether
from copylint.checks.grammar.whose_whos import WhoseWhos
from copylint.checks.grammar.your_youre import YourYoure
from copylint.checks.headline.period import HeadlinePeriod
from copylint.checks.headline.sentence_case import SentenceCase
from copylint.checks.names.canonical_name import CanonicalName
from copylint.checks.names.given_name_reference import GivenNameReference
from copylint.checks.names.inconsistent_name import InconsistentName
from copylint.checks.names.inconsistent_title import InconsistentTitle
from copylint.checks.names.later_reference import LaterReference
from copylint.checks.names.never_introduced import NeverIntroduced
from copylint.checks.names.party_state import PartyState
from copylint.checks.names.title_abbreviation import TitleAbbreviation
from copylint.checks.names.title_case import TitleCase
from copylint.checks.names.title_spelled_out import TitleSpelledOut
from copylint.checks.places.dateline_city import DatelineCity
from copylint.checks.places.dateline_state import DatelineState
from copylint.checks.places.state_name import StateName
from copylint.checks.punctuation.lowercase_sentence_start import LowercaseSentenceStart
from copylint.checks.punctuation.mixed_apostrophes import MixedApostrophes
from copylint.checks.punctuation.mixed_quotes import MixedQuotes
from copylint.checks.punctuation.place_comma import PlaceComma
from copylint.checks.punctuation.serial_comma import SerialComma
from copylint.checks.punctuation.unbalanced_parentheses import UnbalancedParentheses
from copylint.checks.punctuation.unbalanced_quotes import UnbalancedQuotes
from copylint.checks.repetition.doubled_word import DoubledWord
from copylint.checks.repetition.tripled_word import TripledWord
from copylint.checks.spelling.inconsistent import Inconsistent
from copylint.checks.spelling.misspelling import Misspelling
from copylint.checks.spelling.quoted_variant import QuotedVariant
from copylint.checks.spelling.variant_mix import VariantMix
from copylint.checks.whitespace.double_space import DoubleSpace
from copylint.checks.whitespace.missing_space import MissingSpace
from copylint.checks.whitespace.tab import Tab
from copylint.checks.whitespace.trailing_space import TrailingSpace
from copylint.rule import Rule

#: Every built-in Python rule, by family.
BUILTIN_RULES: tuple[type[Rule], ...] = (
    # spelling
    Misspelling,
    Inconsistent,
    VariantMix,
    QuotedVariant,
    # repetition
    DoubledWord,
    TripledWord,
    # names
    CanonicalName,
    InconsistentName,
    InconsistentTitle,
    LaterReference,
    TitleAbbreviation,
    TitleCase,
    GivenNameReference,
    NeverIntroduced,
    PartyState,
    TitleSpelledOut,
    # attribution
    AccordingToOveruse,
    AttributionTense,
    AttributionVerb,
    InvertedAttribution,
    OutletName,
    UnattributedQuote,
    # punctuation
    MixedApostrophes,
    MixedQuotes,
    PlaceComma,
    UnbalancedParentheses,
    UnbalancedQuotes,
    LowercaseSentenceStart,
    SerialComma,
    # whitespace
    DoubleSpace,
    Tab,
    TrailingSpace,
    MissingSpace,
    # directive
    UnknownDirective,
    UnusedDirective,
    # headline
    HeadlinePeriod,
    SentenceCase,
    # places
    DatelineCity,
    DatelineState,
    StateName,
    # grammar
    AffectEffect,
    ArticlePlural,
    CouldOf,
    DoubledArticle,
    IndefiniteArticle,
    ItsIts,
    LedLead,
    LoseLoose,
    PassedPast,
    PossessiveTime,
    SubjectVerb,
    TheirThere,
    ThenThan,
    ToToo,
    VerbForm,
    WeatherWhether,
    WhoseWhos,
    YourYoure,
)
