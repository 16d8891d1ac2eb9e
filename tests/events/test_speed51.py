"""The stages made cheaper with the same output (issue #9/#10 speed51): the sense rules read by
lemma give the rules the full scan gives, the parse's sentences and text are read once per
parse, the kin search without re.I finds what the case-blind one finds, and two documents coded
one after the other come out as each coded alone."""

from __future__ import annotations

import json
import re
import sys

import pytest

TEXT = (
    "Chinese Foreign Minister Wang Yi met his Australian counterpart in Beijing on Monday and "
    "said the two sides had agreed to resume trade talks. "
    "“We will not be bullied,” Wang told reporters after the meeting. "
    "The senator's wife, Mary Holt, said her husband would not attack the governor again. "
    "Critics accused the ministry of blocking an inquiry into the contracts, and the army "
    "denied that its troops had fired on protesters in the capital."
)

OTHER = (
    "Kenya recalled its ambassador to Somalia on Thursday after Mogadishu accused Nairobi of "
    "meddling in its elections. The African Union called on both countries to show restraint. "
    "Officials in Nairobi said they hoped the dispute would be settled."
)


@pytest.fixture(scope="module")
def parsed(nlp):
    return nlp(TEXT)


@pytest.fixture(scope="module")
def other(nlp):
    return nlp(OTHER)


def test_sense_rules_by_lemma_are_the_full_scans_rules():
    from redline.events.senses import load_senses, senses_by_lemma

    rules = load_senses()
    lemmas = {w for rule in rules for w in rule.lemmas} | {"say", "xyzzy", "", "Attack"}
    assert len(lemmas) > 20
    index = senses_by_lemma()
    for lemma in lemmas:
        assert index.get(lemma, ()) == tuple(r for r in rules if lemma in r.lemmas), lemma


def test_sense_index_is_made_again_with_the_rules():
    from redline.events.senses import load_senses, senses_by_lemma

    first = senses_by_lemma()
    assert senses_by_lemma() is first  # kept while the rules are the same tuple
    load_senses.cache_clear()  # the rules read again: a new tuple, a new index
    again = senses_by_lemma()
    assert again is not first
    assert again == first


def test_check_sense_answers_as_every_rule_tried_in_turn():
    """The old loop (every rule, the lemma and the code tested on each) against check_sense, for
    each rule's lemmas and codes with a few contexts."""
    from redline.events import senses
    from redline.events.senses import SenseObject, check_sense, load_senses

    def full_scan_rules(lemma: str, code: str) -> list:
        return [r for r in load_senses() if lemma in r.lemmas and code in r.codes]

    objects = [
        SenseObject(),
        SenseObject(
            sentence="troops attacked the convoy near the border", roles=frozenset({"MIL"})
        ),
        SenseObject(sentence="the minister came under fire from critics", governed=True),
    ]
    seen = 0
    for rule in load_senses():
        for lemma in sorted(rule.lemmas)[:2]:
            for code in sorted(rule.codes)[:2]:
                indexed = [r for r in senses.senses_by_lemma().get(lemma, ()) if code in r.codes]
                assert indexed == full_scan_rules(lemma, code)
                for obj in objects:
                    for subject in (None, "the police", "the army"):
                        for resolved in (True, False):
                            check_sense(lemma, code, subject, resolved, frozenset({"for"}), obj)
                            seen += 1
    assert seen > 100


def test_parse_text_slice_is_each_sentences_text(parsed, other):
    """``_sense_context`` reads the sentence from the parse's text: the same characters."""
    from redline.nlp.parse import parse_text

    for doc in (parsed, other, parsed):
        for sent in doc.sents:
            assert parse_text(doc)[sent.start_char : sent.end_char] == sent.text


def test_kin_without_re_i_finds_what_the_case_blind_search_finds():
    """Every code point, before, inside and after a kin word, and alone after one: the lower-
    cased search without re.I answers as KIN with re.I."""
    from redline.actors.graph import KIN, speaks_of_kin

    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        for text in (f"his {c}wife", f"Son{c}", f"{c}on", f"bro{c}her"):
            assert speaks_of_kin(text) == (KIN.search(text) is not None), (hex(code), text)
    for text in (
        "Melania Trump, the President's Wife, said",
        "the FIRST LADY visited",
        "his son-in-law Jared Kushner",
        "Sonsonate province",
        "the granddaughters of the founder",
        "no kin here",
        "the widower’s lawyer",
        "İstanbul SON",
        "ſon of the mayor",
    ):
        assert speaks_of_kin(text) == (KIN.search(text) is not None), text


def test_kin_fold_set_is_every_character_re_i_folds_otherwise():
    """The characters the lower-cased search cannot take: re.I folds them onto a letter of the
    pattern other than by lower-casing, or lower-casing changes their length or word-ness."""
    from redline.actors.graph import KIN, KIN_FOLD_UNSAFE

    letters = "".join(sorted({c for c in re.sub(r"\\b", "", KIN.pattern) if c.isalpha()}))
    some_letter = re.compile(f"[{letters}]", re.I)
    word = re.compile(r"\w")
    unsafe = set()
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        lower = c.lower()
        folded = len(lower) != 1 or bool(word.match(c)) != bool(word.match(lower))
        if some_letter.fullmatch(c):
            folded = folded or any(bool(re.fullmatch(x, c, re.I)) != (lower == x) for x in letters)
        else:
            folded = folded or lower in letters
        if folded:
            unsafe.add(c)
    assert unsafe <= {c for c in map(chr, (0x130, 0x131, 0x17F, 0x212A))}
    assert all(KIN_FOLD_UNSAFE.search(c) for c in unsafe)


def test_two_documents_coded_in_one_process_as_each_alone(code_all):
    """The parse's sentence list and text are the parse's own, the sense index the rules':
    coding one document after another gives each what coding it alone gives."""
    from redline.nlp.parse import forget_parse

    def dump(doc) -> str:
        return json.dumps(doc.to_dict(), sort_keys=True, default=str)

    forget_parse()
    alone_first = dump(code_all(TEXT))
    forget_parse()
    alone_other = dump(code_all(OTHER))
    forget_parse()
    assert dump(code_all(TEXT)) == alone_first
    assert dump(code_all(OTHER)) == alone_other  # right after the first, nothing forgotten
    assert dump(code_all(TEXT)) == alone_first
    assert '"events": []' not in alone_first  # the text codes events: the check has teeth


def test_sentence_spans_are_each_parses_sentences(parsed, other):
    from redline.nlp.parse import forget_parse, sentence_spans

    for doc in (parsed, other, parsed):
        spans = sentence_spans(doc)
        assert [(s.start, s.end) for s in spans] == [(s.start, s.end) for s in doc.sents]
        assert all(s.doc is doc for s in spans)
        assert sentence_spans(doc) is spans  # kept while the parse is the same
    forget_parse()
    assert [s.text for s in sentence_spans(other)] == [s.text for s in other.sents]


def test_sentence_of_is_spacys_token_sent(parsed, other):
    from redline.nlp.parse import forget_parse, sentence_of

    for doc in (parsed, other, parsed):  # a parse after another is read afresh
        assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [
            (t.sent.start, t.sent.end) for t in doc
        ]
        assert all(sentence_of(t).doc is doc for t in doc)
    forget_parse()
    assert [sentence_of(t).text for t in other] == [t.sent.text for t in other]


def test_sentence_of_with_unset_and_denied_starts(nlp):
    """A hand-built Doc whose boundaries are partly unset (None) and partly denied (False):
    only a token marked as a start opens a sentence, as in spaCy's own walk; a copy of part of
    it (``as_doc``) is read as its own parse."""
    from spacy.tokens import Doc

    from redline.nlp.parse import sentence_of

    words = ["Iran", "said", "it", "would", "talk", ".", "Israel", "struck", "a", "depot", ";"]
    words += ["Syria", "denied", "it"]
    starts = [True, False, None, None, False, None, True, None, False, None, None, True, None, None]
    doc = Doc(nlp.vocab, words=words, sent_starts=starts)
    assert [(sentence_of(t).start, sentence_of(t).end) for t in doc] == [
        (t.sent.start, t.sent.end) for t in doc
    ]
    part = doc[4:12].as_doc()
    assert [(sentence_of(t).start, sentence_of(t).end) for t in part] == [
        (t.sent.start, t.sent.end) for t in part
    ]


def test_sentence_of_leaves_an_unsplit_doc_to_spacy(nlp):
    from spacy.tokens import Doc

    from redline.nlp.parse import sentence_of

    doc = Doc(nlp.vocab, words=["Talks", "resumed", "today"])
    with pytest.raises(ValueError):
        sentence_of(doc[1])  # spaCy's own error (E030), as with Token.sent
