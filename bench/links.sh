#!/usr/bin/env bash
# Benchmark (not a test): link checks per second against loopback servers, politeness on and off (bench/LinkBench.java).
# Usage: bench/links.sh [N_ON [N_OFF [HOSTS [CONCURRENCY]]]]   (default 80 5000 8 8). Results: bench-out/links-results.txt
#   N_ON URLs are checked with the default politeness (2 requests in flight and 1 s between requests per host, robots.txt),
#   so that run takes about N_ON / HOSTS seconds; N_OFF URLs with politeness off, checks only and then as a whole run
#   over a TDB2 store (URLs collected from N_OFF imported datasets, every check stored).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="${JAR:-$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar}"
[[ -f "$JAR" ]] || mvn -q -B -o -DskipTests package -pl web -am
RES="$OUT/links-results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$JAR" bench/LinkBench.java "$@" 2> "$OUT/links.log" | tee -a "$RES"
