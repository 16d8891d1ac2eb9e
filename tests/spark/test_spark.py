"""``redline spark`` on local[2] gives the records ``redline code`` gives on the same input."""

from __future__ import annotations

import json
import os
import shutil

import pytest

pytest.importorskip("pyspark", reason="pyspark is not installed (pip install 'redline[spark]')")
if not (os.environ.get("JAVA_HOME") or shutil.which("java")):
    pytest.skip("no Java runtime for Spark (run ci/spark-deps.sh)", allow_module_level=True)

from redline.batch import code_stream  # noqa: E402
from redline.ingest import read_sources  # noqa: E402
from redline.model import check_offsets  # noqa: E402
from redline.pipeline import Pipeline  # noqa: E402
from redline.spark import code_on_spark, load_parquet  # noqa: E402
from redline.store import Store  # noqa: E402

pytestmark = [pytest.mark.spark, pytest.mark.model]

ARTICLES = [
    {
        "id": "wire-0412",
        "title": "Ethiopia and Kenya agree to reopen border crossing",
        "date": "2025-04-12",
        "text": (
            "ADDIS ABABA, April 12 - Ethiopia and Kenya agreed on Saturday to reopen the Moyale "
            "border crossing, which was closed in February after clashes between herders.\n\n"
            "Ethiopian Prime Minister Abiy Ahmed met Kenyan President William Ruto in Addis Ababa "
            "and the two leaders signed an agreement on trade and security along the frontier. "
            '"We will not let a dispute over grazing land divide our peoples," Ruto said after '
            "the meeting.\n\nKenya accused Ethiopian militias of attacking villages near Moyale "
            "last month. Ethiopia denied the charge and said it would investigate."
        ),
    },
    {
        "id": "wire-0413",
        "title": "Protesters clash with police in Dhaka",
        "date": "2025-04-13",
        "text": (
            "DHAKA, April 13 - Police in Bangladesh fired tear gas at thousands of protesters in "
            "Dhaka on Sunday as students demanded the resignation of the education minister.\n\n"
            "At least 40 people were injured, a hospital official said. The protesters threw "
            "stones at police and blocked a main road near the university for several hours.\n\n"
            '"The government must listen to the students," said opposition leader Mirza Fakhrul '
            "Islam Alamgir. The home ministry said it would arrest anyone who damaged public "
            "property."
        ),
    },
    {
        "id": "wire-0414",
        "title": "EU imposes new sanctions on Belarus",
        "date": "2025-04-14",
        "text": (
            "BRUSSELS, April 14 - The European Union imposed new sanctions on Belarus on Monday, "
            "freezing the assets of 25 officials it blames for the crackdown on the opposition.\n\n"
            "EU foreign policy chief Kaja Kallas said the bloc would keep up the pressure on "
            "President Alexander Lukashenko until political prisoners were released. Belarus "
            "condemned the decision and threatened to retaliate against European companies.\n\n"
            "Lithuania urged its partners to go further and ban imports of Belarusian potash."
        ),
    },
    {
        "id": "wire-0415",
        "title": "Chile and Peru hold talks on migration",
        "date": "2025-04-15",
        "text": (
            "SANTIAGO, April 15 - Chile's foreign minister Alberto van Klaveren met his Peruvian "
            "counterpart in Santiago on Tuesday to discuss the growing number of migrants "
            "stranded at the border between the two countries.\n\n"
            "Peru declared a state of emergency in its southern Tacna region last week. Chile "
            "offered to help return the migrants to Venezuela, van Klaveren told reporters."
        ),
    },
]


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """The same JSONL coded locally into a store and on Spark local[2] into Parquet."""
    tmp = tmp_path_factory.mktemp("spark")
    path = tmp / "wire.jsonl"
    lines = [json.dumps(a) for a in ARTICLES]
    lines.insert(2, "{this line is not JSON")
    lines.append(json.dumps(ARTICLES[0] | {"id": "wire-0412-repeat"}))  # same text again
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    local_db = tmp / "local.duckdb"
    with Store(local_db) as store:
        local = code_stream(read_sources([str(path)]), Pipeline(workers=1), store=store)

    out = tmp / "parquet"
    spark = code_on_spark(
        [str(path)], str(out), Pipeline(workers=1), master="local[2]", partitions=2
    )
    loaded_db = tmp / "loaded.duckdb"
    with Store(loaded_db) as store:
        added = load_parquet(str(out), store)
    return local, local_db, spark, out, loaded_db, added


def rows(db, sql):
    with Store(db, read_only=True) as store:
        return sorted(store.con.execute(sql).fetchall())


def test_spark_codes_the_same_documents_and_events_as_a_local_run(runs):
    local, local_db, spark, _, loaded_db, _ = runs
    assert spark.counts == local.counts == {"coded": 4, "skipped": 1, "failed": 1}
    ids = "SELECT id, source FROM documents"
    assert rows(loaded_db, ids) == rows(local_db, ids)
    events = (
        'SELECT doc_id, idx, code, start, "end", source_actor, target_actor, trigger_text '
        "FROM events"
    )
    local_events = rows(local_db, events)
    assert local_events, "the articles hold events"
    assert rows(loaded_db, events) == local_events
    assert spark.rows["events"] == len(local_events)
    quotes = 'SELECT doc_id, idx, start, "end", speaker, kind FROM quotes'
    assert rows(loaded_db, quotes) == rows(local_db, quotes)


def test_every_problem_input_has_a_one_line_reason_naming_the_file(runs):
    _, _, spark, _, _, _ = runs
    assert len(spark.reasons) == 2
    bad, repeat = sorted(spark.reasons)
    assert "wire.jsonl:3: failed: line 3: malformed JSON" in bad
    assert "wire.jsonl:6: skipped: same text as an earlier input" in repeat


def test_parquet_tables_load_into_a_store_with_the_store_columns(runs):
    _, local_db, spark, out, loaded_db, added = runs
    with Store(local_db, read_only=True) as local, Store(loaded_db, read_only=True) as loaded:
        assert loaded.counts() == local.counts()
        assert added == loaded.counts()
        for table in loaded.counts():
            cols = f"SELECT column_name FROM information_schema.columns WHERE table_name='{table}'"
            parquet = loaded.con.execute(
                f"DESCRIBE SELECT * FROM read_parquet('{out}/{table}/*.parquet')"
            ).fetchall()
            assert [r[0] for r in parquet] == [r[0] for r in loaded.con.execute(cols).fetchall()]
        for doc in loaded.iter_documents():
            assert check_offsets(doc) == []
        # Loading again adds nothing: the ids are the documents' content ids.
    with Store(loaded_db) as store:
        assert set(load_parquet(str(out), store).values()) == {0}


def test_redline_load_parquet_command_loads_the_datasets(runs, tmp_path):
    from typer.testing import CliRunner

    from redline.cli.main import app

    _, local_db, _, out, _, _ = runs
    db = tmp_path / "cli.duckdb"
    result = CliRunner().invoke(app, ["load-parquet", str(out), "--db", str(db)])
    assert result.exit_code == 0, result.output
    with Store(local_db, read_only=True) as local:
        events = local.count("events")
    assert f"{events} events" in result.output
    missing = CliRunner().invoke(app, ["load-parquet", str(tmp_path / "none"), "--db", str(db)])
    assert missing.exit_code == 2
