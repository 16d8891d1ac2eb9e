"""Duplicate checks against signatures kept in the store, across two runs."""

from redline.enrich.dedupe import DuplicateFinder, StoredSignatures
from redline.model import Document
from redline.store import Store

WIRE = (
    "NAIROBI, March 4 (Reuters) - Kenya's central bank held its benchmark lending rate at 12.75% "
    "on Tuesday, saying inflation was expected to stay within its target range this year. "
    "Governor Kamau Thugge told reporters the bank would watch food and fuel prices closely after "
    "a poor short rains season in the east of the country. The shilling was little changed "
    "against the dollar after the decision, traders said."
)


def test_a_copy_coded_in_a_later_run_is_marked_from_stored_signatures(tmp_path):
    original = Document(text=WIRE, source="wire.txt")
    copy = Document(text=WIRE + " Reporting by Duncan Miriri.", source="reprint.txt")
    with Store(tmp_path / "s.duckdb") as store:
        first = StoredSignatures(store, DuplicateFinder())
        first.mark([original])
        store.write([original], also=first.writer([original]))
        # A new run: the stored signature is restored from its bytes, not recomputed.
        second = StoredSignatures(store, DuplicateFinder())
        second.mark([copy])
    assert copy.duplicate_of == original.id
    assert copy.meta["duplicate"]["of"] == original.id


def test_coding_a_stored_document_again_replaces_its_signature_rows(tmp_path):
    """A recoded document's signature and band keys are replaced, never doubled; a new one's are
    only added (the writer looks in the signature table before deleting anything)."""
    original = Document(text=WIRE, source="wire.txt")
    other = Document(text="A different brief about rain in the east of Kenya. " * 4, source="b")
    with Store(tmp_path / "s.duckdb") as store:
        for docs in ([original], [original, other], [original]):
            signatures = StoredSignatures(store, DuplicateFinder())
            signatures.mark(docs)
            store.write(docs, also=signatures.writer(docs))
        with store.connection() as con:
            rows = dict(
                con.execute(
                    "SELECT s.doc_id, (SELECT count(*) FROM doc_lsh l WHERE l.doc_id = s.doc_id) "
                    "FROM doc_signatures s"
                ).fetchall()
            )
            bands = StoredSignatures(store, DuplicateFinder()).bands
    assert rows == {original.id: bands, other.id: bands}
