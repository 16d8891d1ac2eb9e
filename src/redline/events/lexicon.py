"""The verb-and-phrase lexicon: which wordings code which CAMEO event.

Entries live in ``data/events/lexicon.yml``; a user adds their own with
``load_lexicon(extra=["my_verbs.yml"])`` in the same format. One entry is a trigger lemma plus
the frame around it that must be present:

``{code: "163", verb: impose, object: [$SANCTION], prep: on, pattern: "impose sanctions on T"}``

- ``verb`` / ``noun``: trigger lemma(s) (verbs are matched on verbs, nouns on nouns);
- ``particle``: phrasal-verb particle(s) ("call *off*");
- ``object``: lemma(s) of the direct object ("air strike" = head ``strike`` with ``air`` before it);
- ``prep``: preposition(s), one of which must hang off the verb or its object; its object is
  the target;
- ``xcomp``: lemma(s) of the verb in a "to ..." complement ("threaten *to attack*");
- ``clause``: lemma(s) that must occur in the verb's complement clause ("warn that ... *war*");
- ``target``: where the target is: ``dobj``, ``prep``, ``xcomp`` (object of the "to" verb),
  ``clause`` (first actor in the complement clause) or ``none``;
- ``reciprocal``: the event goes both ways (meet, negotiate, cooperate);
- ``swap``: the grammatical subject is the one acted on ("T *received* weapons *from* S");
- ``speaker``: a speech act; the source is who says it (the quotation's speaker or the reporting
  verb's subject), the target the grammatical subject ("Y is the cause of this war").

``$NAME`` in a list refers to a word group under ``groups:``. More constraints met = more specific:
the most specific entry that matches wins.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from redline import datafiles
from redline.errors import RedlineError
from redline.events.cameo import load_cameo

TARGETS = ("dobj", "prep", "xcomp", "clause", "none")


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    code: str
    pos: str
    lemmas: tuple[str, ...]
    particles: tuple[str, ...] = ()
    objects: tuple[tuple[str, tuple[str, ...]], ...] = ()
    preps: tuple[str, ...] = ()
    xcomp: tuple[str, ...] = ()
    clause: tuple[str, ...] = ()
    target: str = "dobj"
    reciprocal: bool = False
    swap: bool = False
    speaker: bool = False  # the source is who says it, the target the subject (speech acts)
    pattern: str = ""
    note: str = ""
    origin: str = ""
    # issue #9 speed55: ``specificity``, counted once when the entry is made (the frame matcher
    # reads it for every entry it tries, 22,000 times per 150 articles). Safe: the entry is
    # frozen, so the fields it is counted from never change; not compared, hashed or printed
    _specificity: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(
            self,
            "_specificity",
            bool(self.particles)
            + 2 * bool(self.objects)
            + bool(self.preps)
            + 2 * bool(self.xcomp)
            + bool(self.clause),
        )

    @property
    def specificity(self) -> int:
        """How many frame constraints the entry has (ties go to the earlier entry)."""
        return self._specificity

    def describe(self) -> str:
        """A compact signature for the ``rule`` field: ``impose+sanction+on[TARGET]``."""
        parts = [self.lemmas[0] if len(self.lemmas) == 1 else "|".join(self.lemmas[:3])]
        if self.particles:
            parts.append("|".join(self.particles))
        if self.objects:
            parts.append("|".join(" ".join((*m, h)) for h, m in self.objects[:3]))
        if self.xcomp:
            parts.append("to " + "|".join(self.xcomp[:3]))
        if self.clause:
            parts.append("that…" + "|".join(self.clause[:3]))
        if self.preps:
            parts.append("|".join(self.preps))
        return "+".join(parts) + f"[{self.target.upper()}]"


@dataclass
class Lexicon:
    verbs: dict[str, list[LexiconEntry]]
    nouns: dict[str, list[LexiconEntry]]
    entries: list[LexiconEntry]

    def candidates(self, lemma: str, pos: str) -> list[LexiconEntry]:
        table = self.verbs if pos == "verb" else self.nouns
        return table.get(lemma, [])

    def codes(self) -> set[str]:
        return {e.code for e in self.entries}


def _word(value) -> str:
    # YAML 1.1 reads bare on/off as booleans; in a lexicon they are always the words.
    if value is True:
        return "on"
    if value is False:
        return "off"
    return str(value)


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list | tuple):
        return [_word(v) for v in value]
    return [_word(value)]


def _expand(words: Iterable[str], groups: dict[str, list[str]], where: str) -> tuple[str, ...]:
    out: list[str] = []
    for word in words:
        if word.startswith("$"):
            if word[1:] not in groups:
                raise RedlineError("E401", f"{where}: unknown word group {word}")
            out.extend(groups[word[1:]])
        else:
            out.append(word)
    return tuple(w.lower() for w in out)


def parse_entries(data: dict, origin: str, groups: dict[str, list[str]]) -> list[LexiconEntry]:
    """Entries from one parsed lexicon file (``groups`` is updated with the file's own groups)."""
    cameo = load_cameo()
    for name, words in (data.get("groups") or {}).items():
        groups[name] = [w.lower() for w in _as_list(words)]
    entries = []
    for i, raw in enumerate(data.get("entries") or []):
        where = f"{origin} entry {i + 1}"
        code = str(raw.get("code", ""))
        if code not in cameo:
            raise RedlineError("E402", f"{where}: unknown CAMEO code {code!r}")
        pos = "noun" if "noun" in raw else "verb"
        lemmas = _expand(_as_list(raw.get(pos)), groups, where)
        if not lemmas:
            raise RedlineError("E403", f"{where}: needs a verb or noun")
        objects = []
        for phrase in _expand(_as_list(raw.get("object")), groups, where):
            objects.append((phrase.split()[-1], tuple(phrase.split()[:-1])))
            if "-" in phrase:  # "cease-fire" may be one token or three ("cease - fire")
                words = phrase.replace("-", " ").split()
                objects.append((words[-1], tuple(words[:-1])))
        preps = tuple(p.lower() for p in _as_list(raw.get("prep")))
        target = raw.get("target") or ("prep" if preps else "dobj")
        if target not in TARGETS:
            raise RedlineError("E404", f"{where}: target must be one of {TARGETS}")
        entries.append(
            LexiconEntry(
                code=code,
                pos=pos,
                lemmas=lemmas,
                particles=tuple(p.lower() for p in _as_list(raw.get("particle"))),
                objects=tuple(objects),
                preps=preps,
                xcomp=_expand(_as_list(raw.get("xcomp")), groups, where),
                clause=_expand(_as_list(raw.get("clause")), groups, where),
                target=target,
                reciprocal=bool(raw.get("reciprocal", False)),
                swap=bool(raw.get("swap", False)),
                speaker=bool(raw.get("speaker", False)),
                pattern=raw.get("pattern", ""),
                note=raw.get("note", ""),
                origin=origin,
            )
        )
    return entries


def _yaml(text: str):
    """Parse YAML with the C loader when PyYAML has it (the lexicon loads 10x faster), a bare
    on/off/yes/no a word (:func:`redline.datafiles.yaml_loader`)."""
    return yaml.load(text, Loader=datafiles.yaml_loader())


@datafiles.cached
def _load(extra: tuple[str, ...]) -> Lexicon:
    groups: dict[str, list[str]] = {}
    entries: list[LexiconEntry] = []
    users: list[LexiconEntry] = []
    # The lexicon, then event nouns with their arguments, speech acts and wordings of
    # evaluation (using the lexicon's word groups); each with the user's layers, whose entries
    # go first so they win ties.
    for name in ("lexicon.yml", "nominals.yml", "speech.yml", "evaluative.yml"):
        for layer in datafiles.layers("events/" + name):
            origin = name if layer.packaged else Path(layer.where).name
            parsed = parse_entries(_yaml(layer.text), origin, groups)
            if layer.packaged:
                entries += parsed
            else:
                users += parsed
    entries = users + entries
    for path in extra:
        text = Path(path).read_text("utf-8")
        # The user's entries go first so that on equal specificity they win.
        entries = parse_entries(_yaml(text), Path(path).name, groups) + entries
    verbs: dict[str, list[LexiconEntry]] = {}
    nouns: dict[str, list[LexiconEntry]] = {}
    for entry in entries:
        table = verbs if entry.pos == "verb" else nouns
        for lemma in entry.lemmas:
            table.setdefault(lemma, []).append(entry)
    for table in (verbs, nouns):
        for lemma in table:
            table[lemma].sort(key=lambda e: -e.specificity)  # stable: file order among equals
    return Lexicon(verbs=verbs, nouns=nouns, entries=entries)


def load_lexicon(extra: Iterable[str | Path] | str | Path | None = None) -> Lexicon:
    """The package lexicon plus the user's own files (same YAML format), compiled by lemma."""
    if extra is None:
        paths: tuple[str, ...] = ()
    elif isinstance(extra, str | Path):
        paths = (str(extra),)
    else:
        paths = tuple(str(p) for p in extra)
    return _load(paths)
