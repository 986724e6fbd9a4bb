"""Zhenjian Desk (侦监台): arrest review, supervision of the police and petitions for a
grassroots procuratorate. Kept import-light: the start-up path imports only what it shows."""

APP_NAME = "Zhenjian Desk"
APP_NAME_ZH = "侦监台"


def version() -> str:
    """The program's version (pyproject.toml is the single source; see desktop/program_version.py)."""
    from desktop.program_version import version as _version

    return _version()
