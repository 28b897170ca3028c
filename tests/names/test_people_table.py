"""The people table every names rule reads: mentions, names, titles, regions, people."""

from __future__ import annotations

import collections

import pytest

from copylint.analysis.mentions import _can_open, document_titles, parse_name
from copylint.analysis.people import PeopleTable, build_people_table
from copylint.formats import load_document
from copylint.lexicon.names import is_spelling_variant, surname_key


def table_of(text: str, path: str = "article.txt") -> PeopleTable:
    doc = load_document(path, text)
    table: PeopleTable = doc.shared(build_people_table)
    return table


def written(table: PeopleTable) -> list[str]:
    return [m.name.written for m in table.mentions]


def test_table_is_built_once_per_document() -> None:
    doc = load_document("a.txt", "Antony Blinken met Ayman Safadi.")
    assert doc.shared(build_people_table) is doc.shared(build_people_table)


def test_full_name_with_middle_initial() -> None:
    name = parse_name("Antony J. Blinken")
    assert name is not None
    assert (name.given, name.initials, name.surname) == (("Antony",), ("J.",), "Blinken")


def test_dotted_initials_are_initials_but_country_abbreviations_are_not() -> None:
    name = parse_name("George H.W. Bush")
    assert name is not None and name.initials == ("H.W.",)
    table = table_of("U.S. Secretary of State Antony Blinken arrived.")
    assert written(table) == ["Antony Blinken"]


def test_particles_belong_to_the_surname() -> None:
    for text, surname, key in [
        ("Ludwig van Beethoven", "van Beethoven", "beethoven"),
        ("Ursula von der Leyen", "von der Leyen", "leyen"),
        ("Mohammed bin Salman", "bin Salman", "salman"),
        ("Charles de Gaulle", "de Gaulle", "gaulle"),
        ("Mohammed Shia al-Sudani", "al-Sudani", "sudani"),
        ("Patrizia d'Ettorre", "d'Ettorre", "ettorre"),
    ]:
        name = parse_name(text)
        assert name is not None and name.surname == surname and name.key == key, text


def test_joined_particle_is_dropped_from_the_key_in_any_case() -> None:
    assert surname_key("al-Sudani") == surname_key("Al-Sudani") == surname_key("Sudani")


def test_hyphenated_and_apostrophe_surnames_stay_whole() -> None:
    assert surname_key("Smith-Jones") == "smith-jones"
    assert surname_key("O'Brien") == "o'brien"
    name = parse_name("Mary Smith-Jones")
    assert name is not None and name.surname == "Smith-Jones"


def test_suffix_and_comma_suffix() -> None:
    for text in ("Martin Luther King Jr.", "Martin Luther King, Jr."):
        name = parse_name(text)
        assert name is not None
        assert (name.given, name.surname, name.suffix) == (("Martin", "Luther"), "King", "Jr.")


def test_possessive_is_not_part_of_the_name() -> None:
    table = table_of("Antony Blinken arrived. Blinken's trip was short.")
    bare = table.mentions[1]
    assert bare.name.surname == "Blinken" and bare.name.possessive
    assert table.person(bare) is table.person(table.mentions[0])


def test_titles_are_read_before_the_name() -> None:
    table = table_of(
        "Israeli Prime Minister Benjamin Netanyahu and Jordanian foreign minister Ayman Safadi "
        "met Sec. Blinken and Lt. Gov. Austin Davis."
    )
    titles = [(m.title.written if m.title else None, m.name.written) for m in table.mentions]
    assert titles == [
        ("Prime Minister", "Benjamin Netanyahu"),
        ("foreign minister", "Ayman Safadi"),
        ("Sec.", "Blinken"),
        ("Lt. Gov.", "Austin Davis"),
    ]


def test_title_with_a_place_before_the_name() -> None:
    table = table_of("President of Israel Isaac Herzog spoke.")
    (mention,) = table.mentions
    assert mention.name.written == "Isaac Herzog" and mention.title is not None


def test_surname_that_is_a_title_word() -> None:
    table = table_of("John King said Martin Luther King Jr. inspired him. King smiled.")
    assert written(table)[:2] == ["John King", "Martin Luther King Jr."]


def test_qualifier_marks_a_past_title() -> None:
    table = table_of("Then-Secretary of State John Kerry met former President Barack Obama.")
    assert [m.qualified for m in table.mentions] == [True, True]


def test_name_at_sentence_start_after_a_function_word() -> None:
    table = table_of("When Antony Blinken arrived, Blinken spoke. Blinken left.")
    assert written(table) == ["Antony Blinken", "Blinken", "Blinken"]


def test_bare_surname_needs_a_full_or_titled_mention() -> None:
    table = table_of("Jordan said no. Washington agreed.")
    assert table.mentions == []


def test_institutions_after_the_are_not_people() -> None:
    table = table_of("The New York Times and the Associated Press reported it.")
    assert table.people == []


def test_two_people_sharing_a_surname_are_two_people() -> None:
    table = table_of("Joe Biden met his son Hunter Biden. Biden spoke first.")
    assert len(table.people_named("biden")) == 2
    bare = table.mentions[-1]
    assert table.person(bare) is None  # which Biden? the table does not guess


def test_a_titled_surname_goes_to_the_person_with_that_title() -> None:
    table = table_of("President Joe Biden and Hunter Biden arrived. President Biden spoke.")
    joe = table.person(table.mentions[0])
    assert joe is not None and table.person(table.mentions[-1]) is joe


def test_father_and_son_are_two_people() -> None:
    table = table_of("John Smith and John Smith Jr. run the farm.")
    assert len(table.people_named("smith")) == 2
    table = table_of("George H.W. Bush and George W. Bush spoke. George Bush left.")
    assert len(table.people_named("bush")) == 2
    assert table.person(table.mentions[-1]) is None


def test_a_couple_is_two_people() -> None:
    table = table_of("Mark and Mary Smith rebuilt the barn. Smith said it took a year.")
    assert len(table.people_named("smith")) == 2
    table = table_of("Mary Smith spoke. Mr. Smith and Mrs. Smith left together.")
    assert len(table.people_named("smith")) == 2


def test_spelling_variants_are_one_person() -> None:
    table = table_of("Anthony J. Blinken arrived. Antony Blinken spoke. Anthony Blinken left.")
    assert len(table.people) == 1


def test_spelling_variant() -> None:
    assert is_spelling_variant("Anthony", "Antony")
    assert is_spelling_variant("Michael", "Micheal")
    assert not is_spelling_variant("Mark", "Mary")  # another name
    assert not is_spelling_variant("Louis", "Louise")  # another name
    assert not is_spelling_variant("Jon", "John")  # too short to tell


def test_markdown_heading_is_a_headline() -> None:
    table = table_of("# Secretary Blinken Meets Abbas\n\nAntony Blinken met Abbas.\n", "a.md")
    assert [m.region for m in table.mentions] == ["headline", "body"]
    assert table.mentions[0].name.written == "Blinken"  # not "Blinken Meets"


def test_plain_first_line_is_a_headline() -> None:
    table = table_of("Blinken Meets Abbas in Ramallah\n\nAntony Blinken met Mahmoud Abbas.\n")
    assert table.mentions[0].region == "headline"
    table = table_of("Antony Blinken met Mahmoud Abbas on Monday.\n\nBlinken left.\n")
    assert table.mentions[0].region == "body"


def test_captions_by_credit_and_by_italics() -> None:
    text = "Headline\n\nAntony Blinken shakes hands (Pool photo via Jane Roe)\n\nBlinken left.\n"
    assert table_of(text).mentions[0].region == "caption"
    text = "# Headline\n\n*Antony Blinken shakes hands with Abbas*\n\nBlinken left.\n"
    assert table_of(text, "a.md").mentions[0].region == "caption"


def test_names_in_quotations_count_and_are_marked() -> None:
    table = table_of('"Antony Blinken is welcome," Ayman Safadi said. Blinken nodded.')
    assert [m.quoted for m in table.mentions] == [True, False, False]
    assert len(table.people_named("blinken")) == 1


def test_lone_titles_are_recorded() -> None:
    table = table_of("Antony Blinken met Abbas. The Secretary left. Mr. President, welcome.")
    lone = [(t.match.written, t.preceded_by, t.courtesy) for t in table.lone_titles]
    assert lone == [("Secretary", "the", False), ("President", "left", True)]


def test_mr_and_mrs_is_a_couple() -> None:
    table = table_of("John Smith spoke. Mr. and Mrs. Smith left. Mrs. Smith waved.")
    assert len(table.people_named("smith")) == 2


def test_curly_and_straight_apostrophes_are_one_surname() -> None:
    table = table_of("Conan O’Brien spoke. O'Brien left.")
    assert len(table.people) == 1 and len(table.people[0].mentions) == 2


def test_the_scan_opens_only_at_words_that_can_begin_a_title_or_a_name() -> None:
    starters = document_titles(load_document("a.txt", "x")).first_words
    for word in ("Blinken", "Sen", "Sen.", "de", "al-Sudani", "J", "Blinken's"):
        assert _can_open(word, starters), word
    for word in ("The", "But", "Jr", "said", "iv"):
        assert not _can_open(word, starters), word
    table = table_of("The envoy met Sen. Ted Cruz. But Cruz left. J. Smith met Charles de Gaulle.")
    assert [(m.name.written, len(m.titles)) for m in table.mentions] == [
        ("Ted Cruz", 1),
        ("Cruz", 0),
        ("J. Smith", 0),
        ("Charles de Gaulle", 0),
    ]
    later = table_of("She met Charles de Gaulle. Then de Gaulle left.")
    assert written(later) == ["Charles de Gaulle", "de Gaulle"]


def test_the_openers_table_stays_bounded_and_answers_as_the_test_itself(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan reads how a word opens a mention from a table filled on first sight;
    emptied when full, it must still answer as :func:`_opening` does."""
    from copylint.analysis.mentions import _opening, _WordTable

    monkeypatch.setattr(_WordTable, "LIMIT", 4)
    starters = frozenset({"president"})
    openers = _WordTable(lambda text: _opening(text, starters))
    words = ["Smith", "the", "president", "de", "And", "Blinken's", "al-Sudani", "said", "U.S."]
    for word in words * 2:
        assert openers[word] == _opening(word, starters), word
        assert len(openers) <= 4


#: Words of every shape the opening test tells apart: lowercase, capitalized, titles,
#: particles, suffixes, initials, numerals, possessives, joined particles, all capitals,
#: digits, inner capitals, letters of other scripts.
_SHAPES = (
    "said", "the", "president", "President", "Presidents", "Sen", "Sen.", "sen", "de", "De",
    "van", "Van", "al-Sudani", "Al-Sudani", "d'Ettorre", "Jr", "Jr.", "jr", "Sr", "II", "XVI",
    "Xvi", "Ii", "I", "J", "J.", "A", "a", "H.W.", "U.S.", "Blinken", "Blinken's", "Blinken’s",
    "O'Brien", "McDonald", "iPhone", "IBM", "NASA", "3M", "G7", "1990s", "But", "The", "And",
    "Mr", "Mr.", "Mrs", "Ms", "Dr", "Pope", "King", "Judge", "Dean", "Über", "Ørsted", "Đoàn",
    "ǅemal", "Ⅻ", "élan", "Łódź", "習近平", "Σωκράτης", "СССР"
)  # fmt: skip


def _reference_opening(text: str, starters: frozenset[str]) -> int:
    """How a word opens a mention, worked out the long way: whether it can open at all
    (:func:`_can_open`), whether a title begins with it, and whether it is a name word, a
    period after it or not, or no name word either way (a part of a name only)."""
    from copylint.analysis.mentions import _kind
    from copylint.tokens import Word

    if not _can_open(text, starters):
        return 0
    if Word(0, len(text), text).base.lower() in starters:
        return 1
    kinds = {_kind(text, False), _kind(text, True)}
    if kinds == {"name"}:
        return 2
    return 1 if "name" in kinds else 3


def test_the_opening_shortcuts_answer_as_the_long_way() -> None:
    """:func:`_opening` tells the commonest shapes ("said", "Blinken") at once; every word
    must still get the answer the long way gives."""
    from copylint.analysis.mentions import _opening

    starters = document_titles(load_document("a.txt", "x")).first_words
    for word in _SHAPES:
        assert _opening(word, starters) == _reference_opening(word, starters), word


def test_the_name_word_shortcut_answers_as_the_word_properties() -> None:
    """A capitalized word of letters, the rest lowercase, is a name word unless listed as no
    name: no letter is a digit, and a lowercase letter makes it no all-capitals word."""
    from copylint.analysis.mentions import _name_word
    from copylint.lexicon.names import name_parts
    from copylint.tokens import Word

    assert not any(chr(c).isalpha() and chr(c).isdigit() for c in range(0x110000))
    for text in _SHAPES:
        word = Word(0, len(text), text)
        if text.isalpha() and text[0].isupper() and text[1:].islower():
            plain = not word.is_all_caps and not word.has_digit
            assert _name_word(text) == (plain and text not in name_parts().not_names), text


def test_a_lone_name_word_reads_as_the_full_scan_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan takes a name word with no name part after it for a one-word name without
    reading on; with that shortcut off (every word taken for a part of a name, so that the
    scan reads on from each), every mention must come out the same."""
    from copylint.analysis import mentions

    text = (
        "Blinken met Sen. Ted Cruz and Mark and Mary Smith. Smith's aide, Jones, said Jones "
        "Jr. left. The Blinken report cited Ms. Okafor. Pope Francis and Blinken.\n\n"
        "# Blinken Visits Smith\n\nMartin Luther King, Jr. spoke; Procter & Gamble paid."
    )
    fast = mentions.find_mentions(load_document("a.md", text))
    monkeypatch.setattr(mentions, "_NAME_PARTS", collections.defaultdict(lambda: True))
    slow = mentions.find_mentions(load_document("a.md", text))
    assert fast == slow
    assert len([m for m in fast[0] if not m.name.full and not m.titles]) >= 6


def test_a_part_of_a_name_with_none_after_it_reads_as_the_full_scan_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The scan passes over a word that can only be a part of a name ("I", "A", "de") when
    no name part follows it; reading on from every such word, every mention and lone title
    must come out the same."""
    from copylint.analysis import mentions

    text = (
        "I met I. M. Pei and Ana de la Cruz. I said a van left; A. Smith and de Gaulle "
        "spoke. A plan, I think, and Henry VIII.\n\n# I Met Pei\n\n"
        "Luiz Inácio Lula da Silva and I agreed, de facto."
    )
    starters = document_titles(load_document("a.txt", "x")).first_words
    assert {mentions._opening(w, starters) for w in ("I", "A", "de")} == {mentions._PART}
    fast = mentions.find_mentions(load_document("a.md", text))
    monkeypatch.setattr(mentions._Scanner, "_goes_on", lambda self, j: j < len(self.tokens))
    slow = mentions.find_mentions(load_document("a.md", text))
    assert fast == slow
    assert {m.name.written for m in fast[0]} >= {"I. M. Pei", "Ana de la Cruz", "A. Smith"}


def test_hyphenated_title_words_are_split_as_a_word_by_word_reading_splits_them() -> None:
    """The scan finds the hyphenated words of a paragraph from its hyphens (a dash between
    words, a non-breaking hyphen, several in a row); it must split the very words a reading of
    every word splits."""
    from copylint.analysis.mentions import _Reading
    from copylint.lexicon.names import name_parts

    text = (
        "Ex-Gov. Ana Ruiz - a well-known lawyer - met then-Secretary Antony Blinken and "
        "President\u2011elect Lee, the secretary-designate; long-time aide-de-camp Jo Kim.\n\n"
        "A paragraph with no hyphen: Mayor-elect"
    )
    doc = load_document("a.txt", text)
    qualifiers = name_parts().qualifiers
    for block in doc.blocks:
        expected = []
        for word in doc.words_between(block.start, block.end):
            pieces = word.parts()
            split = len(pieces) == 2 and (
                pieces[0].lower in qualifiers or pieces[1].lower in ("elect", "designate")
            )
            expected.extend(pieces if split else [word])
        tokens, codes = _Reading(doc).block(block.start, block.end)
        assert tokens == expected
        assert codes == _Reading(load_document("b.txt", " ".join(t.text for t in tokens))).codes
    assert [t.text for t in _Reading(doc).block(0, len(text))[0]].count("elect") == 2
    mentions = table_of(text).mentions
    assert [(m.name.written, m.qualified) for m in mentions][:2] == [
        ("Ana Ruiz", True),
        ("Antony Blinken", True),
    ]


def test_strays_are_in_the_order_of_the_prose() -> None:
    """The strays are sorted only when a partner word joins them ("Euler and Colin
    Maclaurin"); the others come in the order of the prose, as the mentions do."""
    text = (
        "Maurer spoke. Tom Mauer replied. Euler and Colin Maclaurin met Maurer. Ford said "
        "Grant and Lee left. Von der Leyen said Ursula von der Leyen spoke. Okafor agreed."
    )
    for body in (text, text.replace("Euler and ", "")):
        strays = table_of(body).strays
        assert len(strays) >= 4
        assert strays == sorted(strays, key=lambda m: m.start)


def test_quoted_mentions_are_the_mentions_inside_a_quotation() -> None:
    """The scan asks whether a name is quoted only in a paragraph a quotation reaches into;
    every mention and lone title must still say what the document's quotations say."""
    from copylint.analysis.mentions import find_mentions

    text = (
        'Ana Ruiz spoke first. "Ruiz will win," said Sen. Ted Cruz, "and Mr. Kim \'Lee\' '
        'knows."\n\nKim agreed with Ruiz.\n\n"The senator and Cruz both said so.\n\n'
        '"Ruiz said it too," the aide said. Kim left.\n\nNo quotation names Lee here.'
    )
    doc = load_document("a.md", text)
    mentions, lone_titles = find_mentions(doc)
    assert {m.quoted for m in mentions} == {True, False}
    for mention in mentions:
        assert mention.quoted == doc.in_quotation(mention.name.start), mention.name
    for lone in lone_titles:
        assert lone.quoted == doc.in_quotation(lone.match.start), lone.match


def test_mentions_come_in_the_order_of_the_prose_with_no_sort() -> None:
    """Each paragraph's mentions are read in order, an implied one put in its place and the
    headline's read last but listed first: the list must be the sorted one."""
    from copylint.analysis.mentions import find_mentions

    text = (
        "# Mark and Mary Smith Visit Ruiz\n\n"
        "Mark and Mary Smith met Ana Ruiz. Mr. and Mrs. Kim came, and Tom & Jerry Lee.\n\n"
        "Ruiz thanked Smith. Kim and Lee left; Sue and Bo Park stayed."
    )
    mentions, _ = find_mentions(load_document("a.md", text))
    assert mentions == sorted(mentions, key=lambda m: (m.start, m.implied))
    assert sum(m.implied for m in mentions) >= 3
    assert mentions[0].region == "headline"


def test_the_scan_builds_whole_names_and_mentions() -> None:
    """The scan builds its commonest names and mentions with ``tuple.__new__``, field by field:
    each must have every field and equal the same tuple built the ordinary way."""
    from copylint.analysis.mentions import Mention, find_mentions
    from copylint.lexicon.names import Name

    text = "Ann Lee met Blinken's aide. Blinken, the Rev. Al Roe and Roe spoke.\n\n# Lee Wins"
    found, _ = find_mentions(load_document("a.md", text))
    assert len(found) >= 4
    for mention in found:
        assert len(mention) == len(Mention._fields)
        assert len(mention.name) == len(Name._fields)
        assert mention == Mention(*mention) and mention.name == Name(*mention.name)


@pytest.mark.parametrize(
    "word",
    ["then-Secretary", "former-Gov.", "President-elect", "Minister‑designate", "well-known",
     "then-Sen-elect", "Then-President", "re-elect", "Blinken", "x-", "-elect", "self‑made"],
)  # fmt: skip
def test_a_hyphenated_word_splits_off_a_title_as_its_parts_say(word: str) -> None:
    """The scan tells from a word's text whether it splits into a qualifier and a title (or
    a title and "elect"), without building its parts: the same answer the parts give."""
    from copylint.analysis.mentions import _splits_off_title
    from copylint.lexicon.names import name_parts
    from copylint.tokens import Word

    pieces = Word(0, len(word), word).parts()
    expected = len(pieces) == 2 and (
        pieces[0].lower in name_parts().qualifiers or pieces[1].lower in ("elect", "designate")
    )
    assert _splits_off_title(word) == expected


@pytest.mark.parametrize(
    ("text", "confirmed"),
    [
        ("Tom Maurer said the plan would work.", True),  # a verb of speech
        ("Tom Maurer, 61, ran the plant.", True),  # an age
        ("Gov. Tom Maurer ran the plant.", True),  # a title
        ("Tom Maurer ran the plant.", False),  # no evidence: a firm may be named so
    ],
)
def test_confirmed_is_read_on_need_from_the_article(text: str, confirmed: bool) -> None:
    (person,) = table_of(text).people
    assert "confirmed" not in vars(person)  # not worked out until a rule asks
    assert person.confirmed is confirmed
