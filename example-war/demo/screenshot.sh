#!/usr/bin/env bash
# With the demo running (./mvnw -Pdemo -pl example-war/demo -am verify -DskipTests), signs three users and one poison
# user up over HTTP, waits until the applications have done their part, and takes a PNG screenshot of the page with
# headless Chromium (Debian: apt-get install chromium).
#
#   example-war/demo/screenshot.sh [file.png]     (default /tmp/lightbus-example.png; BASE=http://localhost:9090)
set -euo pipefail

out=${1:-/tmp/lightbus-example.png}
base=${BASE:-http://localhost:9090}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "No Chromium found (Debian: apt-get install chromium)" >&2; exit 1; }
curl -fs -o /dev/null "$base/signup/activity" || { echo "The demo does not answer on $base" >&2; exit 1; }

# a run id keeps the names new when the demo already has users
run=$(date +%H%M%S)
sign_up() { # username password
    curl -s -o /dev/null -w "$1: %{http_code}\n" --data-urlencode "username=$1" \
        --data-urlencode "email=$1@example.com" --data-urlencode "password=$2" "$base/signup/accounts"
}
sign_up "ada-$run" "ada-$run"                  # the password is the username: the welcome mail gets a tip
sign_up "grace-$run" "a long passphrase"
sign_up "linus-$run" "another passphrase"
sign_up "poison-$run" "secret"                 # the mailer refuses it: three attempts, then the dead-letter queue
sign_up "admin" "secret"                       # taken: refused

# wait (bounded) until the mailer has welcomed the three users and dead-lettered the poison one
for _ in $(seq 1 120); do
    mailer=$(curl -fs "$base/mailer/activity" || true)
    welcomed=$(grep -o "sent the welcome mail to [a-z]*-$run@" <<<"$mailer" | wc -l || true)
    if [ "$welcomed" -ge 3 ] && grep -q "\"DEAD_LETTERED\",\"user\":\"poison-$run\"" <<<"$mailer"; then
        break
    fi
    sleep 0.5
done

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,1000 \
    --virtual-time-budget=5000 --screenshot="$out" "$base/signup/" 2>/dev/null
echo "Screenshot: $out"
