#!/usr/bin/env bash
# Open311 and LIVES serving (issue 6; docs/standards.md "Serving"). Not a test; figures in docs/notes/issue-6.md.
# Usage: bench/open311.sh [requests=1000000] [inspections=100000] [clients=16] [rounds=50]
# A generated MyLA311 CSV of N requests served by the demo portals; the app fetches it, indexes it once, then
# 16 clients ask for requests.json (default 90-day window, 1,000 requests): p50/p95/p99 and heap; then a LIVES zip.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-1000000}"; M="${2:-100000}"; C="${3:-16}"; R="${4:-50}"
OUT="$ROOT/bench-out/open311"; mkdir -p "$OUT"
CP_FILE="$OUT/classpath.txt"
mvn -o -q -pl web -am compile dependency:build-classpath -Dmdep.outputFile="$CP_FILE" > /dev/null
CP="$ROOT/web/target/classes:$ROOT/harvest/target/classes:$ROOT/catalog-core/target/classes:$ROOT/vocab/target/classes:$ROOT/fuseki-config/target/classes:$(cat "$CP_FILE")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ), -Xmx${HEAP:-1g}"
java -Xmx${HEAP:-1g} -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" bench/Open311Bench.java "$OUT" "$N" "$M" "$C" "$R"
rm -rf "$OUT"/open311-*
