#!/usr/bin/env bash
# Starts a one-node Slurm cluster (munged, slurmctld, slurmd) for the tests of `spintex run --on
# slurm`, without systemd. Needs root and Debian's slurmctld slurmd slurm-client munge (.ci/run
# installs them). Prints `export SLURM_CONF=...` (also written to $SPINTEX_SLURM_DIR/env.sh): every
# Slurm client needs it. Already running: says so and exits 0. Fails with the reason and the
# daemons' last log lines, after stopping what it started.
#
#   SPINTEX_SLURM_DIR   config, key, socket, state, logs and PID files [/tmp/spintex-slurm]
#   SPINTEX_SLURM_CPUS  CPUs of the node [nproc]
#   SPINTEX_SLURM_PORTS slurmctld and slurmd ports [6817,6818]
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir=${SPINTEX_SLURM_DIR:-/tmp/spintex-slurm}
cpus=${SPINTEX_SLURM_CPUS:-$(nproc)}
ports=${SPINTEX_SLURM_PORTS:-6817,6818}
ctld_port=${ports%,*}
slurmd_port=${ports#*,}
node=$(uname -n)
node=${node%%.*}
conf=$dir/slurm.conf
begun=no

die() {
  echo "start-local-cluster: $*" >&2
  for log in "$dir"/log/munged.log "$dir"/log/slurmctld.log "$dir"/log/slurmd.log; do
    [ -s "$log" ] && { echo "--- end of $log" >&2; tail -n 12 "$log" >&2; }
  done
  [ $begun = yes ] && SPINTEX_SLURM_DIR=$dir "$here/stop-local-cluster.sh" >&2 || true
  exit 1
}
pid_of() { cat "$dir/pids/$1.pid" 2>/dev/null || true; }
# a PID counts only if its command line points into our folder: a reused PID is someone else's
ours() { [ -n "$1" ] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF "$dir/"; }

[ "$(id -u)" = 0 ] || die "run as root: slurmd starts each job as the user who submitted it"
for tool in munged mungekey slurmctld slurmd sinfo scontrol; do
  command -v $tool >/dev/null || die "'$tool' is not installed; apt-get install slurmctld slurmd slurm-client munge"
done
case $dir in /*) ;; *) die "SPINTEX_SLURM_DIR must be an absolute path, not '$dir'" ;; esac
# the munge socket's path must fit into a unix socket address (108 bytes)
[ ${#dir} -le 70 ] || die "SPINTEX_SLURM_DIR is too long for munge's socket path: $dir"

up=0
for daemon in munged slurmctld slurmd; do ours "$(pid_of $daemon)" && up=$((up + 1)); done
if [ $up = 3 ] && SLURM_CONF=$conf scontrol ping >/dev/null 2>&1; then
  echo "start-local-cluster: already running in $dir"
  echo "export SLURM_CONF=$conf"
  exit 0
fi
[ $up -gt 0 ] && SPINTEX_SLURM_DIR=$dir "$here/stop-local-cluster.sh" >&2
for port in $ctld_port $slurmd_port; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    die "port $port is taken (another Slurm?); choose others with SPINTEX_SLURM_PORTS=CTLD,SLURMD"
  fi
done

started_ms=$(($(date +%s%N) / 1000000))
begun=yes
rm -rf "$dir/state" "$dir/spool" "$dir/pids" "$dir/log" "$dir/socket"
mkdir -p "$dir"/{state,spool,pids,log,munge,socket}
# munged's rules: the key private to root, the socket's folder open to every client
chmod 755 "$dir" "$dir/socket"
chmod 700 "$dir/munge"
# a node that claims more memory than it has is drained: declare 90 % of what slurmd sees
memory=$(slurmd -C 2>/dev/null | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p' | head -n 1)
[ -n "$memory" ] || memory=$(awk '/^MemTotal:/ { print int($2 / 1024) }' /proc/meminfo)
sed -e "s|@DIR@|$dir|g" -e "s|@NODE@|$node|g" -e "s|@CPUS@|$cpus|g" -e "s|@MEMORY_MB@|$((memory * 9 / 10))|g" \
    -e "s|@CTLD_PORT@|$ctld_port|g" -e "s|@SLURMD_PORT@|$slurmd_port|g" "$here/slurm.conf.in" >"$conf"
chmod 644 "$conf"
echo "export SLURM_CONF=$conf" >"$dir/env.sh"

[ -s "$dir/munge/munge.key" ] || mungekey --create --keyfile="$dir/munge/munge.key" || die "mungekey failed"
# the daemons' own streams go to files: a caller that reads this script through a pipe is not held open
munged --socket="$dir/socket/munge.socket" --key-file="$dir/munge/munge.key" \
  --pid-file="$dir/pids/munged.pid" --log-file="$dir/log/munged.log" --seed-file="$dir/munge/seed" \
  </dev/null >>"$dir/log/munged.out" 2>&1 || die "munged did not start"
export SLURM_CONF=$conf
slurmctld -f "$conf" -c </dev/null >>"$dir/log/slurmctld.out" 2>&1 || die "slurmctld did not start"
slurmd -f "$conf" -N "$node" </dev/null >>"$dir/log/slurmd.out" 2>&1 || die "slurmd did not start"

deadline=$(($(date +%s) + 60))
while state=$(sinfo -h -N -n "$node" -o %T 2>/dev/null | head -n 1) && [ "$state" != idle ]; do
  case $state in
    drain* | down* | fail* | inval*) die "node $node is $state: $(sinfo -h -R -n "$node" -o %E 2>/dev/null)" ;;
  esac
  for daemon in munged slurmctld slurmd; do
    ours "$(pid_of $daemon)" || { sleep 0.5; ours "$(pid_of $daemon)" || die "$daemon stopped (node '$state')"; }
  done
  [ "$(date +%s)" -lt $deadline ] || die "node $node is not idle after 60 s (it is '${state:-silent}')"
  sleep 0.2
done
echo "start-local-cluster: node $node idle after $(($(date +%s%N) / 1000000 - started_ms)) ms, $cpus CPUs; logs in $dir/log"
echo "export SLURM_CONF=$conf"
