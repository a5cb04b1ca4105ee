#!/usr/bin/env bash
# The benchmark, from a fresh clone: builds the service and the bench, generates and imports the large graph into
# bench/data/ (reused on later runs), starts the service on it as its own process, measures, and writes
# bench/results/<timestamp>.json. Options go to the bench (e.g. --customers 2000 --duration 5 for a quick check).
# A first argument that is not an option names another command of the bench jar, e.g.
#   bench/run.sh metrics --compare-jar ../old/service/target/crosswise-service-0.1.0-SNAPSHOT-exec.jar
#   bench/run.sh scale --factors 1,3,10       (the scale curve: bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -DskipTests package
. .mvn/find-jdk.sh
set +f
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
command=run
if [[ $# -gt 0 && $1 != --* ]]; then
  command=$1
  shift
fi
# scale and serve import up to 10x the graph in this JVM (the offline importer, then the schema and the demand figures)
heap=2g
[[ $command == scale || $command == serve ]] && heap=4g
exec "$java" -Xms1g -Xmx$heap -jar bench/target/crosswise-bench-*[0-9T].jar "$command" "$@"
