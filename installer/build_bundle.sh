#!/usr/bin/env bash
# Build the one-folder bundle dist/zhenjian/ with PyInstaller (make bundle).
# PYTHON: the interpreter of a venv holding the program's dependencies and pyinstaller
# (the `test` extra brings it); default .venv/bin/python.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
"$PY" -m PyInstaller --version >/dev/null 2>&1 || {
  echo "pyinstaller is missing: $PY -m pip install -e '.[test]'" >&2; exit 1; }
start=$(date +%s)
# --clean: nothing from an earlier build's cache; the work folder is build/pyinstaller.
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller installer/zhenjian.spec
echo "bundle: dist/zhenjian ($(du -sh dist/zhenjian | cut -f1)) in $(( $(date +%s) - start )) s" >&2
