#!/bin/sh
# Add Accord to the desktop's application menu for the current user (no root needed).
# Run it from the unpacked Accord folder:  ./share/install-desktop-entry.sh
# Undo:  rm ~/.local/share/applications/accord.desktop \
#           ~/.local/share/icons/hicolor/scalable/apps/accord.svg
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"
icons="${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/scalable/apps"
mkdir -p "$apps" "$icons"
cp "$here/share/icons/hicolor/scalable/apps/accord.svg" "$icons/accord.svg"
sed -e "s|^Exec=.*|Exec=\"$here/accord\"|" \
    "$here/share/applications/accord.desktop" > "$apps/accord.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Accord added to the application menu ($apps/accord.desktop)."
