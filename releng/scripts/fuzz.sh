#!/bin/sh
# Bounded fuzzing of CertDesk's Jazzer fuzz tests (docs/architecture.md, "Fuzzing").
#   releng/scripts/fuzz.sh [SECONDS]        explore: fuzz each target for SECONDS (default 30) from a random seed
#   releng/scripts/fuzz.sh --ci [RUNS]      CI: each target RUNS inputs (default 1500) from a fixed seed, starting
#                                           from the committed inputs only, so every machine tries the same inputs
#                                           and a run that passed here passes on CI
# Both run offline, one surefire run per target (Jazzer fuzzes one @FuzzTest per JVM), with the same 1 GiB heap
# everywhere (a heap sized from the machine's memory would make an input fail on one machine and pass on another).
# A crash is written as crash-<sha1> into the target's inputs folder under src/test/resources and printed here
# (base64) so that a CI log keeps it: commit it (it becomes a regression input of every test run) and fix the defect.
set -eu
mode=explore
if [ "${1:-}" = --ci ]; then
  mode=ci
  shift
fi
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. releng/scripts/find-jdk.sh
certdesk_find_jdk
heap=-Xmx1g
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
  inputs="bundles/$bundle/src/test/resources"
  before=$(find "$inputs" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | sort)
  if [ "$mode" = ci ]; then
    runs=${1:-1500}
    echo "== fuzzing $test: $runs inputs from seed 1 (committed inputs only)"
    rm -rf "bundles/$bundle/.cifuzz-corpus"
    limits="JAZZER_MAX_EXECUTIONS=$runs JAZZER_MAX_DURATION=600s"
    args="$heap -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-seed=1"
  else
    seconds=${1:-30}
    echo "== fuzzing $test for ${seconds}s"
    limits="JAZZER_MAX_DURATION=${seconds}s"
    args="$heap"
  fi
  if ! env JAZZER_FUZZ=1 $limits ./mvnw -o -B -q verify -pl "$modules" -am \
      -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false "-Dcertdesk.unit.vmargs=$args"; then
    echo "== $test: a finding (target/surefire-reports of bundles/$bundle has the stack trace)" >&2
    for file in $(find "$inputs" -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' | sort); do
      case "$before" in *"$file"*) continue ;; esac
      echo "== new input $file (base64):"
      base64 "$file"
    done
    status=1
  fi
done
exit $status
