#!/bin/sh
# Sets up labeldesk and runs its whole test suite, headless (arguments go to pytest).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/lint-imports --config pyproject.toml
exec .venv/bin/python -m pytest "$@"
