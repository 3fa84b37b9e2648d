"""The store commands end to end: ingest (twice, killed and resumed, with a second writer),
query, stances, quotes, stats and export, on invented articles and hand-built Documents."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from communique.cli import main
from communique.store import open_database, write_documents
from test_store import make_document

REPO = Path(__file__).resolve().parent.parent
PLACES = ["Oslo", "Lima", "Hanoi", "Accra", "Quito", "Riga"]


def write_articles(folder: Path, n: int) -> list[Path]:
    """n short invented articles, each different."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        p = folder / f"story{i:03d}.txt"
        p.write_text(f"Trade ministers from two neighbouring states met in {place} on Monday for round {i} "
                     f"of talks on fishing rights.\n\nThe ministers said they would meet again next month, "
                     f"according to a statement issued after talks number {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def counts(db: Path) -> dict[str, int]:
    con = open_database(db, read_only=True)
    try:
        out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0]
               for t in ("articles", "actors", "events", "quotes", "clusters")}
        out["distinct_articles"] = con.execute("SELECT count(DISTINCT article_id) FROM articles").fetchall()[0][0]
        return out
    finally:
        con.close()


def test_ingest_twice_stores_each_article_once(tmp_path, capsys):
    arts = write_articles(tmp_path / "in", 3)
    db = tmp_path / "a.duckdb"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--published", "2012-06-05"]) == 0
    assert main(["ingest", *map(str, arts), "--db", str(db)]) == 0
    assert "3 already stored" in capsys.readouterr().err
    assert main(["ingest", str(arts[0]), "--db", str(db), "--reread"]) == 0   # extracted again, stored once
    assert counts(db)["articles"] == counts(db)["distinct_articles"] == 3


def test_ingest_stores_the_good_inputs_and_exits_3_for_bad_ones(tmp_path, capsys):
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "empty.txt").write_text("   \n", encoding="utf-8")
    db = tmp_path / "b.duckdb"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(db), "--quiet"]) == 3
    assert "empty.txt" in capsys.readouterr().err
    assert counts(db)["articles"] == 2


def test_ingest_uses_COMMUNIQUE_DB(tmp_path, monkeypatch):
    arts = write_articles(tmp_path / "in", 1)
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "env.duckdb"))
    monkeypatch.chdir(tmp_path)
    assert main(["ingest", str(arts[0]), "--quiet"]) == 0
    assert (tmp_path / "env.duckdb").is_file() and not (tmp_path / "communique.duckdb").exists()


def test_an_ingest_killed_mid_batch_resumes_to_the_same_database(tmp_path):
    write_articles(tmp_path / "in", 24)
    clean, killed = tmp_path / "clean.duckdb", tmp_path / "killed.duckdb"
    assert main(["ingest", str(tmp_path / "in"), "--db", str(clean), "--quiet", "--batch-size", "2"]) == 0

    env = {**os.environ, "COMMUNIQUE_TEST_SLOW_BATCH": "0.3"}
    proc = subprocess.Popen([sys.executable, "-m", "communique", "ingest", str(tmp_path / "in"), "--db", str(killed),
                             "--quiet", "--batch-size", "2"], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    # the hook announces each batch just before it waits to commit: at the third, two are committed
    # and the third is half written
    for line in proc.stderr:
        if b"batch 3 written" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode()
    partial = counts(killed)["articles"]
    assert 0 < partial < 24                # whole batches committed before the kill, nothing after
    assert main(["ingest", str(tmp_path / "in"), "--db", str(killed), "--quiet", "--batch-size", "2"]) == 0
    assert counts(killed) == counts(clean)


def hold_database(path: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); "
                               "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "ready"
    return holder


def test_a_second_writer_or_reader_is_told_who_holds_the_database(tmp_path, capsys):
    arts = write_articles(tmp_path / "in", 1)
    db = tmp_path / "held.duckdb"
    open_database(db).close()
    holder = hold_database(db)
    try:
        assert main(["ingest", str(arts[0]), "--db", str(db)]) == 1
        assert main(["query", "--db", str(db)]) == 1
    finally:
        holder.kill()
        holder.wait()
    err = capsys.readouterr().err
    assert err.count(f"the database {db} is in use by another process (pid {holder.pid}?)") == 2
    assert "Traceback" not in err


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "q.duckdb"
    con = open_database(path)
    write_documents(con, [make_document("meet1", publisher="Wire A"),
                          make_document("meet2", publisher="Paper B", published="2012-06-06"),
                          make_document("sanc", event="SANCTION", actor=("USA",), recipient=("RUS",),
                                        published="2014-04-14")])
    con.close()
    return str(path)


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_query_finds_the_meeting_as_one_cluster_or_two_mentions(db, capsys):
    code, out, _ = run_cli(capsys, "query", "--db", db, "--actor", "RUS", "--event", "CONSULT")
    rows = list(csv.DictReader(io.StringIO(out)))        # stdout is not a terminal: CSV
    assert code == 0 and len(rows) == 1
    assert rows[0]["num_articles"] == "2" and rows[0]["actors"] == "Russia"
    code, out, _ = run_cli(capsys, "query", "--db", db, "--actor", "RUS", "--event", "CONSULT", "--mentions",
                           "--format", "json")
    assert code == 0 and {r["article_id"] for r in json.loads(out)} == {"meet1", "meet2"}


def test_query_output_forms(db, capsys, tmp_path):
    code, out, _ = run_cli(capsys, "query", "--db", db, "--format", "table")
    assert code == 0 and "events (2 rows)" in out and "SANCTION" in out
    assert run_cli(capsys, "query", "--db", db, "--out", str(tmp_path / "q.parquet"))[0] == 0
    import pyarrow.parquet as pq
    assert pq.read_table(tmp_path / "q.parquet").num_rows == 2
    code, _, err = run_cli(capsys, "query", "--db", db, "--format", "parquet")
    assert code == 1 and "--out" in err
    code, out, _ = run_cli(capsys, "query", "--db", db, "--mentions", "--limit", "1")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 1
    with pytest.raises(SystemExit) as ex:
        main(["query", "--db", db, "--event", "MEET"])
    assert ex.value.code == 2


def test_stances_quotes_and_stats_commands(db, capsys):
    code, out, _ = run_cli(capsys, "stances", "--db", db, "--holder", "United States", "--polarity", "support")
    assert code == 0 and [r["article_id"] for r in csv.DictReader(io.StringIO(out))] == ["sanc"]
    code, out, _ = run_cli(capsys, "quotes", "--db", db, "--speaker", "Russia", "--format", "json")
    assert code == 0 and {r["article_id"] for r in json.loads(out)} == {"meet1", "meet2"}
    code, out, _ = run_cli(capsys, "stats", "--db", db, "--format", "json")
    stats = json.loads(out)
    assert code == 0 and stats["totals"]["articles"] == 3
    assert {r["event"]: r["events"] for r in stats["category"]} == {"CONSULT": 2, "SANCTION": 1}
    code, _, err = run_cli(capsys, "stats", "--db", db, "--format", "csv")
    assert code == 1 and "--by" in err
    code, out, _ = run_cli(capsys, "stats", "--db", db, "--by", "dyad", "--format", "csv")
    assert code == 0 and "RUS,CHN,2" in out
    code, out, _ = run_cli(capsys, "stats", "--db", db, "--format", "table")
    assert code == 0 and "by category" in out and "by dyad" in out


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl", "gdelt", "plover"])
def test_export_writes_every_format(db, capsys, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    code, _, err = run_cli(capsys, "export", "--db", db, "--format", fmt, "--out", str(out))
    assert code == 0 and out.stat().st_size > 0
    assert ("2 rows" if fmt == "gdelt" else "3 rows") in err


def test_export_to_a_missing_folder_is_a_clear_error(db, capsys, tmp_path):
    code, _, err = run_cli(capsys, "export", "--db", db, "--format", "csv", "--out", str(tmp_path / "no" / "x.csv"))
    assert code == 1 and "no folder" in err


def test_exported_documents_equal_what_extract_gives(tmp_path, capsys, pipeline):
    from communique.ingest import read_inputs

    arts = write_articles(tmp_path / "in", 2)
    db, out = tmp_path / "e.duckdb", tmp_path / "docs.jsonl"
    assert main(["ingest", *map(str, arts), "--db", str(db), "--quiet"]) == 0
    assert main(["export", "--db", str(db), "--format", "jsonl", "--out", str(out)]) == 0
    exported = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    extracted = [d.to_dict() for d in pipeline.extract_many(read_inputs(list(map(str, arts))))]
    assert exported == extracted


def test_min_confidence_option_filters_and_checks_its_range(db, capsys, tmp_path):
    # the stored test events are coded at 0.8
    code, out, _ = run_cli(capsys, "query", "--db", db, "--mentions", "--min-confidence", "0.9")
    assert code == 0 and list(csv.DictReader(io.StringIO(out))) == []
    code, out, _ = run_cli(capsys, "query", "--db", db, "--mentions", "--min-confidence", "0.5")
    assert len(list(csv.DictReader(io.StringIO(out)))) == 3
    code, _, err = run_cli(capsys, "export", "--db", db, "--format", "csv", "--out", str(tmp_path / "e.csv"),
                           "--min-confidence", "0.9")
    assert code == 0 and "0 rows" in err
    with pytest.raises(SystemExit) as ex:
        main(["query", "--db", db, "--min-confidence", "high"])
    assert ex.value.code == 2


def test_robust11_database_in_a_missing_folder_or_not_duckdb_is_one_line(tmp_path, capsys):
    story = write_articles(tmp_path / "in", 1)[0]
    code, _, err = run_cli(capsys, "ingest", str(story), "--db", str(tmp_path / "none" / "x.duckdb"), "--quiet")
    assert code == 1 and "no folder" in err and "Traceback" not in err
    junk = tmp_path / "junk.duckdb"
    junk.write_text("a shopping list, not a database\n")
    for argv in (("ingest", str(story), "--quiet"), ("query",), ("stats",)):
        code, _, err = run_cli(capsys, *argv, "--db", str(junk))
        assert code == 1 and "is not a DuckDB database" in err and len(err.strip().splitlines()) == 1


def test_robust11_export_or_parquet_to_a_directory_is_a_clear_error(db, capsys, tmp_path):
    code, _, err = run_cli(capsys, "export", "--db", db, "--format", "csv", "--out", str(tmp_path))
    assert code == 1 and "is a directory" in err
    code, _, err = run_cli(capsys, "query", "--db", db, "--out", str(tmp_path / "no" / "x.parquet"))
    assert code == 1 and "no folder" in err


def test_robust11_output_to_a_full_disk_is_a_clear_error(db, capsys):
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    code, _, err = run_cli(capsys, "query", "--db", db, "--format", "csv", "--out", "/dev/full")
    assert code == 1 and "cannot write /dev/full" in err


def test_robust11_stats_piped_without_format_writes_every_count(db, capsys):
    code, out, _ = run_cli(capsys, "stats", "--db", db)
    assert code == 0 and "totals" in json.loads(out)


@pytest.mark.parametrize("content, words", [
    ("people:\n  - name: [unclosed\n    role: : :\n", "not valid YAML (line"),
    ("people: one person\n", "'people' must be a list"),
    ("peeple:\n  - name: A B\n", "unknown key(s) peeple"),
    ("people:\n  - role: Governor\n", "without 'name'"),
])
def test_robust11_malformed_actors_file_is_one_line_before_any_work(tmp_path, capsys, content, words):
    story = write_articles(tmp_path / "in", 1)[0]
    actors = tmp_path / "mine.yaml"
    actors.write_text(content)
    db = tmp_path / "x.duckdb"
    code, _, err = run_cli(capsys, "ingest", str(story), "--db", str(db), "--actors", str(actors), "--quiet")
    assert code == 1 and words in err and len(err.strip().splitlines()) == 1
    assert not db.exists()


def test_robust11_extract_json_of_several_inputs_is_refused_before_any_work(tmp_path, capsys):
    paths = [str(p) for p in write_articles(tmp_path / "in", 2)]
    code, out, err = run_cli(capsys, "extract", *paths, "--format", "json", "--quiet")
    assert code == 1 and out == "" and "use --format jsonl" in err


def test_robust11_ingest_will_not_write_into_another_programs_duckdb(tmp_path, capsys):
    import duckdb
    other = tmp_path / "ledger.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE payments (amount INTEGER)")
    con.close()
    story = write_articles(tmp_path / "in", 1)[0]
    code, _, err = run_cli(capsys, "ingest", str(story), "--db", str(other), "--quiet")
    assert code == 1 and "DuckDB database of something else" in err
    con = duckdb.connect(str(other), read_only=True)
    assert [r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()] == ["payments"]
    con.close()


def test_lead11_extract_json_of_a_file_holding_several_articles_writes_nothing(tmp_path, capsys):
    batch = tmp_path / "two.jsonl"
    story = "The foreign ministers of Chile and Peru met in Lima on Monday to discuss the border."
    batch.write_text("\n".join(json.dumps({"id": f"r{i}", "text": story}) for i in (1, 2)) + "\n")
    code, out, err = run_cli(capsys, "extract", str(batch), "--format", "json", "--quiet")
    assert code == 1 and out == "" and "two.jsonl holds several" in err
    batch.write_text(json.dumps({"id": "r1", "text": story}) + "\n")
    code, out, _ = run_cli(capsys, "extract", str(batch), "--format", "json", "--quiet")
    assert code == 0 and json.loads(out)["text"].startswith("The foreign ministers")
