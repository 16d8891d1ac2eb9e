"""A learned ranker for the antecedent of a speaker pronoun (issue #10).

The entity graph's pronoun cascade (:func:`redline.actors.graph._pronouns`) picks an antecedent
by tiers of hand rules ("subject in the same sentence", "earlier speaker", "nearest" …). For a
pronoun that is the subject of a reporting verb ("“…,” he said"), this module scores every
entity the cascade's window offers (after its hard filters: gender, quotation, bound clause
subjects) with a conditional logit over a few cheap features, among them which rule the cascade
used and whether the candidate is its choice, so that the model learns when to overrule it.

The weights (``data/actors/pronoun_ranker.json``) are trained by
``scripts/train_speaker_ranker.py`` on the speaker name key's train shares
(``evaluation/namekey``); the graph uses them when ``[stage.graph] pronoun_ranker = true``.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from redline import datafiles
from redline.errors import RedlineError

MODEL_FILE = "actors/pronoun_ranker.json"
# the cascade's rules (the part of the rule string after "pronoun->", before any "+note")
RULES = (
    "list-heading",
    "as-for-topic",
    "subject-same-sentence",
    "clause-subject-same-sentence",
    "subject",
    "clause-subject",
    "named-in-sentence-before",
    "relative-clause-owner",
    "pronoun-before",
    "subject-after-speaker",
    "earlier-speaker",
    "nearest",
)
ROLES = ("speaker", "subject", "embedded")
KINDS = ("name", "surname", "title+surname", "pronoun")

# set by scripts/train_speaker_ranker.py: every speaker pronoun's candidates are appended here
# as the graph is built (the cascade still decides unless the ranker is on)
COLLECT: list[dict[str, Any]] | None = None


@dataclass(frozen=True)
class RankerModel:
    names: tuple[str, ...]
    weights: tuple[float, ...]

    def scores(self, rows: list[dict[str, float]]) -> list[float]:
        index = {n: i for i, n in enumerate(self.names)}
        out = []
        for row in rows:
            out.append(sum(v * self.weights[index[k]] for k, v in row.items() if k in index))
        return out


@datafiles.cached
def load_ranker() -> RankerModel | None:
    """The shipped (or a user's, the last layer) weights, or None when there are none."""
    try:
        layers = datafiles.layers(MODEL_FILE)
    except RedlineError:  # no such file: the cascade alone decides
        return None
    if not layers:
        return None
    data = json.loads(layers[-1].text)
    weights = data["weights"]
    return RankerModel(tuple(weights), tuple(float(w) for w in weights.values()))


def _rule_name(rule: str) -> str:
    return rule.split("+", 1)[0].removeprefix("pronoun->")


def candidate_features(
    graph: Any, token: Any, cands: list[Any], chosen: Any, rule: str, ctx: dict[str, Any]
) -> tuple[list[Any], list[dict[str, float]]]:
    """One row of features per candidate entity (its nearest node stands for it), nearest
    first."""
    from redline.actors.graph import _in_time_clause, _sentences_apart, _under_bare_participle

    text = graph.doc.text
    starts = ctx["starts"]
    start = token.idx
    anchor = ctx["anchor"]
    pronoun_sentence = bisect_right(starts, start)
    by_entity: dict[int, list[Any]] = {}
    for node in cands:  # nearest first
        by_entity.setdefault(node.entity, []).append(node)
    cascade = _rule_name(rule)
    marks = {
        name: ctx[name].entity if ctx.get(name) is not None else None
        for name in ("speaker", "subject", "embedded", "named")
    }
    # where the pronoun stands: after a quotation it closes ("“…,” he said"), set off by commas
    # inside a sentence (", he said,"), or opening its sentence
    before = text[max(0, start - 3) : start]
    if anchor != start:
        where = "after-quote"
    elif before.endswith(", ") or before.endswith(",” "):
        where = "parenthetical"
    elif bisect_right(starts, start) and starts[bisect_right(starts, start) - 1] == start:
        where = "sentence-start"
    else:
        where = "inside"
    seen: dict[int, int] = {}
    for node in graph.nodes:
        if node.start < start and node.kind != "dropped":
            seen[node.entity] = seen.get(node.entity, 0) + 1
    nodes, rows = [], []
    for rank, (entity, mine) in enumerate(by_entity.items()):
        node = mine[0]
        apart = max(0, _sentences_apart(starts, node.start, anchor))
        row: dict[str, float] = {
            f"apart={min(apart, 3)}": 1.0,
            "apart": min(apart, 8) / 4,
            "chars": math.log1p(max(0, start - node.end)) / 7,
            f"rank={min(rank, 3)}": 1.0,
            "mentions": math.log1p(seen.get(entity, 0)) / 3,
        }
        role = node.subject if node.subject in ROLES else "none"
        row[f"role={role}"] = 1.0
        kind = node.kind if node.kind in KINDS else "other"
        row[f"kind={kind}"] = 1.0
        for other in ROLES:
            if any(n.subject == other for n in mine):
                row[f"has-{other}"] = 1.0
        for name, ent in marks.items():
            if ent == entity:
                row[f"is-{name}"] = 1.0
        ent = graph.entities[entity]
        if ent.gender:
            row["gender-known"] = 1.0
        if ent.type != "person":
            row["not-person"] = 1.0
        if node.quoted:
            row["node-quoted"] = 1.0
        if ctx["quote"] is not None:
            row["pronoun-quoted"] = 1.0 if apart == 0 else 0.0
        if "\n" in text[node.end : start]:
            row["paragraph-between"] = 1.0
        if role in ("speaker", "subject") and apart > 0 and _in_time_clause(graph, node):
            row["time-clause"] = 1.0
        if (
            role == "embedded"
            and bisect_right(starts, node.start) == pronoun_sentence
            and _under_bare_participle(graph, node, token)
        ):
            row["bare-participle"] = 1.0
        if entity == chosen.entity:
            row["cascade"] = 1.0
            row[f"cascade:{cascade}"] = 1.0
        if ctx["is_speaker"]:
            row[f"speaker-pronoun:role={role}"] = 1.0
        for name in ("cascade", "is-speaker", "is-subject", "apart=0"):
            if name in row:
                row[f"{where}:{name}"] = 1.0
        nodes.append(node)
        rows.append(row)
    return nodes, rows


def softmax(scores: list[float]) -> list[float]:
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


def rerank(
    graph: Any,
    token: Any,
    cands: list[Any],
    chosen: Any,
    rule: str,
    ctx: dict[str, Any],
    *,
    use: bool,
) -> tuple[Any, str]:
    """The ranker's antecedent for a speaker pronoun and its rule ("pronoun->ranker p=0.83
    (cascade: pronoun->subject)"); the cascade's when the ranker is off, has no weights or has
    only one candidate. With :data:`COLLECT` set, the candidates are recorded too."""
    if not cands or not ctx["is_speaker"] and COLLECT is None:
        return chosen, rule
    model = load_ranker() if use and ctx["is_speaker"] else None
    if model is None and COLLECT is None:
        return chosen, rule
    nodes, rows = candidate_features(graph, token, cands, chosen, rule, ctx)
    if COLLECT is not None:
        COLLECT.append(
            {
                "doc": graph.doc.source,
                "pronoun": (token.idx, token.idx + len(token.text)),
                "cascade": _rule_name(rule),
                "is_speaker": bool(ctx["is_speaker"]),
                "nodes": [(n.start, n.end) for n in nodes],
                "rows": rows,
            }
        )
    if model is None or len(nodes) < 2:
        return chosen, rule
    probs = softmax(model.scores(rows))
    best = max(range(len(nodes)), key=lambda i: (probs[i], -i))
    return nodes[best], f"pronoun->ranker p={probs[best]:.2f} (cascade: {rule})"
