"""Sync packages (同步数据包): the container format (container.py) and atomic files (files.py).
What a package carries and how it is applied is in the sync services."""
from desktop.sync.container import (CODES, FORMAT, KINDS, Header, PackageError, open_package,
                                    package_file_name, read_header, seal)
from desktop.sync.files import write_atomic

__all__ = ["CODES", "FORMAT", "KINDS", "Header", "PackageError", "open_package",
           "package_file_name", "read_header", "seal", "write_atomic"]
