#!/usr/bin/env bash
# Standards core throughput (docs/standards.md, issue 6): MyLA311 -> Open311 requests JSON and XML, LA County ->
# LIVES zip, the LIVES checker, all streamed from generated CSV files. Not a test; figures in docs/notes/issue-6.md.
# Usage: bench/standards.sh [requests=1000000] [inspections=100000]   (generated files are kept in bench-out/standards)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-1000000}"; M="${2:-100000}"
OUT="$ROOT/bench-out/standards"; mkdir -p "$OUT"
mvn -o -q -pl catalog-core -am compile
CP_FILE="$OUT/classpath.txt"
mvn -o -q -pl catalog-core dependency:build-classpath -Dmdep.outputFile="$CP_FILE" > /dev/null
CP="$ROOT/catalog-core/target/classes:$ROOT/vocab/target/classes:$(cat "$CP_FILE")"
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%FT%TZ)"
java -Xmx${HEAP:-512m} -cp "$CP" bench/StandardsBench.java "$OUT" "$N" "$M" 2>/dev/null
