# --stats: idle time is the time the scheduler slept with nothing to run;
# a 60 ms sleep in the only process shows as at least 50 ms of it, and the
# wall time covers the idle time.
set -e
# shellcheck disable=SC2086
err=$("$BEAMLET" $BEAMLET_FLAGS --stats -e 'Process.sleep(60)' 2>&1 >/dev/null)
ms() { printf '%s\n' "$err" | sed -n "s/^  $1: *\([0-9.]*\) ms.*/\1/p"; }
idle=$(ms 'idle time')
wall=$(ms 'wall time')
[ -n "$idle" ] && [ -n "$wall" ] || { printf '%s\n' "$err"; exit 1; }
awk -v i="$idle" -v w="$wall" 'BEGIN { exit !(i >= 50 && w >= i) }' || { printf '%s\n' "$err"; exit 1; }
