#!/usr/bin/env bash
# Installs the Debian bookworm packages that Picta's build, tests and demo need.
# Idempotent: safe to run twice. Runs as root, or re-runs itself through sudo.
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then
    exec sudo --preserve-env=DEBIAN_FRONTEND "$0" "$@"
fi

packages=(
    # build
    build-essential cmake ninja-build pkg-config
    # Qt 6.4: Core, Network, Concurrent, Widgets, PrintSupport, Test, LinguistTools
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
    # sharing a model as a web page (Qt HTTP Server, whose CMake package needs WebSockets) with a QR code (libqrencode)
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
    # engine
    libtorch-dev libopencv-dev libopencv-contrib-dev libwebp-dev
    # data-parallel training (picta-cli train --distributed): the headers of c10d's Gloo backend
    libgloo-dev
    # ONNX export (the ONNX protobuf classes and checker)
    libonnx-dev libprotobuf-dev
    # plots
    libqcustomplot-dev
    # demo and test data
    dataset-fashion-mnist
    # offscreen GUI runs and screenshots
    xvfb xauth
    # the sanitizer build (ASan + UBSan) and the libFuzzer targets
    clang-14 libclang-rt-14-dev libfuzzer-14-dev
    # the exported model checked by an independent runtime (the package's predict.py)
    python3-opencv
    # the shared model's web page tested in a real browser (headless Chromium through chromedriver)
    chromium chromium-driver
    # the formatting check (packaging/check-format.sh)
    clang-format-14
    # the Debian package and its checks (packaging/build-deb.sh, test-deb.sh); Qt's own German
    # dialogs (the package recommends it)
    dpkg-dev lintian desktop-file-utils appstream qt6-translations-l10n
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages already installed"
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
echo "install-deps: installed ${#missing[@]} package(s)"
