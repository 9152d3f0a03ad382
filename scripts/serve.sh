#!/usr/bin/env bash
# Installs what is missing, then serves the release build at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cargo fetch
exec trunk serve --release --address 127.0.0.1 --port 8080
