#!/usr/bin/env bash
# Benchmark (not a test): builds the release, serves dist/ compressed on 127.0.0.1, runs Lighthouse
# 12.2.3 (mobile; simulated, then real 4× CPU throttling) five times on the app and on a plain static
# page of the same sheet (the floor), times tap → next question with 4× CPU throttling over 50 taps, and measures the
# dead window (start link tapped as soon as painted → feedback, → next page) on slow 3G and slow 4G.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
if [ ! -x target/bench/node_modules/.bin/lighthouse ]; then
  say "Installing Lighthouse 12.2.3 for the benchmark (into target/bench, not a test dependency)"
  mkdir -p target/bench
  npm install --no-audit --no-fund --prefix target/bench lighthouse@12.2.3 >/dev/null
fi
release_env trunk build --release
CHROME_PATH=/usr/bin/chromium node scripts/bench.mjs
