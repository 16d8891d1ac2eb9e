"""Near-duplicate articles: reposts and round-trip translations match, same-topic stories do not."""

from __future__ import annotations

import pytest

from redline.enrich.dedupe import (
    PARAPHRASE_RULE,
    RULE,
    DuplicateFinder,
    mark_duplicates,
    normalised_words,
)
from redline.model import Document
from redline.store import Store

WIRE = (
    "GENEVA, March 4 - Talks between Armenian and Azerbaijani negotiators ended on Tuesday "
    "without an agreement on the border, but both delegations said they would meet again "
    "within a month, according to a statement from the Swiss foreign ministry.\n\n"
    "The two sides spent three days discussing the demarcation of a 1,000-kilometre frontier "
    "and the return of detainees held since the fighting in 2020. Swiss mediators described "
    "the atmosphere as constructive and said several technical questions had been settled.\n\n"
    "\u201cWe have narrowed our differences on the maps, though not yet on the sequence of "
    "steps,\u201d Armenian Deputy Foreign Minister Lena Harutyunyan told reporters after the "
    "final session. Her Azerbaijani counterpart, Rauf Mammadli, said his government wanted a "
    "signed text before the summer and accused Yerevan of delaying the process.\n\n"
    "The European Union, which has kept a civilian monitoring mission on the Armenian side of "
    "the border since 2023, welcomed the talks and urged both governments to refrain from "
    "steps that could raise tensions. Russia, which brokered the 2020 ceasefire, was not "
    "represented in Geneva.\n\n"
    "Diplomats said the next round could take place in Vienna. Prisoner exchanges agreed last "
    "year released 32 Armenian soldiers and two Azerbaijani servicemen, and aid groups have "
    "asked for the remaining detainees to be freed before the talks resume."
)

REPOST = (
    "Armenia, Azerbaijan fail to agree border but vow to meet again | World News Daily\n\n"
    "Home > World > Caucasus\n\n" + WIRE + "\n\nShare this article on Facebook Twitter WhatsApp "
    "Email\n\nSubscribe to our newsletter for the latest headlines delivered to your inbox "
    "every morning.\n\nCopyright 2024 World News Daily. All rights reserved. This material may "
    "not be published, broadcast, rewritten or redistributed."
)

EDITED = (
    WIRE.replace("ended on Tuesday", "ended Tuesday")
    .replace("according to a statement from", "a statement from")
    .replace("Swiss mediators described", "Mediators from Switzerland called")
    .replace("Diplomats said the next round could take place in Vienna. ", "")
)

# What an English -> French -> English round trip does to the wire story: small words, word order
# and a few verbs change, names and numbers stay.
ROUND_TRIP = (
    "GENEVA, 4 March - The talks between the Armenian and the Azerbaijani negotiators finished "
    "on Tuesday without agreement about the border, but both delegations said that they would "
    "meet again in one month, according to a statement of the Swiss ministry of foreign "
    "affairs.\n\nThe two parties spent three days discussing the demarcation of a frontier of "
    "1,000 kilometres and the return of the detainees held since the fighting of 2020. The Swiss "
    "mediators described the atmosphere as constructive and said several technical questions "
    "had been resolved.\n\n\u201cWe have reduced our differences on the maps, although not yet "
    "on the sequence of the steps,\u201d Armenian Deputy Foreign Minister Lena Harutyunyan told "
    "journalists after the final session. Her Azerbaijani counterpart, Rauf Mammadli, said that "
    "his government wanted a signed text before summer and accused Yerevan of delaying the "
    "process.\n\nThe European Union, which has maintained a civilian monitoring mission on the "
    "Armenian side of the border since 2023, welcomed the talks and urged both governments to "
    "abstain from steps that could increase tensions. Russia, which negotiated the ceasefire of "
    "2020, was not represented in Geneva.\n\nDiplomats said the next round could take place in "
    "Vienna. The prisoner exchanges agreed last year released 32 Armenian soldiers and two "
    "Azerbaijani soldiers, and the aid groups have asked that the remaining detainees be freed "
    "before the talks resume."
)

SAME_STORY_OTHER_ARTICLE = (
    "YEREVAN, March 5 - Armenia's prime minister said on Wednesday that a peace treaty with "
    "Azerbaijan was closer than at any time since independence, a day after negotiators met in "
    "Geneva to discuss the border between the two countries.\n\n"
    "Speaking to parliament, the prime minister said the government would not accept any "
    "demarcation of the frontier that was imposed by force and called on Baku to release the "
    "remaining Armenian detainees. Opposition lawmakers accused him of making too many "
    "concessions and walked out of the chamber.\n\n"
    "Azerbaijan's foreign ministry said in a statement that Armenia was delaying the peace "
    "process and that a signed text should be ready before the summer. The European Union's "
    "monitoring mission reported no incidents on the border over the past week.\n\n"
    "Analysts in Yerevan said the talks in Geneva had produced progress on technical questions "
    "such as maps, but that the sequence of steps remained the main obstacle to an agreement."
)


@pytest.fixture()
def finder() -> DuplicateFinder:
    found = DuplicateFinder()
    assert found.add("wire", WIRE) is None
    return found


def test_dedupe_repost_with_new_headline_and_boilerplate_matches_wire(finder):
    match = finder.add_match("repost", REPOST)
    assert match is not None
    assert match.duplicate_of == "wire"
    assert match.rule == RULE
    assert match.similarity >= 0.8


def test_dedupe_lightly_edited_copy_matches(finder):
    assert finder.add("edited", EDITED) == "wire"


def test_dedupe_translation_round_trip_matches_by_paraphrase_rule(finder):
    match = finder.add_match("round-trip", ROUND_TRIP)
    assert match is not None
    assert match.duplicate_of == "wire"
    assert match.rule == PARAPHRASE_RULE


def test_dedupe_other_article_on_same_story_does_not_match(finder):
    assert finder.add("other", SAME_STORY_OTHER_ARTICLE) is None


def test_dedupe_copy_of_a_copy_points_to_the_original(finder):
    assert finder.add("repost", REPOST) == "wire"
    finder2 = DuplicateFinder()
    finder2.add("repost", REPOST)
    assert finder2.add("wire", WIRE) == "repost"  # the first seen is the original
    assert finder2.add("edited", EDITED) == "repost"


def test_dedupe_same_id_twice_keeps_its_answer_and_never_matches_itself(finder):
    assert finder.add("wire", WIRE) is None
    assert finder.add("repost", REPOST) == "wire"
    assert finder.add("repost", REPOST) == "wire"
    assert len(finder) == 2


def test_dedupe_short_brief_inside_long_article_is_not_a_duplicate(finder):
    brief = "Armenian and Azerbaijani negotiators ended talks on Tuesday without agreement."
    assert finder.add("brief", brief) is None


def test_dedupe_normalised_words_fold_case_accents_and_endings():
    assert normalised_words("The ATTACKED Café") == normalised_words("the attacks cafe")


def test_dedupe_mark_duplicates_sets_duplicate_of_and_records_why():
    docs = [
        Document(text=WIRE, source="wire.txt"),
        Document(text=SAME_STORY_OTHER_ARTICLE, source="other.txt"),
        Document(text=REPOST, source="repost.html"),
    ]
    marked = mark_duplicates(docs, DuplicateFinder())
    assert [d.duplicate_of for d in marked] == [None, None, docs[0].id]
    assert marked[2].meta["duplicate"]["of"] == docs[0].id
    assert marked[2].meta["duplicate"]["rule"] == RULE
    assert "duplicate" not in marked[0].meta


def test_dedupe_load_store_seeds_from_stored_documents(tmp_path):
    wire = Document(text=WIRE, source="wire.txt")
    repost = Document(text=REPOST, source="repost.html", duplicate_of=wire.id)
    with Store(tmp_path / "r.duckdb") as store:
        store.write([wire, repost])
        finder = DuplicateFinder()
        assert finder.load_store(store) == 2
    assert finder.add("edited", EDITED) == wire.id
    assert finder.add("other", SAME_STORY_OTHER_ARTICLE) is None


def test_dedupe_threshold_must_be_a_share():
    with pytest.raises(ValueError):
        DuplicateFinder(threshold=0)


def test_dedupe_normalised_words_fold_accents_next_to_curly_quotes():
    # Accents are dropped only inside non-ASCII runs; curly quotes and dashes stay separators.
    words = normalised_words("Zürich’s naïve “résumé” rules — São Paulo")
    assert words == ["zuric", "s", "naive", "resum", "rules", "sao", "paulo"]


def test_dedupe_long_text_signature_is_hashed_in_bounded_batches(monkeypatch):
    """A long interview's shingles are hashed in batches, and the signature is the one a single
    batch gives (the minimum over every shingle)."""
    import redline.enrich.dedupe as dedupe
    from redline.enrich.dedupe import MinHash

    text = "\n\n".join(WIRE.replace("Tuesday", day) for day in ("Monday", "Friday", "Sunday") * 4)
    finder = DuplicateFinder()
    batch_sizes: list[int] = []
    real = MinHash.update_batch
    monkeypatch.setattr(
        MinHash, "update_batch", lambda self, b: batch_sizes.append(len(b)) or real(self, b)
    )
    monkeypatch.setattr(dedupe, "_HASH_BATCH", 64)
    batched = finder._signature(text)
    assert max(batch_sizes) == 64 and len(batch_sizes) > 2
    monkeypatch.setattr(dedupe, "_HASH_BATCH", 10**9)
    whole = finder._signature(text)
    assert (batched.shingles.hashvalues == whole.shingles.hashvalues).all()
    assert (batched.words.hashvalues == whole.words.hashvalues).all()
    assert batched.shingle_count == whole.shingle_count > 64


def test_dedupe_minhash_and_bands_are_datasketchs():
    """Our MinHash and LSH bands compute what datasketch 2's did (the store keeps signatures,
    so the values must not change): the same signatures, copies, similarities and bands."""
    datasketch = pytest.importorskip("datasketch", minversion="2.0")
    from datasketch.lsh import _optimal_param

    from redline.enrich.dedupe import MinHash, MinHashLSH, lsh_params, shingles

    texts = [WIRE, WIRE.replace("Tuesday", "Friday"), "A short note.", ""]
    ours, theirs = [], []
    for text in texts:
        grams = [g.encode("utf-8") for g in sorted(shingles(text))]
        mine, lib = MinHash(128, seed=1), datasketch.MinHash(num_perm=128, seed=1)
        mine.update_batch(grams)
        lib.update_batch(grams)
        assert mine.hashvalues.dtype == lib.hashvalues.dtype
        assert (mine.hashvalues == lib.hashvalues).all()
        assert (mine.copy().hashvalues == lib.copy().hashvalues).all()
        ours.append(mine)
        theirs.append(lib)
    assert ours[0].jaccard(ours[1]) == theirs[0].jaccard(theirs[1])
    for threshold in (0.05, 0.2, 0.35, 0.5, 0.8, 0.95):
        for num_perm in (64, 128):
            assert lsh_params(threshold, num_perm) == _optimal_param(threshold, num_perm, 0.5, 0.5)
    index, lib_index = MinHashLSH(0.2, 128), datasketch.MinHashLSH(threshold=0.2, num_perm=128)
    assert (index.b, index.r) == (lib_index.b, lib_index.r)
    for i, (mine, lib) in enumerate(zip(ours, theirs, strict=True)):
        index.insert(f"d{i}", mine)
        lib_index.insert(f"d{i}", lib)
    for mine, lib in zip(ours, theirs, strict=True):
        assert index.query(mine) == set(lib_index.query(lib))
    index.remove("d0")
    assert "d0" not in index.query(ours[0])
