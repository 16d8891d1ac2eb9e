"""Bytes to text: refuse binary content by name, then find the encoding instead of assuming it."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

# Magic numbers of the binary files people most often feed a text tool by mistake.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX/EPUB)"),
    (b"PK\x05\x06", "empty ZIP archive"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WAV/AVI/WEBP)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document (DOC/XLS)"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "Windows executable"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "XZ archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"ID3", "MP3 audio"),
    (b"OggS", "Ogg media"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"PAR1", "Parquet file"),
)

BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# When several single-byte encodings decode a text equally well, news text is far more often
# Windows-1252 than Central European or Baltic code pages (whose guess turns "naïve" into "naďve").
PREFERRED_ENCODINGS = ("utf_8", "cp1252", "latin_1", "iso8859_15", "mac_roman")

HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


class DecodeError(ValueError):
    """The bytes are not text we can read; the message is the one-line reason."""


def binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` ("PNG image"), or None when it may be text."""
    if any(data.startswith(bom) for bom, _ in BOMS):
        return None
    for signature, name in BINARY_SIGNATURES:
        if data.startswith(signature):
            if signature == b"MZ" and b"This program" not in data[:512]:
                continue  # "MZ" alone is too short to trust; real executables say so early
            return name
    if b"\x00" in data[:8192]:
        return "unknown binary data (NUL bytes)"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if it names a codec Python knows."""
    match = HTML_CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "ignore")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


# Stray high bytes in otherwise plain ASCII text: at most this share of the bytes. A text really
# written in a single-byte code page (Cyrillic, Greek, DOS) has far more.
STRAY_SHARE = 0.005


def decode_bytes(
    data: bytes, *, declared: str | None = None, warnings: list[str] | None = None
) -> tuple[str, str]:
    """Decode ``data`` and name the encoding used.

    A byte-order mark decides; else bytes that are valid UTF-8 are UTF-8; else an encoding the
    document declares (HTML <meta charset>) if it decodes cleanly; else UTF-8 that is damaged in a
    few places (see :func:`mostly_utf8`) is read as UTF-8 with U+FFFD for each bad sequence and a
    note in ``warnings``; else charset-normalizer's guess. Raises :class:`DecodeError` when
    nothing fits.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as err:
                raise DecodeError(f"starts with a {encoding} byte-order mark but is not") from err
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return data.decode(declared), declared
        except (UnicodeDecodeError, LookupError):
            pass
    if mostly_utf8(data):
        return replaced_utf8(data, warnings)
    results = list(charset_normalizer.from_bytes(data))
    if not results:
        raise DecodeError("not valid UTF-8 and no encoding could be detected")
    best = min(results, key=lambda r: r.percent_chaos)
    if best.percent_chaos > 20:
        raise DecodeError("not valid UTF-8 and no encoding could be detected")
    near = [r for r in results if r.percent_chaos <= best.percent_chaos + 0.5]
    for encoding in PREFERRED_ENCODINGS:
        for result in near:
            if result.encoding == encoding:
                return str(result), encoding
    high = sum(1 for byte in data if byte > 0x7F)
    if high <= len(data) * STRAY_SHARE:
        # A few stray bytes in ASCII text are damage, not a DOS or Cyrillic code page: guessing
        # one would turn them into letters nobody wrote.
        return replaced_utf8(data, warnings)
    try:  # the guess may read the bytes exactly as Windows-1252 does: then name the common one
        if data.decode("cp1252") == str(best):
            return str(best), "cp1252"
    except UnicodeDecodeError:
        pass
    return str(best), best.encoding


def mostly_utf8(data: bytes) -> bool:
    """True when ``data`` is UTF-8 damaged in a few places: as many valid multi-byte characters
    as invalid sequences, or more.

    Single-byte code pages almost never form valid UTF-8 sequences by chance, so valid ones beside
    the bad ones mean a UTF-8 text with a cut character or a stray byte, not Windows-1252."""
    text = data.decode("utf-8", "replace")
    bad = bad_sequences(text, data)
    good = sum(1 for ch in text if ord(ch) > 0x7F) - text.count("\ufffd")
    return 0 < bad <= good


def bad_sequences(text: str, data: bytes) -> int:
    """How many invalid sequences a ``replace`` decode of ``data`` turned into U+FFFD."""
    return text.count("\ufffd") - data.count("\ufffd".encode())


def replaced_utf8(data: bytes, warnings: list[str] | None) -> tuple[str, str]:
    """``data`` as UTF-8 with U+FFFD for each invalid sequence, noted in ``warnings``."""
    text = data.decode("utf-8", "replace")
    bad = bad_sequences(text, data)
    if warnings is not None:
        sequences = "sequence" if bad == 1 else "sequences"
        warnings.append(f"decoded as UTF-8: {bad} invalid byte {sequences} replaced with U+FFFD")
    return text, "utf-8"


class LineDecoder:
    """Decodes a record-per-line input one line at a time, with the encoding its first chunk shows.

    A whole-file decode would need the whole file in memory; a JSON Lines file may be larger than
    memory. So the encoding is found once, on a first chunk, as :func:`decode_bytes` finds it for
    a whole file, and each line is decoded with it. A line that does not decode (a stray byte
    further on) is repaired alone: as UTF-8 with U+FFFD and a warning when the file is UTF-8, or
    decoded on its own by :func:`decode_bytes` when the first chunk was plain ASCII and so showed
    no encoding at all.
    """

    def __init__(self, sample: bytes) -> None:
        self.bom = b""
        if sample.startswith(codecs.BOM_UTF8):
            self.bom = codecs.BOM_UTF8
            sample = sample[len(self.bom) :]
        # Only whole lines: a chunk cut inside a character must not look like damage.
        whole = sample[: sample.rfind(b"\n") + 1] or sample
        self.encoding: str | None = self._detect(whole)

    @staticmethod
    def streamable(sample: bytes) -> bool:
        """False for UTF-16 and UTF-32 input, whose newlines are not the byte ``\\n``."""
        return not any(sample.startswith(bom) for bom, name in BOMS if name in ("utf-16", "utf-32"))

    @staticmethod
    def _detect(sample: bytes) -> str | None:
        """``utf-8``, a single-byte code page, or None when the sample is plain ASCII."""
        if sample.isascii():
            return None
        try:
            codecs.utf_8_decode(sample, "strict", False)  # a character cut at the end is no error
        except UnicodeDecodeError:
            pass
        else:
            return "utf-8"
        if mostly_utf8(sample):
            return "utf-8"
        try:
            return decode_bytes(sample)[1]
        except DecodeError:
            return None  # each line is then decoded (or refused) on its own

    def decode(self, line: bytes, warnings: list[str]) -> str:
        """One line as text; what had to be repaired goes to ``warnings``. Raises
        :class:`DecodeError` for a line that no encoding fits."""
        if self.bom:  # the first line only
            line, self.bom = line.removeprefix(self.bom), b""
        encoding = self.encoding or "utf-8"
        try:
            return line.decode(encoding)
        except UnicodeDecodeError:
            pass
        if self.encoding == "utf-8":
            return replaced_utf8(line, warnings)[0]
        return decode_bytes(line, warnings=warnings)[0]
