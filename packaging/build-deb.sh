#!/usr/bin/env bash
# Builds the Debian package build/release/picta_<version>_<arch>.deb (CPack's DEB generator over
# the release build: packaging/CMakeLists.txt says what goes in), then checks it: lintian (no
# errors), desktop-file-validate and appstreamcli on the files as installed.
# Usage: packaging/build-deb.sh   (configures and builds build/release first when needed)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f build/release/CPackConfig.cmake ]; then
    packaging/build.sh
else
    cmake --build --preset release
fi

rm -f build/release/picta_*.deb
(cd build/release && cpack -G DEB)
deb=$(ls build/release/picta_*.deb)
echo "build-deb: $deb ($(du -h "$deb" | cut -f1))"

staged=$(mktemp -d)
trap 'rm -rf "$staged"' EXIT
dpkg-deb -x "$deb" "$staged"
desktop-file-validate "$staged"/usr/share/applications/org.picta.Picta.desktop
appstreamcli validate --no-net "$staged"/usr/share/metainfo/org.picta.Picta.metainfo.xml
# Errors fail the build; the warnings left are listed and explained in README ("The package").
# Lintian refuses to run as root without --allow-root (a container's CI runs as root).
lintian_args=(--fail-on error --display-level ">=warning")
[ "$(id -u)" -eq 0 ] && lintian_args+=(--allow-root)
lintian "${lintian_args[@]}" "$deb"
echo "build-deb: lintian found no errors"
