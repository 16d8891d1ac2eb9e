"""A user's own stage, built by a factory named in a config file (``module:function``)."""

from redline.model import Document


def make(config, *, word: str):
    def shout(doc: Document) -> Document:
        doc.warnings.append(f"{word}: {len(doc.sentences)} sentences")
        return doc

    return shout
