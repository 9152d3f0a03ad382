#!/usr/bin/env bash
# Installs whatever is missing to build and test the app; skips what is already there at the right version.
# Sourced by serve.sh and test.sh. Needs rustup and Node.js; installs Debian packages with apt-get.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
CARGO_DENY_VERSION=0.20.2
GECKODRIVER_VERSION=0.37.1
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"/\1/p')

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

rustup target list --installed | grep -qx wasm32-unknown-unknown || {
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "Installing Trunk $TRUNK_VERSION (about 7 minutes)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 4 minutes)"
  # Without --locked: its lockfile asks for a webpki-roots version the registry here does not serve.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

if [ "$(cargo deny --version 2>/dev/null)" != "cargo-deny $CARGO_DENY_VERSION" ]; then
  say "Installing cargo-deny $CARGO_DENY_VERSION (a few minutes)"
  cargo install --locked cargo-deny --version "$CARGO_DENY_VERSION"
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || ! command -v pdftotext >/dev/null; then
  say "Installing Chromium, ChromeDriver and poppler-utils from Debian"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

# The other engines patients use, for the tests only (test.sh sets WITH_ENGINES=1): WebKitGTK's
# WebDriver and MiniBrowser (Safari's engine) under Xvfb, Firefox ESR and geckodriver (no Debian package).
if [ "${WITH_ENGINES:-0}" = 1 ]; then
  if [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/xvfb-run ] || [ ! -x /usr/bin/firefox-esr ]; then
    say "Installing WebKitGTK's WebDriver, Xvfb and Firefox ESR from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq webkit2gtk-driver xvfb firefox-esr >/dev/null
  fi
  if [ "$("$HOME/.cargo/bin/geckodriver" --version 2>/dev/null | head -1 | cut -d' ' -f2)" != "$GECKODRIVER_VERSION" ]; then
    say "Installing geckodriver $GECKODRIVER_VERSION (about 5 minutes)"
    cargo install --locked geckodriver --version "$GECKODRIVER_VERSION"
  fi
  # The servers clinics publish on, for the deployment tests (started by the tests themselves).
  if [ ! -x /usr/sbin/nginx ] || [ ! -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || [ ! -x /usr/sbin/apache2 ]; then
    say "Installing nginx (with Brotli) and Apache from Debian"
    SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nginx libnginx-mod-http-brotli-static apache2 >/dev/null
  fi
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages (binaryen for wasm-opt, playwright-core, axe-core, the HTTP Observatory)"
  # No install scripts: the Observatory's downloads lists from the internet (its HSTS preload list
  # is left empty below: the app's site is not on it).
  npm ci --no-audit --no-fund --ignore-scripts
fi
[ -f node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json ] || echo '{}' > node_modules/@mdn/mdn-http-observatory/conf/hsts-preload.json

# npm binaryen's wasm-opt (Debian's breaks the wasm at run time); Trunk picks it up from PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true
