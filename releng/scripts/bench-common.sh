# Shared by the benchmarks (sourced, not run): the reference portal, the roster and the workspace's mail settings.
# Callers set cd_bin (the product's start script) before calling these.

# bench_start_portal DATA LOG: serves the portal data folder DATA in the background (its pid in portal_pid) and
# waits until it says where it listens.
bench_start_portal() {
  rm -f "$1/server.properties"
  "$cd_bin" portal serve --data "$1" --port 0 >"$2" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^base' "$1/server.properties" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "benchmark: the portal did not start; its output:" >&2
  cat "$2" >&2
  exit 1
}

# bench_add_password_recipients IN OUT: the roster with a password-recipient column (a second mailbox), as a real
# roster with mail delivery has.
bench_add_password_recipients() {
  awk -F, 'NR==1 {print $0 ",Password recipient"; next} {print $0 ",pw-" $2}' "$1" | sed 's/\r,/,/' >"$2"
}

# bench_mail_settings FILE: mail settings for a dry run (both mails written to the outbox), for --mail-settings.
bench_mail_settings() {
  cat >"$1" <<PROPS
smtp.host = 127.0.0.1
smtp.port = 25
smtp.security = NONE_LOOPBACK_ONLY
from = pki-admin@example.co.jp
admin.contact = PKI desk
password.channel = mail
password.mail.delay.seconds = 0
language = en
PROPS
}

# bench_mail_to_outbox WORKSPACE: the same settings written into an existing workspace.
bench_mail_to_outbox() {
  bench_mail_settings "$1/delivery.properties"
}
