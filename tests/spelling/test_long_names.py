"""Evidence that a capitalized word is a slip (issue 13): a letter-keeping slip of a listed
name, a changed letter or two cheap slips of a prominent word in a long word, a month's slip
before a date; and what is no evidence: an added letter or a changed ending (another
language's form of a name), a plural, a regnal name between its title and number."""

from __future__ import annotations

import pytest

from tests.helpers import flagged, lint


def misspelled(text: str) -> dict[str, str]:
    return {
        text[d.span.start : d.span.end]: (d.suggestions or ("",))[0]
        for d in lint(text, select=["spelling"])
    }


SLIPS = {
    "vowel in a long word": ("The ships passed the Dardanalles at dawn.", "Dardanelles"),
    "dropped letter": ("Monks of the Carmlite order prayed.", "Carmelite"),
    "changed letter": ("Lawmakers met in Westmimster on Monday.", "Westminster"),
    "two slips": ("The delegates flew to Copanhegen on Monday.", "Copenhagen"),
    "transposition": ("The convoy left Tikirt at dawn on Monday.", "Tikrit"),
    "doubled letter": ("Talks opened in Asmmara on Tuesday.", "Asmara"),
    "last s dropped": ("The team flew to Indianapoli on Monday.", "Indianapolis"),
    "month before a year": ("The inquiry ran until Juy 1805, the report said.", "July"),
    "month before a day": ("The council met on Jne 14 to vote.", "June"),
    "regnal number, no title": ("She was knighted by Elizaeth II last year.", "Elizabeth"),
    "regnal name, cheap slip": ("King Charless III spoke at the opening.", "Charles"),
    "beside an accented word": (
        "She played at the Théâtre Natioonal Populaire in Paris.",
        "National",
    ),
    "after a transcription": (
        "The poet (Czech: [ˈjaroslaf ˈvrxlɪtskiː]; 17 Septembr 1853) wrote plays.",
        "September",
    ),
    "after a colon": ("Zaha Hadid (Araibc: زها حديد; born 1950) was an architect.", "Arabic"),
    "rare word one edit away": ("The team flew to Massachussets on Friday.", "Massachusetts"),
}


@pytest.mark.parametrize(("text", "correction"), SLIPS.values(), ids=SLIPS.keys())
def test_a_slip_is_flagged_with_its_correction(text: str, correction: str) -> None:
    found = misspelled(text)
    assert list(found.values()) == [correction]


@pytest.mark.parametrize(
    "text",
    [
        "The treatise Hydraulica was printed in Basel.",  # a letter added: Latin, not a slip
        "The monk Theodoros was named abbot.",  # the ending: the Greek form of Theodorus
        "The brother Petronios succeeded him.",
        "Pope Damasus II wrote to the bishops of Gaul.",  # a regnal name, history's spelling
        "The protégé of Pope Damasus I wrote often.",
        "She starred opposite Gérard Philipe in the film.",  # a French name's single p
        "The Bernoullis were a family of mathematicians.",  # a plural
    ],
)
def test_another_form_of_a_name_is_not_a_slip(text: str) -> None:
    assert flagged(text, lint(text, select=["spelling"])) == []
