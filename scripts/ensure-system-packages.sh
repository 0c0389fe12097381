#!/usr/bin/env bash
# Installs the system packages the tests need (Debian's Chromium, openssl for the throw-away TLS
# certificate) when they are missing. npm cannot ship a browser here: no test tool may download one.
set -euo pipefail
missing=()
[ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${missing[*]} with apt-get…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "Missing ${missing[*]}: install with \`sudo apt-get update && sudo apt-get install -y ${missing[*]}\` (or set CHROMIUM_PATH)." >&2
  exit 1
fi
