"""A bounded DuckDB: the memory limit holds on every connection the store opens."""

from __future__ import annotations

from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.store import Store


def _limit(store: Store) -> str:
    ((value,),) = store.connection.execute("SELECT current_setting('memory_limit')").fetchall()
    return value


def test_memory_limit_holds_after_the_store_is_reopened(tmp_path):
    with Store(tmp_path / "s.duckdb", memory_limit="64MB") as store:
        assert _limit(store) == "61.0 MiB"  # DuckDB reports it in binary units
        store.reconnect()
        assert _limit(store) == "61.0 MiB"


def test_ingest_with_a_malformed_memory_limit_says_so_and_stores_nothing(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("date 2023-07-27\nKim Jong Un met Sergei Shoigu on Wednesday.\n")
    result = CliRunner().invoke(app, ["ingest", str(article), "--db", str(tmp_path / "s.db"),
                                      "--db-memory", "lots", "--quiet"])
    assert result.exit_code == 2
    assert "memory limit 'lots'" in result.output
    assert not (tmp_path / "s.db").exists()
