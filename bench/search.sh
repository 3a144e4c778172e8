#!/usr/bin/env bash
# Benchmark (not a test): search index build time and /search.json latency under concurrent clients.
# Usage: bench/search.sh [N_DATASETS] [CLIENTS]   (defaults 100000 and 16). Results: bench-out/search-results.txt
# Reuses bench-out/bench-N.data.json and the store bench-out/search-N when they exist (delete them to start over).
# SERVE_ONLY=1 skips the index builds straight from the store. Also: dataset pages under the same clients (bench/PageLoad.java). Rebuild the jar first after changing the code: CATALOG_REBUILD=1, or mvn -B -DskipTests package -pl web -am.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-100000}"; CLIENTS="${2:-16}"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar"
if [[ ! -f "$JAR" || "${CATALOG_REBUILD:-0}" == "1" ]]; then mvn -q -B -DskipTests package -pl web -am; fi
RES="$OUT/search-results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"

DJ="$OUT/bench-$N.data.json"
[[ -f "$DJ" ]] || java -cp "$JAR" bench/DataJsonGenerator.java "$DJ" "$N"
STORE="$OUT/search-$N"
if [[ ! -d "$STORE/tdb2" ]]; then
  t0=$(date +%s.%N)
  java -Xmx4g -jar "$JAR" import --data "$STORE" --source bench "$DJ" > "$OUT/search-import.log"
  say "import of $N datasets: $(echo "$(date +%s.%N) - $t0" | bc) s"
fi

# 1. index builds straight from the store, in memory and on disk (BUILDS each, default 3); SERVE_ONLY=1 skips them;
#    then the CPU time of one search without HTTP (bench/SearchQueryBench.java, answers not kept)
if [[ "${SERVE_ONLY:-0}" != "1" ]]; then
  java -Xmx2g -cp "$JAR" bench/SearchIndexBench.java "$STORE" "${BUILDS:-3}" 2>/dev/null | tee -a "$RES"
  rm -rf "$OUT/search-$N-cpu-index"
  java -Xmx2g -Dciviccatalog.search.cachedResults=0 -Dciviccatalog.search.cachedCounts=0 -Dbench.index="$OUT/search-$N-cpu-index" -cp "$JAR" bench/SearchQueryBench.java "$STORE" 1600 2>/dev/null | tee -a "$RES"
  rm -rf "$OUT/search-$N-cpu-index"
fi

# 2. the server: first index built in the background after start, then searches from $CLIENTS clients: every
#    search computed (neither answers nor counts kept), then as served (the last 1000 answers and the counts of the
#    last 64 searches of an index kept)
PORT=18097
rm -rf "$STORE/search"
serve() {  # $1 = kept answers, $2 = kept counts
  java -Xmx1g -Dciviccatalog.search.cachedResults=$1 -Dciviccatalog.search.cachedCounts=$2 -jar "$JAR" serve --data "$STORE" --port $PORT --no-link-checks > "$OUT/search-serve.log" 2>&1 &
  SPID=$!
  # up to 20 minutes: the first build at 300,000 datasets takes 5-6 minutes on a shared machine
  for i in $(seq 1 2400); do
    curl -sf "http://127.0.0.1:$PORT/search.json?pageSize=1" 2>/dev/null | grep -q '"current":true' && break; sleep 0.5
  done
}
serve 0 0
trap 'kill $SPID 2>/dev/null || true' EXIT
say "server: $(grep -o 'Search index built: .*' "$OUT/search-serve.log" | head -1)"
say "every search computed:"
java bench/SearchLoad.java "http://127.0.0.1:$PORT" 1 200 1000 search.json | tee -a "$RES"
java bench/SearchLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" 400 8000 search.json | tee -a "$RES"
java bench/SearchLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" 200 2000 search | tee -a "$RES"
kill $SPID; wait $SPID 2>/dev/null || true
serve 1000 64
say "as served (answers kept per index; the mix repeats searches, as people do), after the same warm-up:"
java bench/SearchLoad.java "http://127.0.0.1:$PORT" 1 200 1000 search.json > /dev/null
java bench/SearchLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" 400 8000 search.json | tee -a "$RES"
java bench/SearchLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" 200 2000 search | tee -a "$RES"
say "dataset pages (HTML and Turtle), a random sample of 2,000 datasets:"
java bench/PageLoad.java "http://127.0.0.1:$PORT" "$CLIENTS" 400 4000 "$N" 2000 | tee -a "$RES"
kill $SPID; wait $SPID 2>/dev/null || true
say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

# 3. a restart serves the index kept on disk at once
t0=$(date +%s.%N)
java -Xmx1g -jar "$JAR" serve --data "$STORE" --port $PORT --no-link-checks > "$OUT/search-serve2.log" 2>&1 &
SPID=$!
for i in $(seq 1 600); do
  curl -sf "http://127.0.0.1:$PORT/search.json?q=parks&pageSize=1" 2>/dev/null | grep -q '"current":true' && break; sleep 0.1
done
say "restart: searches answered from the index on disk $(echo "$(date +%s.%N) - $t0" | bc) s after the JVM started; $(grep -c 'Search index built' "$OUT/search-serve2.log" || true) builds"
kill $SPID; wait $SPID 2>/dev/null || true
