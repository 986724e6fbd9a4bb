"""The installers, built for real (issue 8): `installer/build_bundle.sh` makes the PyInstaller
one-folder program, `installer/build_deb.sh` the .deb; then the built program proves itself:
`--self-test` from the bundle and from the .deb unpacked with dpkg -x into a fresh tree, and an
older database (schema 0010) opened by the built program is upgraded after a backup copy.

Slow (a build takes about a minute, the xz-compressed .deb about two): built once per session
into a temporary folder, never into the source tree's dist/."""
from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from desktop.store.schema import HEAD

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
    "version"]


def _arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(bundle folder, .deb file), built by the same scripts `make bundle` and `make deb` run."""
    out = tmp_path_factory.mktemp("installer")
    env = dict(os.environ, PYTHON=sys.executable, DIST=str(out / "dist"),
               WORK=str(out / "build"))
    for script in ("build_bundle.sh", "build_deb.sh"):
        run = subprocess.run([str(ROOT / "installer" / script)], cwd=ROOT, env=env,
                             capture_output=True, text=True, timeout=900)
        assert run.returncode == 0, f"{script}:\n{run.stdout}\n{run.stderr[-4000:]}"
    deb = out / "dist" / f"zhenjian-desk_{VERSION}_{_arch()}.deb"
    assert deb.is_file()
    return out / "dist" / "zhenjian", deb


def _clean_env(tmp_path: Path) -> dict:
    """No source tree on the path, no display: the built program on its own."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "QT_QPA_PLATFORM",
                        "QT_PLUGIN_PATH", "ZHENJIAN_NO_WARM_UP")}
    env.update(ZHENJIAN_DATA_DIR=str(tmp_path / "data"), ZHENJIAN_LOG_DIR=str(tmp_path / "logs"),
               PATH="/usr/bin:/bin")
    return env


def _self_test(program: Path, tmp_path: Path) -> str:
    run = subprocess.run([str(program), "--self-test"], cwd=tmp_path, env=_clean_env(tmp_path),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    lines = run.stdout.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"self-test ok: zhenjian {VERSION}, "), \
        run.stdout
    return lines[0]


def test_the_bundle_passes_its_self_test(built, tmp_path):
    bundle, _deb = built
    line = _self_test(bundle / "zhenjian", tmp_path)
    assert f"schema {HEAD}" in line and "window on offscreen" in line
    assert (bundle / "_internal" / "VERSION").read_text().strip() == VERSION
    # only the Qt parts the program uses
    qt = bundle / "_internal" / "PySide6" / "Qt"
    libs = {p.name.split(".so")[0] for p in (qt / "lib").iterdir()}
    assert {"libQt6Widgets", "libQt6Charts", "libQt6Pdf", "libQt6PrintSupport"} <= libs
    assert not {n for n in libs if n.startswith(("libQt6WebEngine", "libQt6Quick", "libQt6Qml"))}
    platforms = {p.name for p in (qt / "plugins" / "platforms").iterdir()}
    assert {"libqxcb.so", "libqoffscreen.so"} <= platforms
    for kind in ("imageformats", "printsupport"):
        assert any((qt / "plugins" / kind).iterdir())
    resources = bundle / "_internal" / "resources"
    for name in ("fonts/uming.ttc", "fonts/wqy-microhei.ttc", "catalogue/charges.csv",
                 "holidays.json", "translations/zhenjian_zh_CN.qm",
                 "templates/approve_arrest.toml"):
        assert (resources / name).is_file(), name
    migrations = {p.name for p in (ROOT / "db" / "versions").glob("0*.py")}
    assert migrations == {p.name for p in (bundle / "_internal" / "db" / "versions").glob("0*.py")}


def test_the_deb_unpacked_into_a_fresh_tree_passes_its_self_test(built, tmp_path):
    _bundle, deb = built
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    _self_test(root / "opt" / "zhenjian" / "zhenjian", tmp_path)
    assert os.readlink(root / "usr" / "bin" / "zhenjian") == "/opt/zhenjian/zhenjian"
    desktop_entry = (root / "usr/share/applications/zhenjian.desktop").read_text("utf-8")
    assert "Name[zh_CN]=侦监台" in desktop_entry and "Icon=zhenjian" in desktop_entry
    assert (root / "usr/share/icons/hicolor/256x256/apps/zhenjian.png").is_file()
    fields = subprocess.run(["dpkg-deb", "-f", str(deb), "Package", "Version", "Architecture",
                             "Depends"], capture_output=True, text=True, check=True).stdout
    assert f"Version: {VERSION}" in fields and f"Architecture: {_arch()}" in fields
    assert "libxcb-cursor0" in fields and "libegl1" in fields
    # the glibc the bundled Python and libraries were linked against (the build machine's)
    glibc = subprocess.run(["ldd", "--version"], capture_output=True, text=True
                           ).stdout.splitlines()[0].split()[-1]
    needed = re.search(r"libc6 \(>= ([0-9.]+)\)", fields).group(1)
    as_tuple = lambda v: tuple(int(x) for x in v.split("."))  # noqa: E731
    # at least PySide6's floor (manylinux_2_28), at most what the build machine has
    assert (2, 28) <= as_tuple(needed) <= as_tuple(glibc), fields
    compression = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True,
                                 check=True).stdout
    assert "data.tar.xz" in subprocess.run(["ar", "t", str(deb)], capture_output=True,
                                           text=True, check=True).stdout, compression


def test_the_built_program_upgrades_an_older_database_after_a_backup(built, tmp_path):
    """An installation over an older version: the user's database (schema 0010, with a
    request in it) stays where it is; the new program's first start copies it, then
    upgrades it."""
    from alembic import command

    from desktop.services.arrest_register import register_request
    from desktop.services.setup import OfficeSetup, create_office
    from desktop.store.database import Database, _alembic_config
    from desktop.store.schema import HEAD
    from tests.conftest import TODAY, make_registration

    bundle, _deb = built
    path = tmp_path / "data" / "zhenjian.sqlite3"
    path.parent.mkdir()
    office = create_office(path, OfficeSetup(
        unit_code="320101", unit_name="青山县人民检察院", unit_abbr="青检",
        upper_name="临江市人民检察院", officer_name="张明", password="secret1"))
    register_request(office, make_registration(office), today=TODAY)
    office.close()
    db = Database(path)
    with db.engine().begin() as conn:
        command.downgrade(_alembic_config(conn), "0010")
    db.dispose()
    assert Database(path).revision() == "0010"
    run = subprocess.run([str(bundle / "zhenjian"), "--db", str(path), "--lang", "en",
                          "--exit-after-show"], cwd=tmp_path,
                         env=dict(_clean_env(tmp_path), QT_QPA_PLATFORM="offscreen"),
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and run.stdout.strip() == "shown", run.stdout + run.stderr
    assert Database(path).revision() == HEAD
    backups = list(path.parent.glob("zhenjian.before-upgrade-0010-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old, sqlite3.connect(path) as new:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0010",)
        kept = "SELECT police_case_no FROM arrest_requests"
        assert new.execute(kept).fetchall() == old.execute(kept).fetchall() == [
            ("A3201012026110001",)]
