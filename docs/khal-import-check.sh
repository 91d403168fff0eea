#!/usr/bin/env bash
# Imports the calendar `courtorders ics` writes into khal, a calendar client from Debian's
# packages (apt-get install khal), headlessly, and lists what khal shows; then re-imports an
# amended order and checks that its events replaced the first order's instead of adding to them.
# Usage: docs/khal-import-check.sh   (from the project root, after ./mvnw -DskipTests package -pl cli -am)
set -euo pipefail
jar="$(pwd)/cli/target/courtorders.jar"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/cal"
cat > "$work/khal.conf" <<CONF
[calendars]
[[court]]
path = $work/cal
type = calendar
[locale]
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
local_timezone = America/Chicago
default_timezone = America/Chicago
[default]
default_calendar = court
CONF
k() { HOME="$work" khal -c "$work/khal.conf" "$@"; }

java -jar "$jar" ics -o "$work/samples.ics" samples/*.txt 2>/dev/null
k import --batch "$work/samples.ics"
echo "== the bundled samples, as khal lists them (times in Chicago: 2 p.m. New York is 13:00)"
k list 2021-01-01 2025-12-31 | grep -E '^[A-Z0-9]' | cut -c1-100

rm -f "$work"/cal/*
head='UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n24-cv-1234 (ABC)\n\nORDER\n\n'
printf "Case 1:24-cv-01234-ABC Document 17 Filed 03/03/25 Page 1 of 1\n${head}Defendant shall answer the complaint by April 1, 2025. The parties shall appear for a status conference on May 5, 2025 at 10:00 a.m.\n\nSO ORDERED.\n" > "$work/doc17.txt"
sed 's/Document 17/Document 23/; s/April 1, 2025/April 15, 2025/; s/May 5, 2025/May 12, 2025/' "$work/doc17.txt" > "$work/doc23.txt"
java -jar "$jar" ics -o "$work/doc17.ics" "$work/doc17.txt" 2>/dev/null
java -jar "$jar" ics -o "$work/doc23.ics" "$work/doc23.txt" 2>/dev/null
k import --batch "$work/doc17.ics"
k import --batch "$work/doc23.ics"
echo "== after importing an order and then its amendment"
k list 2025-03-01 2025-06-30 | grep -E '^[A-Z0-9]' | cut -c1-100
n=$(ls "$work/cal" | wc -l)
test "$n" -eq 2 || { echo "expected 2 events after the amendment, found $n" >&2; exit 1; }
k list 2025-03-01 2025-06-30 | grep -q 2025-04-15 || { echo "the amended date is missing" >&2; exit 1; }
! k list 2025-03-01 2025-06-30 | grep -q 2025-04-01 || { echo "the superseded date is still there" >&2; exit 1; }
echo "ok: khal shows the amended events only ($n events)"
