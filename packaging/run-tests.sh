#!/usr/bin/env bash
# One command for CI and developers: install, build, and run every test (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh -DPICTA_BUILD_TESTS=ON
export QT_QPA_PLATFORM=offscreen
ctest --preset release "$@"
