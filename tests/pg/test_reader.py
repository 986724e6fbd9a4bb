"""`Office.reader` on PostgreSQL answers the services' plain SQLite-style queries: `?`
placeholders (not inside quoted text), a literal `%`, rows by position or name, and values as
SQLite gives them back."""
from datetime import date, datetime

from desktop.store.postgres import Reader, qmark_to_format


def test_placeholders_become_psycopg_ones_outside_quotes_only():
    assert qmark_to_format("SELECT a FROM t WHERE b = ? AND c LIKE '%?%' AND \"d?\" = ?") == (
        "SELECT a FROM t WHERE b = %s AND c LIKE '%%?%%' AND \"d?\" = %s")


def test_values_come_back_as_from_sqlite(pg_url):
    reader = Reader(pg_url)
    try:
        reader.execute("CREATE TABLE sample (d date, ts timestamp, flag boolean, name text)")
        reader.execute("INSERT INTO sample VALUES (?, ?, ?, ?), (?, ?, ?, ?)", (
            date(2026, 9, 28), datetime(2026, 11, 23, 8, 5, 1, 120000), True, "王小明?",
            date(2026, 1, 2), datetime(2026, 1, 2, 3, 4, 5), False, "100%"))
        rows = reader.execute("SELECT d, ts, flag, name, '?' AS mark FROM sample "
                              "WHERE name LIKE '1%' || ? ORDER BY d", ("%",)).fetchall()
        assert [tuple(r) for r in rows] == [
            ("2026-01-02", "2026-01-02 03:04:05.000000", 0, "100%", "?")]
        row = reader.execute("SELECT d, name FROM sample WHERE flag").fetchone()
        assert row["name"] == "王小明?" and row[0] == "2026-09-28"
        assert dict(row) == {"d": "2026-09-28", "name": "王小明?"}
        stamp = reader.execute("SELECT ts FROM sample WHERE flag").fetchone()[0]
        assert stamp == "2026-11-23 08:05:01.120000"
    finally:
        reader.close()
