#!/bin/sh
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service,
# so keychain tests use a real keychain and never the user's own.
mkdir -p "$HOME" "${XDG_DATA_HOME:-$HOME/.local/share}" "${XDG_CONFIG_HOME:-$HOME/.config}" "${XDG_CACHE_HOME:-$HOME/.cache}"
exec dbus-run-session -- sh -c 'echo "" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; exec "$@"' sh "$@"
