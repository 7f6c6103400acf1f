#!/usr/bin/env bash
# Installs the Debian packages listed in releng/test-packages.txt that are missing.
# Needs root (or sudo without a password); prints what it installs.
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
mapfile -t wanted < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$here/releng/test-packages.txt")
missing=()
for pkg in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done
# The Japanese locale a Japanese administrator's machine has: the JDK takes its default locale from it.
ensure_japanese_locale() {
  if locale -a 2>/dev/null | grep -qi '^ja_JP\.utf-\?8$'; then return 0; fi
  echo "install-test-deps: generating the ja_JP.UTF-8 locale"
  if [ -f /etc/locale.gen ]; then
    $sudo sed -i 's/^# *\(ja_JP\.UTF-8 UTF-8\)/\1/' /etc/locale.gen
    grep -q '^ja_JP.UTF-8 UTF-8' /etc/locale.gen || echo 'ja_JP.UTF-8 UTF-8' | $sudo tee -a /etc/locale.gen >/dev/null
    $sudo locale-gen >/dev/null
  else
    $sudo localedef -i ja_JP -f UTF-8 ja_JP.UTF-8
  fi
}

sudo=""
if [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then sudo="sudo -n"; fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: all ${#wanted[@]} Debian packages are present."
  ensure_japanese_locale
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-test-deps: missing packages ${missing[*]}, and this is not a Debian-like system: install them by hand." >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ] && [ -z "$sudo" ]; then
  echo "install-test-deps: missing packages ${missing[*]}; run as root or install them: apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "install-test-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
ensure_japanese_locale
echo "install-test-deps: done."
