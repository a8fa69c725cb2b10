#!/usr/bin/env bash
# Regenerates the provider SDKs under sdks/ with Pulumi's own Java generator.
#
#   tools/gen-sdks.sh            rewrite sdks/<provider>/src from sdks/<provider>/schema.json
#   tools/gen-sdks.sh --check    generate into a temporary directory and fail on any difference
#                                from the committed sources (GeneratedSdksInSyncTest runs this)
#
# For each provider: `pulumi package gen-sdk <schema> --language java` with the pinned CLI and
# Java language host that tools/assets.sh finds or builds, then the two classpath resources
# Pulumi's Gradle build would add (com/pulumi/<provider>/version.txt and plugin.json: the SDK asks
# the engine for that plugin version, and the Java host reports the plugin to install).
# Offline: the pruned schemas are committed (tools/sdks/prune-schema.py makes them from the
# providers' upstream schemas; sdks/README.md says how).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *)
    echo "usage: $0 [--check]" >&2
    exit 2
    ;;
esac

# PULUMI=... and PULUMI_LANGUAGE_JAVA=... ; the CLI finds the language host beside itself.
eval "$(bash "$root/tools/assets.sh" pulumi | grep -E '^PULUMI(_LANGUAGE_JAVA)?=')"
pulumi_dir=$(dirname "$PULUMI")
[ "$(dirname "$PULUMI_LANGUAGE_JAVA")" = "$pulumi_dir" ] ||
  PATH="$(dirname "$PULUMI_LANGUAGE_JAVA"):$PATH"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# No state of the user's: gen-sdk needs no plugin and no login.
export PULUMI_HOME="$work/home" PULUMI_SKIP_UPDATE_CHECK=true PULUMI_DISABLE_AUTOMATIC_PLUGIN_ACQUISITION=true

generate() {
  local provider=$1 dest=$2 schema=$root/sdks/$1/schema.json
  local version
  # The top-level "version" (prune-schema.py writes it at two spaces' indent).
  version=$(sed -n 's/^  "version": "\([^"]*\)",\{0,1\}$/\1/p' "$schema")
  [ -n "$version" ] || {
    echo "gen-sdks: $schema has no top-level version (tools/sdks/prune-schema.py sets it)" >&2
    exit 1
  }
  PATH="$pulumi_dir:$PATH" "$PULUMI" package gen-sdk "$schema" --language java \
    --out "$work/gen-$provider" >"$work/gen-$provider.log" 2>&1 || {
    cat "$work/gen-$provider.log" >&2
    echo "gen-sdks: pulumi package gen-sdk failed for $provider" >&2
    exit 1
  }
  mkdir -p "$dest/main"
  mv "$work/gen-$provider/java/src/main/java" "$dest/main/java"
  local resources="$dest/main/resources/com/pulumi/$provider"
  mkdir -p "$resources"
  printf '%s' "$version" >"$resources/version.txt"
  printf '{"resource": true, "name": "%s", "version": "%s"}\n' "$provider" "$version" \
    >"$resources/plugin.json"
}

status=0
for schema in "$root"/sdks/*/schema.json; do
  provider=$(basename "$(dirname "$schema")")
  started=$SECONDS
  if $check; then
    generate "$provider" "$work/check-$provider"
    if ! diff -r "$root/sdks/$provider/src" "$work/check-$provider" >"$work/diff-$provider" 2>&1; then
      echo "gen-sdks: sdks/$provider/src differs from a fresh generation (run tools/gen-sdks.sh):" >&2
      head -n 40 "$work/diff-$provider" >&2
      status=1
    else
      echo "gen-sdks: sdks/$provider/src is up to date ($((SECONDS - started)) s)" >&2
    fi
  else
    rm -rf "$root/sdks/$provider/src"
    generate "$provider" "$root/sdks/$provider/src"
    echo "gen-sdks: wrote sdks/$provider/src ($(find "$root/sdks/$provider/src" -name '*.java' | wc -l) Java files, $((SECONDS - started)) s)" >&2
  fi
done
exit $status
