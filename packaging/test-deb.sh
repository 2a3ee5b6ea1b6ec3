#!/usr/bin/env bash
# The installed package's test (run by packaging/run-tests.sh, so by CI): builds the .deb, installs
# it with apt-get, runs the installed programs from outside the source tree with a fresh home
# (picta-cli --version, demo, a one-epoch train, German messages; picta offscreen until its window
# shows), then removes the package and checks that nothing of it is left.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build-deb.sh
deb=$(realpath build/release/picta_*.deb)
version=$(dpkg-deb -f "$deb" Version)

sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo)
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y -q "$deb"
work=$(mktemp -d)
cleanup() {
    "${sudo[@]}" apt-get remove -y -q picta >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

cd "$work"
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_CACHE_HOME="$work/home/.cache" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"
step() { echo "test-deb: $*"; }

step "version $version"
[ "$(/usr/bin/picta-cli --version)" = "picta-cli $version" ]
QT_QPA_PLATFORM=offscreen /usr/bin/picta --version | grep -qx "Picta $version"

step "the files a desktop needs"
for f in /usr/share/applications/org.picta.Picta.desktop /usr/share/metainfo/org.picta.Picta.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/org.picta.Picta.svg /usr/share/icons/hicolor/48x48/apps/org.picta.Picta.png \
         /usr/share/man/man1/picta.1.gz /usr/share/man/man1/picta-cli.1.gz /usr/share/bash-completion/completions/picta-cli \
         /usr/share/picta/peer_train.py /usr/share/picta/translations/picta_de.qm /usr/share/doc/picta/copyright; do
    [ -s "$f" ] || { echo "test-deb: missing $f"; exit 1; }
done
zcat /usr/share/man/man1/picta-cli.1.gz | grep -q '^.SS import-video'

step "demo and a one-epoch training"
/usr/bin/picta-cli demo --out demo
/usr/bin/picta-cli train --project demo --epochs 1 --json | tee train.json
grep -q '"val_accuracy"' train.json

step "German messages (the catalogue installed and the one built in are the same file)"
LANGUAGE=de LANG=de_DE.UTF-8 /usr/bin/picta-cli --help | grep -q "Befehle:"

step "the window shows (offscreen)"
QT_QPA_PLATFORM=offscreen timeout 120 /usr/bin/picta --screenshot window.png demo
python3 - window.png <<'PY'
import struct, sys
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width >= 640 and height >= 400, f"window too small: {width}x{height}"
assert len(data) > 20000, f"a blank window? {len(data)} bytes"
print(f"test-deb: window {width}x{height}, {len(data)} bytes")
PY

step "remove"
cd /
"${sudo[@]}" apt-get remove -y -q picta
! dpkg-query -W -f='${Status}' picta 2>/dev/null | grep -q "install ok installed"
for f in /usr/bin/picta /usr/bin/picta-cli /usr/share/picta /usr/share/applications/org.picta.Picta.desktop; do
    [ ! -e "$f" ] || { echo "test-deb: $f left after removal"; exit 1; }
done
trap 'rm -rf "$work"' EXIT
step "passed"
