#!/usr/bin/env bash
# Stops what tests/testbed/start.sh OUTDIR started: removes the test containers, stops the Podman service and dockerd
# (SIGTERM, then SIGKILL after 20 s), kills leftovers (containerd, shims, conmon, container processes) that belong to
# the testbed directory, unmounts everything under it and removes it. Idempotent: exits 0 when nothing runs.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
OUT=$1
ENV_FILE=$OUT/testbed.env
STATE_FILE=$OUT/testbed.state

D=
PIDS=()
for f in "$ENV_FILE" "$STATE_FILE"; do
    [[ -r $f ]] || continue
    while IFS= read -r line || [[ -n $line ]]; do
        case ${line%%=*} in
        HC_TESTBED_DIR) D=${line#*=} ;;
        HC_DOCKER_PID | HC_PODMAN_PID) [[ -z ${line#*=} ]] || PIDS+=("${line#*=}") ;;
        esac
    done <"$f"
done

if [[ -z $D ]]; then
    rm -f "$ENV_FILE" "$STATE_FILE"
    exit 0
fi
# Only ever act on a directory start.sh made.
if [[ ! $D =~ ^/tmp/hc\.[A-Za-z0-9]+$ ]]; then
    echo "stop.sh: refusing to clean up unexpected testbed directory '$D'" >&2
    exit 1
fi
[[ -s $D/docker.pid ]] && PIDS+=("$(cat "$D/docker.pid")")
[[ -s $D/podman.pid ]] && PIDS+=("$(cat "$D/podman.pid")")

# A daemon process belongs to the testbed when its command line names $D (dockerd, containerd, shims, podman, conmon).
belongs() {
    local pid=$1 cmdline
    [[ $pid =~ ^[0-9]+$ && $pid -ne $$ && -d /proc/$pid ]] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *"$D/"* || $cmdline == *"$D "* ]]
}
testbed_processes() {
    local p pid
    for p in /proc/[0-9]*; do
        pid=${p#/proc/}
        if belongs "$pid"; then echo "$pid"; fi
    done
}
# stop_processes WAIT-SECONDS PID...: SIGTERM, wait, then SIGKILL whatever still belongs to the testbed.
stop_processes() {
    local wait_s=$1 pid alive i
    shift
    [[ $# -gt 0 ]] || return 0
    for pid in "$@"; do
        if belongs "$pid"; then kill -TERM "$pid" 2>/dev/null || true; fi
    done
    for ((i = 0; i < wait_s * 10; i++)); do
        alive=0
        for pid in "$@"; do
            if belongs "$pid"; then alive=1; fi
        done
        [[ $alive -eq 1 ]] || return 0
        sleep 0.1
    done
    for pid in "$@"; do
        if belongs "$pid"; then
            echo "stop.sh: process $pid did not stop within ${wait_s}s; killing it" >&2
            kill -KILL "$pid" 2>/dev/null || true
        fi
    done
    sleep 0.2
}

# Containers and networks first, through the daemons, while they still run.
if [[ -S $D/docker.sock ]]; then
    docker() { # a hung daemon is not waited for: stopping it and the sweep below clean up without it
        env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH \
            DOCKER_HOST="unix://$D/docker.sock" DOCKER_CONFIG="$D/docker-config" \
            timeout "$1" docker "${@:2}"
    }
    if ids=$(docker 15 ps -aq 2>/dev/null); then
        if [[ -n $ids ]]; then
            # shellcheck disable=SC2086 # one id per word
            docker 60 rm -f -v $ids >/dev/null 2>&1 || echo "stop.sh: docker rm -f failed" >&2
        fi
        # Removing the network also deletes its bridge interface on the host.
        docker 15 network rm hc-internal >/dev/null 2>&1 || true
    fi
fi
if [[ -S $D/podman.sock ]] && command -v podman >/dev/null 2>&1; then
    CONTAINERS_CONF=$D/podman/conf/containers.conf timeout 30 \
        podman --remote --url "unix://$D/podman.sock" rm -f -t 0 -a >/dev/null 2>&1 ||
        echo "stop.sh: podman rm -f -a failed" >&2
fi

# Then the daemons, then anything left behind (containerd, shims, conmon, stray container processes).
stop_processes 20 "${PIDS[@]}"
mapfile -t leftovers < <(testbed_processes)
if [[ ${#leftovers[@]} -gt 0 ]]; then
    stop_processes 5 "${leftovers[@]}"
fi

# Container processes outlive a daemon that was killed (their root is not visible from here, their cgroup is): find
# them by the container ids in $D, kill them and remove their empty cgroups. Normally `rm -f` above left none.
kill_container_processes() {
    local ids=() d regex victims=()
    for d in "$D"/data/containers/* "$D"/podman/root/*-containers/*; do
        d=${d##*/}
        if [[ $d =~ ^[0-9a-f]{64}$ ]]; then ids+=("$d"); fi
    done
    [[ ${#ids[@]} -gt 0 ]] || return 0
    regex=$(
        IFS='|'
        echo "${ids[*]}"
    )
    mapfile -t victims < <(grep -lsE "$regex" /proc/[0-9]*/cgroup | cut -d/ -f3)
    [[ ${#victims[@]} -gt 0 ]] || return 0
    echo "stop.sh: killing ${#victims[@]} container processes left behind" >&2
    kill -KILL "${victims[@]}" 2>/dev/null || true
    sleep 0.5
    find /sys/fs/cgroup -mindepth 2 -maxdepth 6 -depth -type d -regextype egrep -regex ".*($regex).*" \
        -exec rmdir {} + 2>/dev/null || true
}
kill_container_processes

# Unmount everything under $D, deepest first (overlay layers, shm, netns, the socket bind mount...).
if command -v findmnt >/dev/null 2>&1; then
    for _ in 1 2 3; do
        mapfile -t mounts < <(findmnt -rn -o TARGET | sed 's/\\x20/ /g' | grep -F "$D/" | awk '{ print length, $0 }' |
            sort -rn | cut -d' ' -f2-)
        [[ ${#mounts[@]} -gt 0 ]] || break
        for m in "${mounts[@]}"; do
            umount -R -l "$m" 2>/dev/null || true
        done
    done
else
    awk -v d="$D/" 'index($2, d) == 1 { print $2 }' /proc/self/mounts | sort -r | while IFS= read -r m; do
        umount -l "$m" 2>/dev/null || true
    done
fi

if [[ -d $D ]]; then
    rm -rf --one-file-system "$D" 2>/dev/null || {
        sleep 1
        rm -rf --one-file-system "$D" || echo "stop.sh: could not remove all of $D" >&2
    }
fi
rm -f "$ENV_FILE" "$STATE_FILE"
exit 0
