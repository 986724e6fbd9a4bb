"""The register import on PostgreSQL (an upper office keeping its own registers there): the
reads before the write (matching, validation) and the one writing transaction run on the
server; a second import changes nothing; saved mappings and drafts too."""
from desktop.services import register_import as ri
from desktop.services import register_import_police as police
from desktop.services.register_import_mappings import POLICE_DEFAULT, load_mapping, save_mapping
from tests.conftest import TODAY
from tests.services.import_files import write_messy_register
from tests.services.test_register_import_police import write_export


def count(office, table):
    return office.reader.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_a_register_imports_on_postgresql(pg_office, tmp_path):
    table = ri.read_table(write_messy_register(tmp_path / "登记表.xlsx"))
    mapping = ri.guess_mapping(table, "arrest")
    audit = count(pg_office, "audit_log")
    report = ri.import_rows(pg_office, table, mapping, "arrest", today=TODAY)
    assert report.new == [4, 5, 10, 11] and [r for r, _ in report.refused] == [7, 8, 9]
    assert count(pg_office, "arrest_requests") == 3 and count(pg_office, "arrest_reviews") == 4
    assert count(pg_office, "audit_log") > audit
    after = (count(pg_office, "audit_log"), count(pg_office, "outbox"))
    again = ri.import_rows(pg_office, table, mapping, "arrest", today=TODAY)
    assert again.unchanged == [4, 5, 10, 11] and again.new == []
    assert (count(pg_office, "audit_log"), count(pg_office, "outbox")) == after
    save_mapping(pg_office, "本院", "arrest", mapping)
    assert load_mapping(pg_office, "本院").for_table(table).columns == mapping.columns
    export = ri.read_table(write_export(tmp_path / "推送.xlsx"))
    police_map = load_mapping(pg_office, POLICE_DEFAULT).for_table(export)
    assert police.import_police_export(pg_office, export, police_map, today=TODAY).new == [2, 3, 4]
    first = police.drafts(pg_office)[0]
    police.confirm_draft(pg_office, first.id, first.values, today=TODAY)
    assert police.draft(pg_office, first.id).status == "confirmed"
