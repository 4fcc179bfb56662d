#!/usr/bin/env bash
# Copy the web page's JavaScript libraries (pinned in web/package-lock.json) from npm into
# kg/web/static/vendor/, so the page loads nothing from a CDN. No bundler: the libraries' own
# dist files are copied as they are, with their licenses. Run by `make install`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
web="$root/web"
vendor="$root/kg/web/static/vendor"
command -v npm >/dev/null 2>&1 || { echo "build-web: npm is needed (Debian package npm)" >&2; exit 1; }
# npm ci installs exactly the lock file's versions; skipped when node_modules is newer than the lock.
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  (cd "$web" && npm ci --no-audit --no-fund --loglevel=error)
fi
m="$web/node_modules"
files=(
  "cytoscape/dist/cytoscape.min.js"
  "layout-base/layout-base.js"
  "cose-base/cose-base.js"
  "cytoscape-fcose/cytoscape-fcose.js"
  "d3/dist/d3.min.js"
)
mkdir -p "$root/kg/web/static"
tmp="$(mktemp -d "$root/kg/web/static/.vendor.XXXXXX")"
trap 'rm -rf "$tmp"' EXIT
chmod 755 "$tmp"
for f in "${files[@]}"; do
  pkg="${f%%/*}"
  [ -f "$m/$f" ] || { echo "build-web: $m/$f is missing after npm ci" >&2; exit 1; }
  cp "$m/$f" "$tmp/"
  cp "$m/$pkg/LICENSE" "$tmp/LICENSE.$pkg"
  version="$(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$m/$pkg/package.json")"
  echo "$pkg $version $(basename "$f")" >> "$tmp/VERSIONS"
done
rm -rf "$vendor"
mv "$tmp" "$vendor"
trap - EXIT
echo "build-web: vendored $(wc -l < "$vendor/VERSIONS") libraries into kg/web/static/vendor/"
