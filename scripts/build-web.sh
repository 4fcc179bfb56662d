#!/usr/bin/env bash
# Copy the web page's JavaScript libraries and the API docs' (Swagger UI for /docs, ReDoc for
# /redoc), pinned in web/package-lock.json, from npm into kg/web/static/vendor/, so no page loads
# anything from a CDN. No bundler: the libraries' own
# dist files are copied as they are, with their licenses. Run by `make install`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
web="$root/web"
vendor="$root/kg/web/static/vendor"
command -v npm >/dev/null 2>&1 || { echo "build-web: npm is needed (Debian package npm)" >&2; exit 1; }
# npm ci installs exactly the lock file's versions; skipped when node_modules is newer than the lock.
# --ignore-scripts: only dist files are copied, and install scripts would phone home (@scarf/scarf,
# a dependency of swagger-ui-dist, reports installs).
if [ ! -f "$web/node_modules/.package-lock.json" ] || [ "$web/package-lock.json" -nt "$web/node_modules/.package-lock.json" ]; then
  (cd "$web" && SCARF_ANALYTICS=false npm ci --ignore-scripts --no-audit --no-fund --loglevel=error)
fi
m="$web/node_modules"
files=(
  "cytoscape/dist/cytoscape.min.js"
  "layout-base/layout-base.js"
  "cose-base/cose-base.js"
  "cytoscape-fcose/cytoscape-fcose.js"
  "d3/dist/d3.min.js"
  "swagger-ui-dist/swagger-ui-bundle.js"
  "swagger-ui-dist/swagger-ui.css"
  "swagger-ui-dist/favicon-32x32.png"
  "redoc/bundles/redoc.standalone.js"
)
# third-party notices bundled into the dist files, kept beside them
notices=(
  "swagger-ui-dist/NOTICE"
  "swagger-ui-dist/swagger-ui-bundle.js.LICENSE.txt"
  "redoc/bundles/redoc.standalone.js.LICENSE.txt"
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
for f in "${notices[@]}"; do
  [ -f "$m/$f" ] || { echo "build-web: $m/$f is missing after npm ci" >&2; exit 1; }
  cp "$m/$f" "$tmp/${f%%/*}.$(basename "$f")"
done
rm -rf "$vendor"
mv "$tmp" "$vendor"
trap - EXIT
echo "build-web: vendored $(wc -l < "$vendor/VERSIONS") files of $(cut -d' ' -f1 "$vendor/VERSIONS" | sort -u | wc -l) packages into kg/web/static/vendor/"
