#!/usr/bin/env bash
# Installs what is missing, then runs every test: a new machine's fetch, plain Rust and property tests, in-browser tests, the build's steps, end-to-end on the release build, the journeys on three engines, the published servers, the dependencies' licences; then prints the release sizes.
set -euo pipefail
export WITH_ENGINES=1
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Runs one folder of node tests. On a failure, each failing test and its error are printed again at
# the end, where CI's summary of the output shows them.
node_tests() {
  local log
  log=$(mktemp)
  if node --test --test-concurrency=1 "$1" 2>&1 | tee "$log"; then
    rm -f "$log"
    return 0
  fi
  say "Failed in $1 (each failing test, with its error):"
  awk '/^ *not ok /{p=1} p{print} p && /^ *\.\.\.$/{p=0}' "$log" | head -300
  rm -f "$log"
  return 1
}

say "0/6 A new machine: setup.sh's fetch into an empty CARGO_HOME, then the release build's crates checked offline"
# Catches a crate the README commands would need but never fetch (the release build's standard
# library, for one), which a machine holding earlier downloads hides.
fresh_cargo_home=$(mktemp -d)
CARGO_HOME="$fresh_cargo_home" fetch_crates
CARGO_HOME="$fresh_cargo_home" release_env cargo check --offline --quiet --release --lib \
  --target wasm32-unknown-unknown --target-dir target/fresh-machine
rm -rf "$fresh_cargo_home"

say "1/6 Plain Rust tests: questionnaire model, rules, outcome, stored format, content files; property tests"
cargo test --quiet -- --nocapture
cargo test --quiet --package prerender
cargo test --quiet --package desk-camera

say "2/6 In-browser tests (headless Chromium): storage layer and components"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web

say "3/6 End-to-end tests on the release build (headless Chromium, phone and tablet sizes)"
release_env trunk build --release
# The build's steps one by one (scripts/post-build/), with the contract the build just wrote.
node_tests tests/post-build/
node_tests tests/e2e/

say "4/6 The journeys on the three engines through WebDriver: WebKitGTK (Safari), Firefox ESR, Chromium"
node_tests tests/engines/

say "5/6 Published on nginx and Apache over HTTPS (127.0.0.1:80 and :443): headers, cache, compression, post-deploy check, Observatory"
node_tests tests/deploy/

say "6/6 Dependencies: licences, bans and sources (cargo deny, offline); npm licences"
cargo deny --offline check licenses bans sources
node scripts/check-npm-licences.mjs

say "Release sizes (bytes: raw / gzip -9)"
for f in dist/*.wasm dist/*.js; do
  printf '  %-50s %8d / %8d\n' "$(basename "$f")" "$(wc -c <"$f")" "$(gzip -9 -c "$f" | wc -c)"
done
