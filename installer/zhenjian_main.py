"""The bundle's entry point: the same `zhenjian` command as the installed wheel's script."""
import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
