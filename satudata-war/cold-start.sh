#!/usr/bin/env bash
# Cold-start benchmark: seconds from `java -jar satudata-war/target/satudata.jar --port N` to the
# first 200 on /health (the application deployed, its database migrated and ready), on a fresh
# SATUDATA_HOME each run. Build first: mvn -B -DskipTests package
#
#   satudata-war/cold-start.sh [runs=3] [port=18080]
set -euo pipefail
runs=${1:-3}
port=${2:-18080}
jar="$(cd "$(dirname "$0")" && pwd)/target/satudata.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -DskipTests package first" >&2; exit 1; }
if curl -s -o /dev/null "http://localhost:$port/"; then
  echo "port $port is in use" >&2; exit 1
fi
work=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

for run in $(seq 1 "$runs"); do
  home="$work/home-$run"
  start=$(date +%s.%N)
  SATUDATA_HOME="$home" java -Djava.io.tmpdir="$work" -jar "$jar" --port "$port" \
    >"$work/run-$run.log" 2>&1 &
  pid=$!
  code=000
  until [ "$code" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "server ended; log: $work/run-$run.log" >&2; cat "$work/run-$run.log" >&2; exit 1
    fi
    sleep 0.1
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/health" || true)
  done
  end=$(date +%s.%N)
  rss=$(ps -o rss= -p "$pid" | awk '{printf "%d", $1/1024}')
  if grep -q "Boot Command [^ ]* failed" "$work/run-$run.log"; then
    echo "run $run: a post-boot command failed" >&2; exit 1
  fi
  printf 'run %d: /health 200 after %.1f s (RSS %s MiB)\n' "$run" "$(echo "$end - $start" | bc)" "$rss"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
done
