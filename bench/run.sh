#!/usr/bin/env bash
# Benchmark (not a test): import throughput vs Jena's own TDB2 bulk loader, and /data.json streaming.
# Usage: bench/run.sh [N_DATASETS [--serve-only]]   (default 100000). Results: bench-out/results.txt
#   --serve-only reuses the store imported by an earlier run and measures /data.json only.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-100000}"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar"
[[ -f "$JAR" ]] || mvn -q -B -DskipTests package -pl web -am
JENA_VER=5.6.0
JENA="$OUT/apache-jena-$JENA_VER"
if [[ ! -x "$JENA/bin/tdb2.tdbloader" ]]; then
  mvn -q -B dependency:copy -Dartifact=org.apache.jena:apache-jena:$JENA_VER:tar.gz -DoutputDirectory="$OUT"
  tar -xzf "$OUT/apache-jena-$JENA_VER.tar.gz" -C "$OUT"
fi
RES="$OUT/results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"

# 1. generate
DJ="$OUT/bench-$N.data.json"
[[ -f "$DJ" ]] || java -cp "$JAR" bench/DataJsonGenerator.java "$DJ" "$N"
say "input: $N datasets, $(du -h "$DJ" | cut -f1) data.json"

if [[ "${2:-}" != "--serve-only" ]]; then
# 2. our import (one write transaction into a fresh TDB2 store)
rm -rf "$OUT/ours"
t0=$(date +%s.%N)
java -Xmx4g -jar "$JAR" import --data "$OUT/ours" --source bench "$DJ" | tee "$OUT/import.log"
t1=$(date +%s.%N)
IMPORT_S=$(echo "$t1 - $t0" | bc)
QUADS=$("$JENA/bin/tdb2.tdbquery" --loc "$OUT/ours/tdb2" --results=csv 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' | tail -1 | tr -d '\r')
say "ours: import of $N datasets ($QUADS quads) took ${IMPORT_S}s (JVM start included): $(echo "$N / $IMPORT_S" | bc) datasets/s, $(echo "$QUADS / $IMPORT_S" | bc) quads/s"

# 3. the same quads through Jena's bulk loader
"$JENA/bin/tdb2.tdbdump" --loc "$OUT/ours/tdb2" > "$OUT/dump.nq"
rm -rf "$OUT/jena-loader"
t0=$(date +%s.%N)
JVM_ARGS="-Xmx4g" "$JENA/bin/tdb2.tdbloader" --loc "$OUT/jena-loader" "$OUT/dump.nq" > "$OUT/tdbloader.log" 2>&1
t1=$(date +%s.%N)
LOADER_S=$(echo "$t1 - $t0" | bc)
say "tdb2.tdbloader: same $QUADS quads took ${LOADER_S}s: $(echo "$QUADS / $LOADER_S" | bc) quads/s"
say "ratio ours/tdbloader (throughput): $(echo "scale=2; $LOADER_S / $IMPORT_S" | bc)"

fi

# 4. /data.json streamed by the server with a 512 MB heap: rendered from the store on every request
#    (--no-feed-cache), then as normally served (the first request after a change renders and keeps a copy).
PORT=18089
measure() {  # $1 = label, then serve options
  local label="$1"; shift
  java -Xmx512m -jar "$JAR" serve --data "$OUT/ours" --port $PORT "$@" > "$OUT/serve.log" 2>&1 &
  SPID=$!
  for i in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.5; done
  (while kill -0 $SPID 2>/dev/null; do jstat -gc $SPID 2>/dev/null | tail -1; sleep 0.2; done) > "$OUT/jstat.log" &
  JPID=$!
  : > "$OUT/curl.log"
  curl -s -o /dev/null -w "%{time_starttransfer} %{time_total}\n" "http://127.0.0.1:$PORT/data.json" > "$OUT/cold.log"
  read cttfb ctotal < "$OUT/cold.log"
  say "$label, first request of a fresh JVM: first byte ${cttfb}s, total ${ctotal}s: $(echo "$N / $ctotal" | bc) datasets/s"
  for run in 1 2; do curl -s -o /dev/null "http://127.0.0.1:$PORT/data.json"; done
  for run in 1 2 3 4 5; do
    curl -s -o "$OUT/data.json.out" -w "%{time_starttransfer} %{time_total} %{size_download}\n" "http://127.0.0.1:$PORT/data.json" >> "$OUT/curl.log"
  done
  kill $JPID 2>/dev/null || true
  sort -k2 -n "$OUT/curl.log" | sed -n 3p | { read ttfb total size; say "$label, warm (median of 5): $size bytes, first byte ${ttfb}s, total ${total}s: $(echo "$N / $total" | bc) datasets/s"; }
  PEAK=$(awk 'NF>10 && $1 ~ /^[0-9.]+$/ {u=$3+$4+$6+$8; if (u>m) m=u} END {printf "%.0f", m/1024}' "$OUT/jstat.log")
  say "$label, peak heap used (jstat every 200 ms, -Xmx512m): ${PEAK} MB"
  python3 -c "import json; d=json.load(open('$OUT/data.json.out')); print('  served datasets:', len(d['dataset']))" | tee -a "$RES"
  kill $SPID; wait $SPID 2>/dev/null || true
}
rm -rf "$OUT/ours/cache"
measure "/data.json rendered per request" --no-feed-cache
measure "/data.json as served (rendering kept per store state)"
