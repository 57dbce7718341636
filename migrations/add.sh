#!/usr/bin/env bash
# Adds a migration named $1 to every provider's migrations assembly, then rebuilds them
# (a later `migrations script --no-build` would otherwise be silently empty).
set -euo pipefail
name=${1:?usage: migrations/add.sh MigrationName}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet build src/TrainingCenter.Web -v q -nologo
for provider in Sqlite SqlServer PostgreSql; do
  echo "== $provider"
  case $provider in
    Sqlite) connection="Data Source=:memory:" ;;
    SqlServer) connection="Server=localhost;Database=TrainingCenter;Trusted_Connection=True;TrustServerCertificate=True" ;;
    PostgreSql) connection="Host=localhost;Database=trainingcenter;Username=postgres" ;;
  esac
  dotnet ef migrations add "$name" --no-build \
    --project "migrations/TrainingCenter.Migrations.$provider" \
    --startup-project src/TrainingCenter.Web \
    --output-dir Migrations \
    -- --Database:Provider "$provider" --ConnectionStrings:TrainingCenter "$connection" --Jobs:Server false
done
dotnet build TrainingCenter.sln -v q -nologo
