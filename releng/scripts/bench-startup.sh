#!/usr/bin/env bash
# The start-up benchmark: how long CertDesk takes from the command to its answer (or to its window).
# It prints figures; it is not a test.
#
#   releng/scripts/bench-startup.sh [-n RUNS] [-b BASELINE_INSTALLATION] [-w] [INSTALLATION]
#
#   INSTALLATION  a Linux installation folder (the one holding the `certdesk` script); default: this
#                 checkout's built product (./certdesk builds it when stale)
#   -b DIR        a second installation (for example one built from main) measured beside it, runs
#                 interleaved, with the ratio baseline/this
#   -n RUNS       runs per case (default 5); the median is printed, with the minimum and maximum
#   -w            also the workbench: from the start until its window is mapped (Xvfb, xdotool)
#
# Cases: `--version`, `help`, `status` on a demo workspace (made once with `certdesk demo`), `first`
# (`help` with an empty user cache: the first start after installing, which writes the archive) and, with -w,
# `window`. Each run has its own HOME-less environment: XDG_CACHE_HOME and the workbench's state live in a
# scratch folder, so the class-data-sharing archive is made in the first (`first`) run and used after.
# Needs GNU date; -w needs Xvfb and xdotool (Debian: xvfb xdotool).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs=5 baseline="" window=0
while getopts "n:b:w" opt; do
  case $opt in
    n) runs=$OPTARG ;;
    b) baseline=$(cd "$OPTARG" && pwd) ;;
    w) window=1 ;;
    *) sed -n '2,20p' "$0" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -gt 0 ]; then
  install=$(cd "$1" && pwd)
else
  "$root/certdesk" --version >/dev/null   # builds the product when stale
  install="$root/product/target/products/io.certdesk.product/linux/gtk/x86_64/certdesk"
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-bench-startup.XXXXXX")
chmod 700 "$work"
xvfb_pid=""
cleanup() {
  [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null && wait "$xvfb_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

now() { date +%s.%N; }

# run_once NAME INSTALL CASE: prints the seconds one run of CASE took
run_once() {
  local name=$1 dir=$2 case=$3 home="$work/$1/home" start end
  mkdir -p "$home"
  case $case in
    first) rm -rf "$home/cache" ;;
  esac
  local env=(env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CACHE_HOME="$home/cache"
    XDG_STATE_HOME="$home/state" LANG=C.UTF-8 CERTDESK_PASSPHRASE=bench-startup-passphrase)
  start=$(now)
  case $case in
    version) "${env[@]}" "$dir/certdesk" --version >/dev/null 2>&1 ;;
    help|first) "${env[@]}" "$dir/certdesk" help >/dev/null 2>&1 ;;
    status) "${env[@]}" "$dir/certdesk" status --workspace "$work/demo/workspace" \
      --passphrase-file "$work/demo/workspace-passphrase.txt" >/dev/null 2>&1 || true ;;
    window)
      "${env[@]}" DISPLAY="$display" "$dir/certdesk" gui >"$work/$name/window.log" 2>&1 &
      local pid=$! deadline=$(( $(date +%s) + 120 ))
      until xdotool search --onlyvisible --name '^CertDesk' >/dev/null 2>&1; do
        if ! kill -0 "$pid" 2>/dev/null || [ "$(date +%s)" -gt "$deadline" ]; then
          echo "bench-startup: no window from $dir (log: $work/$name/window.log)" >&2
          cat "$work/$name/window.log" >&2; exit 1
        fi
        sleep 0.02
      done
      end=$(now)
      kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
      # let the next start find the workspace lock free
      sleep 0.5
      echo "$end - $start" | bc
      return ;;
  esac
  end=$(now)
  echo "$end - $start" | bc
}

# stats FILE: "median min max" of the numbers in FILE
stats() { sort -n "$1" | awk '{v[NR]=$1} END {m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2;
  printf "%.2f %.2f %.2f\n", m, v[1], v[NR]}'; }

names=(this) dirs=("$install")
if [ -n "$baseline" ]; then names=(baseline this); dirs=("$baseline" "$install"); fi

# a demo workspace for `status` (3 users), made by the installation under test
mkdir -p "$work/demo-home"
HOME="$work/demo-home" XDG_CACHE_HOME="$work/demo-home/cache" LANG=C.UTF-8 \
  CERTDESK_PASSPHRASE=bench-startup-passphrase \
  "$install/certdesk" demo --users 3 --out "$work/demo" >"$work/demo.log" 2>&1 \
  || { echo "bench-startup: certdesk demo failed:" >&2; cat "$work/demo.log" >&2; exit 1; }

cases=(version help status first)
if [ "$window" = 1 ]; then
  command -v Xvfb >/dev/null && command -v xdotool >/dev/null \
    || { echo "bench-startup: -w needs Xvfb and xdotool (Debian: xvfb xdotool)" >&2; exit 1; }
  display=:$(( 90 + RANDOM % 400 ))
  Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  xvfb_pid=$!
  export DISPLAY=$display   # for xdotool only; the product gets it through run_once
  sleep 1
  cases+=(window)
fi

echo "CertDesk start-up, median of $runs runs (min-max) in seconds; $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!names[@]}"; do echo "  ${names[$i]}: ${dirs[$i]}"; done
for case in "${cases[@]}"; do
  # one unmeasured warm-up per installation (file cache; for `first`, nothing to warm)
  for i in "${!names[@]}"; do
    [ "$case" = first ] || run_once "${names[$i]}" "${dirs[$i]}" "$case" >/dev/null
    : >"$work/${names[$i]}.$case"
  done
  for _ in $(seq "$runs"); do
    for i in "${!names[@]}"; do
      run_once "${names[$i]}" "${dirs[$i]}" "$case" >>"$work/${names[$i]}.$case"
    done
  done
  line=$(printf "%-10s" "$case")
  for name in "${names[@]}"; do
    read -r med min max < <(stats "$work/$name.$case")
    line="$line  $name $med ($min-$max)"
  done
  if [ -n "$baseline" ]; then
    read -r b _ < <(stats "$work/baseline.$case")
    read -r t _ < <(stats "$work/this.$case")
    line="$line  ratio $(echo "scale=2; $b / $t" | bc)x"
  fi
  echo "$line"
done
