#!/bin/sh
# Chromium at the lowest CPU priority, for live_pages.mjs --chromium: on a one-machine test the app is served
# first, as if the 200 browsers ran on their readers' machines, not on the server's two cores.
exec nice -n 19 "${CHROMIUM:-/usr/bin/chromium}" "$@"
