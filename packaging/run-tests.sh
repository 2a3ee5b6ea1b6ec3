#!/usr/bin/env bash
# One command for CI and developers: install, build, and run every test (GUI tests offscreen).
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh -DPICTA_BUILD_TESTS=ON -DPICTA_WERROR=ON
# The formatting check runs after the build (install-deps.sh, called by build.sh, installs clang-format).
packaging/check-format.sh
# Every string translated, none obsolete (lupdate/lrelease).
packaging/check-translations.sh
export QT_QPA_PLATFORM=offscreen
ctest --preset release "$@"
# The Debian package: built, checked (lintian, desktop, AppStream), installed, run, removed.
packaging/test-deb.sh

# The same core tests under AddressSanitizer + UndefinedBehaviorSanitizer (clang, build/asan),
# then every fuzz target for a bounded time (PICTA_FUZZ_SECONDS each). PICTA_SKIP_SANITIZE=1
# skips both, for a quick local run.
if [ "${PICTA_SKIP_SANITIZE:-0}" != 1 ]; then
    cmake --preset asan
    cmake --build --preset asan
    ctest --preset asan
    tests/fuzz/run-fuzzers.sh build/asan "${PICTA_FUZZ_SECONDS:-50}"
fi
