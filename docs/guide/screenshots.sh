#!/usr/bin/env bash
# Regenerates the pictures of the README's guide (docs/guide/*.png) from the browser test that walks
# through those screens and checks them (tests/Editorial.EndToEndTests/UserGuideTests.cs), on a
# throwaway PostgreSQL like the test suite's. Run from anywhere: docs/guide/screenshots.sh
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
command -v chromium >/dev/null || apt-get install -y -qq chromium >/dev/null
source "$root/tests/postgres.sh"
EDITORIAL_GUIDE_DIR="$root/docs/guide" dotnet test tests/Editorial.EndToEndTests/Editorial.EndToEndTests.csproj \
  --filter "FullyQualifiedName~UserGuideTests" -nologo
