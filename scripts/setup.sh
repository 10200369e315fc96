#!/bin/sh
# Sets up everything labeldesk needs on Debian: the system packages (when run as root), then a
# virtual environment in .venv with labeldesk and its test tools. Safe to run again.
set -eu
cd "$(dirname "$0")/.."

# Qt's xcb platform plugin, ffmpeg and exiftool for the audio tests, Xvfb for screenshots.
SYSTEM_PACKAGES="python3 python3-venv python3-pip ffmpeg libimage-exiftool-perl xvfb \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0 \
libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"

missing=""
for pkg in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" = 0 ]; then
        echo "Installing system packages:$missing" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    else
        echo "Some system packages are missing. Install them with:" >&2
        echo "  sudo apt-get install -y$missing" >&2
        exit 1
    fi
fi

stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    python3 -m venv .venv
    .venv/bin/python -m pip install -q --upgrade pip
    .venv/bin/python -m pip install -q -e '.[test]'
    touch "$stamp"
fi
