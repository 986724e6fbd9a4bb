"""The migrations on a real PostgreSQL server: an empty database reaches the head revision
with the same tables, columns and indexes as the models (SQLite's FTS5 shadows excepted)."""
from desktop.store import schema
from desktop.store.database import Database


def test_migrations_reach_head_and_match_the_models(pg_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    import desktop.store.all_models  # noqa: F401
    from desktop.store.models import Base

    db = Database(pg_url)
    assert db.dialect == "postgresql" and db.check_openable() == "empty"
    db.create()
    assert db.revision() == schema.HEAD and db.check_openable() == "current"
    with db.engine().connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        tables = set(conn.dialect.get_table_names(conn))
    db.dispose()
    assert diff == []
    # every table of the models, and no full-text shadow (FTS5 is SQLite's)
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


def test_an_upgrade_from_an_older_revision_reaches_head(pg_url):
    from desktop.store.database import migrate

    db = Database(pg_url)
    migrate(db.engine(), "0001")
    assert db.check_openable() == "older"
    assert db.upgrade_if_needed() is None  # no file to copy: the server's backups are pg_dump's
    assert db.revision() == schema.HEAD
    db.dispose()
