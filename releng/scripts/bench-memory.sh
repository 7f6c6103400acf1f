#!/usr/bin/env bash
# The memory benchmark: one roster of N users through the whole job (import, download, verify, export, both
# mails to the outbox, result workbook) in a 512 MiB heap. It prints figures; it is not a test.
#
#   releng/scripts/bench-memory.sh [N [MILESTONE ...]]     (default: 10000 1000 5000 10000)
#
# The reference portal provisions N users on loopback (HTTPS) sharing a pool of 64 key pairs (--key-pool:
# RSA key generation for 10,000 users would otherwise take most of an hour). CertDesk then runs
# `workspace init` + `run --dry-run` with -Xmx512m. Each time the number of exported certificates passes a
# milestone, the benchmark asks the JVM for a full collection (jcmd GC.run) and prints the heap still in
# use: the memory the job needs at that point. A flat column as the count grows is the goal. At the end it
# prints the run's wall time, the exported and mailed counts, the largest heap after any collection and
# the peak RSS. Uses the built product (./certdesk builds it when stale), jcmd from the JDK, GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
n=${1:-10000}
shift || true
milestones=("$@")
[ ${#milestones[@]} -gt 0 ] || milestones=(1000 5000 10000)
heap=${CERTDESK_BENCH_HEAP:-512m}

# shellcheck source=find-jdk.sh
. "$root/releng/scripts/find-jdk.sh"
# shellcheck source=bench-common.sh
. "$root/releng/scripts/bench-common.sh"
certdesk_find_jdk >/dev/null || exit 1
jcmd="$JAVA_HOME/bin/jcmd"
[ -x "$jcmd" ] || { echo "bench-memory: jcmd is needed (a JDK, not a JRE): $jcmd" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "bench-memory: GNU time is needed (Debian: time)" >&2; exit 1; }
"$root/certdesk" --version >/dev/null   # builds the product when stale
cd_bin="$root/product/target/products/io.certdesk.product/linux/gtk/x86_64/certdesk/certdesk"

work=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-memory.XXXXXX")
chmod 700 "$work"
portal_pid="" run_pid=""
cleanup() {
  [ -n "$run_pid" ] && kill "$run_pid" 2>/dev/null || true
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

data="$work/portal"
start=$(date +%s.%N)
"$cd_bin" portal provision --data "$data" --group "MEM$n" --count "$n" --locale en --key-pool 64 \
    --roster "$work/roster.csv" >/dev/null
printf 'provisioned %s users in %.0f s\n' "$n" "$(echo "$(date +%s.%N) - $start" | bc -l)"
bench_add_password_recipients "$work/roster.csv" "$work/roster-full.csv"
bench_start_portal "$data" "$work/serve.log"

ws="$work/ws"
printf 'bench-memory-passphrase\n' >"$work/pass"
chmod 600 "$work/pass"
"$cd_bin" workspace init --workspace "$ws" --passphrase-file "$work/pass" --trust "$data/ca/root.pem" \
    --portal-profile "$data/client-profile.properties" --proxy none >/dev/null
bench_mail_to_outbox "$ws"

CERTDESK_VM_OPTIONS="-Xmx$heap -Xlog:gc:file=$work/gc.log" /usr/bin/time -f '%e %U %S %M' -o "$work/time" \
    "$cd_bin" run "$work/roster-full.csv" --workspace "$ws" --passphrase-file "$work/pass" --dry-run \
    --out "$ws/result.xlsx" >"$work/run.log" 2>&1 &
time_pid=$!
printf '%-10s %12s %14s\n' exported elapsed_s heap_in_use_MiB
begin=$(date +%s.%N)
next=0
while kill -0 "$time_pid" 2>/dev/null; do
  sleep 1
  [ -z "$run_pid" ] && run_pid=$(pgrep -P "$time_pid" -f 'java' | head -n 1 || true)
  [ "$next" -lt ${#milestones[@]} ] && [ -n "$run_pid" ] || continue
  done_count=$(find "$ws/vault/export" -type f 2>/dev/null | wc -l)
  if [ "$done_count" -ge "${milestones[$next]}" ]; then
    "$jcmd" "$run_pid" GC.run >/dev/null 2>&1 || true
    used=$("$jcmd" "$run_pid" GC.heap_info 2>/dev/null | awk '/used/ {for (i = 1; i <= NF; i++) if ($i == "used") {v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit}}')
    printf '%-10s %12.0f %14s\n' "$done_count" "$(echo "$(date +%s.%N) - $begin" | bc -l)" "${used:-?}"
    while [ "$next" -lt ${#milestones[@]} ] && [ "$done_count" -ge "${milestones[$next]}" ]; do next=$((next + 1)); done
  fi
done
status=0
wait "$time_pid" || status=$?
run_pid=""
if [ "$status" -ne 0 ]; then
  echo "bench-memory: certdesk run failed (exit $status); its output:" >&2
  tail -n 30 "$work/run.log" >&2
  exit 1
fi
exported=$(find "$ws/vault/export" -type f | wc -l)
mails=$(find "$ws/outbox" -name '*.eml' | wc -l)
max_after_gc=$(sed -n 's/.*->\([0-9]*\)M(.*/\1/p' "$work/gc.log" | sort -n | tail -n 1)
read -r wall user sys rss <"$work/time"
printf 'run: %s s wall, %.1f s CPU, %s exported, %s mails, heap limit %s, largest heap after a collection %s MiB, peak RSS %s MiB\n' \
    "$wall" "$(echo "$user + $sys" | bc -l)" "$exported" "$mails" "$heap" "${max_after_gc:-?}" "$((rss / 1024))"
grep -i 'OutOfMemory' "$work/run.log" && { echo "bench-memory: the run ran out of memory" >&2; exit 1; }
exit 0
