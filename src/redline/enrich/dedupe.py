"""Near-duplicate articles across documents: a wire story and its reposts, found with MinHash.

A repost is rarely byte-identical: a scraper keeps share buttons and a copyright line, an editor
swaps the headline, a machine translation round trip changes small words. So documents are
compared as sets of *normalised word 5-grams*: lowercased, accents folded, punctuation and
English stop words dropped, every word cut to its first five letters (``attacked`` and
``attacks`` both become ``attac``). Two documents are duplicates when the shorter one's shingles
are mostly contained in the longer one's (containment, not Jaccard, so extra chrome on one side
does not hide the match). MinHash signatures and an LSH index find candidates in constant time per
document; containment is then estimated from the signatures and set sizes.

A machine-translation round trip rewrites too many small phrases for 5-grams alone (about half of
them survive), so a second rule accepts a pair whose 5-gram containment is at least half the
threshold when nearly all its content words (``PARAPHRASE_WORDS``) are shared too. Two different
articles on the same story share many words but almost no 5-grams, so neither rule fires for them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS

if TYPE_CHECKING:
    from redline.model import Document
    from redline.store import Store

RULE = "minhash-shingles"
PARAPHRASE_RULE = "minhash-paraphrase"
# Share of the shorter document's content words found in the longer one for the paraphrase rule.
PARAPHRASE_WORDS = 0.85
# Below this many shingles containment says little (a two-line brief is "contained" in many
# articles), so short documents must match by Jaccard instead.
MIN_SHINGLES = 12
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_STEM = 5
# LSH finds candidates at this Jaccard; containment is checked afterwards. A repost carrying half
# again as much chrome as article has Jaccard ~0.5 at containment 0.8, and a translation round
# trip ~0.35, so candidates must be gathered well below the final threshold.
_CANDIDATE_JACCARD = 0.2
# Values hashed at once into a MinHash (see DuplicateFinder._minhash): 1,024 x 128 permutations
# x 4 bytes is 512 KB per temporary array.
_HASH_BATCH = 1024


# -- MinHash and its LSH index --------------------------------------------------------------------
#
# Our own, the ~60 lines of datasketch 2.0 this module used (its "affine32" MinHash and
# MinHashLSH), computing the same values bit for bit (tests/enrich/test_dedupe.py checks them
# against datasketch where it is installed). Why not the library: importing it imported
# scipy.integrate (datasketch.lsh uses it to choose the bands), 0.4 s of CPU in every run for
# two numbers; and the store keeps these signatures, so a library upgrade that changes its
# hashing scheme (as datasketch 2.0 did) must not silently stop stored documents matching.

_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))
_MAX32 = np.uint32(0xFFFFFFFF)


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int) -> np.ndarray:
    """The (a, b) of each permutation h -> a h + b mod 2^32 (a odd, so each is a bijection)."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    permutations = np.array([a, b])
    permutations.flags.writeable = False
    return permutations


class MinHash:
    """A MinHash signature of a set of byte strings: for each of ``num_perm`` permutations, the
    least permuted 32-bit hash (SHA-1's first four bytes, mixed by MurmurHash3's finaliser)."""

    __slots__ = ("hashvalues", "permutations")

    def __init__(self, num_perm: int = 128, seed: int = 1) -> None:
        self.permutations = _permutations(num_perm, seed)
        self.hashvalues = np.full(num_perm, _MAX32, dtype=np.uint32)

    def __len__(self) -> int:
        return len(self.hashvalues)

    def copy(self) -> MinHash:
        other = MinHash.__new__(MinHash)
        other.permutations = self.permutations
        other.hashvalues = self.hashvalues.copy()
        return other

    def update_batch(self, values: list[bytes]) -> None:
        if not values:
            return
        digests = b"".join([hashlib.sha1(v).digest()[:4] for v in values])
        hv = np.frombuffer(digests, dtype="<u4").astype(np.uint32).reshape(-1, 1)
        s1, m1, s2, m2 = _FMIX32
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
        hv = hv ^ (hv >> s1)
        a, b = self.permutations
        self.hashvalues = np.minimum(self.hashvalues, (hv * a + b).min(axis=0))

    def jaccard(self, other: MinHash) -> float:
        """The estimated Jaccard similarity of the two sets."""
        return float(np.count_nonzero(self.hashvalues == other.hashvalues)) / float(len(self))


@lru_cache(maxsize=32)
def lsh_params(threshold: float, num_perm: int) -> tuple[int, int]:
    """The bands and rows per band that minimise the false positive and false negative
    probabilities at ``threshold``, weighted equally (datasketch's choice). The integrands are
    polynomials of degree at most ``num_perm``, which Gauss-Legendre quadrature with
    ``num_perm // 2 + 1`` points integrates exactly."""
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 1)

    def integral(func: Any, low: float, high: float) -> float:
        half = (high - low) / 2
        return half * float(np.dot(weights, func(half * nodes + (high + low) / 2)))

    best, chosen = float("inf"), (0, 0)
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            false_positive = integral(
                lambda s, r=rows, b=bands: 1 - (1 - s ** float(r)) ** float(b), 0.0, threshold
            )
            false_negative = integral(
                lambda s, r=rows, b=bands: 1 - (1 - (1 - s ** float(r)) ** float(b)),
                threshold,
                1.0,
            )
            error = false_positive * 0.5 + false_negative * 0.5
            if error < best:
                best, chosen = error, (bands, rows)
    return chosen


class MinHashLSH:
    """Signatures by band: two documents are candidates when all ``r`` values of any of the
    ``b`` bands are equal."""

    def __init__(self, threshold: float, num_perm: int = 128) -> None:
        self.b, self.r = lsh_params(threshold, num_perm)
        self._tables: list[dict[bytes, set[Hashable]]] = [{} for _ in range(self.b)]
        self._keys: dict[Hashable, list[bytes]] = {}

    def _bands(self, minhash: MinHash) -> list[bytes]:
        values, r = minhash.hashvalues, self.r
        return [values[i * r : (i + 1) * r].tobytes() for i in range(self.b)]

    def insert(self, key: Hashable, minhash: MinHash) -> None:
        if key in self._keys:
            raise ValueError("The given key already exists")
        bands = self._keys[key] = self._bands(minhash)
        for table, band in zip(self._tables, bands, strict=True):
            table.setdefault(band, set()).add(key)

    def query(self, minhash: MinHash) -> set[Hashable]:
        found: set[Hashable] = set()
        for table, band in zip(self._tables, self._bands(minhash), strict=True):
            found.update(table.get(band, ()))
        return found

    def remove(self, key: Hashable) -> None:
        if key not in self._keys:
            raise ValueError("The given key does not exist")
        for table, band in zip(self._tables, self._keys.pop(key), strict=True):
            keys = table[band]
            keys.discard(key)
            if not keys:
                del table[band]


@dataclass(frozen=True, slots=True)
class DuplicateMatch:
    """Why a document was taken for a copy: the original's id and the estimated containment."""

    duplicate_of: str
    similarity: float
    rule: str = RULE


def _drop_combining(run: re.Match[str]) -> str:
    return "".join(c for c in run.group() if not unicodedata.combining(c))


def normalised_words(text: str) -> list[str]:
    """Content words in a form that survives light editing: folded, stop words out, cut short."""
    folded = unicodedata.normalize("NFKD", text.lower())
    # Accents are combining marks, never ASCII: only the non-ASCII runs are looked at (a Python
    # test per character of every article was most of the signature's cost).
    folded = _NON_ASCII.sub(_drop_combining, folded)
    return [w[:_STEM] for w in _WORD.findall(folded) if w not in STOP_WORDS]


def shingles(text: str, size: int = 5) -> set[str]:
    """The set of word ``size``-grams of the normalised text (the whole text if shorter)."""
    return _grams(normalised_words(text), size)


def _grams(words: list[str], size: int) -> set[str]:
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@dataclass(slots=True)
class _Signature:
    shingles: MinHash
    shingle_count: int
    words: MinHash
    word_count: int


class DuplicateFinder:
    """An index of documents seen so far that says, for a new one, which earlier one it copies.

    ``threshold`` is the share of the shorter document's shingles found in the longer one. The
    id returned is always the first document of a family (an original), never a copy of it.
    """

    def __init__(self, threshold: float = 0.8, num_perm: int = 128, shingle: int = 5) -> None:
        if not 0 < threshold <= 1:
            raise ValueError("threshold must be in (0, 1]")
        self.threshold = threshold
        self.num_perm = num_perm
        self.shingle = shingle
        self._lsh = MinHashLSH(threshold=min(_CANDIDATE_JACCARD, threshold), num_perm=num_perm)
        # Copies of one empty MinHash share its permutations instead of drawing them again.
        self._empty = MinHash(num_perm=num_perm, seed=1)
        self._signatures: dict[str, _Signature] = {}
        self._original: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self._signatures

    def _minhash(self, grams: set[str]) -> MinHash:
        mh = self._empty.copy()
        encoded = [g.encode("utf-8") for g in grams]
        # update_batch permutes a batch as one (values x permutations) array, with temporaries:
        # tens of MB for a 100,000-character interview in one batch. Batches of _HASH_BATCH give
        # the same minimum with a bounded peak.
        for start in range(0, len(encoded), _HASH_BATCH):
            mh.update_batch(encoded[start : start + _HASH_BATCH])
        return mh

    def _signature(self, text: str) -> _Signature:
        words = normalised_words(text)
        grams = _grams(words, self.shingle)
        vocabulary = set(words)
        return _Signature(
            self._minhash(grams), len(grams), self._minhash(vocabulary), len(vocabulary)
        )

    def match(self, text: str, *, exclude: str | None = None) -> DuplicateMatch | None:
        """The best earlier document this text copies, without adding it to the index."""
        return self._best(self._signature(text), exclude)

    def _similarity(self, a: _Signature, b: _Signature) -> tuple[float, str] | None:
        small = min(a.shingle_count, b.shingle_count)
        if small < MIN_SHINGLES:
            score = a.shingles.jaccard(b.shingles)
            return (score, RULE) if score >= self.threshold else None
        score = containment(a.shingles, a.shingle_count, b.shingles, b.shingle_count)
        if score >= self.threshold:
            return score, RULE
        if score >= self.threshold / 2:
            shared = containment(a.words, a.word_count, b.words, b.word_count)
            if shared >= PARAPHRASE_WORDS:
                return score, PARAPHRASE_RULE
        return None

    def _best(self, sig: _Signature, exclude: str | None) -> DuplicateMatch | None:
        if sig.shingle_count == 0:
            return None
        best: DuplicateMatch | None = None
        for key in self._lsh.query(sig.shingles):
            if key == exclude:
                continue
            found = self._similarity(sig, self._signatures[key])
            if found is None:
                continue
            original = self._original.get(key, key)
            if original == exclude:
                continue
            score, rule = found
            if best is None or score > best.similarity:
                best = DuplicateMatch(original, round(score, 3), rule)
        return best

    def _index(self, doc_id: str, sig: _Signature) -> None:
        self._signatures[doc_id] = sig
        if sig.shingle_count:
            self._lsh.insert(doc_id, sig.shingles)

    def add_match(self, doc_id: str, text: str) -> DuplicateMatch | None:
        """Index the document and return what it duplicates (an id seen before keeps its answer)."""
        if doc_id in self._signatures:
            original = self._original.get(doc_id)
            return DuplicateMatch(original, 1.0, "seen-before") if original else None
        sig = self._signature(text)
        found = self._best(sig, doc_id)
        self._index(doc_id, sig)
        if found is not None:
            self._original[doc_id] = found.duplicate_of
        return found

    def add(self, doc_id: str, text: str) -> str | None:
        """Index the document; the id of the earlier original it duplicates, or None."""
        found = self.add_match(doc_id, text)
        return found.duplicate_of if found else None

    def remember(self, doc_id: str, text: str, duplicate_of: str | None) -> None:
        """Index a document whose status is already known (from the store), trusting it."""
        if doc_id in self._signatures:
            return
        self._index(doc_id, self._signature(text))
        if duplicate_of and duplicate_of != doc_id:
            self._original[doc_id] = self._original.get(duplicate_of, duplicate_of)

    def load_store(self, store: Store) -> int:
        """Seed the index with every stored document, oldest first; returns how many were added."""
        rows = store.con.execute(
            "SELECT id, text, duplicate_of FROM documents ORDER BY coded_at NULLS LAST, id"
        ).fetchall()
        before = len(self)
        for doc_id, text, duplicate_of in rows:
            self.remember(doc_id, text or "", duplicate_of)
        return len(self) - before


def containment(a: MinHash, size_a: int, b: MinHash, size_b: int) -> float:
    """Estimated share of the smaller set contained in the larger one.

    From the MinHash Jaccard estimate J and the set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
    """
    if not size_a or not size_b:
        return 0.0
    jaccard = float(np.mean(a.hashvalues == b.hashvalues))
    overlap = jaccard * (size_a + size_b) / (1 + jaccard)
    return min(1.0, overlap / min(size_a, size_b))


def mark_duplicates(docs: list[Document], finder: DuplicateFinder) -> list[Document]:
    """Set ``duplicate_of`` on every document that copies an earlier one (in the list or index).

    The match is recorded in ``meta["duplicate"]`` (original, similarity, rule) so a user can see
    why; documents are still coded and stored, only marked.
    """
    for doc in docs:
        found = finder.add_match(doc.id, doc.text)
        if found is not None and found.duplicate_of != doc.id:
            _record(doc, found)
    return docs


def _record(doc: Document, found: DuplicateMatch) -> None:
    """Mark ``doc`` a copy of ``found``'s original, with why in ``meta["duplicate"]``."""
    doc.duplicate_of = found.duplicate_of
    doc.meta["duplicate"] = {
        "of": found.duplicate_of,
        "similarity": found.similarity,
        "rule": found.rule,
    }


# -- the store's own signature index ------------------------------------------------------------

SIGNATURE_TABLES = (
    "CREATE TABLE IF NOT EXISTS doc_signatures (doc_id VARCHAR PRIMARY KEY, shingles BLOB, "
    "shingle_count INTEGER, words BLOB, word_count INTEGER, original VARCHAR)",
    "CREATE TABLE IF NOT EXISTS doc_lsh (band_key BIGINT NOT NULL, doc_id VARCHAR NOT NULL)",
)
_BACKFILL_BATCH = 500
# The columns' types in SIGNATURE_TABLES, for their inserts.
_SIGNATURE_TYPES = {
    "doc_id": "VARCHAR",
    "shingles": "BLOB",
    "shingle_count": "INTEGER",
    "words": "BLOB",
    "word_count": "INTEGER",
    "original": "VARCHAR",
    "band_key": "BIGINT",
}


class StoredSignatures:
    """Duplicate checks against the store through signatures kept in the store.

    Each stored document has its MinHash signatures in ``doc_signatures`` and its LSH band keys in
    ``doc_lsh``, written in the same transaction as the document, so a run never recomputes the
    signatures of what is stored and looks up only the candidates that share a band. ``finder``
    holds just the documents of this run that are not written yet; they leave it once stored.
    """

    def __init__(self, store: Store, finder: DuplicateFinder) -> None:
        self.store = store
        self.finder = finder
        self.bands, self.rows = lsh_params(
            min(_CANDIDATE_JACCARD, finder.threshold), finder.num_perm
        )
        self._pending: dict[str, tuple[_Signature, str | None]] = {}
        with store.connection() as con:  # one opening of the file, when nothing lacks one
            for ddl in SIGNATURE_TABLES:
                con.execute(ddl)
            unsigned = con.execute(
                "SELECT 1 FROM documents WHERE id NOT IN (SELECT doc_id FROM doc_signatures) "
                "LIMIT 1"
            ).fetchone()
        if unsigned:
            self.backfill()

    def band_keys(self, sig: _Signature) -> list[int]:
        values = sig.shingles.hashvalues
        keys = []
        for band in range(self.bands):
            chunk = values[band * self.rows : (band + 1) * self.rows]
            digest = hashlib.blake2b(band.to_bytes(2, "little") + chunk.tobytes(), digest_size=8)
            keys.append(int.from_bytes(digest.digest(), "little", signed=True))
        return keys

    def backfill(self) -> int:
        """Sign stored documents that have no signature yet (stores written before the index)."""
        done = 0
        while True:
            with self.store.connection() as con:
                rows = con.execute(
                    "SELECT id, text, duplicate_of FROM documents WHERE id NOT IN "
                    "(SELECT doc_id FROM doc_signatures) ORDER BY coded_at NULLS LAST, id LIMIT ?",
                    [_BACKFILL_BATCH],
                ).fetchall()
            if not rows:
                return done
            entries = []
            for doc_id, text, duplicate_of in rows:
                entries.append((doc_id, self.finder._signature(text or ""), duplicate_of))
            with self.store.connection() as con:
                con.execute("BEGIN TRANSACTION")
                try:
                    self._insert(con, entries)
                    con.execute("COMMIT")
                except Exception:
                    con.execute("ROLLBACK")
                    raise
            done += len(rows)

    def _stored(self, keys: set[int]) -> dict[str, tuple[_Signature, str | None]]:
        if not keys:
            return {}
        with self.store.connection() as con:
            rows = con.execute(
                "SELECT s.doc_id, s.shingles, s.shingle_count, s.words, s.word_count, s.original "
                "FROM doc_signatures s WHERE s.doc_id IN "
                "(SELECT DISTINCT doc_id FROM doc_lsh WHERE band_key IN (SELECT unnest(?)))",
                [list(keys)],
            ).fetchall()
        out = {}
        for doc_id, shingles_blob, shingle_count, words_blob, word_count, original in rows:
            out[doc_id] = (
                _Signature(
                    self._restore(shingles_blob),
                    shingle_count,
                    self._restore(words_blob),
                    word_count,
                ),
                original,
            )
        return out

    def _restore(self, blob: bytes) -> MinHash:
        minhash = self.finder._empty.copy()  # same permutations and hashing scheme
        minhash.hashvalues = np.frombuffer(blob, dtype=np.uint64).copy()
        return minhash

    def mark(self, docs: list[Document]) -> list[Document]:
        """Set ``duplicate_of`` on each document that copies a stored one or an earlier one."""
        finder = self.finder
        sigs = [finder._signature(doc.text) for doc in docs]
        wanted = {k for sig in sigs if sig.shingle_count for k in self.band_keys(sig)}
        stored = self._stored(wanted)
        for doc, sig in zip(docs, sigs, strict=True):
            best = finder._best(sig, doc.id)
            for doc_id, (other, original) in stored.items():
                if doc_id == doc.id:
                    continue
                found = finder._similarity(sig, other)
                if found is None:
                    continue
                score, rule = found
                if best is None or score > best.similarity:
                    best = DuplicateMatch(original or doc_id, round(score, 3), rule)
            if best is not None and best.duplicate_of == doc.id:
                best = None
            finder._index(doc.id, sig)
            if best is not None:
                finder._original[doc.id] = best.duplicate_of
                _record(doc, best)
            self._pending[doc.id] = (sig, best.duplicate_of if best else None)
        return docs

    def writer(self, docs: list[Document]):
        """What to run inside the store's write transaction for ``docs``: their signatures."""
        entries = []
        for doc in docs:
            sig, original = self._pending.get(doc.id) or (
                self.finder._signature(doc.text),
                doc.duplicate_of,
            )
            entries.append((doc.id, sig, original))

        def write(con: Any) -> None:
            ids = [e[0] for e in entries]
            # Only a document signed before (coded again) has rows to replace; asking the
            # one-row-per-document table first spares the band-key table (28 rows a document,
            # no index) a scan per write when, as in a run over new inputs, none has.
            signed = con.execute(
                "SELECT doc_id FROM doc_signatures WHERE doc_id IN (SELECT unnest(?))", [ids]
            ).fetchall()
            if signed:
                old = [row[0] for row in signed]
                con.execute("DELETE FROM doc_signatures WHERE doc_id IN (SELECT unnest(?))", [old])
                con.execute("DELETE FROM doc_lsh WHERE doc_id IN (SELECT unnest(?))", [old])
            self._insert(con, entries)

        return write

    def _insert(self, con: Any, entries: list[tuple[str, _Signature, str | None]]) -> None:
        if not entries:
            return
        from redline.store.duck import insert_columns

        insert_columns(
            con,
            "doc_signatures",
            {
                "doc_id": [e[0] for e in entries],
                "shingles": [e[1].shingles.hashvalues.astype(np.uint64).tobytes() for e in entries],
                "shingle_count": [e[1].shingle_count for e in entries],
                "words": [e[1].words.hashvalues.astype(np.uint64).tobytes() for e in entries],
                "word_count": [e[1].word_count for e in entries],
                "original": [e[2] for e in entries],
            },
            _SIGNATURE_TYPES,
        )
        keys, ids = [], []
        for doc_id, sig, _ in entries:
            if sig.shingle_count:
                for key in self.band_keys(sig):
                    keys.append(key)
                    ids.append(doc_id)
        if keys:
            insert_columns(con, "doc_lsh", {"band_key": keys, "doc_id": ids}, _SIGNATURE_TYPES)

    def forget(self, ids: Iterable[str]) -> None:
        """Documents now in the store leave the in-memory index (the store answers for them)."""
        finder = self.finder
        for doc_id in ids:
            self._pending.pop(doc_id, None)
            sig = finder._signatures.pop(doc_id, None)
            finder._original.pop(doc_id, None)
            if sig is not None and sig.shingle_count:
                finder._lsh.remove(doc_id)
