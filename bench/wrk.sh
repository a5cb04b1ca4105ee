#!/usr/bin/env bash
# The cross-check of the bench's loaded whatNext step with another load generator: Debian's wrk, 8 connections (one
# per client of the step, each a closed loop on its own kept-alive connection, as the bench's), the same query with a
# random customer of the generated graph per request (bench/wrk/what-next.lua), after the same warm-up (--warmup,
# then 10 s windows until the service's JIT settles). Prints wrk's figures and, in the bench's terms, calls/s, p50,
# p95, p99, failures.
#
#   bench/wrk.sh [--factor 1] [--customers 100000] [--connections 8] [--threads 2] [--warmup 60] [--duration 30]
#                [--http-port 18083] [--bolt-port 17683] [--heap 2g] [--page-cache SIZE]
#
# Without CROSSWISE_URL and CROSSWISE_API_KEY it starts the bench's service itself (bench/run.sh serve: the graph of
# bench/run.sh scale at --factor, imported first if needed), waits for it, loads it, and stops it at the end.
# With them (a service started by `bench/run.sh serve` elsewhere) it loads that one; give --customers times --factor
# as WRK_CUSTOMERS then, or the default 100000.
set -euo pipefail
cd "$(dirname "$0")/.."

factor=1 customers=100000 connections=8 threads=2 warmup=60 duration=30
serve_options=()
while [[ $# -gt 0 ]]; do
  case $1 in
    --factor) factor=$2; serve_options+=("$1" "$2"); shift 2 ;;
    --customers) customers=$2; serve_options+=("$1" "$2"); shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --warmup) warmup=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --http-port|--bolt-port|--heap|--page-cache|--products|--seed|--data-root|--service-jar)
      serve_options+=("$1" "$2"); shift 2 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 64 ;;
  esac
done

if ! command -v wrk > /dev/null; then
  if [[ $(id -u) -eq 0 ]]; then
    apt-get install -y wrk || { apt-get update && apt-get install -y wrk; }
  else
    echo "wrk is not installed: sudo apt-get install -y wrk" >&2
    exit 69
  fi
fi

serve_pid=
stop_service() {
  if [[ -n $serve_pid ]]; then
    kill "$serve_pid" 2> /dev/null || true
    wait "$serve_pid" 2> /dev/null || true
  fi
}
trap stop_service EXIT

if [[ -z ${CROSSWISE_URL:-} || -z ${CROSSWISE_API_KEY:-} ]]; then
  ls bench/target/crosswise-bench-*[0-9T].jar service/target/crosswise-service-*-exec.jar > /dev/null 2>&1 \
    || ./mvnw -B -q -DskipTests package
  . .mvn/find-jdk.sh
  set +f
  java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
  mkdir -p bench/target
  log=bench/target/wrk-serve.log
  : > "$log" # emptied here, before the wait reads it: not by the background job, which may start after that read
  echo "Starting the bench's service (bench/run.sh serve ${serve_options[*]}); its output: $log"
  # shellcheck disable=SC2086
  "$java" -Xms1g -Xmx4g -jar bench/target/crosswise-bench-*[0-9T].jar serve "${serve_options[@]}" >> "$log" 2>&1 &
  serve_pid=$!
  until grep -q '^Serving:' "$log"; do
    if ! kill -0 "$serve_pid" 2> /dev/null; then
      echo "the service did not start; see $log" >&2
      tail -20 "$log" >&2
      exit 70
    fi
    sleep 2
  done
  line=$(grep '^Serving:' "$log")
  CROSSWISE_URL=$(sed 's/.* url=\([^ ]*\).*/\1/' <<< "$line")
  CROSSWISE_API_KEY=$(sed 's/.* apiKey=\([^ ]*\).*/\1/' <<< "$line")
  customers=$(sed 's/.* customers=\([0-9]*\).*/\1/' <<< "$line")
else
  customers=${WRK_CUSTOMERS:-$customers}
fi

export WRK_API_KEY=$CROSSWISE_API_KEY WRK_CUSTOMERS=$customers WRK_CONNECTIONS=$connections
echo "wrk against $CROSSWISE_URL: $customers customers, $connections connections on $threads threads;" \
  "warm-up ${warmup} s, then ${duration} s"
load() { wrk -t"$threads" -c"$connections" -d"$1" --timeout 60s "${@:2}" -s bench/wrk/what-next.lua "$CROSSWISE_URL"; }
# the service's JIT compilers' time so far, in ms (actuator; empty if it has no such metric)
jit_ms() {
  curl -s -H "X-API-Key: $CROSSWISE_API_KEY" "${CROSSWISE_URL%/graphql}/actuator/metrics/jvm.compilation.time" \
    | sed -n 's/.*"value":\([0-9.Ee+-]*\).*/\1/p'
}
if [[ $warmup != 0 ]]; then
  load "${warmup}s" > /dev/null
  # then, as the bench does, 10 s more at a time until the JIT uses less than 5 % of a core (at most 18 windows):
  # figures taken while the JIT still compiles the request path measure the JIT
  for window in $(seq 18); do
    before=$(jit_ms)
    load 10s > /dev/null
    after=$(jit_ms)
    [[ -z $before || -z $after ]] && break
    share=$(awk -v b="$before" -v a="$after" 'BEGIN { printf "%.3f", (a - b) / 10000 }')
    echo "  JIT window $window: $share of a core compiling"
    awk -v s="$share" 'BEGIN { exit !(s < 0.05) }' && break
  done
fi
load "${duration}s" --latency
