#!/usr/bin/env bash
# Assembles the root filesystem of Switchboard's container image from this machine, without a
# Docker daemon or registry: a jlink'ed Java 17 runtime, the shared libraries it links against
# (found with ldd), CA certificates, and a minimal /etc. Jib then lays the application on top of
# it with FROM scratch (bootstrap/pom.xml, profile "image").
# Usage: scripts/image-rootfs.sh <output-dir>      (needs a JDK 17 with jmods: jlink, ldd)
set -euo pipefail
out=${1:?usage: image-rootfs.sh <output-dir>}
java_home=${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
jlink="$java_home/bin/jlink"
[ -x "$jlink" ] || { echo "image-rootfs: no jlink in $java_home (need a JDK 17 with jmods)" >&2; exit 1; }
[ -d "$java_home/jmods" ] || { echo "image-rootfs: no $java_home/jmods (Debian: openjdk-17-jdk-headless)" >&2; exit 1; }

# Reuse a finished rootfs built from the same JDK (keeps repeated builds fast).
stamp="$out/.built-from"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$java_home $(stat -c %Y "$0")" ]; then
  echo "image-rootfs: $out is up to date"
  exit 0
fi
rm -rf "$out"
mkdir -p "$out/opt" "$out/etc" "$out/tmp" "$out/data"

# What `jdeps --print-module-deps` finds in bootstrap/target/switchboard.jar, plus the crypto,
# DNS and zip providers that are loaded as services.
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,\
java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,\
java.transaction.xa,java.xml,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.jfr,jdk.localedata,\
jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
"$jlink" --add-modules "$modules" --include-locales=en --strip-debug --no-header-files \
  --no-man-pages --compress=2 --output "$out/opt/java"

# Headless server: no X11, sound, splash screen or font rendering (their libraries pull in X11).
rm -f "$out"/opt/java/lib/{libawt_xawt,libjawt,libsplashscreen,libjsound,libfontmanager}.so

# Debian links lib/security/cacerts to /etc; the image gets a real copy.
rm -f "$out/opt/java/lib/security/cacerts"
if [ -f /etc/ssl/certs/java/cacerts ]; then
  cp -L /etc/ssl/certs/java/cacerts "$out/opt/java/lib/security/cacerts"
fi

# The shared libraries of every binary and library of the runtime, with the loader.
{
  find "$out/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 |
    xargs -0 ldd 2>/dev/null | awk '/=> \//{print $3} /^\s*\/lib/{print $1}'
  echo /lib64/ld-linux-x86-64.so.2
} | sort -u | while read -r lib; do
  case "$lib" in "$out"/*) continue ;; esac
  [ -e "$lib" ] || continue
  mkdir -p "$out$(dirname "$lib")"
  cp -L "$lib" "$out$lib"
done
# glibc's resolver modules are loaded at run time, not linked.
for lib in /lib/x86_64-linux-gnu/libnss_dns.so.2 /lib/x86_64-linux-gnu/libnss_files.so.2 \
  /lib/x86_64-linux-gnu/libresolv.so.2; do
  [ -e "$lib" ] && mkdir -p "$out$(dirname "$lib")" && cp -L "$lib" "$out$lib"
done

cat > "$out/etc/passwd" <<'PASSWD'
root:x:0:0:root:/root:/sbin/nologin
switchboard:x:65532:65532:switchboard:/data:/sbin/nologin
PASSWD
cat > "$out/etc/group" <<'GROUP'
root:x:0:
switchboard:x:65532:
GROUP
echo 'hosts: files dns' > "$out/etc/nsswitch.conf"
printf '127.0.0.1 localhost\n::1 localhost\n' > "$out/etc/hosts"
echo "$java_home $(stat -c %Y "$0")" > "$stamp"
echo "image-rootfs: $(du -sh "$out" | cut -f1) in $out"
