"""`zhenjian units add / upper set / sync export / sync import`: a unit and its upper office
exchange a package and its acknowledgement as files, with the private keys in passphrase-
protected files (no keyring, as in CI); refusals exit 1 with their reason."""
from desktop.cli import main
from desktop.services.arrest_register import register_request
from desktop.services.office import open_office
from tests.conftest import TODAY, make_registration


def init(tmp_path, name, *args):
    db = tmp_path / f"{name}.sqlite3"
    passphrase = tmp_path / f"{name}.pass"
    passphrase.write_text(f"{name} passphrase\n", encoding="utf-8")
    assert main(["init", "--db", str(db), *args, "--passphrase-file", str(passphrase)]) == 0
    key = tmp_path / f"{name}.zjkey"
    assert main(["keys", "export", "--db", str(db), "--out", str(key)]) == 0
    return db, passphrase, key


def test_a_package_and_its_acknowledgement_as_files(tmp_path, monkeypatch, capsys, no_keyring):
    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    upper_db, upper_pass, upper_key = init(
        tmp_path, "upper", "--unit-code", "320100", "--unit-name", "临江市人民检察院",
        "--unit-abbr", "临检", "--upper-name", "江东省人民检察院", "--officer", "李华",
        "--username", "lihua", "--role", "upper")
    unit_db, unit_pass, unit_key = init(
        tmp_path, "unit", "--unit-code", "320101", "--unit-name", "青山县人民检察院",
        "--unit-abbr", "青检", "--upper-name", "临江市人民检察院", "--upper-code", "320100",
        "--officer", "张明", "--username", "zhangming")
    assert main(["units", "add", "--db", str(upper_db), "--key", str(unit_key)]) == 0
    assert main(["upper", "set", "--db", str(unit_db), "--key", str(upper_key)]) == 0
    # a unit's key file is not an upper office's
    assert main(["upper", "set", "--db", str(unit_db), "--key", str(unit_key)]) == 1
    office = open_office(unit_db)
    register_request(office, make_registration(office), today=TODAY)
    office.close()
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["sync", "export", "--db", str(unit_db), "--out", str(usb),
                 "--passphrase-file", str(unit_pass)]) == 0
    package = capsys.readouterr().out.strip().splitlines()[0]
    assert package.endswith(".zjpkg") and "320101-to-320100" in package
    # a wrong passphrase opens nothing
    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not the passphrase", encoding="utf-8")
    assert main(["sync", "import", "--db", str(upper_db), package,
                 "--passphrase-file", str(wrong)]) == 1
    assert "passphrase" in capsys.readouterr().err
    assert main(["sync", "import", "--db", str(upper_db), package, "--ack-out", str(usb),
                 "--passphrase-file", str(upper_pass)]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert "applied" in out[0]
    ack = out[1]
    assert "320100-to-320101" in ack
    assert main(["sync", "import", "--db", str(unit_db), ack,
                 "--passphrase-file", str(unit_pass)]) == 0
    assert "acknowledged up to" in capsys.readouterr().out
    assert main(["sync", "export", "--db", str(unit_db), "--out", str(usb),
                 "--passphrase-file", str(unit_pass)]) == 0
    assert "nothing to send" in capsys.readouterr().out
    # a damaged file is refused, saying why, and the audit chains stay whole
    damaged = usb / "damaged.zjpkg"
    data = bytearray(open(package, "rb").read())
    damaged.write_bytes(bytes(data[: len(data) // 2]))
    assert main(["sync", "import", "--db", str(upper_db), str(damaged),
                 "--passphrase-file", str(upper_pass)]) == 1
    assert "damaged" in capsys.readouterr().err
    for db in (upper_db, unit_db):
        assert main(["check", "--db", str(db)]) == 0


def test_zhenjian_serve_receives_what_zhenjian_sync_push_sends(tmp_path, monkeypatch, capsys,
                                                               no_keyring):
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    monkeypatch.setenv("ZHENJIAN_PASSWORD", "secret1")
    upper_db, upper_pass, upper_key = init(
        tmp_path, "upper", "--unit-code", "320100", "--unit-name", "临江市人民检察院",
        "--unit-abbr", "临检", "--upper-name", "江东省人民检察院", "--officer", "李华",
        "--username", "lihua", "--role", "upper")
    unit_db, unit_pass, unit_key = init(
        tmp_path, "unit", "--unit-code", "320101", "--unit-name", "青山县人民检察院",
        "--unit-abbr", "青检", "--upper-name", "临江市人民检察院", "--upper-code", "320100",
        "--officer", "张明", "--username", "zhangming")
    assert main(["units", "add", "--db", str(upper_db), "--key", str(unit_key)]) == 0
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}"
    assert main(["upper", "set", "--db", str(unit_db), "--key", str(upper_key),
                 "--url", url]) == 0
    office = open_office(unit_db)
    register_request(office, make_registration(office), today=TODAY)
    office.close()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    server = subprocess.Popen([sys.executable, "-m", "desktop", "serve", "--db", str(upper_db),
                               "--host", "127.0.0.1", "--port", str(port),
                               "--passphrase-file", str(upper_pass)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(200):
            try:
                with urllib.request.urlopen(url + "/v1/health", timeout=1) as answer:
                    assert b'"320100"' in answer.read()
                break
            except OSError:
                time.sleep(0.05)
        capsys.readouterr()
        assert main(["sync", "push", "--db", str(unit_db),
                     "--passphrase-file", str(unit_pass)]) == 0
        assert "acknowledged up to" in capsys.readouterr().out
    finally:
        server.terminate()
        server.wait(10)
    upper = open_office(upper_db)
    try:
        assert upper.reader.execute("SELECT count(*) FROM arrest_requests").fetchone()[0] == 1
    finally:
        upper.close()
