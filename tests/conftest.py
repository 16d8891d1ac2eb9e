from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    """The English spaCy pipeline, loaded once for the whole test session."""
    from redline.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def code_text():
    """Code one text with the full pipeline (loads the model once)."""
    from redline.pipeline import code_text

    return code_text


@pytest.fixture(scope="module")
def book():
    """The actor book of the package's tables (built once per module, as ``load_actors`` shares
    it)."""
    from redline.actors import load_actors

    return load_actors()
