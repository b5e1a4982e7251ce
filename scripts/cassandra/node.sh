#!/usr/bin/env bash
# Single local Apache Cassandra node for dev, CI and integration tests.
#
#   node.sh fetch    download cassandra-all + runtime deps with Maven (once, cached)
#   node.sh start    fetch if needed, start in the background, wait until CQL answers
#   node.sh stop     SIGTERM, wait, SIGKILL after CASSANDRA_STOP_TIMEOUT
#   node.sh kill     SIGKILL at once (simulate a crash; data dir is kept)
#   node.sh restart  stop + start
#   node.sh status   exit 0 if up and CQL port answers, 3 otherwise
#
# Env: CASSANDRA_PORT (9042), CASSANDRA_STORAGE_PORT (7000),
#      CASSANDRA_DATA_DIR (/tmp/broadcart-cassandra-data), CASSANDRA_HEAP (1g, -Xmx),
#      CASSANDRA_HEAP_MIN (512m, -Xms), CASSANDRA_START_TIMEOUT (180 s),
#      CASSANDRA_STOP_TIMEOUT (60 s), CASSANDRA_HOME (jar cache), CASSANDRA_JAVA (java 17 binary),
#      CASSANDRA_JVM_OPTS (extra JVM flags).
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VERSION=$(sed -n 's:.*<cassandra.version>\(.*\)</cassandra.version>.*:\1:p' "$HERE/pom.xml")
CASSANDRA_HOME=${CASSANDRA_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/broadcart-cassandra/$VERSION}
PORT=${CASSANDRA_PORT:-9042}
STORAGE_PORT=${CASSANDRA_STORAGE_PORT:-7000}
DATA=${CASSANDRA_DATA_DIR:-/tmp/broadcart-cassandra-data}
PIDFILE=$DATA/cassandra.pid
LOG=$DATA/logs/system.log

say() { echo "[cassandra] $*"; }
die() { echo "[cassandra] error: $*" >&2; exit 1; }

# Alive = exists and is not just a zombie left for PID 1 to reap (State Z with 1 thread;
# after SIGKILL the main thread can be Z while others still hold the sockets).
alive() {
  local st
  st=$(awk '/^State:/{s=$2} /^Threads:/{t=$2} END{print s t}' "/proc/${1:-x}/status" 2>/dev/null)
  [ -n "$st" ] && [ "$st" != Z1 ]
}

# Serialize start/stop of one data dir (parallel callers); fd 9 is closed for the JVM.
lock() { mkdir -p "$DATA"; exec 9>"$DATA/.lock"; flock 9; }

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid of our node, or nothing (a stale pid file is ignored).
node_pid() {
  local pid
  pid=$(cat "$PIDFILE" 2>/dev/null) || return 0
  if alive "$pid" && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q CassandraDaemon; then
    echo "$pid"
  fi
}

# Cassandra 5.0 supports Java 11 and 17; flags below are the Java 17 ones.
find_java() {
  local cand v
  for cand in ${CASSANDRA_JAVA:-} ${JAVA_HOME:+$JAVA_HOME/bin/java} "$(command -v java || true)" \
              /usr/lib/jvm/java-17-openjdk-amd64/bin/java /usr/lib/jvm/*17*/bin/java; do
    [ -x "$cand" ] || continue
    v=$("$cand" -version 2>&1 || true)
    if [ -n "${CASSANDRA_JAVA:-}" ] || [[ $v == *'version "17.'* ]]; then
      echo "$cand"; return
    fi
  done
  die "no Java 17 found (set CASSANDRA_JAVA; e.g. apt-get install openjdk-17-jre-headless)"
}

fetch() {
  if [ -f "$CASSANDRA_HOME/.complete" ]; then return; fi
  command -v mvn >/dev/null || die "mvn not found (apt-get install maven)"
  local t0=$SECONDS tmp="$CASSANDRA_HOME.tmp.$$"
  say "fetching cassandra-all $VERSION with Maven into $CASSANDRA_HOME"
  rm -rf "$tmp"; mkdir -p "$tmp"
  if ! JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(find_java)")")") \
      mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$tmp/lib" >"$tmp.log" 2>&1; then
    cat "$tmp.log" >&2; rm -rf "$tmp" "$tmp.log"; die "Maven could not resolve cassandra-all $VERSION"
  fi
  rm -f "$tmp.log"
  touch "$tmp/.complete"
  mv -T "$tmp" "$CASSANDRA_HOME" 2>/dev/null || rm -rf "$tmp"   # lost a race: keep the other copy
  say "fetched $(ls "$CASSANDRA_HOME"/lib/*.jar | wc -l) jars ($(du -sh "$CASSANDRA_HOME/lib" | cut -f1)) in $((SECONDS - t0))s"
}

start() {
  local pid t0=$SECONDS logstart=1
  lock
  pid=$(node_pid)
  if [ -n "$pid" ] && port_open "$PORT"; then say "already running (pid $pid, port $PORT)"; return; fi
  if [ -n "$pid" ]; then say "already starting (pid $pid), waiting"; wait_up "$pid" "$t0" 1; return; fi
  port_open "$PORT" && die "port $PORT is already in use by another process (set CASSANDRA_PORT)"
  port_open "$STORAGE_PORT" && die "storage port $STORAGE_PORT is already in use (set CASSANDRA_STORAGE_PORT)"
  fetch

  local java jamm opts
  java=$(find_java)
  jamm=$(ls "$CASSANDRA_HOME"/lib/jamm-*.jar)
  mkdir -p "$DATA/logs"
  opts=(
    -Xms"${CASSANDRA_HEAP_MIN:-512m}" -Xmx"${CASSANDRA_HEAP:-1g}" -Xss256k
    -XX:+UseG1GC -XX:+ExitOnOutOfMemoryError -XX:+PerfDisableSharedMem
    -ea -da:net.openhft... -javaagent:"$jamm"
    -Djava.net.preferIPv4Stack=true
    # From Cassandra 5.0 conf/jvm17-server.options (JPMS + Netty):
    -Djdk.attach.allowAttachSelf=true
    --add-exports java.base/jdk.internal.misc=ALL-UNNAMED
    --add-exports java.management.rmi/com.sun.jmx.remote.internal.rmi=ALL-UNNAMED
    --add-exports java.rmi/sun.rmi.registry=ALL-UNNAMED
    --add-exports java.rmi/sun.rmi.server=ALL-UNNAMED
    --add-exports java.sql/java.sql=ALL-UNNAMED
    --add-exports java.base/java.lang.ref=ALL-UNNAMED
    --add-exports jdk.unsupported/sun.misc=ALL-UNNAMED
    --add-exports jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED
    --add-exports jdk.attach/sun.tools.attach=ALL-UNNAMED
    --add-opens java.base/java.lang.module=ALL-UNNAMED
    --add-opens java.base/jdk.internal.loader=ALL-UNNAMED
    --add-opens java.base/jdk.internal.ref=ALL-UNNAMED
    --add-opens java.base/jdk.internal.reflect=ALL-UNNAMED
    --add-opens java.base/jdk.internal.math=ALL-UNNAMED
    --add-opens java.base/jdk.internal.module=ALL-UNNAMED
    --add-opens java.base/jdk.internal.util.jar=ALL-UNNAMED
    --add-opens jdk.management/com.sun.management.internal=ALL-UNNAMED
    --add-opens java.base/sun.nio.ch=ALL-UNNAMED
    --add-opens java.base/java.io=ALL-UNNAMED
    --add-opens java.base/java.lang.reflect=ALL-UNNAMED
    --add-opens jdk.compiler/com.sun.tools.javac=ALL-UNNAMED
    --add-opens java.base/java.lang=ALL-UNNAMED
    --add-opens java.base/java.util=ALL-UNNAMED
    -Dio.netty.tryReflectionSetAccessible=true
    -Dio.netty.allocator.useCacheForAllThreads=true
    -Dio.netty.allocator.maxOrder=11
    # Config and layout.
    -Dcassandra.config="file://$HERE/cassandra.yaml"
    -Dlogback.configurationFile="$HERE/logback.xml"
    -Dcassandra.logdir="$DATA/logs"
    -Dcassandra.storagedir="$DATA"
    -Dcassandra.native_transport_port="$PORT"
    -Dcassandra.storage_port="$STORAGE_PORT"
    -Dcassandra-pidfile="$PIDFILE"
    -Dcassandra-foreground=yes         # keep stdout open: JVM errors/thread dumps reach stdout.log
    # Fast single-node startup; system tables skip forced flushes (dev only).
    -Dcassandra.skip_wait_for_gossip_to_settle=0
    -Dcassandra.ring_delay_ms=0
    -Dcassandra.unsafesystem=true
    # Fast stop: no peers to announce the shutdown to / wait for.
    -Dcassandra.shutdown_announce_in_ms=0
    -Dcassandra.test.messagingService.nonGracefulShutdown=true
  )
  # shellcheck disable=SC2206
  opts+=(${CASSANDRA_JVM_OPTS:-})

  logstart=$(( $(stat -c %s "$LOG" 2>/dev/null || echo 0) + 1 ))
  say "starting Cassandra $VERSION on 127.0.0.1:$PORT (data $DATA, log $LOG)"
  # New session so Ctrl-C / the CI shell's process group does not hit the node.
  setsid "$java" "${opts[@]}" -cp "$HERE:$CASSANDRA_HOME/lib/*" \
    org.apache.cassandra.service.CassandraDaemon </dev/null >>"$DATA/logs/stdout.log" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PIDFILE"
  wait_up "$pid" "$t0" "$logstart"
}

# wait_up PID T0 LOG_OFFSET: until the CQL port answers and the log (from LOG_OFFSET) says so.
wait_up() {
  local pid=$1 t0=$2 logstart=$3 timeout=${CASSANDRA_START_TIMEOUT:-180}
  until port_open "$PORT" && tail -c +"$logstart" "$LOG" 2>/dev/null | grep 'Starting listening for CQL clients' >/dev/null; do
    if ! alive "$pid"; then
      tail -n 40 "$DATA/logs/stdout.log" "$LOG" 2>/dev/null >&2 || true
      rm -f "$PIDFILE"; die "Cassandra exited during startup (see $DATA/logs)"
    fi
    if (( SECONDS - t0 >= timeout )); then
      tail -n 60 "$LOG" >&2 2>/dev/null || tail -n 60 "$DATA/logs/stdout.log" >&2 || true
      die "CQL did not answer on port $PORT within ${timeout}s (node left running, pid $pid)"
    fi
    sleep 0.5
  done
  say "up in $((SECONDS - t0))s (pid $pid, CQL 127.0.0.1:$PORT)"
}

stop() {
  local pid signal=${1:-TERM} timeout=${CASSANDRA_STOP_TIMEOUT:-60} t0=$SECONDS
  lock
  pid=$(node_pid)
  if [ -z "$pid" ]; then say "not running"; rm -f "$PIDFILE"; return; fi
  say "stopping pid $pid (SIG$signal)"
  kill -"$signal" "$pid" 2>/dev/null || true
  while alive "$pid"; do
    if [ "$signal" != KILL ] && (( SECONDS - t0 >= timeout )); then
      say "still alive after ${timeout}s, sending SIGKILL"; signal=KILL; kill -KILL "$pid" 2>/dev/null || true
    fi
    sleep 0.2
  done
  rm -f "$PIDFILE"
  say "stopped in $((SECONDS - t0))s"
}

status() {
  local pid
  pid=$(node_pid)
  if [ -n "$pid" ] && port_open "$PORT"; then
    say "running (pid $pid, CQL 127.0.0.1:$PORT, RSS $(awk '/VmRSS/{print $2, $3}' "/proc/$pid/status"))"
  elif [ -n "$pid" ]; then
    say "starting or unhealthy (pid $pid, port $PORT closed)"; return 3
  else
    say "not running"; return 3
  fi
}

case "${1:-}" in
  fetch) fetch ;;
  start) start ;;
  stop) stop ;;
  kill) stop KILL ;;
  restart) stop; start ;;
  status) status ;;
  *) echo "usage: $0 fetch|start|stop|kill|restart|status" >&2; exit 2 ;;
esac
