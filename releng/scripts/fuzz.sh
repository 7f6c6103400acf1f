#!/bin/sh
# Time-bounded fuzzing of CertDesk's Jazzer fuzz tests (docs/architecture.md, "Fuzzing").
#   releng/scripts/fuzz.sh [SECONDS]     fuzz each target for SECONDS (default 30), offline, one surefire run each
# The normal test run only replays the committed corpus; this fuzzes. Jazzer fuzzes one @FuzzTest per JVM, so each
# target gets its own run. A crash is written as crash-<sha1> into the target's inputs folder under
# src/test/resources: commit it (it becomes a regression input of every test run) and fix the defect.
set -eu
seconds=${1:-30}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. releng/scripts/find-jdk.sh
certdesk_find_jdk
status=0
for target in \
  io.certdesk.roster:io.certdesk.roster.fuzz.RosterFuzzTest#xlsx \
  io.certdesk.roster:io.certdesk.roster.fuzz.RosterFuzzTest#xls \
  io.certdesk.roster:io.certdesk.roster.fuzz.RosterFuzzTest#csv \
  io.certdesk.crypto:io.certdesk.crypto.fuzz.Pkcs12FuzzTest#read \
  io.certdesk.portal.client:io.certdesk.portal.client.fuzz.PortalAnswerFuzzTest#interpret; do
  bundle=${target%%:*}
  test=${target#*:}
  modules="bundles/$bundle"
  # the portal client's unit tests run against the reference portal, which must be in the reactor
  [ "$bundle" = io.certdesk.portal.client ] && modules="bundles/io.certdesk.portal,$modules"
  echo "== fuzzing $test for ${seconds}s"
  if ! JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" ./mvnw -o -B -q verify -pl "$modules" -am \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false; then
    echo "== $test: a finding (see the crash-* file in its inputs folder and target/surefire-reports)" >&2
    status=1
  fi
done
exit $status
