"""The program's version. Single source: pyproject.toml's [project] version. Named
program_version, not version: a submodule `desktop.version` would shadow the function
`desktop.version()` that callers use.

Where it is read from depends on how the program runs:
* a PyInstaller bundle: the file VERSION the spec writes from pyproject.toml at build time
  (installer/zhenjian.spec), because a bundle has neither pyproject.toml nor package metadata;
* a source checkout: pyproject.toml itself, so an edited version shows without reinstalling;
* an installed wheel: the package metadata, which hatchling took from pyproject.toml.
"""
from __future__ import annotations

import functools
import sys
from pathlib import Path

DISTRIBUTION = "zhenjian-desk"
VERSION_FILE = "VERSION"  # in the bundle's root (sys._MEIPASS)
UNKNOWN = "0.0.0+unknown"
_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def read_pyproject_version(pyproject: Path) -> str | None:
    """[project] version of a pyproject.toml of this program, or None."""
    import tomllib

    try:
        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
    except (OSError, ValueError):
        return None
    if project.get("name") != DISTRIBUTION:
        return None
    value = project.get("version")
    return value if isinstance(value, str) and value else None


@functools.cache
def version() -> str:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        try:
            return (Path(bundle) / VERSION_FILE).read_text(encoding="utf-8").strip() or UNKNOWN
        except OSError:
            return UNKNOWN
    from_source = read_pyproject_version(_SOURCE_ROOT / "pyproject.toml")
    if from_source:
        return from_source
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN
