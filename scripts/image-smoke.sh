#!/usr/bin/env bash
# Smoke-tests the image tarball without a container runtime: unpacks its layers as a container
# runtime would, then runs the image's entrypoint in a chroot (as the image's user, with /proc),
# checks /health, /verify_number and /prometheus on a free port, and stops it. Needs root.
# Usage: scripts/image-smoke.sh [bootstrap/target/jib-image.tar]
set -euo pipefail
tarball=$(readlink -f "${1:-bootstrap/target/jib-image.tar}")
work=$(mktemp -d)
root="$work/rootfs"
pid=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && sleep 1
  mountpoint -q "$root/proc" && umount "$root/proc"
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$root" "$work/image"
tar -xf "$tarball" -C "$work/image"
# manifest.json lists the layers bottom-up; the config holds entrypoint, env and user.
python3 - "$work/image" "$root" > "$work/run.env" <<'PY'
import json, shlex, sys, tarfile
image, root = sys.argv[1], sys.argv[2]
manifest = json.load(open(f"{image}/manifest.json"))[0]
for layer in manifest["Layers"]:
    with tarfile.open(f"{image}/{layer}") as t:
        t.extractall(root)
config = json.load(open(f"{image}/{manifest['Config']}"))["config"]
print("ENTRYPOINT=" + shlex.quote(" ".join(config["Entrypoint"])))
print("IMAGE_ENV=" + shlex.quote(" ".join(config.get("Env", []))))
print("IMAGE_USER=" + shlex.quote(config.get("User", "0:0")))
print("IMAGE_WORKDIR=" + shlex.quote(config.get("WorkingDir", "/")))
PY
. "$work/run.env"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$root/proc" && mount -t proc proc "$root/proc"
echo "image-smoke: $ENTRYPOINT (user $IMAGE_USER, port $port)"
chroot=$(command -v chroot)
# The entrypoint's "java" is found through the image's PATH, as a container runtime would.
# shellcheck disable=SC2086
env -i $IMAGE_ENV MICRONAUT_SERVER_PORT="$port" \
  "$chroot" --userspec="$IMAGE_USER" "$root" $ENTRYPOINT > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 120); do
  if curl -fsS -m 5 "http://127.0.0.1:$port/health" > "$work/health" 2>/dev/null; then break; fi
  kill -0 "$pid" 2>/dev/null || { cat "$work/service.log"; echo "image-smoke: FAILED (exited)"; exit 1; }
  sleep 1
done
grep -q '"status":"UP"' "$work/health" || { cat "$work/service.log"; echo "image-smoke: FAILED (health)"; exit 1; }
curl -fsS "http://127.0.0.1:$port/verify_number?number=%2B12025550123" | grep -q 'code was sent'
curl -fsS "http://127.0.0.1:$port/prometheus" | grep -q '^switchboard_sms_total{outcome="sent"} 1'
echo "image-smoke: OK ($(du -h "$tarball" | cut -f1) image; health UP, PIN sent, metrics scraped)"
