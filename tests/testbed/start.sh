#!/usr/bin/env bash
# Starts Hullcheck's private test daemons: a dockerd (unix socket + mutual TLS on loopback) and, where Podman is
# installed, a Podman API service, each with a fixed set of test objects. Writes OUTDIR/testbed.env last, so its
# presence means success. Run as root. Stop with stop.sh OUTDIR. Keys and objects: README.md beside this file.
set -euo pipefail

if [[ $# -ne 1 ]]; then
    echo "usage: $0 OUTDIR" >&2
    exit 2
fi
if [[ $(id -u) -ne 0 ]]; then
    echo "start.sh: must run as root (dockerd needs it)" >&2
    exit 1
fi

for tool in dockerd docker containerd runc openssl curl; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "start.sh: $tool not found (tools/setup test installs what the tests need)" >&2
        exit 1
    fi
done
BUSYBOX=/bin/busybox # from busybox-static: the image has no libc
if [[ ! -x $BUSYBOX ]]; then
    echo "start.sh: $BUSYBOX not found (install busybox-static)" >&2
    exit 1
fi

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mkdir -p "$1"
OUT=$(cd "$1" && pwd)
ENV_FILE=$OUT/testbed.env
STATE_FILE=$OUT/testbed.state # what stop.sh needs to clean up a start that failed half-way
SECRET=hc-planted-secret-value
IMAGE=hc/busybox:1.0
DOCKER_CONTAINERS="hc-running hc-root hc-net hc-stopped hc-created hc-privileged hc-sock"
PODMAN_CONTAINERS="hc-running hc-stopped hc-created"
T0=${EPOCHREALTIME/./}

log() {
    local us=$((${EPOCHREALTIME/./} - T0))
    printf '[testbed %3d.%01ds] %s\n' $((us / 1000000)) $((us % 1000000 / 100000)) "$*"
}

# A previous testbed from this OUTDIR (finished or half-started) goes first.
if [[ -e $ENV_FILE || -e $STATE_FILE ]]; then
    log "stopping the previous testbed"
    "$HERE/stop.sh" "$OUT"
fi

D=$(mktemp -d /tmp/hc.XXXX)
chmod 0755 "$D"
state() { echo "$1=$2" >>"$STATE_FILE"; }
echo "HC_TESTBED_DIR=$D" >"$STATE_FILE"

SUCCESS=0
on_exit() {
    local rc=$?
    if [[ $SUCCESS -ne 1 ]]; then
        echo "start.sh: failed (exit $rc); cleaning up $D" >&2
        for f in dockerd.log podman.log; do
            if [[ -s $D/$f ]]; then
                echo "--- last lines of $D/$f ---" >&2
                tail -n 30 "$D/$f" >&2 || true
            fi
        done
        "$HERE/stop.sh" "$OUT" >&2 || true
        [[ $rc -ne 0 ]] || rc=1
    fi
    exit "$rc"
}
trap on_exit EXIT

# ---------------------------------------------------------------------------------------------------------------------
# TLS material: CA, server (SAN DNS:localhost only), client; a second CA with its own client.
log "creating TLS material"
TLS=$D/tls
mkdir -p "$TLS"
(
    cd "$TLS"
    umask 077
    cat >ext.cnf <<'EOF'
[req]
distinguished_name = dn
[dn]
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[server]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = serverAuth
subjectAltName = DNS:localhost
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[client]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature, keyEncipherment
extendedKeyUsage = clientAuth
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
    newkey() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1" 2>/dev/null; }
    newca() { # key cert CN
        newkey "$1"
        openssl req -new -x509 -key "$1" -out "$2" -days 2 -subj "/CN=$3" -config ext.cnf -extensions ca
    }
    issue() { # key cert CN section ca-cert ca-key
        newkey "$1"
        openssl req -new -key "$1" -subj "/CN=$3" -config ext.cnf -out "$1.csr"
        openssl x509 -req -in "$1.csr" -CA "$5" -CAkey "$6" -CAcreateserial -days 2 \
            -extfile ext.cnf -extensions "$4" -out "$2" 2>x509.log || { cat x509.log >&2; return 1; }
        rm -f "$1.csr" x509.log
    }
    newca ca-key.pem ca.pem "Hullcheck test CA"
    issue server-key.pem server-cert.pem localhost server ca.pem ca-key.pem
    issue key.pem cert.pem "hullcheck test client" client ca.pem ca-key.pem
    newca other-ca-key.pem other-ca.pem "Hullcheck unrelated CA"
    issue other-key.pem other-cert.pem "hullcheck untrusted client" client other-ca.pem other-ca-key.pem
    # Expired certificates of the trusted CA, valid from 30 days ago until yesterday: `openssl x509 -req` (OpenSSL
    # 3.0) only counts days from now, `openssl ca` takes explicit dates (and wants a small database).
    mkdir cadb
    : >cadb/index.txt
    echo 1000 >cadb/serial
    printf '%s\n' '[ca]' 'default_ca = testca' '[testca]' 'database = cadb/index.txt' 'new_certs_dir = cadb' \
        'serial = cadb/serial' 'default_md = sha256' 'policy = anything' 'unique_subject = no' \
        '[anything]' 'commonName = supplied' >ca.cnf
    issue_expired() { # key cert CN section
        newkey "$1"
        openssl req -new -key "$1" -subj "/CN=$3" -config ext.cnf -out "$1.csr"
        openssl ca -batch -notext -config ca.cnf -cert ca.pem -keyfile ca-key.pem -in "$1.csr" -out "$2" \
            -startdate "$(date -u -d '30 days ago' +%Y%m%d%H%M%SZ)" \
            -enddate "$(date -u -d '1 day ago' +%Y%m%d%H%M%SZ)" \
            -extfile ext.cnf -extensions "$4" 2>ca.log || { cat ca.log >&2; return 1; }
        rm -f "$1.csr" ca.log
    }
    issue_expired expired-server-key.pem expired-server-cert.pem localhost server
    issue_expired expired-key.pem expired-cert.pem "hullcheck expired client" client
    rm -rf ./*.srl ext.cnf ca.cnf cadb
    chmod 0600 ./*key.pem
    chmod 0644 ca.pem other-ca.pem server-cert.pem cert.pem other-cert.pem expired-server-cert.pem expired-cert.pem
    openssl verify -CAfile ca.pem server-cert.pem cert.pem >/dev/null
    openssl verify -CAfile other-ca.pem other-cert.pem >/dev/null
    for f in expired-server-cert.pem expired-cert.pem; do
        if [[ $(openssl verify -CAfile ca.pem "$f" 2>&1 || true) != *"certificate has expired"* ]]; then
            echo "start.sh: $f is not an expired certificate of ca.pem" >&2
            exit 1
        fi
    done
)
chmod 0755 "$TLS"

# ---------------------------------------------------------------------------------------------------------------------
# dockerd
free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
        return
    fi
    local port
    for _ in $(seq 200); do
        port=$((20000 + RANDOM % 20000))
        if ! ss -Htln "sport = :$port" | grep -q .; then
            echo "$port"
            return
        fi
    done
    return 1
}
PORT=$(free_port)
SOCK=$D/docker.sock
HOST=unix://$SOCK

mkdir -p "$D/docker-config"
echo '{}' >"$D/daemon.json" # keeps /etc/docker/daemon.json (hosts, registry mirrors...) out of the testbed
docker() {
    env -u DOCKER_CONTEXT -u DOCKER_TLS_VERIFY -u DOCKER_CERT_PATH \
        DOCKER_HOST="$HOST" DOCKER_CONFIG="$D/docker-config" DOCKER_BUILDKIT=0 DOCKER_CLI_HINTS=false \
        docker "$@"
}

log "starting dockerd (tcp port $PORT)"
# The containerd namespaces keep our containers apart from a system dockerd when both share a system containerd
# (dockerd uses /run/containerd/containerd.sock when that exists, and supervises its own containerd otherwise).
setsid dockerd \
    --config-file "$D/daemon.json" \
    --data-root "$D/data" \
    --exec-root "$D/exec" \
    --pidfile "$D/docker.pid" \
    -H "$HOST" \
    -H "tcp://127.0.0.1:$PORT" \
    --tlsverify \
    --tlscacert "$TLS/ca.pem" \
    --tlscert "$TLS/server-cert.pem" \
    --tlskey "$TLS/server-key.pem" \
    --iptables=false \
    --ip-masq=false \
    --containerd-namespace hc-test \
    --containerd-plugins-namespace hc-test-plugins \
    </dev/null >"$D/dockerd.log" 2>&1 &
DOCKERD_PID=$!
state HC_DOCKER_PID "$DOCKERD_PID"

for i in $(seq 600); do
    if docker version >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$DOCKERD_PID" 2>/dev/null; then
        echo "start.sh: dockerd exited during start-up" >&2
        exit 1
    fi
    if [[ $i -eq 600 ]]; then
        echo "start.sh: dockerd did not answer on $SOCK within 60 s" >&2
        exit 1
    fi
    sleep 0.1
done
log "dockerd is up: server $(docker version --format '{{.Server.Version}} (API {{.Server.APIVersion}})')"

# ---------------------------------------------------------------------------------------------------------------------
# The test image, built offline from busybox-static.
CTX=$D/build
mkdir -p "$CTX"
cp "$BUSYBOX" "$CTX/busybox"
cat >"$CTX/Dockerfile" <<EOF
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
LABEL org.opencontainers.image.source="https://example.invalid/hc"
ENV HC_API_TOKEN=$SECRET
USER 1000
CMD ["/bin/sleep", "3600"]
EOF
log "building $IMAGE"
if ! docker build -q --network none --label hc.test=1 -t "$IMAGE" -t hc/busybox:latest "$CTX" >"$D/build.log" 2>&1; then
    cat "$D/build.log" >&2
    exit 1
fi

# ---------------------------------------------------------------------------------------------------------------------
log "creating docker objects"
L=(--label hc.test=1)
docker network create "${L[@]}" --internal hc-internal >/dev/null
docker volume create "${L[@]}" hc-data >/dev/null
docker run -d "${L[@]}" --name hc-running --network none --read-only --memory 64m --pids-limit 64 \
    --cap-drop ALL --security-opt no-new-privileges -v hc-data:/data -e "HC_SECRET_PASSWORD=$SECRET" "$IMAGE" >/dev/null
docker run -d "${L[@]}" --name hc-root --network none --user 0:0 "$IMAGE" >/dev/null
docker run -d "${L[@]}" --name hc-net --network hc-internal "$IMAGE" >/dev/null
docker run "${L[@]}" --name hc-stopped --network none "$IMAGE" true >/dev/null
docker create "${L[@]}" --name hc-created --network none "$IMAGE" >/dev/null
docker create "${L[@]}" --name hc-privileged --privileged --network none "$IMAGE" >/dev/null
docker create "${L[@]}" --name hc-sock --network none -v "$SOCK:/var/run/docker.sock" "$IMAGE" >/dev/null

expect_state() { # engine-function name state
    local got
    got=$("$1" inspect --format '{{.State.Status}}' "$2")
    if [[ $got != "$3" ]]; then
        echo "start.sh: $1 container $2 is '$got', expected '$3'" >&2
        exit 1
    fi
}
for c in hc-running hc-root hc-net; do expect_state docker "$c" running; done
expect_state docker hc-stopped exited
for c in hc-created hc-privileged hc-sock; do expect_state docker "$c" created; done
docker ps -a --filter label=hc.test=1 --format '{{.Names}}\t{{.Status}}'

# ---------------------------------------------------------------------------------------------------------------------
# Podman: a private API service (own storage, run dirs, config, locks); its containers never touch dockerd's.
# Set up in a subshell with its own errexit, so a Podman failure is reported in testbed.env instead of failing the run.
podman_setup() {
    set -eE
    trap 'echo "start.sh line $LINENO failed: $BASH_COMMAND" >>"$D/podman.error"' ERR
    local P=$D/podman
    mkdir -p "$P/root" "$P/run" "$P/tmp" "$P/net" "$P/conf"
    # runc, as dockerd uses (crun fails on hybrid cgroup v1/v2 hosts: "cgroups in hybrid mode not supported").
    local runtime=runc
    # Podman run as root gives every container RLIMIT_NOFILE 1048576 and RLIMIT_NPROC 4194304, while it lowers its own
    # RLIMIT_NPROC to 32768 at start-up. Without CAP_SYS_RESOURCE (as in some sandboxes) runc then fails with
    # "error setting rlimit type 6/7: operation not permitted", so the defaults here stay within what is allowed.
    local nofile nproc
    nofile=$(ulimit -Hn)
    nproc=$(ulimit -Hu)
    [[ $nofile != unlimited && $nofile -le 1048576 ]] || nofile=1048576
    [[ $nproc != unlimited && $nproc -le 32768 ]] || nproc=32768
    # Private config files: nothing from /etc/containers (or a system Podman's locks, tmp or network dirs) is shared.
    cat >"$P/conf/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$nofile:$nofile", "nproc=$nproc:$nproc"]
log_driver = "k8s-file"
[engine]
cgroup_manager = "cgroupfs"
events_logger = "file"
events_logfile_path = "$P/tmp/events.log"
lock_type = "file"
runtime = "$runtime"
tmp_dir = "$P/tmp"
volume_path = "$P/root/volumes"
[network]
network_config_dir = "$P/net"
EOF
    echo 'unqualified-search-registries = []' >"$P/conf/registries.conf"
    export CONTAINERS_CONF=$P/conf/containers.conf
    export CONTAINERS_REGISTRIES_CONF=$P/conf/registries.conf
    export CONTAINERS_STORAGE_CONF=$P/conf/storage.conf
    export TMPDIR=$P/tmp
    local -a pflags=(--root "$P/root" --runroot "$P/run" --tmpdir "$P/tmp" --cgroup-manager=cgroupfs
        --events-backend=file --network-config-dir "$P/net" --runtime "$runtime")
    # overlay can be refused (nested overlay, odd file systems); vfs always works, only slower.
    local driver
    for driver in ${HC_PODMAN_STORAGE_DRIVER:-overlay vfs}; do
        printf '[storage]\ndriver = "%s"\ngraphroot = "%s"\nrunroot = "%s"\n' "$driver" "$P/root" "$P/run" \
            >"$P/conf/storage.conf"
        if podman "${pflags[@]}" --storage-driver "$driver" info >"$P/info.log" 2>&1; then
            break
        fi
        echo "podman: storage driver $driver: $(tail -n 1 "$P/info.log")" | tee -a "$P/drivers.log"
        rm -rf "${P:?}/root" "${P:?}/run"
        mkdir -p "$P/root" "$P/run"
        driver=
    done
    if [[ -z $driver ]]; then
        echo "podman info fails with every storage driver: $(paste -sd';' "$P/drivers.log")" >>"$D/podman.error"
        return 1
    fi
    pflags+=(--storage-driver "$driver")
    log "starting podman system service (storage driver $driver, runtime $runtime)"
    local sock=$D/podman.sock
    setsid podman "${pflags[@]}" system service --time=0 "unix://$sock" </dev/null >"$D/podman.log" 2>&1 &
    local pid=$!
    echo "HC_PODMAN_PID=$pid" >>"$STATE_FILE"
    echo "$pid" >"$D/podman.pid"
    local i
    for i in $(seq 300); do
        if [[ -S $sock && $(curl -s --max-time 2 --unix-socket "$sock" http://d/_ping || true) == OK ]]; then
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "podman system service exited: $(tail -n 1 "$D/podman.log")" >>"$D/podman.error"
            return 1
        fi
        if [[ $i -eq 300 ]]; then
            echo "podman system service did not answer on $sock within 30 s" >>"$D/podman.error"
            return 1
        fi
        sleep 0.1
    done
    pm() { command podman --remote --url "unix://$sock" "$@"; }
    log "loading $IMAGE into podman"
    docker save "$IMAGE" hc/busybox:latest >"$P/tmp/image.tar"
    pm load -q -i "$P/tmp/image.tar" >/dev/null
    rm -f "$P/tmp/image.tar"
    pm volume create "${L[@]}" hc-data >/dev/null
    pm run -d "${L[@]}" --name hc-running --network none "$IMAGE" >/dev/null
    pm run "${L[@]}" --name hc-stopped --network none "$IMAGE" true >/dev/null
    pm create "${L[@]}" --name hc-created --network none "$IMAGE" >/dev/null
    expect_state pm hc-running running
    expect_state pm hc-stopped exited
    expect_state pm hc-created created
    pm ps -a --filter label=hc.test=1 --format 'podman {{.Names}}\t{{.Status}}'
    # What the tests use: the Docker-compatible API.
    local names
    names=$(curl -s --max-time 5 --unix-socket "$sock" 'http://d/v1.41/containers/json?all=1' |
        grep -o '"/hc-[a-z]*"' | sort | tr -d '"/' | tr '\n' ' ')
    if [[ $names != "hc-created hc-running hc-stopped " ]]; then
        echo "podman's Docker API lists '$names', not the three test containers" >>"$D/podman.error"
        return 1
    fi
}

PODMAN_SOCK=
PODMAN_HOST=
PODMAN_PID=
PODMAN_ERROR=
PODMAN_LIST=
if ! command -v podman >/dev/null 2>&1; then
    PODMAN_ERROR="podman is not installed"
else
    set +e
    (podman_setup) >"$D/podman-setup.log" 2>&1
    rc=$?
    set -e
    cat "$D/podman-setup.log"
    if [[ $rc -eq 0 ]]; then
        PODMAN_SOCK=$D/podman.sock
        PODMAN_HOST=unix://$PODMAN_SOCK
        PODMAN_PID=$(cat "$D/podman.pid")
        PODMAN_LIST=$PODMAN_CONTAINERS
    else
        PODMAN_ERROR=$(head -n 1 "$D/podman.error" 2>/dev/null || echo "podman setup failed (exit $rc)")
        detail=$(grep -E '^(Error|error)' "$D/podman-setup.log" | tail -n 1 || true)
        if [[ -n $detail ]]; then PODMAN_ERROR="$PODMAN_ERROR: $detail"; fi
        PODMAN_ERROR=${PODMAN_ERROR//$'\n'/ }
        echo "start.sh: WARNING: Podman part of the testbed is off: $PODMAN_ERROR" >&2
        if [[ -s $D/podman.pid ]]; then
            kill "$(cat "$D/podman.pid")" 2>/dev/null || true
        fi
    fi
fi

# ---------------------------------------------------------------------------------------------------------------------
# Written last and atomically: its presence means the testbed is up. Values are raw (no quotes): the C++ reader takes
# everything after the first '='.
TMP=$(mktemp "$OUT/.testbed.env.XXXX")
cat >"$TMP" <<EOF
# Written by tests/testbed/start.sh; stop with tests/testbed/stop.sh $OUT
HC_TESTBED_DIR=$D
HC_DOCKER_SOCKET=$SOCK
HC_DOCKER_HOST=$HOST
HC_DOCKER_PID=$(cat "$D/docker.pid" 2>/dev/null || echo "$DOCKERD_PID")
HC_TLS_PORT=$PORT
HC_TLS_HOST=tcp://localhost:$PORT
HC_TLS_IP_HOST=tcp://127.0.0.1:$PORT
HC_TLS_DIR=$TLS
HC_IMAGE=$IMAGE
HC_CONTAINERS=$DOCKER_CONTAINERS
HC_PODMAN_SOCKET=$PODMAN_SOCK
HC_PODMAN_HOST=$PODMAN_HOST
HC_PODMAN_PID=$PODMAN_PID
HC_PODMAN_CONTAINERS=$PODMAN_LIST
HC_PODMAN_ERROR=$PODMAN_ERROR
HC_SECRET_VALUE=$SECRET
EOF
chmod 0644 "$TMP"
mv -f "$TMP" "$ENV_FILE"
rm -f "$STATE_FILE"
SUCCESS=1
log "testbed ready: $ENV_FILE"
