"""The stages after the parse made cheaper with the same output (issue #9 speed53): a case-blind
search is asked only where the lower-cased text has its word, a flat alternation of words is
the same pattern written as a trie, the actor book cuts country pairs looking only at the
hyphenated tokens, and the store's tuple test is the generator's."""

from __future__ import annotations

import re
import sys
from string import ascii_lowercase

from redline.actors.book import PAIR_PART_RE, TOKEN_RE, _country_pairs_split, normalise_token
from redline.nlp.literals import FOLD_UNSAFE, literal_trie, lowered, may_contain


def _every_character() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def test_fold_unsafe_is_every_character_lowering_cannot_stand_for():
    """Outside FOLD_UNSAFE every character lower-cases to one character, and re.I matches a
    character with an ASCII letter only when its lower case is that letter."""
    every = _every_character()
    longer = {c for c in every if len(c.lower()) != 1}
    assert longer <= set(FOLD_UNSAFE)
    for letter in ascii_lowercase:
        for found in re.finditer(letter, every, re.I):
            c = found.group()
            assert c.lower() == letter or c in FOLD_UNSAFE, (letter, hex(ord(c)))


MEASURES = re.compile(r"(?i)\b(?:bans?|restrictions?|proclamations?|sanctions?|embargo)")
STEMS = ("ban", "restriction", "proclamation", "sanction", "embargo")

SENTENCES = (
    "The European Union extended its SANCTIONS on Moscow for six more months.",
    "Washington lifted the Embargo on arms sales to Hanoi on Monday.",
    "The minister said the plan would go ahead despite the protests.",
    "Critics called the travel Ban a cruel and unworkable policy.",
    "The mayor's proclamation closed every bar in the city centre.",
    "The urban planners met in Albany to discuss housing.",  # "ban" inside a word
    "Officials in İstanbul said the BAN would stay.",  # a dotted capital I: the search decides
    "The ſanctions were read out in the old spelling.",  # a long s: re.I takes it for "s"
    "An \u212aelvin-sign text with no measure in it.",
)


def test_may_contain_never_hides_what_the_search_finds():
    """A search asked only when may_contain says so finds what the search alone finds, over the
    whole text and over every sentence's offsets in it."""
    text = " ".join(SENTENCES)
    start = 0
    for sentence in SENTENCES:
        end = start + len(sentence)
        found = MEASURES.search(text, start, end)
        gated = may_contain(text, STEMS, start, end) and MEASURES.search(text, start, end)
        assert bool(found) == bool(gated), sentence
        if found:
            assert gated.span() == found.span()
        start = end + 1
    for sentence in SENTENCES:
        assert bool(may_contain(sentence, STEMS) and MEASURES.search(sentence)) == bool(
            MEASURES.search(sentence)
        ), sentence
    assert not may_contain("The minister said the plan would go ahead.", STEMS)


def test_lowered_keeps_offsets_and_gives_way_to_unsafe_characters():
    text = "The Senate passed the SANCTIONS bill."
    low = lowered(text)
    assert low == text.lower() and len(low) == len(text)
    assert lowered(text) is low  # one per text
    for c in FOLD_UNSAFE:
        assert lowered(f"İt was {c}.") is None
    assert lowered("Straße, ΣΟΦΟΣ") == "straße, σοφος"


TITLES = (
    "minister",
    "prime minister",
    "minister of state",
    "foreign minister",
    "president",
    "vice president",
    "premier",
    "mayor",
    "major general",
    "chancellor",
    "chancellor of the exchequer",
)

ROLE_TEXT = (
    "The Prime Minister said on Monday that the minister of state for Europe would travel to "
    "Brussels. The Foreign Minister's deputy disagreed. The Chancellor of the Exchequer and "
    "the chancellor's aides met the Mayor. The vice president and The Vice-President spoke; "
    "the President Joe Biden arrived, the Major General did not, and the premiership passed "
    "to the Premier, the ministers' man and the prime ministerial aide."
)


def _flat(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def test_literal_trie_matches_what_the_flat_alternation_matches():
    """Every match, its span and its groups, with and without re.I, in a pattern shaped as the
    graph's office-title pattern."""
    shape = r"\b[Tt]he\s+(?:(?P<adj>[A-Z][a-z]+)\s+)?(?P<title>{})\b(?!['’]s\s)"
    texts = [ROLE_TEXT, ROLE_TEXT.lower(), ROLE_TEXT.upper(), ROLE_TEXT.replace(" ", "  ")]
    for flags in (0, re.I):
        flat = re.compile(shape.format(_flat(TITLES)), flags)
        trie = re.compile(shape.format(literal_trie(TITLES)), flags)
        for text in texts:
            want = [(m.span(), m.groupdict()) for m in flat.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in trie.finditer(text)] == want
            assert want or text is not texts[0]
    assert literal_trie(("premier", "president", "prime minister")) == (
        r"pr(?:e(?:mier|sident)|ime\ minister)"
    )


def test_literal_trie_every_prefix_and_extension():
    """Each title, each of its prefixes and each title run on into a word: the trie and the flat
    alternation agree on every one, as a whole and at the start."""
    flat = re.compile(f"(?:{_flat(TITLES)})", re.I)
    trie = re.compile(f"(?:{literal_trie(TITLES)})", re.I)
    tries = {t[:k] for t in TITLES for k in range(len(t) + 1)}
    tries |= {t + tail for t in TITLES for tail in ("", "s", " of", "ial", " x")}
    for text in sorted(tries):
        for probe in (text, text.upper(), text.title()):
            a, b = flat.fullmatch(probe), trie.fullmatch(probe)
            assert (a and a.span()) == (b and b.span()), probe
            a, b = flat.match(probe), trie.match(probe)
            assert (a and a.span()) == (b and b.span()), probe


def _old_country_pairs_split(text: str, tokens: list, index: dict) -> list:
    """The walk over every token the actor book made before (70116472)."""
    out = []
    for token in tokens:
        raw = token.group()
        if "-" not in raw:
            out.append(token)
            continue
        parts = list(PAIR_PART_RE.finditer(text, token.start(), token.end()))
        if (
            len(parts) > 1
            and (normalise_token(raw),) not in index
            and all(part.group()[:1].isupper() for part in parts)
            and any(
                entry.kind == "country"
                for part in parts
                for entry, _ in index.get((normalise_token(part.group()),), ())
            )
        ):
            out.extend(parts)
        else:
            out.append(token)
    return out


def test_country_pairs_cut_as_the_walk_over_every_token_cut_them():
    from redline.actors.book import load_actors

    index = load_actors().index
    for text in (
        "Japan-U.S. talks and the Russia-Ukraine war near the India-Pakistan border.",
        "Saudi-led strikes, pro-Russian rebels and Al-Qaeda fighters; U.S.-China trade.",
        "A well-known long-term plan, with no country in it at all.",
        "No hyphen here.",
        "",
    ):
        tokens = list(TOKEN_RE.finditer(text))
        raws = [t.group() for t in tokens]
        got, got_raws = _country_pairs_split(text, tokens, raws, index)
        want = _old_country_pairs_split(text, tokens, index)
        assert [m.span() for m in got] == [m.span() for m in want], text
        assert got_raws == [m.group() for m in want]
        if [m.span() for m in want] == [m.span() for m in tokens]:
            assert got is tokens and got_raws is raws  # nothing cut: the very lists


def test_store_columns_turn_tuples_into_lists_as_before():
    from redline.model import Document, Event
    from redline.store.rows import annotation_rows, annotation_table_columns

    doc = Document(id="d1", source="s", text="Russia attacked. Ukraine replied.")
    doc.events = [
        Event(0, 16, "Russia attacked.", "190", "19", "fight", quantity_ids=(0, 2)),
        Event(17, 33, "Ukraine replied.", "010", "01", "statement"),
    ]
    columns = annotation_table_columns("events", [doc])
    rows = list(annotation_rows("events", doc))
    assert [list(r) for r in zip(*columns.values(), strict=True)] == [list(r) for r in rows]
    assert columns["quantity_ids"] == [[0, 2], []]


def test_kin_words_are_the_words_of_kin():
    """The trie the kin search runs in the lower-cased text holds KIN's words, no more."""
    from redline.actors.graph import KIN, KIN_LOWER, KIN_WORDS

    inner = KIN.pattern[len(r"\b(?:") : -len(r")\b")]
    words = set()
    for alternative in inner.split("|"):
        if alternative.endswith("s?"):
            words |= {alternative[:-2], alternative[:-1]}
        else:
            words.add(alternative)
    assert words == set(KIN_WORDS)
    for word in KIN_WORDS:
        for text in (f"his {word} said", f"{word}s", f"a {word}hood", f"x{word}"):
            assert bool(KIN_LOWER.search(text)) == bool(KIN.search(text)), text


def test_kept_string_keys_answer_as_made_anew():
    """as_date of a string, the organisation key and the possessive cut are kept per string:
    asked again they answer as the first time (and a bad date raises each time)."""
    import datetime

    import pytest

    from redline.actors.book import as_date
    from redline.enrich.names import _org_key, _strip_possessive
    from redline.errors import RedlineError

    for _ in range(2):
        assert as_date("2020") == "2020-01-01"
        assert as_date("2020-03") == "2020-03-01"
        assert as_date(" 2020-03-04T10:00") == "2020-03-04"
        assert as_date("") is None and as_date(None) is None
        assert as_date(datetime.date(2020, 1, 2)) == "2020-01-02" and as_date(2019) == "2019-01-01"
        with pytest.raises(RedlineError):
            as_date("soon")
        assert _org_key("the World Bank's") == "World Bank"
        assert _org_key("The Fed’s") == "Fed" and _strip_possessive(" NATO's ") == "NATO"


def test_may_contain_reads_each_text_once_and_stays_exact_across_texts():
    first = "The council lifted the ban on Monday. Nothing else happened."
    second = "An embargo was imposed. The talks went on."
    for text in (first, second, first):
        for start in range(0, len(text), 7):
            end = min(len(text), start + 30)
            assert may_contain(text, STEMS, start, end) == any(
                w in text[start:end].lower() for w in STEMS
            ), (text, start, end)


TITLED_PHRASES = (
    "Republican Gov. Mary Fallin", "Governor Jordan Hale", "Lt. Gov. Dan Patrick", "Mayor Bill Lee",
    "Senator Amy Holt", "Sen. Amy Holt", "Rep. Steve Kane", "Representatives of the state",
    "Congresswoman Maxine Doe", "House Speaker Nancy Roe", "the Speaker of the House",
    "Democrats", "a Republican", "the GOP", "the Congressional Black Caucus",
    "special counsel Robert Mull", "A federal grand jury", "prosecutors", "Attorney General Bill",
    "the Inspector General", "the House Ethics Committee", "the Senate Armed Services panel",
    "House Majority Whip Steve Scal", "the Chief Whip", "Homeland Security Secretary Elaine Duke",
    "Secretary of Health and Human Services Tom Price", "Secretary Tom Price",
    "a local farmer", "the company's chief executive", "Mr Brown",
)  # fmt: skip


def test_title_words_hold_every_title_the_sector_patterns_find():
    """Each TITLE_SECTORS pattern finds a title only where one of TITLE_WORDS is: the gate in
    ActorResolver.titled skips only phrases none of them would match."""
    from redline.events.arguments import TITLE_SECTORS, TITLE_WORDS

    found = 0
    for phrase in TITLED_PHRASES:
        for pattern, _ in TITLE_SECTORS:
            for hit in pattern.finditer(phrase):
                found += 1
                assert any(w in hit.group(0) for w in TITLE_WORDS), (phrase, hit.group(0))
        if not any(w in phrase for w in TITLE_WORDS):
            assert not any(p.search(phrase) for p, _ in TITLE_SECTORS), phrase
    assert found >= 25


POLITICS_TEXTS = (
    "MPs voted on Tuesday as Downing Street briefed the lobby.",
    "The Tories and the Lib Dems met in Westminster; Whitehall said nothing.",
    "A spokesman for No 10 and No. 10 said the Commons would sit.",
    "The shadow home secretary spoke to the select committee before the by-election.",
    "Backbenchers and frontbench MPs in the House of Lords and Liberal Democrats.",
    "The senators met in Washington to discuss the budget.",
    "Ten of the 10 players were from Toronto.",
)


def test_politics_needs_hold_every_word_the_politics_pattern_finds():
    from redline.events.arguments import POLITICS_NEEDS, POLITICS_WORDS

    for country, pattern in POLITICS_WORDS.items():
        needs = POLITICS_NEEDS[country]
        for text in POLITICS_TEXTS:
            for hit in pattern.finditer(text):
                assert any(all(w in hit.group(0) for w in need) for need in needs), hit.group(0)
            if not any(all(w in text for w in need) for need in needs):
                assert pattern.search(text) is None, text
