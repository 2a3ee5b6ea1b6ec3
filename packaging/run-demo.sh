#!/usr/bin/env bash
# One command for a newcomer: install, build, and start Picta on the built-in demo project.
set -euo pipefail
cd "$(dirname "$0")/.."
packaging/build.sh
exec build/release/bin/picta --demo "$@"
