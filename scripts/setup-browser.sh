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

# On Debian or Ubuntu as root, make sure chromium and the Noto fonts are there: names in every
# script render with them, and the visual baselines were taken with them.
if command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 && [[ $(id -u) -eq 0 ]]; then
  missing=()
  for package in fonts-noto-core fonts-noto-cjk; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
  done
  have_browser || missing+=(chromium)
  if ((${#missing[@]})); then
    echo "setup:browser: installing ${missing[*]}…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi

if have_browser; then
  echo "setup:browser: a Chromium-family browser is installed."
  exit 0
fi

cat >&2 <<'MSG'
setup:browser: no Chromium or Chrome found, and it cannot be installed automatically here.
  Debian/Ubuntu:        sudo apt-get install chromium
  With internet access: npx playwright install chromium
  Or set CHROMIUM_PATH to a Chromium or Chrome executable.
MSG
exit 1
