# Sourced by .ci/run and bench/run: keeps JAVA_HOME when it is a JDK >= 21, else picks one under /usr/lib/jvm
# (these machines' default java is 17). Exports JAVA_HOME or fails.
java_major() {
    "$1/bin/java" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}'
}
if [ -z "${JAVA_HOME:-}" ] || [ ! -x "$JAVA_HOME/bin/java" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ]; then
    JAVA_HOME=""
    for candidate in /usr/lib/jvm/*; do
        if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ]; then
            JAVA_HOME="$candidate"
        fi
    done
    if [ -z "$JAVA_HOME" ]; then
        echo "No JDK 21 or newer found under /usr/lib/jvm: set JAVA_HOME" >&2
        exit 1
    fi
fi
export JAVA_HOME
