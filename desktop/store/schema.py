"""The schema revisions this version of the program knows, oldest first. Reading the stamp in
a file and comparing it here is all a normal start costs; Alembic loads only for an upgrade.
A test checks this list against the migrations in db/versions."""

REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008",
             "0009", "0010", "0011", "0012", "0013")
HEAD = REVISIONS[-1]
