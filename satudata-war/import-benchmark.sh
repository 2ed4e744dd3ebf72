#!/usr/bin/env bash
# Bulk-import benchmark (issue 4): a generated 1,000,000-row, 10-column CSV imported through the
# `submission-import` job (REST API, uber jar) into PostgreSQL, against `psql \copy` of the same
# file into the same database, in the same run; prints both speeds and their ratio (goal >= 0.5).
# The file is imported twice, for two items: the first import after the server's start runs while
# the JIT compiles the import's code (printed as the cold figure); the second is the measured one.
# Build first: mvn -B -DskipTests package
#
#   satudata-war/import-benchmark.sh
#
# Needs a reachable PostgreSQL with a superuser to create (and afterwards drop) a fresh database
# and user. The default is the local system PostgreSQL (apt-get install postgresql; pg_ctlcluster
# 15 main start) reached as the OS user `postgres` through sudo (or runuser when run as root without
# sudo). Variables to point it elsewhere:
#   BENCH_ADMIN_PSQL  command running psql as a superuser, with its connection options (default:
#                     sudo -u postgres psql, or runuser -u postgres -- psql, over the local
#                     socket); it must reach the same server as BENCH_PGHOST:BENCH_PGPORT, e.g.
#                     BENCH_ADMIN_PSQL="psql -h db.example -U postgres" (password from ~/.pgpass)
#   BENCH_PGHOST      host the server and \copy connect to (default localhost)
#   BENCH_PGPORT      port (default 5432)
#   BENCH_DB          database created (dropped first if it exists) and dropped (default satudata_bench)
#   BENCH_DB_USER     user created with a fresh random password (default satudata_bench)
#   BENCH_ROWS        rows in the CSV (default 1000000)
#   BENCH_PORT        HTTP port of the server (default: a free one)
#   BENCH_CHUNK_SIZE  rows per chunk of the import (SATUDATA_IMPORT_CHUNK_SIZE; default: the
#                     application's, 50000)
#   BENCH_JAVA_OPTS   extra options for the server's JVM (e.g. -XX:StartFlightRecording=...)
#   BENCH_KEEP=true   keep the database, the server log and the CSV (printed paths)
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
jar="$here/target/satudata.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
for tool in java curl psql python3 awk; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 1; }
done

if [ -z "${BENCH_ADMIN_PSQL:-}" ]; then
  if command -v sudo >/dev/null; then
    BENCH_ADMIN_PSQL="sudo -u postgres psql"
  elif [ "$(id -u)" = 0 ] && command -v runuser >/dev/null; then
    BENCH_ADMIN_PSQL="runuser -u postgres -- psql"
  else
    echo "set BENCH_ADMIN_PSQL to a command running psql as a PostgreSQL superuser" >&2; exit 1
  fi
fi
pghost=${BENCH_PGHOST:-localhost}
pgport=${BENCH_PGPORT:-5432}
db=${BENCH_DB:-satudata_bench}
dbuser=${BENCH_DB_USER:-satudata_bench}
rows=${BENCH_ROWS:-1000000}
keep=${BENCH_KEEP:-false}
password="bench-$(python3 -c 'import secrets; print(secrets.token_hex(12))')"
demo_pw=satudata-demo-2026
code=BENCH-001      # the measured import
warm_code=BENCH-000 # the first import after the server started (the JIT compiles during it)
period=2025

port=${BENCH_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is in use" >&2; exit 1
fi
base="http://localhost:$port"

admin() { $BENCH_ADMIN_PSQL -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
# The admin command may run as another OS user: give it only SQL, never a file of ours.
work=$(mktemp -d)
chmod 755 "$work"
pid=
db_created=false
cleanup() {
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ "$keep" = true ]; then
    echo "kept: database $db (user $dbuser, password $password), $work" >&2
  else
    if [ "$db_created" = true ]; then
      admin -c "drop database if exists $db" -c "drop role if exists $dbuser" || true
    fi
    rm -rf "$work"
  fi
}
trap cleanup EXIT

now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
rate() { awk -v n="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%d", n / (b - a) }'; }
json() { python3 -c 'import json,sys; d=json.load(sys.stdin); print(d.get(sys.argv[1], ""))' "$1"; }

# --- database and user, fresh each run ---------------------------------------------------------
echo "PostgreSQL: $(admin -c 'show server_version')  at $pghost:$pgport, database $db"
admin -c "set client_min_messages = warning" -c "drop database if exists $db" -c "drop role if exists $dbuser"
admin -c "create role $dbuser login password '$password'" -c "create database $db owner $dbuser"
db_created=true
export PGPASSWORD="$password"
upsql() { psql -h "$pghost" -p "$pgport" -U "$dbuser" -d "$db" -v ON_ERROR_STOP=1 -qAt "$@"; }

# --- the CSV -------------------------------------------------------------------------------------
csv="$work/bench.csv"
t0=$(now)
awk -v n="$rows" -v period="$period" 'BEGIN {
  split("5201 5202 5203 5204 5205 5206 5207 5208 5271 5272", region, " ")
  print "no,kode_wilayah,tahun,jumlah_penduduk,jumlah_rumah_tangga,luas_km2,persentase,nama_desa,alamat,keterangan"
  for (i = 1; i <= n; i++) {
    printf "%d,%s,%s,%d,%d,%d.%02d,%d.%d,Desa Sukamaju %d,Jalan Pejanggik No %d,catatan %d\n",
      i, region[(i % 10) + 1], period, 1000 + (i * 37) % 50000, 200 + (i * 13) % 9000,
      (i * 7) % 900, i % 100, i % 100, i % 10, i, i % 300, i % 17
  }
}' >"$csv"
size_mb=$(awk -v b="$(stat -c %s "$csv")" 'BEGIN { printf "%.1f", b / 1048576 }')
echo "CSV: $rows rows, 10 columns, $size_mb MiB, generated in $(secs "$t0" "$(now)") s"

# --- the server ----------------------------------------------------------------------------------
log="$work/server.log"
t0=$(now)
SATUDATA_DB_URL="jdbc:postgresql://$pghost:$pgport/$db?reWriteBatchedInserts=true" \
SATUDATA_DB_USER="$dbuser" SATUDATA_DB_PASSWORD="$password" SATUDATA_DEMO=true \
SATUDATA_HOME="$work/home" SATUDATA_MAX_FILE_MB=1024 \
SATUDATA_IMPORT_CHUNK_SIZE="${BENCH_CHUNK_SIZE:-}" \
  java -Djava.io.tmpdir="$work" ${BENCH_JAVA_OPTS:-} -jar "$jar" --port "$port" >"$log" 2>&1 &
pid=$!
status=000
until [ "$status" = 200 ]; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "server ended; log:" >&2; tail -50 "$log" >&2; exit 1
  fi
  if [ "$(secs "$t0" "$(now)" | cut -d. -f1)" -gt 180 ]; then
    echo "no /health 200 after 180 s; log: $log" >&2; tail -50 "$log" >&2; exit 1
  fi
  sleep 0.5
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base/health" || true)
done
if grep -q "Boot Command [^ ]* failed" "$log"; then
  echo "a post-boot command failed; log: $log" >&2; exit 1
fi
echo "server: /health 200 after $(secs "$t0" "$(now)") s on port $port (pid $pid)"

# --- an agreed item with the CSV's structure (demo accounts) ------------------------------------
call() { # user method path [json]
  local out
  out=$(curl -sS -u "$1:$demo_pw" -X "$2" -H 'Content-Type: application/json' \
    -H 'Accept-Language: en' -w '\n%{http_code}' ${4:+--data "$4"} "$base/$3")
  local code=${out##*$'\n'}
  if [ "${code:0:1}" != 2 ]; then
    echo "$1 $2 /$3 -> $code: ${out%$'\n'*}" >&2; exit 1
  fi
}
meta() { # variable konsep ukuran
  printf '{"variable": "%s", "konsep": "%s", "definisi": "%s", "referensiWaktu": "31 Desember", "klasifikasi": "", "ukuran": "%s"}' \
    "$1" "$2" "$2" "$3"
}
item_json() { # code
cat <<EOF
{"year": 2026, "code": "$1", "definition": {
  "title": "Profil desa (benchmark)", "description": "Satu baris per desa",
  "topic": "Pemerintahan", "producer": "DINKES",
  "standard": {"konsep": "Desa", "definisi": "Profil desa", "klasifikasi": "", "ukuran": "jumlah", "satuan": "desa"},
  "periodicity": "ANNUAL", "disaggregation": "REGENCY_CITY", "priority": false,
  "activity": {"judulKegiatan": "Register", "tujuan": "Data", "jenisStatistik": "sektoral",
               "caraPengumpulan": "administrasi", "sektor": "Kesehatan", "frekuensi": "tahunan",
               "cakupanWilayah": "NTB", "penanggungJawab": "DINKES", "kontak": "x"},
  "variableMetadata": [
    $(meta no No nomor), $(meta kode_wilayah Wilayah kode), $(meta tahun Tahun tahun),
    $(meta jumlah_penduduk Penduduk jumlah), $(meta jumlah_rumah_tangga "Rumah tangga" jumlah),
    $(meta luas_km2 Luas luas), $(meta persentase Persentase persen), $(meta nama_desa Nama nama),
    $(meta alamat Alamat alamat), $(meta keterangan Keterangan keterangan)],
  "indicators": [],
  "variables": [
    {"name": "no", "label": "No", "type": "INTEGER", "key": true},
    {"name": "kode_wilayah", "label": "Kode wilayah", "type": "CODE", "codeList": "wilayah"},
    {"name": "tahun", "label": "Tahun", "type": "YEAR"},
    {"name": "jumlah_penduduk", "label": "Jumlah penduduk", "type": "INTEGER", "unit": "jiwa", "min": 0},
    {"name": "jumlah_rumah_tangga", "label": "Jumlah rumah tangga", "type": "INTEGER", "unit": "rumah tangga", "min": 0},
    {"name": "luas_km2", "label": "Luas", "type": "DECIMAL", "unit": "km2", "min": 0},
    {"name": "persentase", "label": "Persentase", "type": "DECIMAL", "unit": "persen", "min": 0, "max": 100},
    {"name": "nama_desa", "label": "Nama desa", "type": "TEXT"},
    {"name": "alamat", "label": "Alamat", "type": "TEXT"},
    {"name": "keterangan", "label": "Keterangan", "type": "TEXT"}],
  "regionVariable": "kode_wilayah", "periodVariable": "tahun"}}
EOF
}
for c in "$warm_code" "$code"; do
  call produsen.dinkes POST api/v1/items "$(item_json "$c")"
  call pembina POST "api/v1/items/2026/$c/recommendation" '{"decision":"RECOMMEND"}'
done
call sekretariat POST api/v1/meetings \
  "{\"id\":\"FDM-$code\",\"year\":2026,\"date\":\"2026-01-12\",\"minutesNumber\":\"BA-$code\",\"attendees\":[\"BPS\"]}"
call forum POST "api/v1/meetings/FDM-$code/agreement" "{\"items\":[\"2026/$warm_code\",\"2026/$code\"]}"
echo "items 2026/$warm_code and 2026/$code proposed, recommended and agreed"

# A token: one PBKDF2 check instead of one per poll.
token=$(curl -sS -f -u "produsen.dinkes:$demo_pw" -X POST "$base/api/v1/auth/token" | json token)

# --- the imports ---------------------------------------------------------------------------------
# run_import CODE: imports the CSV for item 2026/CODE, waits for COMPLETED and sets import_s,
# import_rate, upload_s, rows_s, record_s, job_s and job_rate.
run_import() {
  local item_code=$1 t_start t_posted answer http body submission t_rows_done="" last_print=0
  local p st stored t el t_done errors
  t_start=$(now)
  answer=$(curl -sS -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    -w '\n%{http_code}' --data-binary @"$csv" \
    "$base/api/v1/items/2026/$item_code/imports?period=$period&name=bench.csv&delimiter=comma&numberStyle=DOT_DECIMAL")
  t_posted=$(now)
  http=${answer##*$'\n'}
  body=${answer%$'\n'*}
  if [ "$http" != 202 ]; then
    echo "import refused: HTTP $http $body" >&2; exit 1
  fi
  submission=$(json submission <<<"$body")
  echo "import $submission started; POST (upload, $size_mb MiB stored) answered in $(secs "$t_start" "$t_posted") s"
  while true; do
    sleep 0.2
    p=$(curl -sS -H "Authorization: Bearer $token" "$base/api/v1/imports/$submission")
    st=$(json status <<<"$p")
    stored=$(json rowsStored <<<"$p")
    t=$(now)
    if [ "$st" = FAILED ]; then
      echo "import FAILED: $(json message <<<"$p")" >&2; echo "$p" >&2; exit 1
    fi
    if [ "$st" = COMPLETED ]; then
      t_done=$t; break
    fi
    if [ -z "$t_rows_done" ] && [ "${stored:-0}" -ge "$rows" ]; then
      t_rows_done=$t
      echo "  $(secs "$t_start" "$t") s: all $stored rows stored; check-and-record running"
    fi
    el=$(secs "$t_start" "$t" | cut -d. -f1)
    if [ "$el" -ge $((last_print + 10)) ]; then
      last_print=$el
      echo "  ${el} s: $st, rowsRead $(json rowsRead <<<"$p"), rowsStored $stored"
    fi
  done
  [ -n "$t_rows_done" ] || t_rows_done=$t_done
  import_s=$(secs "$t_start" "$t_done")
  import_rate=$(rate "$rows" "$t_start" "$t_done")
  upload_s=$(secs "$t_start" "$t_posted")
  rows_s=$(secs "$t_posted" "$t_rows_done")
  record_s=$(secs "$t_rows_done" "$t_done")
  stored=$(json rowsStored <<<"$p")
  errors=$(json errors <<<"$p")
  echo "import COMPLETED: rowsStored $stored, errors $errors, warnings $(json warnings <<<"$p")"
  if [ "$stored" != "$rows" ] || [ "$errors" != 0 ]; then
    echo "expected rowsStored $rows and errors 0: $p" >&2; exit 1
  fi
  # The job alone, by the server's clock: registered (the original stored) to COMPLETED recorded.
  job_s=$(python3 -c 'import json,sys
from datetime import datetime
d=json.loads(sys.argv[1])
t=lambda s: datetime.fromisoformat(s.replace("Z","+00:00"))
print("%.2f" % (t(d["updatedAt"])-t(d["startedAt"])).total_seconds())' "$p")
  job_rate=$(awk -v n="$rows" -v s="$job_s" 'BEGIN { printf "%d", n / s }')
}

echo "first import after the start (cold: the JIT compiles while it runs):"
run_import "$warm_code"
cold_job_s=$job_s cold_job_rate=$job_rate cold_import_s=$import_s cold_import_rate=$import_rate
echo "second import, measured:"
run_import "$code"

# --- COPY of the same file into the same database -----------------------------------------------
upsql -c "create table bench_copy (no bigint, kode_wilayah text, tahun integer,
  jumlah_penduduk bigint, jumlah_rumah_tangga bigint, luas_km2 numeric, persentase numeric,
  nama_desa text, alamat text, keterangan text)"
t0=$(now)
upsql -c "\\copy bench_copy from '$csv' csv header"
t1=$(now)
copied=$(upsql -c "select count(*) from bench_copy")
[ "$copied" = "$rows" ] || { echo "COPY loaded $copied rows, expected $rows" >&2; exit 1; }
copy_s=$(secs "$t0" "$t1")
copy_rate=$(rate "$rows" "$t0" "$t1")

# --- report --------------------------------------------------------------------------------------
ratio=$(awk -v a="$import_rate" -v b="$copy_rate" 'BEGIN { printf "%.3f", a / b }')
job_ratio=$(awk -v a="$job_rate" -v b="$copy_rate" 'BEGIN { printf "%.3f", a / b }')
cold_ratio=$(awk -v a="$cold_import_rate" -v b="$copy_rate" 'BEGIN { printf "%.3f", a / b }')
cold_job_ratio=$(awk -v a="$cold_job_rate" -v b="$copy_rate" 'BEGIN { printf "%.3f", a / b }')
cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo)
ram=$(awk '/^MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)
jv=$(java -version 2>&1 | head -1)
cat <<EOF

date:    $(date -u '+%Y-%m-%d %H:%M UTC')
machine: $(nproc) CPUs, $cpu, $ram RAM; $jv; PostgreSQL $(upsql -c 'show server_version')
file:    $rows rows, 10 columns, $size_mb MiB CSV; chunk size ${BENCH_CHUNK_SIZE:-default (50000)}
load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end

the second import (POST to COMPLETED): $import_s s = $import_rate rows/s
  upload (POST answered):   $upload_s s
  store-rows (to all rows stored, +-0.2 s): $rows_s s
  check-and-record:         $record_s s
  the job alone (server clock, original stored to COMPLETED): $job_s s = $job_rate rows/s
psql \\copy:                 $copy_s s = $copy_rate rows/s
ratio, the job (job speed / COPY speed):            $job_ratio   (goal >= 0.5)
ratio, end to end (POST to COMPLETED / COPY speed): $ratio
the first import after the start (cold JIT): the job $cold_job_s s, ratio $cold_job_ratio; end to end $cold_import_s s, ratio $cold_ratio
EOF
if awk -v r="$job_ratio" 'BEGIN { exit !(r < 0.5) }'; then
  echo "BELOW the goal: the import job reaches $job_ratio of COPY's speed, not 0.5"
fi
