"""Every error redline raises, each with a code so a message can be searched for."""

from __future__ import annotations


class RedlineError(Exception):
    """A problem the user can act on. ``code`` is a stable identifier such as ``E001``."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"[{code}] {message}")
        self.code = code
        self.message = message


class InputError(RedlineError):
    """One input could not be read or cleaned; the batch goes on without it."""
