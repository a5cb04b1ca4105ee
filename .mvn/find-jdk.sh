# Sourced by ./mvnw: Crosswise needs a JDK >= 21 (Neo4j 2026 runs on 21+).
# Keeps JAVA_HOME when it already points at one; otherwise uses `java` on the PATH if that is
# new enough, else the newest JDK >= 21 under /usr/lib/jvm (e.g. Temurin 25 beside a default Java 17).
crosswise_java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p'
}
crosswise_pick_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(crosswise_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return
  fi
  if [ -z "${JAVA_HOME-}" ] && command -v java >/dev/null 2>&1 && [ "$(crosswise_java_major java)" -ge 21 ] 2>/dev/null; then
    return
  fi
  set +f
  best="" best_major=0
  for home in /usr/lib/jvm/*; do
    [ -x "$home/bin/javac" ] || continue
    major=$(crosswise_java_major "$home/bin/java")
    if [ -n "$major" ] && [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then
      best="$home" best_major="$major"
    fi
  done
  set -f
  if [ -n "$best" ]; then
    JAVA_HOME="$best"
    export JAVA_HOME
  fi
}
crosswise_pick_jdk
