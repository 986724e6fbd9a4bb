#!/usr/bin/env bash
# Build the one-folder bundle dist/zhenjian/ with PyInstaller (make bundle).
# PYTHON: the interpreter of a venv holding the program's dependencies and pyinstaller
# (the `test` extra brings it); default .venv/bin/python.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
DIST=${DIST:-dist}     # where dist/zhenjian goes (the tests build into a temporary folder)
WORK=${WORK:-build}
"$PY" -m PyInstaller --version >/dev/null 2>&1 || {
  echo "pyinstaller is missing: $PY -m pip install -e '.[test]'" >&2; exit 1; }
start=$(date +%s)
# --clean: nothing from an earlier build's cache; the work folder is build/pyinstaller.
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath "$DIST" --workpath "$WORK/pyinstaller" installer/zhenjian.spec
echo "bundle: $DIST/zhenjian ($(du -sh "$DIST/zhenjian" | cut -f1)) in $(( $(date +%s) - start )) s" >&2
