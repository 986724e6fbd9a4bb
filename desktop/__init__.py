"""Zhenjian Desk (侦监台): arrest review, supervision of the police and petitions for a
grassroots procuratorate. Kept import-light: the start-up path imports only what it shows."""

APP_NAME = "Zhenjian Desk"
APP_NAME_ZH = "侦监台"


def version() -> str:
    """The version from the installed metadata (pyproject.toml is the single source)."""
    from importlib import metadata

    try:
        return metadata.version("zhenjian-desk")
    except metadata.PackageNotFoundError:  # running from a source tree that was never installed
        return "0.0.0+source"
