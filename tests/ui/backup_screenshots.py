"""Screenshots of the Backups section of Settings (zh_CN and English) for the look review.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python -m tests.ui.backup_screenshots [OUT]

A sample office on a machine without a keyring (the backup key in a passphrase file), one
backup written, then one that failed because the USB-stick folder is absent.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="zhenjian-backup-shots-"))
    os.environ["ZHENJIAN_CONFIG_DIR"] = str(work / "config")
    os.environ["ZHENJIAN_DATA_DIR"] = str(work / "data")
    os.environ["ZHENJIAN_NO_WARM_UP"] = "1"
    import keyring
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    from desktop.services import backups
    from desktop.ui import i18n, settings
    from desktop.ui.app import make_application
    from desktop.ui.main_window import PAGE_SETTINGS, MainWindow
    from desktop.ui.opening import open_database
    from desktop.ui.pyside_workarounds import protect_singletons
    from tests.ui.sample_data import create_sample_office

    app = make_application()
    protect_singletons()
    db = work / "office.sqlite3"
    office = create_sample_office(db)
    backups.ensure_backup_key(office, passphrase="correct horse")
    backups.make_backup(office, None)
    office.close()
    settings.put(settings.BACKUP_FOLDER, "/media/usb/备份")
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install(lang)
        opened = open_database(db)
        window = MainWindow(opened)
        window.resize(1180, 760)
        window.show()
        window.show_page(PAGE_SETTINGS)
        box = window.settings_page.backup_box
        window.backup_agent.backup_now()
        window.backup_agent.wait()
        for _ in range(5):
            app.processEvents()
        from PySide6.QtWidgets import QScrollArea

        scroll = window.settings_page.findChild(QScrollArea)
        scroll.ensureWidgetVisible(box)
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"settings_backups_{suffix}.png"))
        box.grab().save(str(out / f"backup_box_{suffix}.png"))
        window.close()
        opened.close()
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
