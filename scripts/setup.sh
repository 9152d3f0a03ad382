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

# The release wasm is built on a nightly pinned by date, with the standard library rebuilt for size
# (`-Zbuild-std`, `optimize_for_size`: 9 KB less Brotli; see `release_env` below). The machines here
# have that nightly as `nightly`: it is used under a name that says its date. Elsewhere rustup
# installs that very nightly. The tests and every other build stay on stable.
RELEASE_NIGHTLY_DATE=2026-05-19
RELEASE_TOOLCHAIN="cimentoplastie-nightly-$RELEASE_NIGHTLY_DATE"
has_rust_src() { [ -d "$(rustup run "$1" rustc --print sysroot 2>/dev/null)/lib/rustlib/src/rust/library" ]; }
if ! has_rust_src "$RELEASE_TOOLCHAIN"; then
  if rustup run nightly rustc --version 2>/dev/null | grep -q " $RELEASE_NIGHTLY_DATE)\$"; then
    say "Using the installed nightly ($RELEASE_NIGHTLY_DATE) for the release build, with rust-src"
    rustup component add rust-src --toolchain nightly
    rustup toolchain link "$RELEASE_TOOLCHAIN" "$(rustup run nightly rustc --print sysroot)"
  else
    say "Installing nightly-$RELEASE_NIGHTLY_DATE with rust-src for the release build (a few minutes)"
    rustup toolchain install "nightly-$RELEASE_NIGHTLY_DATE" --profile minimal --component rust-src
    RELEASE_TOOLCHAIN="nightly-$RELEASE_NIGHTLY_DATE"
  fi
fi
has_rust_src "$RELEASE_TOOLCHAIN" || RELEASE_TOOLCHAIN="nightly-$RELEASE_NIGHTLY_DATE"

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

# LHC-Forms (the U.S. National Library of Medicine's FHIR form renderer), for the test that a form
# tool reads the answers file back (tests/e2e/lhc-forms.test.mjs): its ready-made browser bundles
# only, from the npm registry, checked against the registry's integrity. Not an npm dependency: the
# package would install Angular and its dependencies, which the test does not use. A test tool,
# never served to patients.
LFORMS_VERSION=40.1.3
LFORMS_INTEGRITY='sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ=='
if [ ! -f "target/lforms/$LFORMS_VERSION/package/dist/lforms/webcomponent/lhc-forms.js" ]; then
  say "Fetching LHC-Forms $LFORMS_VERSION's browser bundles (the answers file's test)"
  rm -rf "target/lforms/$LFORMS_VERSION" && mkdir -p "target/lforms/$LFORMS_VERSION"
  (cd "target/lforms/$LFORMS_VERSION" && npm pack --silent "lforms@$LFORMS_VERSION" >/dev/null)
  got=$(node -e 'const fs = require("fs"); console.log("sha512-" + require("crypto").createHash("sha512").update(fs.readFileSync(process.argv[1])).digest("base64"))' "target/lforms/$LFORMS_VERSION/lforms-$LFORMS_VERSION.tgz")
  if [ "$got" != "$LFORMS_INTEGRITY" ]; then
    echo "LHC-Forms $LFORMS_VERSION: the download is not the registry's ($got)" >&2
    exit 1
  fi
  tar -xzf "target/lforms/$LFORMS_VERSION/lforms-$LFORMS_VERSION.tgz" -C "target/lforms/$LFORMS_VERSION" package/dist/lforms package/LICENSE.md
fi
export LFORMS_DIR="$PWD/target/lforms/$LFORMS_VERSION/package/dist/lforms"

# npm binaryen's wasm-opt (Debian's breaks the wasm at run time); Trunk picks it up from PATH.
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export TRUNK_OFFLINE=true

# Runs a command (Trunk) with the release build's toolchain: the pinned nightly, the standard library
# rebuilt for size. `scripts/post-build.mjs` drops these variables for the native `prerender` build.
# `-Zfmt-debug=none` and `-Zlocation-detail=none` (nightly): no `Debug` formatting code and no
# source locations in the wasm (panics still reach the error screen, without a file and line).
# The target's own variable, so that `.cargo/config.toml`'s flags are repeated here, not lost.
release_env() {
  RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" \
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="--cfg erase_components -Zfmt-debug=none -Zlocation-detail=none" \
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
    "$@"
}

# Every crate the builds need, fetched while the network is there (Trunk builds with --offline):
# the app's own, and those of the standard library the release build rebuilds (`rustc-demangle`,
# `dlmalloc`…), which only a cargo command run with the release build's variables fetches.
# `scripts/test.sh` rehearses this into an empty CARGO_HOME, as on a new machine.
fetch_crates() {
  cargo fetch --quiet
  release_env cargo fetch --quiet --target wasm32-unknown-unknown
}
say "Fetching crates (the app's, and the standard library's for the release build)"
fetch_crates
