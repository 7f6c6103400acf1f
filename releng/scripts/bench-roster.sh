#!/bin/sh
# Roster import benchmark: imports a generated .xlsx of 100,000 rows (or ROWS) with -Xmx512m and prints
# rows/s and the peak heap.   releng/scripts/bench-roster.sh [ROWS]
# Builds the roster bundle and runs one quick unit test, so that surefire records the exact test
# classpath (Tycho's wiring of the bundle), then runs io.certdesk.roster.bench.ImportBenchmark on it.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. releng/scripts/find-jdk.sh
certdesk_find_jdk
bundle=bundles/io.certdesk.roster
./mvnw -B -q -o clean verify -pl "$bundle" -am -Dtest=JsonWriterTest -Dsurefire.failIfNoSpecifiedTests=false \
  || ./mvnw -B -q clean verify -pl "$bundle" -am -Dtest=JsonWriterTest -Dsurefire.failIfNoSpecifiedTests=false
report="$bundle/target/surefire-reports/TEST-io.certdesk.roster.internal.cli.JsonWriterTest.xml"
classpath=$(sed -n 's/.*name="surefire.test.class.path" value="\([^"]*\)".*/\1/p' "$report")
[ -n "$classpath" ] || { echo "no test classpath in $report" >&2; exit 1; }
exec "$JAVA_HOME/bin/java" -Xmx512m -cp "$classpath" io.certdesk.roster.bench.ImportBenchmark "${1:-100000}"
