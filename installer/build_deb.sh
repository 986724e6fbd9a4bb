#!/usr/bin/env bash
# Build dist/zhenjian-desk_<version>_<arch>.deb from the bundle dist/zhenjian (make deb).
# The same steps build on arm64: version from pyproject.toml, architecture from dpkg.
#
# Compression: xz (-Zxz). zstd builds faster but needs dpkg >= 1.21.18 to install; UOS 20 and
# Kylin V10 ship older dpkg versions (1.19/1.20), which refuse a zstd .deb. xz installs
# everywhere dpkg does; the few seconds more at build time do not matter.
set -euo pipefail
cd "$(dirname "$0")/.."
DIST=${DIST:-dist}     # the bundle is $DIST/zhenjian, the .deb goes next to it
WORK=${WORK:-build}
BUNDLE=$DIST/zhenjian
[ -x "$BUNDLE/zhenjian" ] || { echo "no bundle in $BUNDLE: run make bundle first" >&2; exit 1; }
command -v dpkg-deb >/dev/null || { echo "dpkg-deb is missing (package dpkg)" >&2; exit 1; }
PY=${PYTHON:-.venv/bin/python}
version=$("$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
arch=$(dpkg --print-architecture)
start=$(date +%s)
root=$WORK/deb/root
rm -rf "$WORK/deb"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/doc/zhenjian-desk"
cp -a "$BUNDLE" "$root/opt/zhenjian"
ln -s /opt/zhenjian/zhenjian "$root/usr/bin/zhenjian"
install -m 644 installer/linux/zhenjian.desktop "$root/usr/share/applications/zhenjian.desktop"
install -m 644 resources/icons/zhenjian.png "$root/usr/share/icons/hicolor/256x256/apps/zhenjian.png"
install -m 644 resources/fonts/LICENSES.md "$root/usr/share/doc/zhenjian-desk/FONT-LICENSES.md"
size=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
# The bundle carries the build machine's Python and libraries: it needs at least the newest
# glibc symbol version they use (2.36 when built on Debian 12). Said in Depends, so that dpkg
# refuses the package on an older system instead of the program failing at start.
glibc=$(find "$root/opt/zhenjian" -type f \( -name '*.so*' -o -name zhenjian \) -print0 \
  | xargs -0 objdump -T 2>/dev/null | grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' \
  | sort -u -V | tail -1)
[ -n "$glibc" ] || { echo "could not read the bundle's glibc version (objdump)" >&2; exit 1; }
# The Qt libraries the bundle does not carry (TOOLCHAIN.md, scripts/system-deps.sh "run").
cat > "$root/DEBIAN/control" <<CONTROL
Package: zhenjian-desk
Version: $version
Architecture: $arch
Maintainer: Zhenjian Desk <zhenjian@localhost>
Installed-Size: $size
Section: misc
Priority: optional
Depends: libc6 (>= $glibc), libgl1, libegl1, libfontconfig1, libfreetype6, libglib2.0-0, libdbus-1-3, libxkbcommon0, libx11-6, libxkbcommon-x11-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0, libxcb-xkb1, libxcb-xfixes0, libxcb-sync1, libxcb-shm0, libxcb-render0, libxcb-util1
Description: 侦监台 Zhenjian Desk — arrest review, supervision and petitions
 Desktop program of a grassroots procuratorate: arrest review, supervision of
 investigations, custody review, petitions, legal documents, and offline sync
 with the upper-level office. Works without internet; the user's data stays
 in the home folder and is kept when the package is removed or upgraded.
CONTROL
# Upgrades keep the user's database: it lives in ~/.local/share/ZhenjianDesk, never under /opt;
# the first start of a newer version upgrades it after a backup copy next to it.
cat > "$root/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
POSTINST
chmod 755 "$root/DEBIAN/postinst"
out="$DIST/zhenjian-desk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
echo "deb: $out ($(du -h "$out" | cut -f1)) in $(( $(date +%s) - start )) s" >&2
