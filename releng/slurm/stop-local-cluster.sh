#!/usr/bin/env bash
# Stops the cluster of start-local-cluster.sh: cancels its jobs, then stops slurmd, slurmctld and
# munged by the PIDs in $SPINTEX_SLURM_DIR/pids (TERM, KILL after a grace period). Only processes
# whose command line or environment points into that folder are signalled, never a process found by
# its name. Nothing running: exits 0. Logs stay (CI keeps them); --purge removes the folder.
set -uo pipefail

dir=${SPINTEX_SLURM_DIR:-/tmp/spintex-slurm}
conf=$dir/slurm.conf
pid_of() { cat "$dir/pids/$1.pid" 2>/dev/null || true; }
ours() { [ -n "$1" ] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF "$dir/"; }

# stop GRACE PID...: TERM, wait up to GRACE seconds, then KILL
stop() {
  local grace=$1 pid waited
  shift
  kill -TERM "$@" 2>/dev/null
  for ((waited = 0; waited < grace * 10; waited++)); do
    local alive=""
    for pid in "$@"; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
    [ -z "$alive" ] && return 0
    sleep 0.1
  done
  echo "stop-local-cluster: $alive ignored TERM for $grace s; killing" >&2
  # shellcheck disable=SC2086
  kill -KILL $alive 2>/dev/null
  return 0
}
# slurmstepd ignores TERM; one left by a dead slurmctld is ours if its environment names our config
stepds() {
  local p
  for p in /proc/[0-9]*; do
    [ "$(cat "$p/comm" 2>/dev/null)" = slurmstepd ] || continue
    tr '\0' '\n' <"$p/environ" 2>/dev/null | grep -qxF "SLURM_CONF=$conf" && echo "${p#/proc/}"
  done
  return 0
}
below() {  # every process under PID $1
  local p kid
  for p in /proc/[0-9]*; do
    kid=${p#/proc/}
    [ "$(awk '{ sub(/^.*\) /, ""); print $2 }' "$p/stat" 2>/dev/null)" = "$1" ] && { echo "$kid"; below "$kid"; }
  done
  return 0
}

if [ ! -d "$dir/pids" ]; then
  echo "stop-local-cluster: nothing runs in $dir"
  [ "${1:-}" = --purge ] && rm -rf "$dir"
  exit 0
fi
if ours "$(pid_of slurmctld)"; then
  export SLURM_CONF=$conf
  jobs=$(squeue -h -o %F 2>/dev/null | sort -u)
  if [ -n "$jobs" ]; then
    # shellcheck disable=SC2086
    scancel $jobs 2>/dev/null
    for ((i = 0; i < 300; i++)); do [ -z "$(squeue -h -o %i 2>/dev/null)" ] && break; sleep 0.1; done
  fi
fi
daemons=""
for daemon in slurmd slurmctld; do ours "$(pid_of $daemon)" && daemons="$daemons $(pid_of $daemon)"; done
# shellcheck disable=SC2086
[ -n "$daemons" ] && stop 15 $daemons
for stepd in $(stepds); do
  victims="$stepd $(below "$stepd" | tr '\n' ' ')"
  echo "stop-local-cluster: killing a slurmstepd left behind and its job: $victims" >&2
  # shellcheck disable=SC2086
  kill -KILL $victims 2>/dev/null
done
ours "$(pid_of munged)" && stop 10 "$(pid_of munged)"

left=""
for daemon in munged slurmctld slurmd; do ours "$(pid_of $daemon)" && left="$left $daemon"; done
[ -n "$(stepds)" ] && left="$left slurmstepd"
if [ -n "$left" ]; then
  echo "stop-local-cluster: still running:$left (PID files kept in $dir/pids)" >&2
  exit 1
fi
rm -f "$dir"/pids/*.pid
echo "stop-local-cluster: stopped"
[ "${1:-}" = --purge ] && rm -rf "$dir"
exit 0
