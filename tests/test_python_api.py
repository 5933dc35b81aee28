"""The Python API: ``eventwire.extract`` returns the data model; ``eventwire.open`` a store."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

import eventwire
from eventwire.models import ArticleResult
from eventwire.store import Store, StoreError
from eventwire.store.schema import MIGRATIONS, SCHEMA_VERSION


def test_extract_returns_the_data_model():
    result = eventwire.extract("North Korean leader Kim Jong Un met Russia's defence minister "
                               "Sergei Shoigu on Wednesday.", date="2023-07-27")
    assert isinstance(result, ArticleResult)
    assert result.article.date == date(2023, 7, 27)
    assert any(t.value == "2023-07-26" for t in result.timexes)
    assert {a.name for a in result.actors} >= {"Kim Jong Un", "Sergei Shoigu"}


def test_extract_without_a_date_leaves_relative_dates_unresolved():
    result = eventwire.extract("The ministers met on Wednesday and signed it on 27 July 1953.")
    values = {t.text: t.value for t in result.timexes}
    assert values["on 27 July 1953"] == "1953-07-27"
    assert any(v.startswith("XXXX") for v in values.values())


def test_extract_rejects_an_impossible_date():
    with pytest.raises(ValueError, match="impossible date"):
        eventwire.extract("Leaders met.", date="2023-02-30")


def test_store_records_its_migrations_and_applies_them_once(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]
    with Store(path) as store:
        assert store.applied_migrations() == [name for name, _ in MIGRATIONS]


def test_store_written_by_a_newer_eventwire_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    Store(path).close()
    with duckdb.connect(str(path)) as connection:
        connection.execute("INSERT INTO meta VALUES ('migration:999', '999-from-the-future')")
    with pytest.raises(StoreError, match="newer eventwire"):
        Store(path)
    with pytest.raises(StoreError, match="newer eventwire"):
        eventwire.open(path)
