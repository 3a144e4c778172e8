#!/usr/bin/env bash
# Benchmark (not a test): the simulated region of N datasets over the six portal kinds (Socrata with /api/views
# enrichment, ArcGIS Hub, DKAN, paged data.json, CKAN package_search, DCAT Turtle with Hydra paging) served on
# loopback by `./catalog demo-portals`, harvested by `./catalog harvest` in a second JVM: full harvest, no-change
# re-harvest (conditional GETs answered 304), peak heap, and Jena's bulk loader on the same quads.
# Usage: bench/region.sh [N_DATASETS [--no-loader]]   (default 300000). Results: bench-out/region-results.txt
# Environment: HEAP (default 1g), PORTAL_HEAP (default 512m), PORT (default 18124), COMPACT (yes|no: time a
# compaction between the runs, default yes).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-300000}"
LOADER=yes; [[ "${2:-}" == "--no-loader" ]] && LOADER=no
HEAP="${HEAP:-1g}"; PORTAL_HEAP="${PORTAL_HEAP:-512m}"; PORT="${PORT:-18124}"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar"
[[ -f "$JAR" ]] || mvn -o -q -B -DskipTests package -pl web -am
JENA="$OUT/apache-jena-5.6.0"
if [[ "$LOADER" == yes && ! -x "$JENA/bin/tdb2.tdbloader" ]]; then
  mvn -q -B dependency:copy -Dartifact=org.apache.jena:apache-jena:5.6.0:tar.gz -DoutputDirectory="$OUT"
  tar -xzf "$OUT/apache-jena-5.6.0.tar.gz" -C "$OUT"
fi
RES="$OUT/region-results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | sed -n 1p), $(date -u +%FT%TZ)"

SOURCES="$OUT/region-sources.json"
java -Xmx"$PORTAL_HEAP" -jar "$JAR" demo-portals --port "$PORT" --datasets "$N" --sources-out "$SOURCES" \
    > "$OUT/region-portals.log" 2>&1 &
PPID_=$!
trap 'kill $PPID_ 2>/dev/null || true' EXIT
for i in $(seq 1 100); do [[ -s "$SOURCES" ]] && curl -sf -o /dev/null "http://127.0.0.1:$PORT/" && break; sleep 0.3; done
say "input: simulated region of $N datasets on six portals at http://127.0.0.1:$PORT/ (portal JVM -Xmx$PORTAL_HEAP)"

STORE="$OUT/region-store"
harvest() {
  local label="$1" log="$2" l0 t0 t1
  l0=$(load)
  rm -f "$OUT/$log.gc.log"*   # an earlier run's logs would count in the peak
  t0=$(date +%s.%N)
  /usr/bin/time -f "%U %S" -o "$OUT/$log.time" java -Xmx"$HEAP" -Xlog:gc:file="$OUT/$log.gc.log" \
      -jar "$JAR" harvest --no-audit --no-standards --no-compact --data "$STORE" --sources "$SOURCES" > "$OUT/$log.log" 2>&1 || true
  t1=$(date +%s.%N)
  S=$(echo "$t1 - $t0" | bc)
  PEAK=$(grep -o '[0-9]*M->[0-9]*M' "$OUT/$log.gc.log"* | cut -d: -f2 | cut -d'M' -f1 | sort -n | tail -1)
  # after a collection: an upper bound of the live heap (young collections leave old garbage in place)
  LIVE=$(grep -v 'System.gc' "$OUT/$log.gc.log"* | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M//' | sort -n | tail -1)
  say "$label: ${S}s (JVM start included): $(echo "$N / $S" | bc) datasets/s offered; CPU user+sys $(awk '{print $1"+"$2}' \
      "$OUT/$log.time") s; heap ${PEAK:-?} MB of $HEAP used before GC, at most ${LIVE:-?} MB after GC; load before $l0, after $(load)"
  grep -E '^demo-|Cross-portal identity' "$OUT/$log.log" | tee -a "$RES" || true
}
rm -rf "$STORE"
harvest "full harvest" region-full
FULL_S=$S
say "store on disk after the full harvest: $(du -sh "$STORE/tdb2" | cut -f1)"
if [[ "${COMPACT:-yes}" == yes ]]; then
t0=$(date +%s.%N)
java -Xmx"$HEAP" -jar "$JAR" compact --data "$STORE" 2>/dev/null | tee -a "$RES"
say "compaction (separate step; harvest and serve compact after a run that wrote >= 1,000 records and >= 5 % of the store): $(echo "$(date +%s.%N) - $t0" | bc)s"
fi
harvest "no-change re-harvest" region-again
say "re-harvest / full: $(echo "scale=3; $S / $FULL_S" | bc)"
kill $PPID_ 2>/dev/null || true

if [[ "$LOADER" == yes ]]; then
  "$JENA/bin/tdb2.tdbdump" --loc "$STORE/tdb2" > "$OUT/region-dump.nq"
  QUADS=$(wc -l < "$OUT/region-dump.nq")
  say "stored: $QUADS quads (tdb2.tdbdump); full harvest $(echo "$QUADS / $FULL_S" | bc) quads/s"
  rm -rf "$OUT/region-loader"
  t0=$(date +%s.%N)
  JVM_ARGS="-Xmx4g" "$JENA/bin/tdb2.tdbloader" --loc "$OUT/region-loader" "$OUT/region-dump.nq" > "$OUT/region-tdbloader.log" 2>&1
  t1=$(date +%s.%N)
  LOADER_S=$(echo "$t1 - $t0" | bc)
  say "tdb2.tdbloader, same quads: ${LOADER_S}s: $(echo "$QUADS / $LOADER_S" | bc) quads/s"
  say "ratio full harvest / tdb2.tdbloader (throughput): $(echo "scale=2; $LOADER_S / $FULL_S" | bc)"
  rm -f "$OUT/region-dump.nq"; rm -rf "$OUT/region-loader"
fi
say "store on disk: $(du -sh "$STORE/tdb2" | cut -f1)"
