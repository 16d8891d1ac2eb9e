"""The event coder made cheaper with the same output (issue #9 speed55): each shortcut gives
what the walk it replaces gives (the old walks are kept here), on sentences of our own, and
two documents coded one after the other come out as each coded alone."""

from __future__ import annotations

import dataclasses
import json

import pytest

TEXT = (
    "The two sides agreed to resume trade talks on Monday, and Japan pledged to lift its "
    "export curbs on the chips. "
    "“We did not do anything wrong,” the minister said, adding that it was time for Seoul to "
    "drop its complaint. "
    "Critics said North Korea's reckless, dangerous behaviour threatened the region, and the "
    "senator called the plan a disgrace. "
    "The president urged Congress to pass the bill and threatened to veto any delay, while "
    "Germany and France discussed sanctions. "
    "Officials are considering expelling the diplomats, leaving the embassy empty."
)

OTHER = (
    "Kenya recalled its ambassador to Somalia on Thursday after Mogadishu accused Nairobi of "
    "meddling in its elections. The African Union called on both countries to show restraint, "
    "and Ethiopia offered to mediate. Officials in Nairobi said they hoped the dispute would be "
    "settled, but did not agree to talks."
)


@pytest.fixture(scope="module")
def parses(nlp):
    from redline.events.coder import mend_lemmas

    out = []
    for text in (TEXT, OTHER):
        parsed = nlp(text)
        mend_lemmas(parsed)
        out.append(parsed)
    return out


@pytest.fixture(scope="module")
def lexicon():
    from redline.events.lexicon import load_lexicon

    return load_lexicon()


def _sentences(parses):
    from redline.nlp.parse import sentence_spans

    return [sent for parsed in parses for sent in sentence_spans(parsed)]


def test_specificity_is_counted_from_the_frame(lexicon):
    """The count kept when an entry is made is the count of its frame's parts, also for an
    entry made by ``dataclasses.replace``; it takes no part in equality or the printed form."""
    for entry in lexicon.entries:
        expected = (
            bool(entry.particles)
            + 2 * bool(entry.objects)
            + bool(entry.preps)
            + 2 * bool(entry.xcomp)
            + bool(entry.clause)
        )
        assert entry.specificity == expected
    entry = next(e for e in lexicon.entries if e.xcomp)
    bare = dataclasses.replace(entry, xcomp=(), clause=())
    assert bare.specificity == entry.specificity - 2 - bool(entry.clause)
    assert dataclasses.replace(entry) == entry and hash(dataclasses.replace(entry)) == hash(entry)
    assert "_specificity" not in repr(entry)


def _old_trigger_tokens(sent, lexicon):
    from redline.events.coding.guards import _content_tokens, _may_trigger

    return [t for t in _content_tokens(sent) if _may_trigger(t.lemma_.lower(), t.lower_, lexicon)]


def test_trigger_tokens_are_the_walks(parses, lexicon):
    """The tokens picked from the parse's columns are those the walk over the content tokens
    kept, in order, for both parses read in turn."""
    from redline.events.coding.guards import _trigger_tokens

    for _ in range(2):
        for sent in _sentences(parses):
            got = [t.i for t in _trigger_tokens(sent, lexicon)]
            assert got == [t.i for t in _old_trigger_tokens(sent, lexicon)]
    assert any(_trigger_tokens(s, lexicon) for s in _sentences(parses))


def test_trigger_positions_follow_a_new_memo_of_answers(parses, lexicon):
    """Positions decided with one memo of answers are not read with another (a lexicon read
    again): they are made again."""
    from redline.events.coding import guards

    sent = _sentences(parses)[0]
    first = [t.i for t in guards._trigger_tokens(sent, lexicon)]
    guards._TRIGGER_WORDS[:] = [None, -1, None, -1, {}]
    assert [t.i for t in guards._trigger_tokens(sent, lexicon)] == first
    memo = guards._parse_memo(sent)
    assert memo[("trigger positions", -1)][0] is guards._TRIGGER_WORDS[4]


def test_rescue_lemmas_are_the_sentence_tokens(parses):
    """The gate's lemmas are those of the sentence's tokens it reads; the fixed answers kept
    across parses answer as the test does."""
    from redline.events.coding import clauses, rescues

    for _ in range(2):
        for sent in _sentences(parses):
            want = {t.lemma_.lower() for t in sent} & rescues.RESCUE_LEMMAS
            assert rescues._rescue_lemmas(sent) == want
            has_time = any(t.lower_ == "time" for t in sent)
            assert (
                clauses._sentence_has(
                    sent, "rescue: the form time", "LOWER", rescues._is_time, fixed=True
                )
                == has_time
            )
    # (kept by string id for every parse of the process: the ids of this parse's strings here)
    answers = clauses._FIXED_ANSWERS["rescue lemmas"][1]
    strings = parses[0].vocab.strings
    mine = {k: v for k, v in answers.items() if k in strings}
    assert mine and all(v == rescues._rescue_lemma(strings[k]) for k, v in mine.items())


class _Everything(frozenset):
    """A set that holds every word: the gates never close."""

    def __contains__(self, word) -> bool:
        return True

    def isdisjoint(self, other) -> bool:
        return False


def _found(matches):
    return [(m.entry.code, m.entry.origin, m.trigger.i, m.holder.i) for m in matches]


def test_gated_finders_find_what_the_ungated_walks_find(parses, monkeypatch):
    """Each finder gated on the sentence's content words finds, on every sentence, what it
    finds with the gate always open; and the sentences hold what the finders look for."""
    from redline.events.coding import rescues

    finders = [
        rescues._unmatched_time_for,
        rescues._unmatched_own_denials,
        rescues._unmatched_agreements,
        rescues._unmatched_commitments,
    ]
    sents = _sentences(parses)
    gated = {
        (f.__name__, k, deferred): _found(
            f(s, [], set(), deferred=deferred) if deferred else f(s, [], set())
        )
        for f in finders
        for k, s in enumerate(sents)
        for deferred in ((False, True) if f is rescues._unmatched_commitments else (False,))
    }
    monkeypatch.setattr(rescues, "_rescue_lemmas", lambda sent: _Everything())
    monkeypatch.setattr(rescues, "_sentence_has", lambda *a, **k: True)
    ungated = {
        (f.__name__, k, deferred): _found(
            f(s, [], set(), deferred=deferred) if deferred else f(s, [], set())
        )
        for f in finders
        for k, s in enumerate(sents)
        for deferred in ((False, True) if f is rescues._unmatched_commitments else (False,))
    }
    assert gated == ungated
    for name in ("_unmatched_time_for", "_unmatched_own_denials", "_unmatched_agreements"):
        assert any(v for (n, _, _), v in gated.items() if n == name), name
    assert any(v for (n, _, d), v in gated.items() if n == "_unmatched_commitments" and not d)


def _old_xcomp_found(trigger, entry):
    """match_entry's complement search before speed55, per entry."""
    from redline.events.arguments import has_to_infinitive
    from redline.events.coding.clauses import _complements
    from redline.events.coding.frames import (
        ASPECT_VERBS,
        CALL_NOUNS,
        _call_parts,
        _result_adjectives,
        _xcomp_matches,
    )

    complements = _complements(trigger)
    if entry.pos == "noun" and trigger.lemma_.lower() in CALL_NOUNS:
        complements += [c for c in _call_parts(trigger) if c.dep_ != "prep"]
    complements += [
        g
        for c in complements
        if c.dep_ == "xcomp" and c.lemma_.lower() in ASPECT_VERBS
        for g in c.children
        if g.dep_ == "xcomp" and g.pos_ in ("VERB", "AUX")
    ]
    complements += [
        g
        for c in complements
        if c.dep_ == "xcomp" and has_to_infinitive(c)
        for g in c.children
        if g.dep_ == "conj" and g.pos_ == "VERB"
    ]
    found = [c for c in complements if _xcomp_matches(c, entry.xcomp)]
    found += [c for c in _result_adjectives(trigger) if _xcomp_matches(c, entry.xcomp)]
    return [c.i for c in found]


def test_complement_candidates_give_each_entry_the_old_search(parses, lexicon):
    """For every token and every entry with a complement, the candidates worked out once per
    token give the entry the complements the old search gave it, and match_entry answers the
    same whichever entry asked first."""
    from redline.events.coding.frames import _xcomp_candidates, _xcomp_matches, match_entry

    entries = [e for e in lexicon.entries if e.xcomp]
    nouns = [e for e in entries if e.pos == "noun"][:40]
    verbs = [e for e in entries if e.pos == "verb"][:120]
    seen = 0
    for parsed in parses:
        for tok in parsed:
            for entry in nouns + verbs:
                complements, adjectives = _xcomp_candidates(tok, entry.pos == "noun")
                got = [c.i for c in complements if _xcomp_matches(c, entry.xcomp)]
                got += [c.i for c in adjectives if _xcomp_matches(c, entry.xcomp)]
                assert got == _old_xcomp_found(tok, entry)
                seen += bool(got)
    assert seen > 5
    urged = next(t for t in parses[0] if t.lower_ == "urged")
    first = [match_entry(urged, e) for e in verbs]
    again = [match_entry(urged, e) for e in reversed(verbs)][::-1]
    assert [m and (m.entry, m.holder.i) for m in first] == [
        m and (m.entry, m.holder.i) for m in again
    ]


def _old_owned_act(noun, table):
    from redline.events.evaluative import NAMING_VERBS, _owner, find_phrase

    if noun.pos_ != "NOUN" or noun.dep_ in ("attr", "acomp", "oprd"):
        return None
    if noun.head.lemma_.lower() in NAMING_VERBS:
        return None
    mods = [c for c in noun.children if c.dep_ == "amod" and c.i < noun.i]
    if not mods:
        return None
    tokens = [t for m in mods for t in m.subtree]
    found = find_phrase(tokens, table, headed=False)
    ends = {m.i for m in mods} | {c.i for m in mods for c in m.conjuncts}
    if found is None or found[3].i not in ends:
        return None
    if found[0].code[:2] == "05" or (found[0].otherwise and noun.lemma_.lower() in table.claims):
        return None
    if noun.lemma_.lower() in table.claims:
        return noun, found
    owner = _owner(noun)
    return (owner, found) if owner is not None else None


def test_owned_act_asks_the_owner_first_and_answers_the_same(nlp):
    from redline.events.evaluative import _owned_act, load_evaluations

    table = load_evaluations()
    parsed = nlp(
        "He condemned North Korea's reckless, dangerous behaviour and the provocative actions "
        "of the regime. She rejected the false claims and the hurtful allegations about her "
        "aides. Reckless spending and dangerous roads worried the voters."
    )

    def key(answer):
        return answer and (answer[0].i, answer[1][1], answer[1][2].i, answer[1][3].i)

    answers = []
    for tok in parsed:
        got, old = _owned_act(tok, table), _old_owned_act(tok, table)
        assert key(got) == key(old), tok.text
        answers.append(key(got))
    assert sum(a is not None for a in answers) >= 2


def test_two_documents_coded_in_one_process_as_each_alone(code_all):
    """The per-parse memos are the parse's own: coding one document after another gives each
    what coding it alone gives."""
    from redline.nlp.parse import forget_parse

    def dump(doc) -> str:
        return json.dumps(doc.to_dict(), sort_keys=True, default=str)

    forget_parse()
    alone_first = dump(code_all(TEXT))
    forget_parse()
    alone_other = dump(code_all(OTHER))
    forget_parse()
    assert dump(code_all(TEXT)) == alone_first
    assert dump(code_all(OTHER)) == alone_other
    assert dump(code_all(TEXT)) == alone_first
    assert '"events": []' not in alone_first


def test_clause_verbs_and_the_question_gate_find_what_the_walks_find(parses, monkeypatch):
    """The wanted and considered acts read from the clausal verbs alone, and the question
    content asked only where "ask" is, are what the walks over every content token give."""
    from redline.events.coding import guards, rescues

    sents = _sentences(parses)

    def run():
        return [
            (
                _found(rescues._unmatched_wants(s, [], set())),
                _found(rescues._unmatched_considered(s, [], set())),
                sorted(guards._question_content(s)),
            )
            for s in sents
        ]

    for sent in sents:
        want = [
            t.i
            for t in guards._content_tokens(sent)
            if t.pos_ == "VERB" and t.dep_ in guards.CLAUSE_VERB_DEPS
        ]
        assert [t.i for t in guards._clause_verbs(sent)] == want
    fast = run()
    monkeypatch.setattr(rescues, "_clause_verbs", guards._content_tokens)
    monkeypatch.setattr(guards, "_sentence_has", lambda *a, **k: True)
    assert run() == fast
    assert any(w for w, _, _ in fast) and any(c for _, c, _ in fast)


def test_question_content_is_found_behind_the_gate(nlp):
    from redline.events.coding.guards import _question_content
    from redline.nlp.parse import sentence_spans

    parsed = nlp(
        "Asked on Thursday whether Russia would attack Ukraine, the minister declined to comment."
    )
    assert _question_content(sentence_spans(parsed)[0])


def _old_find_phrase(tokens, table, *, headed=True):
    """find_phrase before speed55 (the second word not asked on its own first)."""
    from redline.events.evaluative import NEGATORS, _ability_told, _heads, _words

    heads = None
    words = _words(tokens)
    best = None
    for i, (form, lemma, first, _) in enumerate(words):
        for key in (form,) if form == lemma else (form, lemma):
            for seq, group in table.by_first.get(key, ()):
                n = len(seq)
                if i + n > len(words) or (best is not None and n <= best[0]):
                    continue
                if not all(seq[k] in (words[i + k][0], words[i + k][1]) for k in range(n)):
                    continue
                if headed:
                    if heads is None:
                        heads = _heads(tokens)
                    if not any(
                        words[i + k][2].i <= h <= words[i + k][3].i for k in range(n) for h in heads
                    ):
                        continue
                before = first.doc[first.i - 1] if first.i > 0 else None
                if before is not None and before.lower_ in NEGATORS and seq[0] != "no":
                    continue
                last = words[i + n - 1][3]
                if _ability_told(seq, last):
                    continue
                best = (n, group, " ".join(seq), first, words[i + n - 1][3])
    return None if best is None else best[1:]


def test_find_phrase_asks_the_second_word_first_and_finds_the_same(nlp, parses):
    from redline.events.evaluative import find_phrase, load_evaluations

    table = load_evaluations()
    extra = nlp(
        "The senator said the deal was a waste of time and a disgrace, not fair to anyone. "
        "He called the so-called reform a total failure and an absolute disaster. "
        "The minister is not capable of leading; the plan is a bad, a very bad idea."
    )

    def key(found):
        return found and (found[0].name, found[1], found[2].i, found[3].i)

    hits = 0
    for parsed in (*parses, extra):
        for tok in parsed:
            pieces = [list(tok.subtree), list(tok.subtree)[1:], [tok]]
            for piece in pieces:
                for headed in (True, False):
                    got = find_phrase(piece, table, headed=headed)
                    assert key(got) == key(_old_find_phrase(piece, table, headed=headed))
                    hits += got is not None
    assert hits > 10


def test_fixed_answers_are_kept_for_their_anchor_only(parses):
    """Answers kept across parses under one anchor are not read for another (a table read
    again under the same name): the second table's words are found."""
    from redline.events.coding import clauses
    from redline.nlp.parse import forget_parse

    sent = _sentences(parses)[0]
    first, second = frozenset({"agreed"}), frozenset({"talks"})

    def found(words):
        forget_parse()  # a fresh parse memo: the positions are looked for again
        clauses._PER_PARSE[0] = None
        tokens = clauses._sentence_tokens_where(
            sent, "test words", "LOWER", words.__contains__, fixed=True, anchor=words
        )
        return [t.lower_ for t in tokens]

    assert found(first) == ["agreed"]
    assert found(second) == ["talks"]
    assert found(first) == ["agreed"]
    assert clauses._FIXED_ANSWERS["test words"][0] is first
