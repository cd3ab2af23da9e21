#!/usr/bin/env bash
# Adds a migration for both providers from the current model:
#   api/Dbs.Domain.Design/add-migration.sh AddFindingOwner
# SQLite's land in api/Dbs.Domain/Migrations/Sqlite, PostgreSQL's in api/Dbs.Domain/Migrations/Postgres.
# Neither needs a running database. Remove the last one with: dotnet ef migrations remove (same arguments).
set -euo pipefail
name="${1:?usage: add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project api/Dbs.Domain \
    --startup-project api/Dbs.Domain.Design \
    --context "${provider}DbsDbContext" \
    --output-dir "Migrations/$provider"
done
