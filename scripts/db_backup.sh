#!/usr/bin/env bash
# Back up or restore one service's database (README, Deploy: Backup and restore).
#   scripts/db_backup.sh backup  <database-url> <file.dump>
#   scripts/db_backup.sh restore <database-url> <file.dump>
# The URL is the service's DATABASE_URL (postgresql+psycopg:// is accepted). A backup is a
# pg_dump custom-format archive of everything in the database, alembic_version included, so a
# restored database is at the revision it was dumped at. A restore creates the database when it
# is missing (connecting to `postgres` on the same server, with the same credentials) and
# replaces every object in it; run the service's migration (Job) afterwards if the image is newer.
set -euo pipefail

usage() { echo "usage: $0 backup|restore <database-url> <file>" >&2; exit 2; }
[[ $# -eq 3 ]] || usage
action="$1" file="$3"
url="${2/postgresql+psycopg:/postgresql:}"
url="${url/postgresql+psycopg2:/postgresql:}"
database="${url##*/}"; database="${database%%\?*}"
[[ -n "$database" ]] || { echo "no database name in the URL" >&2; exit 2; }

case "$action" in
  backup)
    pg_dump --format=custom --no-owner --no-privileges --file="$file" "$url"
    echo "backed up $database to $file ($(stat -c %s "$file") bytes)" >&2
    ;;
  restore)
    [[ -s "$file" ]] || { echo "no dump at $file" >&2; exit 1; }
    server="${url%/*}/postgres"
    [[ "$url" == *\?* ]] && server="$server?${url#*\?}"
    exists="$(psql "$server" -XAtc "SELECT 1 FROM pg_database WHERE datname = '$database'")"
    if [[ "$exists" != 1 ]]; then
      psql "$server" -XqAtc "CREATE DATABASE \"$database\""
      echo "created database $database" >&2
    fi
    # One transaction: a failed restore leaves the database as it was.
    pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
      --dbname="$url" "$file"
    echo "restored $database from $file" >&2
    ;;
  *) usage ;;
esac
