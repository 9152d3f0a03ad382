#!/usr/bin/env bash
# Installs what is missing, then serves the release build at http://127.0.0.1:8080
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
# No autoreload: its inline script and websocket would break the Content-Security-Policy.
release_env trunk serve --release --no-autoreload --address 127.0.0.1 --port 8080
