#!/usr/bin/env bash
# Public catalogue benchmark (issue 6): N published datasets (default 10,000) seeded by plain JDBC
# into a fresh H2 file database (the default deployment), then wrk at 50 connections against
# package_search, package_show (a random dataset per request) and the dataset page (random).
# Build first: mvn -B -DskipTests clean test-compile package (the seeder is a satudata-web test class).
#
#   satudata-war/catalog-benchmark.sh [datasets=10000] [port=18090] [seconds=30]
set -euo pipefail
count=${1:-10000}
port=${2:-18090}
seconds=${3:-30}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/satudata.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests clean test-compile package first" >&2; exit 1; }
command -v wrk >/dev/null || { echo "wrk missing: apt-get install -y wrk" >&2; exit 1; }
if curl -s -o /dev/null "http://localhost:$port/"; then echo "port $port is in use" >&2; exit 1; fi
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
home="$work/home"

start_server() {
  SATUDATA_HOME="$home" SATUDATA_DEMO=false java -Xmx1g -Djava.io.tmpdir="$work" -jar "$jar" \
    --port "$port" >>"$work/server.log" 2>&1 &
  pid=$!
  local t0; t0=$(date +%s.%N)
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health" || true)" = 200 ]; do
    kill -0 "$pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.2
  done
  printf 'server up after %.1f s\n' "$(echo "$(date +%s.%N) - $t0" | bc)"
}
stop_server() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=; }

echo "== 1. migrate a fresh H2 database ($home)"
start_server
stop_server
echo "== 2. seed $count published datasets by JDBC"
# the modules' own classes first, then the test class path's jars (H2, JSON-B, ...)
jars=$(cd "$root" && mvn -B -q -o -pl satudata-web dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$work/cp.txt" >/dev/null && cat "$work/cp.txt")
cp="$root/satudata-web/target/test-classes:$root/satudata-web/target/classes"
cp="$cp:$root/satudata-core/target/classes:$root/satudata-batch/target/classes:$jars"
java -cp "$cp" id.go.ntbprov.satudata.web.persistence.CatalogBenchmarkSeed \
  "jdbc:h2:file:$home/db/satudata" sa "" "$count"
echo "== 3. start on the seeded database (the catalogue loads at startup)"
start_server
grep -o "catalogue loaded: [0-9]* published datasets in [0-9]* ms" "$work/server.log" | tail -1
got=$(curl -s "http://localhost:$port/api/3/action/package_search?rows=0" | grep -o '"count":[0-9]*')
echo "package_search $got"

cat >"$work/random.lua" <<LUA
local count = $count
math.randomseed(os.time())
request = function()
  local name = string.format("2026-ben-%05d", math.random(1, count))
  return wrk.format("GET", string.format(wrk.path, name))
end
LUA
base="http://127.0.0.1:$port"
run() {
  echo "== $1"
  wrk -t2 -c50 -d5s "${@:2}" >/dev/null   # warm-up
  wrk -t2 -c50 -d"${seconds}s" --latency "${@:2}" | grep -E "Latency|50%|99%|Requests/sec|Non-2xx|requests in"
}
run "package_search (q=penduduk miskin, 10 rows, 4 facets)" \
  "$base/api/3/action/package_search?q=penduduk%20miskin&rows=10&facet.field=%5B%22organization%22%2C%22groups%22%2C%22tags%22%2C%22res_format%22%5D"
run "package_search (everything, 10 rows)" "$base/api/3/action/package_search?rows=10"
run "package_show (random dataset)" -s "$work/random.lua" "$base/api/3/action/package_show?id=%s"
run "dataset page (random dataset)" -s "$work/random.lua" "$base/dataset/%s"
run "catalogue page /" "$base/"
echo "== machine: $(nproc) vCPU, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
stop_server
