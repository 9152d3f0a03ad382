#!/usr/bin/env bash
# Fuzzes a decoder for a set time: bash scripts/fuzz.sh [stored_decode|content_load] [seconds]
# Needs the nightly toolchain (present on these machines) and cargo-fuzz (installed if missing).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
target=${1:-stored_decode}
seconds=${2:-60}
command -v cargo-fuzz >/dev/null || cargo install --locked cargo-fuzz
mkdir -p "fuzz/corpus/$target"
cargo +nightly fuzz run "$target" "fuzz/corpus/$target" -- -max_total_time="$seconds"
