#!/usr/bin/env bash
# Renders resources/icons/picta.svg to the PNG sizes of the hicolor icon theme, committed under
# resources/icons/hicolor/ (so neither the build nor the package needs an SVG renderer). The sizes
# are PICTA_ICON_SIZES in CMakeLists.txt: keep the two lists equal.
# Needs rsvg-convert (package librsvg2-bin) and optipng if installed.
set -euo pipefail
cd "$(dirname "$0")/.."
for size in 16 22 24 32 48 64 128 256 512; do
    out=resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$out"
    rsvg-convert --width "$size" --height "$size" resources/icons/picta.svg --output "$out/picta.png"
    if command -v optipng >/dev/null; then optipng -quiet -o5 -strip all "$out/picta.png"; fi
done
echo "render-icons: resources/icons/hicolor/*/apps/picta.png"
