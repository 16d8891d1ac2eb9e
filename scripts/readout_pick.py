"""Pick unseen BBC and Wikinews articles for a reading round (issue #9 readouts).

The reading rounds ("### ... reading output" in docs/benchmarks.md) read the
coder's output event by event on articles it was never tuned on. This draws
them the same way each round: files of ../shared/corpus/news, 1,000-4,500
characters, political or conflict content (BBC politics; BBC business and
Wikinews with at least 6 and 5 words of POLITICAL), none whose id or title is
named in docs/benchmarks.md, examples/ or tests/; sorted ids, then
random.Random(seed).sample of the BBC then of the Wikinews candidates.

    python scripts/readout_pick.py 31 15 15 /tmp/readout13/a30
    python scripts/readout_pick.py 32 5 5 /tmp/readout13/b10 \
        --leave-out /tmp/readout13/a30/sample.jsonl

writes OUT/sample.jsonl (the corpus lines) and OUT/ids.txt. By session 25 the docs name
nearly every Wikinews article that passes; --max-chars and --wikinews-min-score widen
that pool (read31 drew with 6000 and 3); by session 38 the BBC politics and business pools
were spent too, and --tech-min-score adds BBC tech articles about censorship, elections and
state cyber policy (read50 drew with --tech-min-score 10 --business-min-score 5 --max-chars 6000).
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _corpus() -> Path:
    """../shared/corpus/news beside the checkout, or beside the main checkout of a git worktree
    (a worktree's parent holds no ../shared)."""
    roots = [ROOT]
    common = ROOT / ".git"
    if common.is_file():  # a worktree: "gitdir: <main>/.git/worktrees/<name>"
        gitdir = Path(common.read_text(encoding="utf-8").split(":", 1)[1].strip())
        roots.append(gitdir.parent.parent.parent)
    for root in roots:
        folder = root.parent / "shared" / "corpus" / "news"
        if folder.is_dir():
            return folder
    return ROOT.parent / "shared" / "corpus" / "news"


CORPUS = _corpus()
BBC = "bbc_news_2004_2005.jsonl.gz"
WIKINEWS = "wikinews_2019_2020.jsonl.gz"

POLITICAL = frozenset(
    {
        "government",
        "minister",
        "ministers",
        "president",
        "prime",
        "parliament",
        "election",
        "elections",
        "vote",
        "voted",
        "party",
        "parties",
        "police",
        "military",
        "army",
        "troops",
        "war",
        "attack",
        "attacks",
        "attacked",
        "killed",
        "protest",
        "protesters",
        "protests",
        "court",
        "judge",
        "sanctions",
        "talks",
        "treaty",
        "accused",
        "accuse",
        "rebels",
        "opposition",
        "leader",
        "leaders",
        "senator",
        "congress",
        "campaign",
        "official",
        "officials",
        "embassy",
        "diplomat",
        "diplomatic",
        "security",
        "arrested",
        "charged",
        "trial",
        "strike",
        "strikes",
        "bomb",
        "bombing",
        "soldiers",
        "forces",
        "conflict",
        "negotiations",
        "agreement",
        "deal",
        "summit",
        "border",
        "refugees",
        "demanded",
        "criticised",
        "criticized",
        "condemned",
        "threatened",
        "warned",
        "minister's",
        "governor",
        "mayor",
        "labour",
        "tory",
        "tories",
        "conservative",
        "conservatives",
        "democrat",
        "democrats",
        "republican",
        "republicans",
        "un",
        "nato",
        "eu",
    }
)


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z']+", text.lower())


def political_score(text: str) -> int:
    return sum(1 for w in _words(text) if w in POLITICAL)


def _named_text() -> str:
    """The text of the docs, the examples and the tests, where earlier rounds name articles."""
    parts = [(ROOT / "docs" / "benchmarks.md").read_text(encoding="utf-8", errors="replace")]
    for folder in ("examples", "tests"):
        for path in sorted((ROOT / folder).rglob("*")):
            if not path.is_file():
                continue
            try:
                if path.suffix == ".gz":
                    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as fh:
                        parts.append(fh.read())
                else:
                    parts.append(path.read_text(encoding="utf-8", errors="replace"))
            except (OSError, EOFError):
                continue
    return re.sub(r"\s+", " ", "\n".join(parts))


def _named(record: dict, named: str) -> bool:
    rid = record["id"]
    title = re.sub(r"\s+", " ", (record.get("title") or "").strip())
    if rid.startswith("bbc-"):
        # a round may list "`bbc-politics-026` Blair sets date ..., `-287` Boothroyd calls for
        # Lords speaker": the short id then sits beside its title, so the title names it too
        return (
            re.search(re.escape(rid) + r"\b", named) is not None
            or _short_bbc_named(rid, named)
            or (len(title) >= 20 and f"-{rid.rsplit('-', 1)[1]}` {title}" in named)
        )
    # a title may be named shortened ("... primaries", without its "2020 ...: " head)
    heads = [title, title.split(": ", 1)[-1]]
    return rid in named or any(len(h) >= 12 and h[:24] in named for h in heads)


def _short_bbc_named(rid: str, named: str) -> bool:
    # the docs list BBC ids as "bbc-politics-040, -186, -347": look for "-186" in such a list
    section, number = rid.rsplit("-", 1)
    for m in re.finditer(re.escape(section) + r"-\d{3}((?:,\s*-\d{3})+)", named):
        if f"-{number}" in re.findall(r"-\d{3}", m.group(1)):
            return True
    return False


def candidates(
    left_out: set[str],
    max_chars: int = 4500,
    wikinews_min_score: int = 5,
    tech_min_score: int | None = None,
    business_min_score: int = 6,
) -> tuple[list[dict], list[dict]]:
    named = _named_text()
    bbc, wiki = [], []
    for name, out in ((BBC, bbc), (WIKINEWS, wiki)):
        with gzip.open(CORPUS / name, "rt", encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                text = rec.get("text") or ""
                if not 1000 <= len(text) <= max_chars or rec["id"] in left_out:
                    continue
                score = political_score(text)
                if name == BBC:
                    if rec["id"].startswith("bbc-politics-"):
                        ok = True
                    elif rec["id"].startswith("bbc-business-"):
                        ok = score >= business_min_score
                    elif rec["id"].startswith("bbc-tech-") and tech_min_score is not None:
                        ok = score >= tech_min_score
                    else:
                        ok = False
                else:
                    ok = score >= wikinews_min_score
                if ok and not _named(rec, named):
                    out.append(rec)
    bbc.sort(key=lambda r: r["id"])
    wiki.sort(key=lambda r: r["id"])
    return bbc, wiki


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("seed", type=int)
    ap.add_argument("n_bbc", type=int)
    ap.add_argument("n_wikinews", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument(
        "--leave-out",
        type=Path,
        nargs="*",
        default=[],
        help="sample.jsonl files whose ids to leave out",
    )
    ap.add_argument(
        "--max-chars",
        type=int,
        default=4500,
        help="longest article text (4500; raise it when the Wikinews pool runs dry)",
    )
    ap.add_argument(
        "--wikinews-min-score",
        type=int,
        default=5,
        help="least POLITICAL words in a Wikinews article (5)",
    )
    ap.add_argument(
        "--tech-min-score",
        type=int,
        default=None,
        help="also draw BBC tech articles with at least this many POLITICAL words (off; "
        "the politics and business pools ran dry by session 38)",
    )
    ap.add_argument(
        "--business-min-score",
        type=int,
        default=6,
        help="least POLITICAL words in a BBC business article (6)",
    )
    args = ap.parse_args()
    left_out: set[str] = set()
    for path in args.leave_out:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                left_out.add(json.loads(line)["id"])
    bbc, wiki = candidates(
        left_out,
        args.max_chars,
        args.wikinews_min_score,
        args.tech_min_score,
        args.business_min_score,
    )
    for label, pool, wanted in (("BBC", bbc, args.n_bbc), ("Wikinews", wiki, args.n_wikinews)):
        if wanted > len(pool):
            sys.exit(
                f"readout_pick: {wanted} {label} articles asked for, {len(pool)} unseen candidates "
                "left (the docs, examples and tests name the rest); ask for fewer"
            )
    rng = random.Random(args.seed)
    picked = rng.sample(bbc, args.n_bbc) + rng.sample(wiki, args.n_wikinews)
    args.out.mkdir(parents=True, exist_ok=True)
    with open(args.out / "sample.jsonl", "w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(args.out / "ids.txt", "w", encoding="utf-8") as fh:
        for rec in picked:
            fh.write(f"{rec['id']}\t{rec.get('title') or ''}\n")
    print(f"{len(bbc)} BBC and {len(wiki)} Wikinews candidates; wrote {len(picked)} to {args.out}")


if __name__ == "__main__":
    main()
