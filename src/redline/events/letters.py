"""Who a letter is addressed to (issue #9 recall17).

"The coalition sent a letter to members of the House urging passage of the bill", "Senators Lee
and Markey, in a letter to Secretary Nielsen, raised concerns that ...", "wrote to lawmakers
urging them to ...": an appeal, a demand or a complaint told as what a letter does is addressed
to the letter's recipient, when the clause itself names no one it is aimed at.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# appeals (02), demands (10), disapproval (11): what a letter asks of or holds against its reader
LETTER_ROOTS = frozenset({"02", "10", "11"})
LETTER_NOUNS = frozenset({"letter", "memo", "memorandum", "petition"})
SENDING_VERBS = frozenset({"send", "write", "address", "deliver", "submit", "pen"})
# how the trigger hangs on the sending verb or the letter noun: "sent a letter ..., urging",
# "a letter ... requesting", "wrote to lawmakers to urge"
CLAUSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl", "conj"})


def _to_object(tok: Token) -> Token | None:
    """The object of a "to" hanging on ``tok`` ("sent a letter to X", "a letter to X")."""
    for child in tok.children:
        if child.lower_ == "to" and child.dep_ in ("dative", "prep"):
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _letter_to(letter: Token) -> Token | None:
    """The recipient of a letter noun: its own "to", else the "to" of the verb that sent it
    ("sent a letter last week to the GAO" hangs "to" on either)."""
    found = _to_object(letter)
    if found is None and letter.head.lemma_.lower() in SENDING_VERBS:
        found = _to_object(letter.head)
    return found


def _in_a_letter(tok: Token) -> Token | None:
    """ "in a letter to X" hanging on ``tok`` (or on a comma after it, as the parse may hang
    "Two senators, in a letter to X, raised"): X."""
    near = list(tok.children)
    near += [g for c in near if c.dep_ == "punct" for g in c.children]
    for child in near:
        if child.dep_ == "prep" and child.lower_ == "in":
            letter = next((c for c in child.children if c.dep_ == "pobj"), None)
            if letter is not None and letter.lemma_.lower() in LETTER_NOUNS:
                return _letter_to(letter)
    return None


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _acl_on_recipient(trigger: Token) -> tuple[Token, Token | None] | None:
    """ "wrote to lawmakers urging them", "In a letter to the GAO requesting the probe, the
    senators said": the parse hangs the clause on the recipient; the recipient, and the writer
    (the sending verb's subject, or the subject of the verb "in a letter" hangs on)."""
    head = trigger.head
    if trigger.dep_ != "acl" or head.dep_ != "pobj" or head.head.lower_ != "to":
        return None
    holder = head.head.head
    if holder.lemma_.lower() in SENDING_VERBS:
        return head, _subject(holder)
    if holder.lemma_.lower() not in LETTER_NOUNS:
        return None
    above = holder.head
    if above.lemma_.lower() in SENDING_VERBS:
        return head, _subject(above)
    if holder.dep_ == "pobj" and above.lower_ == "in":
        return head, _subject(above.head)
    return head, None


def letter_parties(trigger: Token) -> tuple[Token, Token | None] | None:
    """The recipient of the letter the trigger's clause tells of, and its writer when the parse
    hung the clause on the recipient (else None: the trigger's own subject writes); or None.

    The trigger itself or a clause it hangs on (up to two steps: "sent a letter to X, pressing
    for", "in a letter to X ... said it would ...") is a sending verb with a "to" object, a
    letter noun with one, or carries "in a letter to X" (on itself or on its subject: "Senators
    Lee and Markey, in a letter to X, raised concerns").
    """
    on_recipient = _acl_on_recipient(trigger)
    if on_recipient is not None:
        return on_recipient
    tok = trigger
    for _ in range(3):
        found = _in_a_letter(tok)
        subject = _subject(tok) if tok.pos_ in ("VERB", "AUX") else None
        if found is None and subject is not None:
            found = _in_a_letter(subject)
        if found is not None:
            return found, None
        lemma = tok.lemma_.lower()
        if tok.i != trigger.i and lemma in SENDING_VERBS:
            found = _to_object(tok)
            return (found, None) if found is not None else None
        if tok.i != trigger.i and lemma in LETTER_NOUNS:
            found = _letter_to(tok)
            return (found, None) if found is not None else None
        if tok.dep_ not in CLAUSE_DEPS and not (tok.i == trigger.i and tok.dep_ == "ccomp"):
            return None
        tok = tok.head
    return None
