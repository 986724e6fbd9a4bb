#!/usr/bin/env bash
# Installs the Debian packages Qt needs (and, for the tests, the PostgreSQL server the upper
# office's tests start on 127.0.0.1), only those missing.
# Usage: system-deps.sh test|run|bench|bundle
set -euo pipefail
kind=${1:-test}
# Qt offscreen (tests): the libraries a bare Debian 12 lacks (TOOLCHAIN.md).
pkgs="libgl1 libegl1 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libxkbcommon0 libx11-6"
# A real window: Qt's xcb platform plugin.
xcb="libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
     libxcb-shape0 libxcb-randr0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1 libxcb-xfixes0
     libxcb-sync1 libxcb-shm0 libxcb-render0 libxcb-util1"
# Building the installers: PyInstaller reads the libraries' dependencies with objdump
# (binutils; a bare Debian 12 lacks it; the tests also use its `ar`), dpkg-deb comes with dpkg.
# Not the xcb libraries: the .deb depends on the system's (Depends), the bundle must not copy
# the build machine's.
build="binutils"
case "$kind" in
  test) pkgs="$pkgs poppler-utils $build" ;;
  bundle) pkgs="$pkgs $build" ;;
  run) pkgs="$pkgs $xcb" ;;
  bench) pkgs="$pkgs $xcb xvfb xauth" ;;
esac
command -v dpkg-query >/dev/null || { echo "not a Debian system: install Qt's libraries yourself" >&2; exit 0; }
missing=""
# Debian's own Python needs python3-venv for `python3 -m venv`.
${PYTHON:-python3} -c "import ensurepip" 2>/dev/null || missing="python3-venv"
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# tests/pg starts a private cluster with initdb/pg_ctl; any installed major version will do.
if [ "$kind" = test ] && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  missing="$missing postgresql"
fi
[ -z "$missing" ] && exit 0
echo "installing:$missing" >&2
sudo=""
[ "$(id -u)" = 0 ] || sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
