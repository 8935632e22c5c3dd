#!/usr/bin/env bash
# Installs (if needed) and starts the local PostgreSQL cluster, makes sure the role
# 'switchboard' (password 'switchboard') exists, and re-creates the database named by $1.
# Prints "PGPORT=<port>" on its last line. Needs root (uses apt-get and su postgres).
set -euo pipefail
db="${1:?usage: postgres-up.sh DATABASE}"

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^${version} main$"; then
  pg_createcluster "$version" main >/dev/null
fi
pg_ctlcluster "$version" main start 2>/dev/null || true
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')
for _ in $(seq 1 30); do
  pg_isready -q -h 127.0.0.1 -p "$port" && break
  sleep 1
done
pg_isready -h 127.0.0.1 -p "$port" >&2

admin() { su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $port $*"; }
if ! admin "-tAc \"SELECT 1 FROM pg_roles WHERE rolname='switchboard'\"" | grep -q 1; then
  admin "-c \"CREATE ROLE switchboard LOGIN PASSWORD 'switchboard'\""
fi
admin "-c \"DROP DATABASE IF EXISTS $db\""
admin "-c \"CREATE DATABASE $db OWNER switchboard\""
echo "PostgreSQL $version on port $port, database $db (re-created)" >&2
echo "PGPORT=$port"
