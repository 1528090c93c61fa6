#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine of this kind (Debian 12, .NET SDK 10, PostgreSQL 15
# binaries, root, no Docker engine):
#   1. installs what is missing: Chromium for the browser tests, docker-compose to validate the
#      compose file;
#   2. starts a throwaway PostgreSQL cluster (removed on exit) and tells the tests where it is;
#   3. validates docker-compose.yml, builds the solution, then runs each test project (bounded in time),
#      and the editor bundle's own tests (Node, npm), checking the committed bundle matches its source;
#   4. ends with one line: "N passed, N failed".
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
results="$root/tests/TestResults"
rm -rf "$results" && mkdir -p "$results"

log() { printf '\n== %s\n' "$*"; }

# --- 1. Packages -------------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null || missing+=(chromium)
command -v docker-compose >/dev/null || missing+=(docker-compose)
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq "${missing[@]}" >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && apt-get install -y -qq "${missing[@]}" >/dev/null; } \
    || { echo "Could not install ${missing[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

# --- 2. PostgreSQL ----------------------------------------------------------------------------
source "$root/tests/postgres.sh"

# --- 3. Compose file, then the .NET suites -----------------------------------------------------
compose_passed=0
compose_failed=0
log "Validating docker-compose.yml"
# The default stack and the scale-out profile (two instances behind the proxy).
if EDITORIAL_DB_PASSWORD=validate EDITORIAL_ADMIN_PASSWORD=validate docker-compose -f docker-compose.yml config -q \
   && EDITORIAL_DB_PASSWORD=validate docker-compose -f docker-compose.yml --profile scale-out config -q; then
  echo "docker-compose.yml is valid"; compose_passed=1
else
  echo "docker-compose.yml is INVALID"; compose_failed=1
fi

# Built once, then each test project on its own with two guards, so that a hang can neither use up
# CI's time nor hide: the blame collector stops a test host in which nothing has finished for 10
# minutes and names the test it was running; `timeout` ends a project that outlives its limit.
# The other projects run either way, and the totals below count the stopped one as failed.
log "dotnet build Editorial.sln"
dotnet build Editorial.sln -nologo -v q
test_exit=$?
if [ "$test_exit" -eq 0 ]; then
  for project in Editorial.Domain.Tests Editorial.Web.Tests Editorial.IntegrationTests Editorial.EndToEndTests; do
    log "dotnet test $project"
    timeout --kill-after=60 30m dotnet test "tests/$project/$project.csproj" --no-build \
      --logger "trx;LogFilePrefix=$project" --results-directory "$results" \
      --blame-hang-timeout 10m --blame-hang-dump-type none
    project_exit=$?
    [ "$project_exit" -eq 124 ] && echo "$project did not finish within 30 minutes and was stopped"
    [ "$project_exit" -ne 0 ] && test_exit=$project_exit
  done
fi

# --- The editor bundle (src/Editorial.Editor): its node tests, and the committed build matches its source
editor_passed=0
editor_failed=0
log "Editor bundle: npm ci, node --test, rebuild and compare"
editor_build="$(mktemp -d)"
if (cd src/Editorial.Editor && EDITOR_OUT="$editor_build" bash build.sh >/dev/null); then
  if cmp -s "$editor_build/editor.js" src/Editorial.Web/wwwroot/editor/editor.js \
     && cmp -s "$editor_build/editor.css" src/Editorial.Web/wwwroot/editor/editor.css \
     && cmp -s "$editor_build/apache-annotator.js" tests/Editorial.EndToEndTests/Assets/apache-annotator.js; then
    echo "the committed bundle is what build.sh makes"; editor_passed=1
  else
    echo "the committed bundle differs from what src/Editorial.Editor/build.sh makes: run it and commit the result"; editor_failed=1
  fi
  (cd src/Editorial.Editor && CHROMIUM_PATH="$(command -v chromium)" timeout --kill-after=30 10m node --test \
     --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$results/editor.tap" test/)
  read -r node_passed node_failed < <(awk '/^# pass /{p=$3} /^# fail /{f=$3} END{print p+0, f+0}' "$results/editor.tap" 2>/dev/null || echo "0 1")
  [ -s "$results/editor.tap" ] || node_failed=$((node_failed + 1))
  editor_passed=$((editor_passed + node_passed))
  editor_failed=$((editor_failed + node_failed))
else
  echo "src/Editorial.Editor/build.sh failed"; editor_failed=1
fi
rm -rf "$editor_build"

# --- 4. Totals ---------------------------------------------------------------------------------
read -r passed failed < <(python3 - "$results" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
passed = failed = 0
for path in glob.glob(sys.argv[1] + "/**/*.trx", recursive=True):
    counters = ET.parse(path).getroot().find(".//{*}Counters")
    if counters is not None:
        passed += int(counters.get("passed", 0))
        failed += int(counters.get("failed", 0)) + int(counters.get("error", 0)) + int(counters.get("timeout", 0))
print(passed, failed)
PY
)
passed=$((passed + compose_passed + editor_passed))
failed=$((failed + compose_failed + editor_failed))
# A build failure or a crashed test host produces no failed test: count it so it cannot pass silently.
if [ "$test_exit" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
