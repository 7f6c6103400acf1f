#!/usr/bin/env bash
# Runs the PKCS#12 conversion benchmark (io.certdesk.crypto.bench.ConversionBenchmark) with the
# crypto bundle's test classpath. It prints figures; it is not a test.
#
#   releng/scripts/bench-p12.sh [SECONDS_PER_PROFILE]        (default 10)
#
# Other mains of the crypto test sources run the same way, e.g. regenerating the malformed corpus:
#   CERTDESK_MAIN=io.certdesk.crypto.corpus.CorpusGenerator releng/scripts/bench-p12.sh \
#     bundles/io.certdesk.crypto/src/test/resources/testdata/MalformedCorpusTest \
#     bundles/io.certdesk.cli/src/test/resources/testdata/P12CommandTest
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
# shellcheck source=find-jdk.sh
source releng/scripts/find-jdk.sh
certdesk_find_jdk

crypto=bundles/io.certdesk.crypto
if [ ! -d "$crypto/target/test-classes" ] || [ "${CERTDESK_REBUILD:-0}" = 1 ]; then
  ./mvnw -B -o -q verify -DskipTests -pl bundles/io.certdesk.core,$crypto -am
fi

repo="${MAVEN_REPO:-$HOME/.m2/repository}"
jar() { # groupId-path artifactId version
  local f="$repo/$1/$2/$3/$2-$3.jar"
  [ -f "$f" ] || { echo "missing $f: run './mvnw verify' once online" >&2; exit 1; }
  printf '%s' "$f"
}
newest() { # groupId-path artifactId: the newest version in the local repository
  local v
  v=$(ls "$repo/$1/$2" | sort -V | tail -n 1)
  jar "$1" "$2" "$v"
}
bc=1.87
cp="$crypto/target/test-classes:$crypto/target/classes:bundles/io.certdesk.core/target/classes"
cp="$cp:$(jar org/bouncycastle bcprov-jdk18on $bc):$(jar org/bouncycastle bcutil-jdk18on $bc):$(jar org/bouncycastle bcpkix-jdk18on $bc)"
cp="$cp:$(newest org/eclipse/platform org.eclipse.osgi)"
cp="$cp:$(jar org/junit/jupiter junit-jupiter-api 5.14.1):$(jar org/opentest4j opentest4j 1.3.0)"

main="${CERTDESK_MAIN:-io.certdesk.crypto.bench.ConversionBenchmark}"
exec "$JAVA_HOME/bin/java" -Duser.language=en -cp "$cp" "$main" "$@"
