#!/usr/bin/env bash
# Runs every JMH benchmark of the LEADS SDK on generated data and writes benchmarks/target/results.md.
#
#   benchmarks/run.sh                          quick run: every benchmark, 100,000 and 1,000,000 records
#   benchmarks/run.sh --full                   each benchmark's own warm-up and measurement iterations
#   benchmarks/run.sh --include County --records 100000     a subset (regular expression), one size
#   benchmarks/run.sh --no-build ...           reuse benchmarks/target/benchmarks.jar
#
# Other options (--heap 4g, --out FILE) are RunAll's; see docs/BENCHMARKS.md. Needs a JDK 21 or newer:
# JAVA_HOME if it is one, else a JDK 21+ from ~/.m2/toolchains.xml, else the newest in /usr/lib/jvm,
# else `java` on the PATH.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

major() {  # the major version of a java binary, or 0
  local line
  line="$("$1" -version 2>&1 | head -n 1)" || { echo 0; return; }
  line="${line#*\"}"; line="${line%%\"*}"
  case "$line" in
    1.*) line="${line#1.}" ;;
  esac
  line="${line%%[.+-]*}"
  [[ "$line" =~ ^[0-9]+$ ]] && echo "$line" || echo 0
}

find_java() {
  local candidate best="" best_major=0 m
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && "$(major "$JAVA_HOME/bin/java")" -ge 21 ]]; then
    echo "$JAVA_HOME/bin/java"; return
  fi
  if [[ -r "$HOME/.m2/toolchains.xml" ]]; then
    while read -r candidate; do
      if [[ -x "$candidate/bin/java" && "$(major "$candidate/bin/java")" -ge 21 ]]; then
        echo "$candidate/bin/java"; return
      fi
    done < <(sed -n 's:.*<jdkHome>\(.*\)</jdkHome>.*:\1:p' "$HOME/.m2/toolchains.xml")
  fi
  for candidate in /usr/lib/jvm/*/bin/java; do
    [[ -x "$candidate" ]] || continue
    m="$(major "$candidate")"
    if (( m >= 21 && m > best_major )); then best="$candidate"; best_major=$m; fi
  done
  if [[ -n "$best" ]]; then echo "$best"; return; fi
  if command -v java > /dev/null && [[ "$(major "$(command -v java)")" -ge 21 ]]; then
    command -v java; return
  fi
  return 1
}

build=1
args=()
for arg in "$@"; do
  if [[ "$arg" == "--no-build" ]]; then build=0; else args+=("$arg"); fi
done

java_bin="$(find_java)" || {
  echo "benchmarks/run.sh: no JDK 21 or newer found (JAVA_HOME, ~/.m2/toolchains.xml, /usr/lib/jvm, PATH)" >&2
  exit 2
}
echo "benchmarks/run.sh: using $java_bin ($("$java_bin" -version 2>&1 | head -n 1))"

if (( build )); then
  ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
fi
jar="benchmarks/target/benchmarks.jar"
[[ -f "$jar" ]] || { echo "benchmarks/run.sh: $jar is missing; run without --no-build" >&2; exit 2; }

"$java_bin" --add-modules jdk.incubator.vector -cp "$jar" org.leadssdk.benchmarks.RunAll "${args[@]+"${args[@]}"}"
