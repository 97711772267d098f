"""The bundle's entry point (PyInstaller runs this file as the program's main script)."""

import sys

from soest_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
