# shellcheck shell=bash
# Sourced by the build scripts: exports JAVA_HOME pointing at a JDK 21 or newer.
# Order: $JAVA_HOME, the javac on PATH, then the usual install locations.
# Returns non-zero (and says what to install) when none is found.

certdesk_java_major() { # $1 = path to a java executable; prints its feature version
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

certdesk_is_jdk21() { # $1 = candidate JAVA_HOME
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(certdesk_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

certdesk_find_jdk() {
  local candidate
  if certdesk_is_jdk21 "${JAVA_HOME:-}"; then return 0; fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    if certdesk_is_jdk21 "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  fi
  # Newest first: version-sort the directory names in reverse.
  for candidate in $(ls -d /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* \
        "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home 2>/dev/null | sort -rV); do
    if certdesk_is_jdk21 "$candidate"; then export JAVA_HOME="$candidate"; return 0; fi
  done
  echo "CertDesk needs a JDK 21 or newer to build, and none was found" >&2
  echo "(looked at JAVA_HOME, javac on PATH, /usr/lib/jvm, /opt/java, ~/.sdkman, ~/.jdks)." >&2
  echo "Install one, e.g. 'apt-get install temurin-21-jdk' or a JDK 21+ from https://adoptium.net," >&2
  echo "or set JAVA_HOME to it." >&2
  return 1
}
