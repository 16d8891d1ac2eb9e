"""Stand-ins for spaCy's ``attribute_ruler`` and rule ``lemmatizer``: same output, less CPU.

In ``en_core_web_sm`` the two rule components cost about a fifth of the whole parse (0.7 and
0.6 CPU s per 100 articles, against 2.7 for the NER): the ruler runs a ``Matcher`` of 179
patterns over every token and sets attributes one ``Token`` at a time, and the lemmatizer builds
a ``Token`` and its morphology dict for every word. Almost every pattern tests one token's tag,
lower-case form, dependency label or whitespace, so the ruler's whole effect on a token is a
function of those few values; the lemmatizer's is a function of (orth, POS, morph). Both are
compiled here into tables filled on first sight, **from the loaded components themselves** (a
user's own model or patterns work the same), and written back with one ``Doc.from_array``.

What the tables cannot express goes back to the original code: a ruler pattern with operators
or other attributes runs in a small ``Matcher`` of its own (its matches merged in pattern
order, as the ruler merges them), and a lemma not yet seen is asked of the original
lemmatizer. A ruler or lemmatizer of another kind is not replaced (see :func:`swap_fast_rules`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Pattern keys the tables evaluate; ORTH and LOWER have too many values to key on directly, so
# they are reduced to "which pattern value is it, and which regexes match it".
_KEYS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "IS_SPACE": IS_SPACE}
_KEY_ORDER = (TAG, DEP, IS_SPACE, ORTH, LOWER)
_CLASSED = (ORTH, LOWER)
# Attributes the table writes (token attributes only: anything else keeps the original ruler).
_WRITABLE = (POS, TAG, DEP, MORPH, LEMMA)
# Entries a word-keyed table may hold before it is emptied, so that memory stays flat over a
# stream of millions of articles (about 30 MB a table at the limit).
_CACHE_LIMIT = 200_000


class _Unsupported(Exception):
    """A pattern the tables cannot express (it runs in the fallback Matcher)."""


def _predicates(spec: dict[str, Any], strings) -> list[tuple[int, str, Any]]:
    """One pattern token as (attribute, operator, value) triples, values as the Matcher
    compares them (string hashes; ``''`` is 0; booleans for flags)."""
    out = []
    for key, value in spec.items():
        attr = _KEYS.get(key.upper())
        if attr is None:
            raise _Unsupported(key)
        if attr == IS_SPACE:
            if not isinstance(value, bool):
                raise _Unsupported(key)
            out.append((attr, "==", int(value)))
        elif isinstance(value, str):
            out.append((attr, "==", strings.add(value)))
        elif isinstance(value, dict):
            for op, arg in value.items():
                if op in ("IN", "NOT_IN") and all(isinstance(v, str) for v in arg):
                    out.append((attr, op, frozenset(strings.add(v) for v in arg)))
                elif op == "REGEX" and isinstance(arg, str):
                    out.append((attr, op, re.compile(arg)))
                else:
                    raise _Unsupported(op)
        else:
            raise _Unsupported(key)
    return out


class FastAttributeRuler:
    """The ``attribute_ruler`` it wraps, applied through a table keyed by each token's tag,
    dependency label, whitespace flag and (reduced) word form."""

    def __init__(self, ruler) -> None:
        self.ruler = ruler
        self.vocab = ruler.vocab
        strings = self.vocab.strings
        self.fallback = Matcher(self.vocab)
        self.single: list[tuple[int, list[list], dict, int]] = []  # (order, specs, attrs, index)
        self.multi: list[tuple[int, list[list], dict, int]] = []
        self.write = sorted({a for attrs in ruler.attrs for a in attrs})
        used: set[int] = set()
        self.mentioned: dict[int, set[int]] = {a: set() for a in _CLASSED}
        self.regexes: dict[int, list] = {a: [] for a in _CLASSED}
        for order, (attrs, index) in enumerate(zip(ruler.attrs, ruler.indices, strict=True)):
            patterns = ruler.matcher.get(strings[str(order)])[1]
            try:
                alternatives = [
                    [_predicates(spec, strings) for spec in pattern] for pattern in patterns
                ]
            except _Unsupported:
                self.fallback.add(str(order), patterns)
                continue
            for pattern in alternatives:
                for preds in pattern:
                    for attr, op, value in preds:
                        used.add(attr)
                        if attr in _CLASSED and op == "REGEX":
                            self.regexes[attr].append(value)
                        elif attr in _CLASSED:
                            self.mentioned[attr] |= {value} if op == "==" else value
            lengths = {len(p) for p in alternatives}
            if any(not -length <= index < length for length in lengths):
                self.fallback.add(str(order), patterns)  # the ruler's own error, at run time
                continue
            entry = (order, alternatives, attrs, index)
            (self.single if lengths == {1} else self.multi).append(entry)
        self.columns = [a for a in _KEY_ORDER if a in used] or [TAG]
        self.position = {a: i for i, a in enumerate(self.columns)}
        self._classes: dict[int, dict[int, tuple]] = {a: {} for a in _CLASSED}
        self._resolved: dict[tuple, tuple] = {}
        self._spec_cache: dict[tuple, bool] = {}

    # -- tables -------------------------------------------------------------------------------

    def _class(self, attr: int, value: int) -> tuple:
        """An ORTH or LOWER value reduced to what the patterns can tell apart."""
        known = value if value in self.mentioned[attr] else None
        regexes = self.regexes[attr]
        text = self.vocab.strings[value] if regexes else ""
        return (known, tuple(bool(r.search(text)) for r in regexes))

    def _holds(self, preds: list, key: tuple) -> bool:
        """Whether one pattern token matches a token with this key (all its predicates)."""
        for attr, op, value in preds:
            got = key[self.position[attr]]
            if op == "REGEX":
                if attr in _CLASSED:  # (value if named, which regexes match): see _class
                    ok = got[1][self.regexes[attr].index(value)]
                else:
                    ok = bool(value.search(self.vocab.strings[got]))
            else:
                if attr in _CLASSED:
                    got = got[0]  # the value when a pattern names it, else None
                if op == "==":
                    ok = got == value
                elif op == "IN":
                    ok = got in value
                else:
                    ok = got not in value
            if not ok:
                return False
        return True

    def _resolve(self, key: tuple) -> tuple:
        """For a token key: the attributes the one-token patterns leave on it (merged in pattern
        order), the same as a list for merging with other matches, and the multi-token
        patterns whose first token it matches."""
        hits = [
            (order, attrs)
            for order, alternatives, attrs, index in self.single
            if any(self._holds(p[0], key) for p in alternatives)
        ]
        merged: dict[int, int] = {}
        for _, attrs in hits:
            merged.update(attrs)
        starts = [entry for entry in self.multi if any(self._holds(p[0], key) for p in entry[1])]
        row = tuple(merged.get(a) for a in self.write)
        return (row if merged else None, hits, starts)

    def _key(self, values: list[int]) -> tuple:
        key = []
        for attr, value in zip(self.columns, values, strict=True):
            if attr in _CLASSED:
                classes = self._classes[attr]
                found = classes.get(value)
                if found is None:
                    if len(classes) > _CACHE_LIMIT:
                        classes.clear()
                    found = classes[value] = self._class(attr, value)
                value = found
            key.append(value)
        return tuple(key)

    # -- the component ------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        rows = doc.to_array(self.columns).tolist()
        if len(self.columns) == 1:
            rows = [[v] for v in rows]
        keys: list[tuple] = []
        resolved = self._resolved
        found = []
        for values in rows:
            key = self._key(values)
            keys.append(key)
            hit = resolved.get(key)
            if hit is None:
                hit = resolved[key] = self._resolve(key)
            found.append(hit)
        extra: dict[int, list[tuple[int, dict]]] = {}
        for i, (_, _, starts) in enumerate(found):
            for order, alternatives, attrs, index in starts:
                for pattern in alternatives:
                    end = i + len(pattern)
                    if end <= n and all(
                        self._spec_holds(order, pattern, k, keys[i + k])
                        for k in range(1, len(pattern))
                    ):
                        target = i + (index if index >= 0 else len(pattern) + index)
                        extra.setdefault(target, []).append((order, attrs))
        if len(self.fallback):
            strings = self.vocab.strings
            for match_id, start, end in self.fallback(doc, allow_missing=True, as_spans=False):
                order = int(strings[match_id])
                index = self.ruler.indices[order]
                target = start + (index if index >= 0 else end - start + index)
                if not start <= target < end:
                    self.ruler(doc)  # the ruler's own error for an index outside the match
                extra.setdefault(target, []).append((order, self.ruler.attrs[order]))
        out = doc.to_array(self.write)
        if len(self.write) == 1:
            out = out.reshape((n, 1))
        for i, (row, hits, _) in enumerate(found):
            if i in extra:
                merged: dict[int, int] = {}
                for _, attrs in sorted(extra[i] + hits, key=lambda h: h[0]):
                    merged.update(attrs)
                row = tuple(merged.get(a) for a in self.write) if merged else None
            if row is None:
                continue
            for j, value in enumerate(row):
                if value is not None:
                    out[i, j] = value
        doc.from_array(self.write, out)
        return doc

    def _spec_holds(self, order: int, pattern: list, k: int, key: tuple) -> bool:
        memo = (order, id(pattern), k, key)
        hit = self._spec_cache.get(memo)
        if hit is None:
            hit = self._spec_cache[memo] = self._holds(pattern[k], key)
        return hit

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


class CachedLemmatizer:
    """The rule lemmatizer it wraps, asked once per (orth, POS, morph): a rule lemma depends
    on nothing else (``Lemmatizer.rule_lemmatize`` caches by the same key, but only after
    building the ``Token``, its ``pos_`` and its morphology dict)."""

    def __init__(self, lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        # The lemma's text, not its hash: inside spaCy's ``memory_zone`` a new string is freed at
        # the end of the zone, so a cached hash would name nothing in the next one.
        self.cache: dict[tuple[int, int, int], str] = {}
        self.columns = [ORTH, POS, MORPH, LEMMA] if lemmatizer.mode == "rule" else [ORTH, LEMMA]
        if lemmatizer.mode == "rule":
            index_as_sets(lemmatizer)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        lem = self.lemmatizer
        if not lem._validated:
            lem._validate_tables()
        overwrite = lem.overwrite
        cache = self.cache
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        rows = doc.to_array(self.columns)
        lemmas = rows[:, -1].copy()
        keys = rows[:, :-1].tolist()
        strings = self.vocab.strings
        added: dict[str, int] = {}  # lemma -> hash, added to the strings once per document
        for i, key in enumerate(keys):
            if overwrite or not lemmas[i]:
                key = tuple(key)
                lemma = cache.get(key)
                if lemma is None:
                    lemma = cache[key] = lem.lemmatize(doc[i])[0]
                value = added.get(lemma)
                if value is None:
                    value = added[lemma] = strings.add(lemma)
                lemmas[i] = value
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs, batch_size: int = 128):
        for doc in docs:
            yield self(doc)


def index_as_sets(lemmatizer) -> int:
    """Make the rule lemmatizer's ``lemma_index`` lists frozensets; the number changed.

    ``Lemmatizer.rule_lemmatize`` asks ``form in index`` of every form its suffix rules make,
    and the index is a list (57,528 nouns in ``en_core_web_sm``): each word not seen before cost
    about 0.13 ms, a tenth of the parse of 150 articles. Membership of a string in a frozenset of
    strings is membership in the list, so the lemmas are the same. The lemmatizer changed is the
    one taken out of the pipeline (this stand-in keeps it); lists holding anything but strings
    are left as they are."""
    if not lemmatizer.lookups.has_table("lemma_index"):
        return 0
    table = lemmatizer.lookups.get_table("lemma_index")
    changed = 0
    for key in list(table.keys()):
        forms = table[key]
        if isinstance(forms, list) and all(isinstance(form, str) for form in forms):
            table[key] = frozenset(forms)
            changed += 1
    return changed


@Language.factory("redline_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str, source: str) -> FastAttributeRuler:
    """A :class:`FastAttributeRuler` over the pipeline's component ``source``."""
    return FastAttributeRuler(nlp.get_pipe(source))


@Language.factory("redline_lemmatizer")
def make_cached_lemmatizer(nlp: Language, name: str, source: str) -> CachedLemmatizer:
    """A :class:`CachedLemmatizer` over the pipeline's component ``source``."""
    return CachedLemmatizer(nlp.get_pipe(source))


def _replaceable(component: Any) -> str | None:
    """The factory that can stand in for ``component``, if its output is known to depend only
    on what the tables key on (spaCy's own classes, not a subclass that changes them)."""
    from spacy.lang.en.lemmatizer import EnglishLemmatizer
    from spacy.pipeline import AttributeRuler, Lemmatizer

    kind = type(component)
    if kind is AttributeRuler:
        if all(set(attrs) <= set(_WRITABLE) for attrs in component.attrs):
            return "redline_attribute_ruler"
    elif kind in (Lemmatizer, EnglishLemmatizer) and component.mode in ("rule", "lookup"):
        return "redline_lemmatizer"
    return None


def swap_fast_rules(nlp: Language) -> list[str]:
    """Put the fast versions in place of the rule components they can stand in for (same
    names, same positions); returns the names replaced."""
    swapped = []
    for name in list(nlp.pipe_names):
        factory = _replaceable(nlp.get_pipe(name))
        if factory is None:
            continue
        temp = f"{name}__redline"
        nlp.add_pipe(factory, name=temp, after=name, config={"source": name})
        nlp.remove_pipe(name)
        nlp.rename_pipe(temp, name)
        swapped.append(name)
    return swapped
