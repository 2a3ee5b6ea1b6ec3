#!/usr/bin/env bash
# Installs the dependencies, then configures and builds Picta (Release, Ninja) into build/release.
# Usage: packaging/build.sh [extra cmake configure arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/install-deps.sh
cmake --preset release "$@"
cmake --build --preset release
