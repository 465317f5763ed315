#!/usr/bin/env bash
# Install what tests/test_browser.py needs: Debian's headless Chromium and its driver, and axe-core from npm into
# tests/.browser (gitignored). Idempotent: does nothing that is already done. Needs root for apt-get (CI runs as
# root); set SKIP_APT=1 to install only axe-core.
#
#   bash tests/browser_setup.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

AXE_VERSION="${AXE_VERSION:-4.14.1}"   # a current axe-core release; bump deliberately

apt_updated=0
apt_install() {
  if [ "${SKIP_APT:-0}" = "1" ]; then
    echo "browser_setup: missing $*; install it, or run without SKIP_APT=1" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ "$apt_updated" = "0" ]; then
    apt-get update
    apt_updated=1
  fi
  apt-get install -y --no-install-recommends "$@"
}

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  apt_install chromium chromium-driver fonts-dejavu-core
fi
# Node.js and npm come with the machine; Debian's npm only where there is none (it would clash with another nodejs).
if ! command -v npm >/dev/null 2>&1; then
  apt_install npm
fi

axe="$here/.browser/node_modules/axe-core/axe.min.js"
installed=""
if [ -f "$here/.browser/node_modules/axe-core/package.json" ]; then
  installed="$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$here/.browser/node_modules/axe-core/package.json" | head -n 1)"
fi
mkdir -p "$here/.browser"
printf '*\n' > "$here/.browser/.gitignore"   # the folder ignores itself, whatever the repository's .gitignore says
if [ ! -f "$axe" ] || [ "$installed" != "$AXE_VERSION" ]; then
  npm install --prefix "$here/.browser" --no-save --no-audit --no-fund --no-package-lock "axe-core@$AXE_VERSION"
fi

/usr/bin/chromium --version 2>/dev/null || true
echo "axe-core $AXE_VERSION at $axe"
