#!/bin/sh
# Sets up labeldesk and starts it on the default library (arguments go to labeldesk).
set -eu
cd "$(dirname "$0")/.."
sh scripts/setup.sh
exec .venv/bin/labeldesk "$@"
