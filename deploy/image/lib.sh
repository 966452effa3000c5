# Shared by deploy/image/{base,build,verify}: paths, names, ports, the Debian tools they need, the loopback registry.
# Sourced, not run.

image_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_root="$(cd "$image_dir/../.." && pwd)"
out="${IMAGE_OUT:-$image_dir/target}"

services=(budget-service performance-service publication-service)
declare -A service_port=([budget-service]=8081 [performance-service]=8082 [publication-service]=8083)
# the project version = every image's tag (the parent POM's own <version>, two spaces in)
version="$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$repo_root/pom.xml" | head -1)"

base_name="openbudget/openjdk-17-runtime"
base_tag="bookworm"
# The registry on loopback that the build pushes to and exports from. Ports here are below the machines' ephemeral
# range (32768-60999): a listener in that range can find its port taken by an outgoing connection of a busy machine.
registry_port="${IMAGE_REGISTRY_PORT:-24500}"
registry="127.0.0.1:$registry_port"

# fails unless nothing listens on these loopback ports
ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then fail "port $port is in use"; fi
  done
}
say() { printf '== %s\n' "$*"; }
fail() { printf 'FAILED: %s\n' "$*" >&2; exit 1; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f MiB", b / 1048576 }'; }

# Installs the Debian packages whose command (or file) is missing; needs root only when something is missing.
# usage: need PACKAGE:COMMAND-OR-ABSOLUTE-FILE …
need() {
  local missing="" spec package probe
  for spec in "$@"; do
    package="${spec%%:*}"; probe="${spec#*:}"
    if [[ "$probe" == /* ]]; then [ -e "$probe" ] && continue; else command -v "$probe" >/dev/null && continue; fi
    missing="$missing $package"
  done
  [ -z "$missing" ] && return 0
  [ "$(id -u)" = 0 ] || fail "missing Debian packages:$missing (run as root, or: sudo apt-get install$missing)"
  say "installing$missing"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

# Debian's docker-registry (the reference registry, distribution 2.8), unpacked from its .deb rather than installed:
# installing it would enable and start a system-wide registry on port 5000 of every interface.
registry_bin="$out/tools/docker-registry/usr/bin/docker-registry"
need_registry() {
  [ -x "$registry_bin" ] && return 0
  local debs="$out/tools/debs"
  rm -rf "$debs" "$out/tools/docker-registry"
  mkdir -p "$debs"
  say "fetching Debian's docker-registry package (unpacked under $out/tools, not installed)"
  (cd "$debs" && { apt-get -q -o APT::Sandbox::User=root download docker-registry >/dev/null 2>&1 \
    || { apt-get update -qq && apt-get -q -o APT::Sandbox::User=root download docker-registry >/dev/null; }; })
  dpkg-deb -x "$debs"/docker-registry_*.deb "$out/tools/docker-registry"
  [ -x "$registry_bin" ] || fail "no docker-registry binary in the package"
}

registry_pid=""
# Starts an empty registry on $registry (loopback only, plain HTTP, storage under $out/registry).
registry_start() {
  need_registry
  (ports_free "$registry_port") || fail "set IMAGE_REGISTRY_PORT to a free port"
  rm -rf "$out/registry"
  mkdir -p "$out/registry/storage"
  cat > "$out/registry/config.yml" <<EOF
version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: $out/registry/storage
  delete:
    enabled: true
http:
  addr: $registry
EOF
  "$registry_bin" serve "$out/registry/config.yml" > "$out/registry/registry.log" 2>&1 &
  registry_pid=$!
  local i
  for i in $(seq 1 100); do
    if curl -fsS -o /dev/null "http://$registry/v2/" 2>/dev/null; then return 0; fi
    kill -0 "$registry_pid" 2>/dev/null || { cat "$out/registry/registry.log" >&2; fail "the registry did not start"; }
    sleep 0.2
  done
  fail "the registry did not answer on $registry within 20 s"
}

registry_stop() {
  [ -n "$registry_pid" ] || return 0
  kill "$registry_pid" 2>/dev/null || true
  wait "$registry_pid" 2>/dev/null || true
  registry_pid=""
}
