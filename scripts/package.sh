#!/usr/bin/env bash
# The release archive a clinic's IT publishes: builds the release, then packs
# target/package/cimentoplastie-<version>.tar.gz with the site, the server configurations generated
# for this very build (nginx, Apache, _headers), DEPLOY.md and the post-deploy check (with serving.mjs, the
# headers and types it checks).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
NAME="cimentoplastie-$VERSION"
OUT="target/package"
say "Building the release"
release_env trunk build --release
rm -rf "$OUT/$NAME"
mkdir -p "$OUT/$NAME"
cp -r dist "$OUT/$NAME/site"
# nginx/ and apache/ beside the site; .htaccess and _headers inside it (where Apache and static hosts read them).
# Options (--server-name, --certificate, --key, --root) go to server-config.mjs; without them the
# configurations hold the placeholders DEPLOY.md says to replace.
node scripts/server-config.mjs "$OUT/$NAME/site" "$OUT/$NAME" "$@"
cp DEPLOY.md "$OUT/$NAME/"
cp scripts/check-deployment.mjs scripts/serving.mjs "$OUT/$NAME/"
tar -C "$OUT" -czf "$OUT/$NAME.tar.gz" "$NAME"
say "$OUT/$NAME.tar.gz ($(wc -c <"$OUT/$NAME.tar.gz") bytes)"
