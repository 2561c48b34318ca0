#!/usr/bin/env bash
# A second release build, into dist-versions/, with the test-only Version 2
# fixture (tests/fixtures/) compiled in beside the shipped documents. Only
# tests/e2e/versions.test.mjs serves it; it is never deployed.
# The fixture changes one build-script input, so only this crate is rebuilt.
IGF_EXTRA_DOCUMENTS=tests/fixtures IGF_DIST=dist-versions bash "$(dirname "$0")/build.sh"
