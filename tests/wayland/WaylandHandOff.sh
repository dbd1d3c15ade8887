#!/usr/bin/env bash
# Starts Holdfast under a headless Wayland compositor (weston) and checks that
# its window paints there and that a second launch with `--panic` (carrying an
# activation token) opens the urge dialog in it. Every wait is a bounded poll.
# Exits 77 (skipped) where weston or Qt's Wayland platform plugin is missing.
#
#   WaylandHandOff.sh HOLDFAST_BINARY QT_PLUGIN_DIR
set -u
app="$1"
plugins="${2:-}"

skip() { echo "SKIPPED: $*"; exit 77; }
command -v weston >/dev/null || skip "weston is not installed (scripts/setup installs it)"
if [ -n "$plugins" ] && ! ls "$plugins"/platforms/libqwayland-*.so >/dev/null 2>&1; then
    skip "Qt's Wayland platform plugin is not installed (qt6-wayland; scripts/setup installs it)"
fi

work="$(mktemp -d)"
weston_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null
    [ -n "$weston_pid" ] && kill "$weston_pid" 2>/dev/null && wait "$weston_pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

fail() {
    echo "FAILED: $*"
    for log in "$work"/*.log; do
        [ -f "$log" ] || continue
        echo "--- $(basename "$log")"
        tail -n 40 "$log"
    done
    exit 1
}

# Polls `$1` (a shell condition) every tenth of a second for at most $2 seconds.
wait_for() {
    local deadline=$((SECONDS + $2))
    until eval "$1"; do
        [ "$SECONDS" -lt "$deadline" ] || return 1
        sleep 0.1
    done
}

mkdir -m 700 "$work/runtime" "$work/config" "$work/data"
export XDG_RUNTIME_DIR="$work/runtime" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/config"
unset DISPLAY XDG_ACTIVATION_TOKEN DESKTOP_STARTUP_ID

weston --backend=headless-backend.so --socket=wayland-holdfast --idle-time=0 >"$work/weston.log" 2>&1 &
weston_pid=$!
wait_for '[ -S "$XDG_RUNTIME_DIR/wayland-holdfast" ] || ! kill -0 "$weston_pid" 2>/dev/null' 20
[ -S "$XDG_RUNTIME_DIR/wayland-holdfast" ] || fail "weston did not start"

export WAYLAND_DISPLAY=wayland-holdfast QT_QPA_PLATFORM=wayland HOLDFAST_REPORT_FIRST_PAINT=1
"$app" --data-dir "$work/data" >"$work/holdfast.log" 2>&1 &
app_pid=$!
painted() { grep -q "holdfast-paint $1" "$work/holdfast.log"; }
wait_for 'painted mainWindow || ! kill -0 "$app_pid" 2>/dev/null' 60
painted mainWindow || fail "Holdfast did not show its window under Wayland"
echo "the window painted under Wayland"

XDG_ACTIVATION_TOKEN=holdfast-test-token timeout 60 "$app" --data-dir "$work/data" --panic >"$work/second.log" 2>&1
status=$?
[ "$status" -eq 0 ] || fail "the second launch with --panic exited with $status instead of handing over"
wait_for 'painted urgeDialog || ! kill -0 "$app_pid" 2>/dev/null' 60
painted urgeDialog || fail "--panic did not open the urge dialog in the running Holdfast"
kill -0 "$app_pid" 2>/dev/null || fail "Holdfast exited"
echo "--panic reached the running window: the urge dialog painted"
exit 0
