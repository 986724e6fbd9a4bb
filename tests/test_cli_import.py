"""`zhenjian import`: the report on stdout, exit 1 when rows were refused, 0 when none; a dry
run leaves the database file byte for byte as it was; police exports become drafts."""
import hashlib
import subprocess
import sys

from desktop.cli import main
from tests.services.import_files import GOOD_ID, OTHER_ID, write_csv, write_messy_register
from tests.services.test_register_import_police import write_export

HEADER = ["案件编号", "犯罪嫌疑人", "身份证号", "受理日期", "罪名", "公安机关", "刑事拘留日期"]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def audit(office):
    return office.reader.execute("SELECT count(*) FROM audit_log").fetchone()[0]


def test_import_prints_the_report_and_exits_1_for_refused_rows(office, tmp_path, capsys):
    path = write_messy_register(tmp_path / "登记表.xlsx")
    db = str(office.db.path)
    assert main(["import", "--db", db, str(path)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "new 4, updated 0, unchanged 0, refused 3"
    assert any(line.startswith("row 7: 身份证号 / ID number:") and "id_number.check_digit" in line
               for line in out)
    assert any(line.startswith("row 8: 涉嫌罪名 / Charges: no charge named 电信诈骗; perhaps 诈骗罪")
               for line in out)
    assert any(line.startswith("row 9: 犯罪嫌疑人 / Suspect:") for line in out)
    assert main(["import", "--db", db, str(path)]) == 1
    assert capsys.readouterr().out.splitlines()[0] == "new 0, updated 0, unchanged 4, refused 3"


def test_a_clean_file_exits_0(office, tmp_path, capsys):
    path = write_csv(tmp_path / "ok.csv", HEADER, [
        ["F1", "王一", GOOD_ID, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"]], "gb18030")
    assert main(["import", "--db", str(office.db.path), str(path)]) == 0
    assert capsys.readouterr().out.startswith("new 1, updated 0, unchanged 0, refused 0")


def test_a_dry_run_changes_nothing_in_the_file(office, tmp_path, capsys):
    path = write_csv(tmp_path / "ok.csv", HEADER, [
        ["F1", "王一", GOOD_ID, "2026-10-12", "盗窃罪", "青山县公安局", "2026-10-10"],
        ["F2", "李二", OTHER_ID, "2026-10-12", "抢劫罪", "青山县公安局", "2026-10-10"]], "utf-8")
    db = office.db.path
    before_audit = audit(office)
    office.close()  # as the user would: no other program holds the file
    before = digest(db)
    assert main(["import", "--db", str(db), "--dry-run", str(path)]) == 0
    assert capsys.readouterr().out.startswith(
        "new 2, updated 0, unchanged 0, refused 0 (dry run: nothing written)")
    assert digest(db) == before and audit(office) == before_audit
    assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] == 0


def test_police_export_and_saved_mapping_options(office, tmp_path, capsys):
    db = str(office.db.path)
    export = write_export(tmp_path / "推送.xlsx")
    assert main(["import", "--db", db, "--police", "--dry-run", str(export)]) == 0
    assert office.reader.execute("SELECT count(*) FROM registration_drafts").fetchone()[0] == 0
    capsys.readouterr()
    assert main(["import", "--db", db, "--police", str(export)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("new 3, updated 0, unchanged 0, refused 0")
    assert "3 drafts wait for confirmation" in out
    assert office.reader.execute("SELECT count(*) FROM registration_drafts").fetchone()[0] == 3
    assert office.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] == 0
    assert main(["import", "--db", db, "--mapping", "没有这个", str(export)]) == 1
    assert "no saved mapping named" in capsys.readouterr().err
    assert main(["import", "--db", db, "--kind", "petition", "--mapping",
                 "公安机关提请批准逮捕信息", str(export)]) == 1
    assert "is for the arrest register" in capsys.readouterr().err


def test_bad_files_and_the_help(office, tmp_path, capsys):
    db = str(office.db.path)
    (tmp_path / "x.xlsx").write_bytes(b"not a workbook")
    assert main(["import", "--db", db, str(tmp_path / "x.xlsx")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["import", "--db", db, str(tmp_path / "missing.csv")]) == 1
    help_text = subprocess.run([sys.executable, "-m", "desktop", "import", "--help"],
                               capture_output=True, text=True).stdout
    assert "exit status: 0 when no row was refused, 1 when some rows were refused" in help_text
