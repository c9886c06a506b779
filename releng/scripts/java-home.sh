# Sourced by ./mvnw and ./spintex: finds a JDK 21+ without asking the user.
# Eclipse 4.39 and the Spintex bundles need Java 21 or newer; many machines still
# default to Java 17, so a JDK is looked for in this order:
#   $SPINTEX_JAVA_HOME, $JAVA_HOME, the java on PATH, then /usr/lib/jvm/* and
#   /opt/java/* and ~/.sdkman/candidates/java/* (newest first).

spintex_release_value() {  # $1: a JDK's release file, $2: a key; prints its value, with bash alone (no process started)
  local key value
  while IFS='=' read -r key value; do
    if [ "$key" = "$2" ]; then
      value="${value#\"}"
      echo "${value%\"}"
      return 0
    fi
  done <"$1"
  return 1
}

spintex_java_major() {  # $1: a java executable; prints its feature version (17, 21, 25, ...)
  # A JDK's `release` file states its version: reading it costs nothing, where asking the JVM
  # starts one (a few hundred milliseconds on every `spintex` command). Read with bash alone when the
  # executable sits in its JDK's bin/: every process started here delays each command.
  local release version
  if [ "${1%/bin/java}" != "$1" ] && [ -r "${1%/bin/java}/release" ]; then
    version="$(spintex_release_value "${1%/bin/java}/release" JAVA_VERSION)" || version=""
    version="${version#1.}"
    if [ -n "$version" ]; then
      echo "${version%%[!0-9]*}"
      return 0
    fi
  fi
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -r "$release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1
    return 0
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

spintex_find_java_home() {  # $1: minimum version (21); $2: "jdk" to require javac. Prints a JAVA_HOME or fails.
  local need="${1:-21}" kind="${2:-jre}" candidate major
  local onpath=""
  if command -v java >/dev/null 2>&1; then
    onpath="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
  fi
  for candidate in "${SPINTEX_JAVA_HOME:-}" "${JAVA_HOME:-}" "$onpath" \
      $(ls -d /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/* 2>/dev/null | sort -rV); do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    [ "$kind" = jdk ] && [ ! -x "$candidate/bin/javac" ] && continue
    major="$(spintex_java_major "$candidate/bin/java")"
    if [ -n "$major" ] && [ "$major" -ge "$need" ]; then
      echo "$candidate"
      return 0
    fi
  done
  return 1
}
