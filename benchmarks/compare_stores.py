"""Compare two redline stores row for row: did a change (a speed-up, a refactor) alter the output?

    python benchmarks/compare_stores.py before.duckdb after.duckdb
    python benchmarks/compare_stores.py before.duckdb after.duckdb --tables events quotes

Code the same inputs into two fresh stores, one before and one after the change, then run this.
For each table present in both stores it compares the rows as sets (every column except the
time-of-coding ones), prints the counts and up to ``--show`` rows found only on one side, and exits
1 if any table differs. A speed change should exit 0.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter

import duckdb

DEFAULT_TABLES = (
    "documents",
    "sentences",
    "entities",
    "mentions",
    "quotes",
    "events",
    "quantities",
    "places",
    "happenings",
    "event_happenings",
)
# Columns that say when a row was written, not what was coded.
VOLATILE = {"coded_at"}


def table_rows(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[str], Counter]:
    """The table's columns (volatile ones dropped) and its rows as a multiset."""
    columns = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall() if r[0] not in VOLATILE]
    quoted = ", ".join(f'"{c}"' for c in columns)
    rows = con.execute(f"SELECT {quoted} FROM {table}").fetchall()
    return columns, Counter(tuple(map(_hashable, row)) for row in rows)


def _hashable(value: object) -> object:
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


def compare(before: str, after: str, tables: list[str], show: int = 5) -> int:
    """Print the comparison; return how many tables differ."""
    a = duckdb.connect(before, read_only=True)
    b = duckdb.connect(after, read_only=True)
    have_a = {r[0] for r in a.execute("SHOW TABLES").fetchall()}
    have_b = {r[0] for r in b.execute("SHOW TABLES").fetchall()}
    differ = 0
    for table in tables:
        if table not in have_a or table not in have_b:
            print(f"{table}: missing in {'before' if table not in have_a else 'after'}")
            differ += 1
            continue
        cols_a, rows_a = table_rows(a, table)
        cols_b, rows_b = table_rows(b, table)
        if cols_a != cols_b:
            print(f"{table}: columns differ: {cols_a} vs {cols_b}")
            differ += 1
            continue
        only_a = rows_a - rows_b
        only_b = rows_b - rows_a
        same = not only_a and not only_b
        status = "same" if same else "DIFFERENT"
        print(
            f"{table}: {sum(rows_a.values())} / {sum(rows_b.values())} rows, {status}"
            + (
                ""
                if same
                else f" ({sum(only_a.values())} only before, {sum(only_b.values())} only after)"
            )
        )
        if not same:
            differ += 1
            for label, rows in (("before", only_a), ("after", only_b)):
                for row in list(rows)[:show]:
                    print(f"  only {label}: {dict(zip(cols_a, row, strict=True))}")
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--tables", nargs="*", default=list(DEFAULT_TABLES))
    parser.add_argument("--show", type=int, default=5, help="rows to print per side that differ")
    args = parser.parse_args(argv)
    return 1 if compare(args.before, args.after, args.tables, args.show) else 0


if __name__ == "__main__":
    sys.exit(main())
