#!/usr/bin/env bash
# Quick start, step 1: install what is missing, build the release, serve it on
# http://127.0.0.1:8080.
source "$(dirname "$0")/build.sh"
say "Serving"
exec node scripts/server.mjs --dir=dist --host=127.0.0.1 --port="${PORT:-8080}"
