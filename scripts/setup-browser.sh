#!/usr/bin/env bash
# Makes sure a Chromium or Chrome is available for the browser tests. On Debian or Ubuntu as
# root it installs Debian's chromium (and Noto fonts, so names in every script render); anywhere
# else it says what to do. Does nothing when a browser is already there.
set -euo pipefail

have_browser() {
  [[ -n "${CHROMIUM_PATH:-}" && -x "${CHROMIUM_PATH}" ]] && return 0
  for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$candidate" >/dev/null 2>&1 && return 0
  done
  # Playwright's own download, on machines that have one.
  compgen -G "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}/chromium-*/chrome-*/chrome" >/dev/null 2>&1 && return 0
  [[ -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ]] && return 0
  return 1
}

if have_browser; then
  echo "setup:browser: a Chromium-family browser is installed."
  exit 0
fi

if command -v apt-get >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  echo "setup:browser: installing Debian's chromium and Noto fonts…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-core fonts-noto-cjk >/dev/null
  have_browser && { echo "setup:browser: chromium installed."; exit 0; }
fi

cat >&2 <<'MSG'
setup:browser: no Chromium or Chrome found, and it cannot be installed automatically here.
  Debian/Ubuntu:        sudo apt-get install chromium
  With internet access: npx playwright install chromium
  Or set CHROMIUM_PATH to a Chromium or Chrome executable.
MSG
exit 1
