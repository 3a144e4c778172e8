#!/usr/bin/env bash
# Benchmark (not a test): a full harvest of the bench data.json served on loopback, a no-change re-harvest, Jena's
# bulk loader on the same quads, then a harvest in which every record changed; time, CPU and peak heap of each.
# Usage: bench/harvest.sh [N_DATASETS [--no-loader]]   (default 100000). Results: bench-out/harvest-results.txt
#   --no-loader skips the tdb2.tdbloader comparison (dump + load: about 2 minutes at 100,000 datasets).
# Environment: HEAP (default 1g), JAVA_OPTS (extra JVM options for the harvests), PORT (default 18123), QUIET
#   (a load average to wait for before each timed step: other work on the machine skews the figures),
#   JAR (default: web/target/web-*-uber.jar, built when missing; another build to compare with).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-100000}"
LOADER=yes; [[ "${2:-}" == "--no-loader" ]] && LOADER=no
HEAP="${HEAP:-1g}"
PORT="${PORT:-18123}"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="${JAR:-$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar}"
[[ -f "$JAR" ]] || mvn -o -q -B -DskipTests package -pl web -am
JENA_VER=5.6.0
JENA="$OUT/apache-jena-$JENA_VER"
if [[ "$LOADER" == yes && ! -x "$JENA/bin/tdb2.tdbloader" ]]; then
  mvn -q -B dependency:copy -Dartifact=org.apache.jena:apache-jena:$JENA_VER:tar.gz -DoutputDirectory="$OUT"
  tar -xzf "$OUT/apache-jena-$JENA_VER.tar.gz" -C "$OUT"
fi
RES="$OUT/harvest-results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# QUIET=L waits (up to 10 minutes) until the 1-minute load average is below L before each timed step.
quiet() {
  [[ -z "${QUIET:-}" ]] && return 0
  for i in $(seq 1 120); do
    [[ $(echo "$(cut -d' ' -f1 /proc/loadavg) < $QUIET" | bc) == 1 ]] && return 0
    sleep 5
  done
}
say "jar: $JAR"
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ)"

DJ="bench-$N.data.json"
[[ -f "$OUT/$DJ" ]] || java -cp "$JAR" bench/DataJsonGenerator.java "$OUT/$DJ" "$N"
say "input: $N datasets, $(du -h "$OUT/$DJ" | cut -f1) data.json"
# The same identifiers with other content (the generator's identifiers do not depend on the seed): every record
# changes, so the last step replaces every record graph and keeps every earlier version in the history database.
DJ2="bench-$N-seed43.data.json"
[[ -f "$OUT/$DJ2" ]] || java -cp "$JAR" bench/DataJsonGenerator.java "$OUT/$DJ2" "$N" 43

# Serve the data.json on loopback as serve/data.json, a link to one of the two files (python's server answers
# If-Modified-Since with the linked file's time, so the re-harvest gets a 304 and the changed run a 200).
mkdir -p "$OUT/serve"
ln -sfn "../$DJ" "$OUT/serve/data.json"
python3 -m http.server "$PORT" --bind 127.0.0.1 --directory "$OUT/serve" > "$OUT/http.log" 2>&1 &
HPID=$!
trap 'kill $HPID 2>/dev/null || true; ln -sfn "../$DJ" "$OUT/serve/data.json"' EXIT
for i in $(seq 1 50); do curl -sf -o /dev/null -I "http://127.0.0.1:$PORT/data.json" && break; sleep 0.2; done
SOURCES="$OUT/harvest-sources.json"
echo "{ \"sources\": [ { \"id\": \"bench\", \"kind\": \"datajson\", \"url\": \"http://127.0.0.1:$PORT/data.json\" } ] }" > "$SOURCES"

STORE="$OUT/harvested"
# $1 = label, $2 = log name. Wall time includes JVM start. Peak heap: the largest heap use before a GC (-Xlog:gc),
# which is at least the largest use the JVM ever had, rounded to MB by the JVM's log.
harvest() {
  local label="$1" log="$2" l0 t0 t1
  quiet
  l0=$(load)
  t0=$(date +%s.%N)
  local rc=0
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S" -o "$OUT/$log.time" java -Xmx"$HEAP" -Xlog:gc:file="$OUT/$log.gc.log" ${JAVA_OPTS:-} \
      -jar "$JAR" harvest --no-audit --no-compact --data "$STORE" --sources "$SOURCES" > "$OUT/$log.log" 2>&1 || rc=$?
  [[ $rc == 0 ]] || say "$label: the harvest exited with $rc (see $OUT/$log.log)"
  t1=$(date +%s.%N)
  S=$(echo "$t1 - $t0" | bc)
  PEAK=$(grep -o '[0-9]*M->[0-9]*M' "$OUT/$log.gc.log" | cut -d'M' -f1 | sort -n | tail -1)
  LIVE=$(grep -o '[0-9]*M->[0-9]*M' "$OUT/$log.gc.log" | cut -d'>' -f2 | tr -d M | sort -n | tail -1)
  GCS=$(grep -o 'Pause.* [0-9.]*ms$' "$OUT/$log.gc.log" | awk '{s+=$NF; n++} END {printf "%d pauses, %.1f s", n, s/1000}')
  CPU=$(tail -1 "$OUT/$log.time" | awk '{print $1 "+" $2 " s"}')
  say "$label: ${S}s (JVM start included): $(echo "$N / $S" | bc) datasets/s; CPU user+sys $CPU;" \
      "peak heap ${PEAK:-?} MB of $HEAP (after GC at most ${LIVE:-?} MB; GC $GCS); load before $l0, after $(load)"
  grep -E '^bench ' "$OUT/$log.log" | tail -1 | tee -a "$RES"
}

rm -rf "$STORE"
harvest "full harvest" harvest-full
FULL_S=$S
harvest "no-change re-harvest" harvest-again
say "re-harvest / full: $(echo "scale=3; $S / $FULL_S" | bc)"

if [[ "$LOADER" == yes ]]; then
  "$JENA/bin/tdb2.tdbdump" --loc "$STORE/tdb2" > "$OUT/harvest-dump.nq"
  QUADS=$(wc -l < "$OUT/harvest-dump.nq")
  say "stored: $QUADS quads (tdb2.tdbdump); full harvest $(echo "$QUADS / $FULL_S" | bc) quads/s"
  rm -rf "$OUT/harvest-loader"
  quiet
  l0=$(load)
  t0=$(date +%s.%N)
  JVM_ARGS="-Xmx4g" "$JENA/bin/tdb2.tdbloader" --loc "$OUT/harvest-loader" "$OUT/harvest-dump.nq" > "$OUT/harvest-tdbloader.log" 2>&1
  t1=$(date +%s.%N)
  LOADER_S=$(echo "$t1 - $t0" | bc)
  say "tdb2.tdbloader, same quads: ${LOADER_S}s: $(echo "$QUADS / $LOADER_S" | bc) quads/s; load before $l0, after $(load)"
  say "ratio full harvest / tdb2.tdbloader (throughput): $(echo "scale=2; $LOADER_S / $FULL_S" | bc)"
  rm -f "$OUT/harvest-dump.nq"
fi
say "store on disk after the full harvest and the re-harvest: $(du -sh "$STORE/tdb2" | cut -f1)"

ln -sfn "../$DJ2" "$OUT/serve/data.json"
harvest "every record changed (history kept)" harvest-changed
say "store on disk: $(du -sh "$STORE/tdb2" | cut -f1), history: $(du -sh "$STORE/history/tdb2" | cut -f1)"
ln -sfn "../$DJ" "$OUT/serve/data.json"
