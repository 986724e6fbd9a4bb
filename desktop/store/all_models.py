"""Imports every model module, so that the metadata (Alembic, the schema test) and the
change capture know all tables. New model modules are added here."""
import desktop.store.account_models  # noqa: F401
import desktop.store.cooperation_models  # noqa: F401
import desktop.store.custody_models  # noqa: F401
import desktop.store.document_models  # noqa: F401
import desktop.store.import_models  # noqa: F401
import desktop.store.journal  # noqa: F401
import desktop.store.models  # noqa: F401
import desktop.store.petition_models  # noqa: F401
import desktop.store.review_models  # noqa: F401
import desktop.store.supervision_models  # noqa: F401
import desktop.store.sync_models  # noqa: F401
import desktop.store.upper_models  # noqa: F401
