# Sourced by ./mvnw and ./gantry: picks a JDK >= 21 and exports JAVA_HOME.
# Order: JAVA_HOME (if it is 21+), then /usr/lib/jvm/temurin-25*, then any /usr/lib/jvm/*; else a clear error.
gantry_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
gantry_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    v=$(gantry_java_major "$JAVA_HOME"); [ "${v:-0}" -ge 21 ] && return 0
  fi
  set +f
  for d in /usr/lib/jvm/temurin-25* /usr/lib/jvm/*; do
    if [ -x "$d/bin/javac" ]; then
      v=$(gantry_java_major "$d")
      if [ "${v:-0}" -ge 21 ]; then JAVA_HOME="$d"; export JAVA_HOME; return 0; fi
    fi
  done
  echo "gantry: no JDK 21 or newer found. Set JAVA_HOME to a JDK >= 21 (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)." >&2
  exit 1
}
gantry_find_jdk
