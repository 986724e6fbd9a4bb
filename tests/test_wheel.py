"""Migrations, the charge catalogue and the font travel inside the wheel: an installed program
creates and upgrades databases without the source tree."""
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_installed_wheel_creates_and_checks_a_database(tmp_path):
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation",
         "-q", "-w", str(tmp_path / "dist")], capture_output=True, text=True)
    assert build.returncode == 0, build.stderr
    wheel = next((tmp_path / "dist").glob("zhenjian_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop/_db/versions/0001_baseline.py" in names
    assert "desktop/_resources/catalogue/charges.csv" in names
    assert "desktop/_resources/fonts/wqy-microhei.ttc" in names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = dict(os.environ, PYTHONPATH=str(site), ZHENJIAN_PASSWORD="secret1")
    work = tmp_path / "elsewhere"
    work.mkdir()
    db = work / "office.sqlite3"
    init = subprocess.run(
        [sys.executable, "-m", "desktop", "init", "--db", str(db), "--unit-code", "320101",
         "--unit-name", "青山县人民检察院", "--unit-abbr", "青检", "--upper-name",
         "临江市人民检察院", "--officer", "张明"], cwd=work, env=env, capture_output=True,
        text=True)
    assert init.returncode == 0, init.stderr
    where = subprocess.run(
        [sys.executable, "-c", "import desktop.paths as p; print(p.migrations_dir()); "
         "print(p.resources_dir())"], cwd=work, env=env, capture_output=True, text=True)
    assert where.stdout.split() == [str(site / "desktop" / "_db"),
                                    str(site / "desktop" / "_resources")]
    check = subprocess.run([sys.executable, "-m", "desktop", "check", "--db", str(db)],
                           cwd=work, env=env, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.count("\n") == 1 and "intact" in check.stdout
