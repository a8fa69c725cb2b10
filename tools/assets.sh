#!/usr/bin/env bash
# Finds or builds the real binaries Allotment's tests run: a Kubernetes control plane (etcd,
# kube-apiserver, kube-controller-manager, kubectl) and the Pulumi engine (pulumi, the Java language
# host, the Kubernetes provider).
#
#   tools/assets.sh [kubernetes] [pulumi]     (no argument: both)
#
# Prints one NAME=path line per binary on stdout (progress goes to stderr), for example
#   ETCD=/root/.cache/allotment/etcd-v3.6.16/etcd
# so that `eval "$(tools/assets.sh)"` or the test harness can use them.
#
# Where each binary comes from, first match wins:
#   1. an explicit variable: TEST_ASSET_ETCD, TEST_ASSET_KUBE_APISERVER,
#      TEST_ASSET_KUBE_CONTROLLER_MANAGER, TEST_ASSET_KUBECTL (envtest's names), TEST_ASSET_PULUMI,
#      TEST_ASSET_PULUMI_LANGUAGE_JAVA, TEST_ASSET_PULUMI_RESOURCE_KUBERNETES;
#   2. a directory in KUBEBUILDER_ASSETS (Kubernetes binaries) or PULUMI_ASSETS (Pulumi binaries);
#   3. the cache, ${XDG_CACHE_HOME:-$HOME/.cache}/allotment/<tool>-<version>/, filled by building
#      the pinned Go modules under tools/go/ (minutes on 2 cores the first time; seconds after).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
cache=${ALLOTMENT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/allotment}

# Pinned versions: each must match the require lines of its module under tools/go/.
KUBERNETES_VERSION=v1.35.4
ETCD_VERSION=v3.6.16
PULUMI_VERSION=v3.207.0
PULUMI_JAVA_VERSION=v1.16.0
PULUMI_KUBERNETES_VERSION=v4.0.0-20260115033456-f47bc2d6f199
MIN_GO=1.26.0

say() { echo "assets: $*" >&2; }
die() {
  echo "assets: error: $*" >&2
  exit 1
}

# The version of a module's direct requirement, from its go.mod (keeps this script and the pins in
# one place: the go.mod files are the pins).
pinned() {
  awk -v m="$2" '$1 == "require" && $2 == m { print $3; exit } $1 == m { print $2; exit }' \
    "$here/go/$1/go.mod"
}

check_go() {
  command -v go >/dev/null 2>&1 ||
    die "Go is not installed, and these binaries are not given. Install Go >= $MIN_GO (https://go.dev/doc/install), or set KUBEBUILDER_ASSETS / PULUMI_ASSETS to directories holding them (see tools/README.md)."
  local have
  have=$(go env GOVERSION | sed 's/^go//')
  if [ "$(printf '%s\n%s\n' "$MIN_GO" "$have" | sort -V | head -n1)" != "$MIN_GO" ]; then
    die "Go $have is too old to build these binaries: $MIN_GO or newer is needed (or set GOTOOLCHAIN=go$MIN_GO so the go command fetches it)."
  fi
}

# build <module dir under tools/go> <output dir> <tags> <ldflags> <name=package>... : builds each
# package into the output dir as <name>. Each binary is written under a temporary name and renamed
# when complete, so an interrupted build never leaves a file that looks finished.
build() {
  local module=$1 out=$2 tags=$3 ldflags=$4
  shift 4
  check_go
  mkdir -p "$out"
  for spec in "$@"; do
    local name=${spec%%=*} pkg=${spec#*=}
    say "building $name from $pkg (module tools/go/$module) into $out; this takes minutes on 2 cores the first time"
    local started=$SECONDS
    if ! (cd "$here/go/$module" && GOFLAGS=-mod=readonly CGO_ENABLED=0 \
      go build -trimpath -tags "$tags" -ldflags "-s -w $ldflags" -o "$out/.$name.partial" "$pkg" >&2); then
      rm -f "$out/.$name.partial"
      die "building $name failed. If the output above says the module could not be downloaded, this machine has no access to the Go module proxy (GOPROXY=$(go env GOPROXY)); give the binaries instead (see tools/README.md)."
    fi
    mv "$out/.$name.partial" "$out/$name"
    say "built $name in $((SECONDS - started)) s"
  done
}

# resolve <NAME> <binary file name> <directory variable> <cache dir> : prints NAME=path when the
# binary is given or cached; returns 1 when it has to be built.
resolve() {
  local name=$1 file=$2 dirvar=$3 cached=$4
  local explicit="TEST_ASSET_$name"
  if [ -n "${!explicit:-}" ]; then
    [ -x "${!explicit}" ] || die "$explicit=${!explicit} is not an executable file"
    echo "$name=${!explicit}"
    return 0
  fi
  if [ -n "${!dirvar:-}" ] && [ -x "${!dirvar}/$file" ]; then
    echo "$name=${!dirvar}/$file"
    return 0
  fi
  if [ -x "$cached/$file" ]; then
    echo "$name=$cached/$file"
    return 0
  fi
  return 1
}

kubernetes() {
  # One directory for the four binaries, as KUBEBUILDER_ASSETS expects.
  local dir="$cache/kubernetes-$KUBERNETES_VERSION-etcd-$ETCD_VERSION"
  [ "$(pinned kubernetes k8s.io/kubernetes)" = "$KUBERNETES_VERSION" ] ||
    die "tools/go/kubernetes/go.mod does not pin k8s.io/kubernetes $KUBERNETES_VERSION"
  [ "$(pinned etcd go.etcd.io/etcd/server/v3)" = "$ETCD_VERSION" ] ||
    die "tools/go/etcd/go.mod does not pin go.etcd.io/etcd/server/v3 $ETCD_VERSION"

  local kube=() b var
  for b in kube-apiserver kube-controller-manager kubectl; do
    var=$(echo "$b" | tr 'a-z-' 'A-Z_')
    resolve "$var" "$b" KUBEBUILDER_ASSETS "$dir" >/dev/null || kube+=("$b=k8s.io/kubernetes/cmd/$b")
  done
  if [ ${#kube[@]} -gt 0 ]; then
    local minor=${KUBERNETES_VERSION#v1.}
    minor=${minor%%.*}
    local v="-X k8s.io/component-base/version.gitVersion=$KUBERNETES_VERSION"
    v="$v -X k8s.io/component-base/version.gitMajor=1 -X k8s.io/component-base/version.gitMinor=$minor"
    v="$v -X k8s.io/client-go/pkg/version.gitVersion=$KUBERNETES_VERSION"
    v="$v -X k8s.io/component-base/version.gitTreeState=clean"
    # providerless keeps the in-tree cloud providers out of the binaries.
    build kubernetes "$dir" providerless "$v" "${kube[@]}"
  fi
  if ! resolve ETCD etcd KUBEBUILDER_ASSETS "$dir" >/dev/null; then
    build etcd "$dir" "" "-X go.etcd.io/etcd/api/v3/version.GitSHA=$ETCD_VERSION" \
      etcd=go.etcd.io/etcd/server/v3
  fi
  resolve ETCD etcd KUBEBUILDER_ASSETS "$dir"
  for b in kube-apiserver kube-controller-manager kubectl; do
    resolve "$(echo "$b" | tr 'a-z-' 'A-Z_')" "$b" KUBEBUILDER_ASSETS "$dir"
  done
}

pulumi() {
  # The CLI, the Java language host and the Kubernetes provider in one directory: the CLI finds
  # plugins beside itself (PulumiCli puts its directory first on the plugins' PATH).
  local dir="$cache/pulumi-$PULUMI_VERSION-java-$PULUMI_JAVA_VERSION-kubernetes-${PULUMI_KUBERNETES_VERSION##*-}"
  [ "$(pinned pulumi github.com/pulumi/pulumi/pkg/v3)" = "$PULUMI_VERSION" ] ||
    die "tools/go/pulumi/go.mod does not pin github.com/pulumi/pulumi/pkg/v3 $PULUMI_VERSION"
  [ "$(pinned pulumi-language-java github.com/pulumi/pulumi-java/pkg)" = "$PULUMI_JAVA_VERSION" ] ||
    die "tools/go/pulumi-language-java/go.mod does not pin github.com/pulumi/pulumi-java/pkg $PULUMI_JAVA_VERSION"
  [ "$(pinned pulumi-resource-kubernetes github.com/pulumi/pulumi-kubernetes/provider/v4)" = "$PULUMI_KUBERNETES_VERSION" ] ||
    die "tools/go/pulumi-resource-kubernetes/go.mod does not pin github.com/pulumi/pulumi-kubernetes/provider/v4 $PULUMI_KUBERNETES_VERSION"

  if ! resolve PULUMI pulumi PULUMI_ASSETS "$dir" >/dev/null; then
    # Unstamped, the CLI reports an empty version and the Automation API falls back to the
    # event-log file that hangs on early failures.
    build pulumi "$dir" "" "-X github.com/pulumi/pulumi/sdk/v3/go/common/version.Version=$PULUMI_VERSION" \
      pulumi=github.com/pulumi/pulumi/pkg/v3/cmd/pulumi
  fi
  if ! resolve PULUMI_LANGUAGE_JAVA pulumi-language-java PULUMI_ASSETS "$dir" >/dev/null; then
    build pulumi-language-java "$dir" "" "-X github.com/pulumi/pulumi-java/pkg/version.Version=$PULUMI_JAVA_VERSION" \
      pulumi-language-java=github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java
  fi
  if ! resolve PULUMI_RESOURCE_KUBERNETES pulumi-resource-kubernetes PULUMI_ASSETS "$dir" >/dev/null; then
    # The provider embeds its schema, which its module ships but not beside a main we can build:
    # copy it next to ours (tools/go/pulumi-resource-kubernetes/main.go says why).
    check_go
    local module src
    module=github.com/pulumi/pulumi-kubernetes/provider/v4
    src=$(cd "$here/go/pulumi-resource-kubernetes" && GOFLAGS=-mod=readonly go mod download -json "$module" |
      awk -F'"' '$2 == "Dir" { print $4 }')
    [ -n "$src" ] || die "cannot download $module@$PULUMI_KUBERNETES_VERSION from the Go module proxy"
    cp "$src/cmd/pulumi-resource-kubernetes/schema.json" "$src/cmd/pulumi-resource-kubernetes/terraform-mapping.json" \
      "$here/go/pulumi-resource-kubernetes/"
    chmod u+w "$here/go/pulumi-resource-kubernetes/"*.json
    build pulumi-resource-kubernetes "$dir" "" "-X $module/pkg/version.Version=$PULUMI_KUBERNETES_VERSION" \
      pulumi-resource-kubernetes=allotment.dev/tools/pulumi-resource-kubernetes
  fi
  resolve PULUMI pulumi PULUMI_ASSETS "$dir"
  resolve PULUMI_LANGUAGE_JAVA pulumi-language-java PULUMI_ASSETS "$dir"
  resolve PULUMI_RESOURCE_KUBERNETES pulumi-resource-kubernetes PULUMI_ASSETS "$dir"
}

main() {
  local what=("$@")
  [ ${#what[@]} -gt 0 ] || what=(kubernetes pulumi)
  mkdir -p "$cache"
  # One build at a time per cache (two test JVMs, or CI and a developer, may ask at once).
  exec 9>"$cache/.lock"
  flock 9
  for w in "${what[@]}"; do
    case "$w" in
      kubernetes) kubernetes ;;
      pulumi) pulumi ;;
      *) die "unknown asset group '$w' (known: kubernetes, pulumi)" ;;
    esac
  done
}

main "$@"
