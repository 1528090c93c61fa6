#!/usr/bin/env bash
# Rebuilds the editor bundle (src/Editorial.Web/wwwroot/editor/editor.js + editor.css) and the
# Apache Annotator script for the browser tests. The outputs are committed: the app never needs
# Node at run time. Same package-lock.json, same esbuild => byte-identical output.
set -euo pipefail
cd "$(dirname "$0")"

npm ci --no-audit --no-fund

# EDITOR_OUT writes all three files elsewhere (tests/run.sh builds there and compares, so a
# committed bundle that does not match its source fails the suite).
web=${EDITOR_OUT:-../Editorial.Web/wwwroot/editor}
assets=${EDITOR_OUT:-../../tests/Editorial.EndToEndTests/Assets}
mkdir -p "$web" "$assets"

banner='/* Built by src/Editorial.Editor/build.sh from src/Editorial.Editor/src; do not edit. */'
# markdown-it only decodes entities: take just the decoder from "entities" (-6 kB gzip).
npx esbuild src/index.js --bundle --format=iife --minify --target=es2020 --legal-comments=eof \
  --alias:entities=entities/lib/decode.js \
  "--banner:js=$banner" --outfile="$web/editor.js"
npx esbuild src/editor.css --bundle --minify "--banner:css=$banner" --outfile="$web/editor.css"
npx esbuild src/annotator.js --bundle --format=iife --minify --target=es2020 --legal-comments=eof \
  "--banner:js=$banner" --outfile="$assets/apache-annotator.js"
