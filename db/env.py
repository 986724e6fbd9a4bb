"""Alembic environment. The program runs migrations itself (desktop.store.database.migrate)
and passes its connection in; there is no alembic.ini to edit."""
from alembic import context

import desktop.store.all_models  # noqa: F401  (every table joins the metadata)
from desktop.store.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise SystemExit("run migrations through the program: zhenjian opens and upgrades the file")

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
