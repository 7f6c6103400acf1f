#!/usr/bin/env bash
# The pipeline benchmark: CertDesk against the script an administrator would write instead.
# It prints figures; it is not a test.
#
#   releng/scripts/bench-pipeline.sh [N ...]          (default: 50 200)
#
# For each N it provisions N users on the reference portal (loopback, HTTPS), then on the same roster
# runs:
#   (a) the scripted baseline: per user, curl the portal, `openssl pkcs12 -export` with the modern
#       profile's algorithms (PBES2, PBKDF2-HMAC-SHA256, AES-256-CBC, 10,000 iterations, SHA-256 MAC)
#       and the full chain, a generated password, and two .eml files (file mail, password mail);
#   (b) CertDesk: `run --init --dry-run`, one process as a script runs it: creates the workspace (trust, portal
#       profile, mail settings), then imports, downloads, verifies, exports, writes both mails to the outbox and
#       the result workbook;
#   (c) CertDesk on a one-user roster, for its fixed cost.
# (b) and (c) follow an unmeasured one-user run: each command's first start after installing writes its
# class-data-sharing archive (docs/architecture.md, "Start-up"), a one-time cost an administrator pays once.
# Both talk to the same portal, which answers without Nagle's delay (docs/portal-protocol.md, section 1): before,
# most of the script's requests waited some 40 ms for it, 40% of the script's time.
# Printed: wall and CPU seconds of each, per-entry cost, CertDesk's fixed cost, the ratio
# baseline/CertDesk and CertDesk's peak RSS (largest process). Uses the built product
# (./certdesk builds it when stale) and curl, openssl, GNU time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=bench-common.sh
. "$root/releng/scripts/bench-common.sh"
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(50 200)

for tool in curl openssl /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench-pipeline: $tool is needed (Debian: curl openssl time)" >&2; exit 1; }
done
"$root/certdesk" --version >/dev/null   # builds the product when stale
install="$root/product/target/products/io.certdesk.product/linux/gtk/x86_64/certdesk"
cd_bin="$install/certdesk"

work=$(mktemp -d "${TMPDIR:-/tmp}/certdesk-bench.XXXXXX")
chmod 700 "$work"
portal_pid=""
cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# seconds(file): wall, cpu, maxrss from GNU time's output "%e %U %S %M"
wall_of() { awk '{print $1}' "$1"; }
cpu_of() { awk '{printf "%.2f", $2 + $3}' "$1"; }
rss_of() { awk '{printf "%.0f", $4 / 1024}' "$1"; }


stop_portal() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null || true
  portal_pid=""
}

# The administrator's script: reads the roster CSV (header line, then
# name,email,department,group,number,password[,password recipient]) and does the job per user.
cat >"$work/baseline.sh" <<'SCRIPT'
#!/usr/bin/env bash
set -euo pipefail
roster=$1 base=$2 cacert=$3 out=$4
mkdir -p "$out"
tail -n +2 "$roster" | tr -d '\r' | while IFS=, read -r name email dept group number password recipient; do
  p12="$out/$number.download.p12"
  curl -sS --fail --cacert "$cacert" -o "$p12" \
       --data-urlencode "groupId=$group" --data-urlencode "certNumber=$number" \
       --data-urlencode "password=$password" "$base/download"
  newpass=$(openssl rand -base64 12 | tr -d '/+=' | cut -c1-16)
  openssl pkcs12 -in "$p12" -passin "pass:$password" -nodes -out "$out/$number.pem" 2>/dev/null
  openssl pkcs12 -export -in "$out/$number.pem" -out "$out/$number.p12" -passout "pass:$newpass" \
       -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -iter 10000 -maciter -name "$number"
  rm -f "$out/$number.pem"
  boundary="b$number"
  {
    printf 'To: %s\nSubject: Your certificate\nMIME-Version: 1.0\n' "$email"
    printf 'Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n' "$boundary" "$boundary"
    printf 'Content-Type: text/plain; charset=UTF-8\n\nYour certificate is attached; the password follows separately.\n\n'
    printf -- '--%s\nContent-Type: application/x-pkcs12; name="%s.p12"\nContent-Transfer-Encoding: base64\n\n' "$boundary" "$number"
    base64 "$out/$number.p12"
    printf -- '--%s--\n' "$boundary"
  } >"$out/$number-file.eml"
  printf 'To: %s\nSubject: Your certificate password\nContent-Type: text/plain; charset=UTF-8\n\nPassword: %s\n' \
    "${recipient:-$email}" "$newpass" >"$out/$number-password.eml"
done
SCRIPT
chmod 700 "$work/baseline.sh"

printf '%-6s %-28s %9s %9s %11s %9s\n' N what wall_s cpu_s per_entry_ms rss_MiB
for n in "${counts[@]}"; do
  data="$work/portal-$n"
  "$cd_bin" portal provision --data "$data" --group "BENCH$n" --count "$n" --locale en \
      --roster "$work/roster-$n.csv" >/dev/null
  bench_add_password_recipients "$work/roster-$n.csv" "$work/roster-$n-full.csv"
  head -n 2 "$work/roster-$n-full.csv" >"$work/roster-$n-one.csv"
  bench_start_portal "$data" "$data/serve.log"
  base=$(sed -n 's/^base[^=]*= *//p' "$data/server.properties" | head -n 1 | sed 's#/$##')

  /usr/bin/time -f '%e %U %S %M' -o "$work/time-a-$n" \
      "$work/baseline.sh" "$work/roster-$n-full.csv" "$base" "$data/tls/ca.pem" "$work/baseline-$n" >/dev/null

  certdesk_job() { # roster, workspace, time file
    local ws=$2
    printf 'bench-passphrase-%s\n' "$n" >"$work/pass-$n"
    chmod 600 "$work/pass-$n"
    bench_mail_settings "$work/mail-$n.properties"
    /usr/bin/time -f '%e %U %S %M' -o "$3" "$cd_bin" run "$1" --workspace "$ws" --init \
        --passphrase-file "$work/pass-$n" --trust "$data/ca/root.pem" --profile "$data/client-profile.properties" \
        --proxy none --mail-settings "$work/mail-$n.properties" --dry-run --out "$ws-result.xlsx" >"$ws.log" 2>&1 \
        || { echo "bench-pipeline: certdesk run failed on $1 (exit $?); its output:" >&2; tail -n 20 "$ws.log" >&2; exit 1; }
  }
  # not measured: the first start of each command after installing writes its class-data archive, once
  certdesk_job "$work/roster-$n-one.csv" "$work/ws-$n-warm" "$work/time-w-$n"
  certdesk_job "$work/roster-$n-full.csv" "$work/ws-$n" "$work/time-b-$n"
  certdesk_job "$work/roster-$n-one.csv" "$work/ws-$n-one" "$work/time-c-$n"
  stop_portal

  exported=$(find "$work/ws-$n/outbox" -name '*.eml' 2>/dev/null | wc -l)
  baseline_mails=$(find "$work/baseline-$n" -name '*.eml' | wc -l)
  wa=$(wall_of "$work/time-a-$n"); wb=$(wall_of "$work/time-b-$n"); wc1=$(wall_of "$work/time-c-$n")
  printf '%-6s %-28s %9s %9s %11.1f %9s\n' "$n" "baseline (curl+openssl)" "$wa" "$(cpu_of "$work/time-a-$n")" \
      "$(echo "$wa * 1000 / $n" | bc -l)" "$(rss_of "$work/time-a-$n")"
  printf '%-6s %-28s %9s %9s %11.1f %9s\n' "$n" "certdesk run --init --dry-run" "$wb" "$(cpu_of "$work/time-b-$n")" \
      "$(echo "($wb - $wc1) * 1000 / ($n - 1)" | bc -l)" "$(rss_of "$work/time-b-$n")"
  printf '%-6s %-28s %9s %9s %11s %9s\n' "$n" "certdesk, 1 entry (fixed)" "$wc1" "$(cpu_of "$work/time-c-$n")" "-" \
      "$(rss_of "$work/time-c-$n")"
  printf '%-6s ratio baseline/certdesk: %.2f   (mails: baseline %s, certdesk %s)\n' "$n" \
      "$(echo "$wa / $wb" | bc -l)" "$baseline_mails" "$exported"
done
