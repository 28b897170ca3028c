"""grammar/weather-whether: "weather" (rain and sun) for "whether", and the reverse."""

from __future__ import annotations

from collections.abc import Iterator

from copylint.checks.grammar.context import GrammarRule, View, closed, rule_words
from copylint.model import Severity
from copylint.rule import Example, Finding

#: Words that introduce an indirect question: "asked whether", "unclear whether".
_ASKING = rule_words("weather_whether", "asking")
_CLAUSE = rule_words("weather_whether", "clause")
#: Nouns "weather" forms compounds with: "weather forecast", never "whether forecast".
_WEATHER_WORDS = rule_words("weather_whether", "weather-words")


class WeatherWhether(GrammarRule):
    id = "grammar/weather-whether"
    severity = Severity.WARNING
    summary = '"weather" for "whether", or "whether" for "weather"'
    what = (
        'Flags "weather" that opens an indirect question ("asked weather to", "weather or '
        'not") and "whether" after "the" or before "forecast", '
        '"conditions" and the like ("the whether", "whether forecast").'
    )
    why = (
        '"Whether" introduces alternatives; "weather" is the state of the atmosphere (or the '
        "verb, to come through). Paul Brians, Common Errors in English Usage, "
        '"weather/whether".'
    )
    references = ('Paul Brians, Common Errors in English Usage: "weather/whether"',)
    bad = (
        Example("Officials asked weather to close the road.", flags=("weather",)),
        Example("He will run weather or not the party agrees.", flags=("weather",)),
        Example("The whether turned cold.", flags=("whether",)),
    )
    good = (
        Example("Officials asked whether to close the road; the weather turned cold."),
        Example("They will weather the storm, weather permitting."),
    )
    fix_safety = "Always a suggestion."

    def find(self, view: View) -> Iterator[Finding]:
        for i in view.indices("weather"):
            before = view.previous(i)
            after = view.following(i)
            opens = before in _ASKING or (before == "" and view.words[i].is_capitalized)
            clause = after in _CLAUSE or (before in _ASKING and after in closed("determiners"))
            if clause and (opens or (after == "or" and view.at(i + 2) == "not")):
                if before in closed("determiners"):
                    continue
                yield view.replace(i, "whether", "an indirect question is meant")
        for i in view.indices("whether"):
            before = view.previous(i)
            after = view.following(i)
            if before == "the" or after in _WEATHER_WORDS:
                yield view.replace(i, "weather", "the noun is meant")
