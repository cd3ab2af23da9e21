#!/usr/bin/env bash
# Runs every test of DBS: installs what the tests need, starts a throwaway PostgreSQL on a free loopback port,
# runs `dotnet test Dbs.sln` and ends with one line "N passed, N failed".
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

configuration="${DBS_TEST_CONFIGURATION:-Release}"
work="$(mktemp -d)"
pg_data="$work/pg/data"
pg_ctl=""

say() { printf '==> %s\n' "$*" >&2; }

cleanup() {
  if [[ -n "$pg_ctl" && -f "$pg_data/postmaster.pid" ]]; then
    as_postgres "$pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# initdb and postgres refuse to run as root: as root, run them as the postgres user.
as_postgres() {
  if [[ $EUID -eq 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_pg_bin() {
  local dir
  for dir in /usr/lib/postgresql/*/bin; do
    [[ -x "$dir/initdb" ]] && { echo "$dir"; return 0; }
  done
  return 1
}

install_postgres() {
  if find_pg_bin >/dev/null; then return 0; fi
  if [[ $EUID -ne 0 ]]; then
    echo "PostgreSQL is not installed; run as root or install the Debian package 'postgresql'." >&2
    exit 1
  fi
  say "installing PostgreSQL"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# The portal's browser tests drive Debian's chromium through Playwright.
install_chromium() {
  if [[ -x /usr/bin/chromium ]]; then return 0; fi
  if [[ $EUID -ne 0 ]]; then
    echo "chromium is not installed; run as root or install the Debian package 'chromium'." >&2
    exit 1
  fi
  say "installing chromium"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
}

install_node_packages() {
  local folder
  for folder in api/Dbs.Api/graphiql tests/conformance tests/Dbs.Portal.Tests/oidc tests/Dbs.Portal.Tests/axe; do
    [[ -f "$folder/package.json" ]] || continue
    say "installing node packages in $folder"
    if [[ -f "$folder/package-lock.json" ]]; then
      (cd "$folder" && npm ci --no-audit --no-fund --loglevel=error)
    else
      (cd "$folder" && npm install --no-audit --no-fund --loglevel=error)
    fi
  done
}

port_is_free() {
  ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
  local bin port
  bin="$(find_pg_bin)"
  pg_ctl="$bin/pg_ctl"
  mkdir -p "$work/pg"
  if [[ $EUID -eq 0 ]]; then chown -R postgres "$work/pg"; chmod 755 "$work"; fi
  for port in $(seq 54329 54429); do
    if port_is_free "$port"; then break; fi
  done
  say "starting PostgreSQL on 127.0.0.1:$port"
  as_postgres "$bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 --no-sync >/dev/null
  as_postgres "$pg_ctl" -D "$pg_data" -l "$work/pg/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$work/pg -c fsync=off" start >/dev/null
  export DBS_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Database=postgres;Username=postgres"
}

# Sums the per-assembly result lines of the console logger ("Passed!  - Failed: 0, Passed: 57, Skipped: 0, ...")
# and node's test runner totals ("# pass 57", "# fail 0").
summarise() {
  local passed failed
  touch "$work/node.log"
  read -r passed failed < <(awk '/- Failed: +[0-9]+, Passed: +[0-9]+/ {
      gsub(/,/, "")
      for (i = 1; i < NF; i++) { if ($i == "Failed:") f += $(i + 1); if ($i == "Passed:") p += $(i + 1) }
    }
    /^# pass [0-9]+$/ { p += $3 }
    /^# fail [0-9]+$/ { f += $3 }
    END { print p + 0, f + 0 }' "$work/test.log" "$work/node.log" 2>/dev/null)
  echo "$passed passed, $failed failed"
  [[ $failed -eq 0 ]]
}

install_postgres
install_chromium
install_node_packages
start_postgres

say "dotnet test Dbs.sln ($configuration)"
status=0
dotnet test Dbs.sln --nologo -c "$configuration" --logger "console;verbosity=minimal" 2>&1 | tee "$work/test.log" \
  || status=${PIPESTATUS[0]}

if [[ -f tests/conformance/package.json ]]; then
  say "node tests of the conformance harness"
  (cd tests/conformance && npm test 2>&1) | tee "$work/node.log" || status=1
fi

if ! summarise; then [[ $status -ne 0 ]] || status=1; fi
exit "$status"
