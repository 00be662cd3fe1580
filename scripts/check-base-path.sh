#!/bin/sh
# Builds the site under a base path into out-basepath/ (next build always writes out/, so the root
# build is set aside and put back), then runs the same link check on both exports.
set -eu
BASE=/talks-site
[ -d out ] && mv out out-root
trap 'rm -rf out; [ -d out-root ] && mv out-root out' EXIT
BASE_PATH=$BASE npm run build
rm -rf out-basepath && mv out out-basepath
BASE_PATH=$BASE OUT_DIR=out-basepath npx tsx scripts/check-links.ts
[ -d out-root ] && OUT_DIR=out-root npx tsx scripts/check-links.ts
