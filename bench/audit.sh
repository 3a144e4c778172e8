#!/usr/bin/env bash
# Benchmark (not a test): the metadata audit over a generated store, without link checks.
# Usage: bench/audit.sh [N_DATASETS [--reuse]]   (default 100000). Results: bench-out/audit-results.txt
#   --reuse audits the store an earlier run imported instead of importing again.
# Four runs: cold (--full), incremental with nothing changed (with the CSV, then without: the audit after a harvest),
#   incremental after 5 % of the records changed
#   (AUDIT_CHANGE_PCT=N: N % instead; 0 leaves that run out; AUDIT_COLD=0 --reuse: no cold run, the earlier one's kept).
# Reports datasets/s overall and per layer (JSON Schema, SHACL, scoring, store writes) and peak heap (jstat).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"; cd "$ROOT"
N="${1:-100000}"
OUT="$ROOT/bench-out"; mkdir -p "$OUT"
JAR="${AUDIT_JAR:-$ROOT/web/target/web-0.1.0-SNAPSHOT-uber.jar}"   # AUDIT_JAR: e.g. a copy of an older build
[[ -f "$JAR" ]] || mvn -q -B -o -DskipTests package -pl web -am
# AUDIT_JFR=FILE records a JFR profile of the audit run
JFR=${AUDIT_JFR:+-XX:StartFlightRecording=filename=$AUDIT_JFR,settings=profile}
HEAP="${AUDIT_HEAP:-1g}"
RES="$OUT/audit-results.txt"; : > "$RES"
say() { echo "$*" | tee -a "$RES"; }
say "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), $(date -u +%FT%TZ), -Xmx$HEAP"

DJ="$OUT/bench-$N.data.json"
[[ -f "$DJ" ]] || java -cp "$JAR" bench/DataJsonGenerator.java "$DJ" "$N"
STORE="$OUT/audit-store-$N"
if [[ "${2:-}" != "--reuse" || ! -d "$STORE" ]]; then
  rm -rf "$STORE"
  java -Xmx4g -jar "$JAR" import --data "$STORE" --source bench "$DJ" > "$OUT/audit-import.log"
fi

# One audit run: wall time, CPU time (/usr/bin/time: on a shared machine wall time is noisy, CPU time less so), peak
# heap (jstat), what the audit logged. $1 names the run in the results; the rest are extra `audit` arguments.
run_audit() {
  local label="$1"; shift
  say "== $label"
  local T0 T1 APID JPID PEAK U
  local CSV=(--out "$OUT/audit-findings.csv")
  [[ "$label" == *-nocsv ]] && CSV=()   # the audit after a harvest writes no CSV
  T0=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$OUT/audit-time.txt" java -Xmx"$HEAP" $JFR -jar "$JAR" audit --data "$STORE" \
    "${CSV[@]}" "$@" > "$OUT/audit-summary.txt" 2> "$OUT/audit.log" &
  APID=$!
  sleep 0.5; JPID=$(pgrep -P $APID java || echo $APID)
  PEAK=0
  while kill -0 $APID 2>/dev/null; do
    U=$(jstat -gc $JPID 2>/dev/null | tail -1 | awk '{print $3+$4+$6+$8}' || true)   # S0U+S1U+EU+OU, KiB
    [[ -n "$U" ]] && PEAK=$(echo "$U $PEAK" | awk '{print ($1>$2)?$1:$2}')
    sleep 0.5
  done
  wait $APID
  T1=$(date +%s.%N)
  say "wall time (JVM start included): $(echo "$T1 - $T0" | bc) s: $(echo "$N / ($T1 - $T0)" | bc) datasets/s"
  head -3 "$OUT/audit-summary.txt" | tee -a "$RES"
  grep "catalog.audit - Audit" "$OUT/audit.log" | tee -a "$RES" || true
  say "CPU time: $(awk '{printf "%.1f s user + %.1f s system, peak RSS %.0f MB", $1, $2, $3/1024}' "$OUT/audit-time.txt")"
  say "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
  say "peak heap used: $(echo "$PEAK" | awk '{printf "%.0f MB", $1/1024}')"
  if [[ -f "$OUT/audit-findings.csv" ]]; then
    say "findings CSV: $(wc -l < "$OUT/audit-findings.csv") lines, $(du -h "$OUT/audit-findings.csv" | cut -f1)"
    mv "$OUT/audit-findings.csv" "$OUT/audit-findings-$label.csv"
  fi
}

# Two runs' CSVs compared without the rows whose messages count days overdue (they move with the clock: a dataset due
# at a time of day between the two runs' starts is a day more overdue in the second, and audited again for it)
compare_csv() {
  local a="$OUT/audit-findings-$1.csv" b="$OUT/audit-findings-$2.csv" days
  days=$(diff <(grep -e ',freshness.overdue,' -e ',la.consistency.refreshRate,' "$a") \
              <(grep -e ',freshness.overdue,' -e ',la.consistency.refreshRate,' "$b") | grep -c '^>' || true)
  if cmp -s <(grep -v -e ',freshness.overdue,' -e ',la.consistency.refreshRate,' "$a") \
            <(grep -v -e ',freshness.overdue,' -e ',la.consistency.refreshRate,' "$b"); then
    say "findings CSV of $2 against $1: identical but for $days rows of day counts"
  else
    say "findings CSV of $2 against $1: DIFFERS beyond day counts"
  fi
}

# cold: every dataset audited and written (--full; on a fresh import the same as the first incremental run)
if [[ "${AUDIT_COLD:-1}" != 0 ]]; then run_audit cold --full; fi   # AUDIT_COLD=0 with --reuse: the cold run's store and CSV are there
# incremental, nothing changed since: every dataset's results reused, only the aggregates and a pointer per dataset written
run_audit unchanged
compare_csv cold unchanged
rm -f "$OUT/audit-findings-cold.csv"
# the same without the CSV: what the audit after a harvest does (AUDIT_NOCSV=0: not run)
if [[ "${AUDIT_NOCSV:-1}" != 0 ]]; then run_audit unchanged-nocsv; fi
# incremental after a harvest-like change of AUDIT_CHANGE_PCT % of the records (title and description edited; 0: skip)
PCT="${AUDIT_CHANGE_PCT:-5}"
if [[ "$PCT" != 0 ]]; then
  say "$(java -cp "$JAR" bench/ChangeRecords.java "$STORE" "$PCT" 2>/dev/null | tail -1)"
  CHANGED="changed-${PCT}pct"; [[ "${AUDIT_CHANGED_CSV:-1}" == 0 ]] && CHANGED="$CHANGED-nocsv"   # AUDIT_CHANGED_CSV=0: no CSV
  run_audit "$CHANGED"
  rm -f "$OUT/audit-findings-unchanged.csv"
fi
say "store on disk: $(du -sh "$STORE" | cut -f1)"
