#!/usr/bin/env python3
"""Cuts a Pulumi provider schema down to what Allotment's programs use.

    tools/sdks/prune-schema.py <provider> <upstream schema.json> [--out FILE]

<provider> is a key of tools/sdks/providers.json, which names the upstream schema (repository,
tag, path, sha256), the version to stamp, and the resources and functions to keep. The output
(default sdks/<provider>/schema.json) is the input of tools/gen-sdks.sh.

What the pruned schema keeps:
- the package metadata (name, description, license, meta, ...), `config` and `provider`
  unchanged; `language` loses every section but `java` (the Java generator reads no other);
- the listed resources and functions, unchanged, and the functions that implement the methods
  of the kept resources and of the provider (e.g. `pulumi:providers:github/terraformConfig`:
  without them the schema does not bind);
- every type they, `config` and `provider` reference, transitively (`#/types/...` refs, with
  the URL-encoded `/` decoded), and any resource a kept property references (`#/resources/...`);
- `version` set to the pinned release: upstream schemas leave it empty (it is stamped at release
  time), and the generated SDK asks the engine for the plugin version it carries;
- the provider's inputs without `defaultInfo`: with it the generated `ProviderArgs` read the
  program's environment (GITHUB_TOKEN, DIGITALOCEAN_TOKEN, ARM_CLIENT_SECRET, ...) and put the
  values into every explicit provider's inputs, which Pulumi keeps in the stack's state. Without
  it the provider plugin reads its own environment, and credentials stay out of the state.
"""

import argparse
import hashlib
import json
import sys
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "tools" / "sdks" / "providers.json"

# Top-level keys copied as they are; everything else is rebuilt or dropped.
METADATA = (
    "name",
    "displayName",
    "description",
    "keywords",
    "homepage",
    "license",
    "attribution",
    "repository",
    "publisher",
    "logoUrl",
    "pluginDownloadURL",
    "meta",
)


def refs(node):
    """Every "$ref" string under node."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def local_ref(ref):
    """("types" | "resources", token) for a reference into this schema, else None."""
    for section in ("types", "resources"):
        prefix = "#/" + section + "/"
        if ref.startswith(prefix):
            return section, urllib.parse.unquote(ref[len(prefix) :])
    return None


def without_environment_defaults(provider):
    """The provider's schema entry with no input defaulting from the program's environment."""
    provider = json.loads(json.dumps(provider))
    for spec in provider.get("inputProperties", {}).values():
        spec.pop("defaultInfo", None)
    return provider


def prune(schema, provider, version, resources, functions):
    missing = [t for t in resources if t not in schema.get("resources", {})]
    missing += [t for t in functions if t not in schema.get("functions", {})]
    if missing:
        raise SystemExit(f"{provider}: not in the upstream schema: {', '.join(missing)}")

    keep = {"types": set(), "resources": set(resources), "functions": set(functions)}
    pending = [schema.get("config", {}), schema.get("provider", {})]
    pending += [schema["resources"][t] for t in resources]
    pending += [schema["functions"][t] for t in functions]
    while pending:
        node = pending.pop()
        for method in node.get("methods", {}).values():
            if method not in keep["functions"]:
                if method not in schema.get("functions", {}):
                    raise SystemExit(f"{provider}: a method names a missing function: {method}")
                keep["functions"].add(method)
                pending.append(schema["functions"][method])
        for ref in refs(node):
            if ref == "#/provider":
                continue  # always kept
            target = local_ref(ref)
            if target is None:
                if ref.startswith("#/"):
                    raise SystemExit(f"{provider}: cannot follow reference {ref}")
                continue  # pulumi.json#/Any, #/Archive, ...: built-in types
            section, token = target
            if token in keep[section]:
                continue
            if token not in schema.get(section, {}):
                raise SystemExit(f"{provider}: reference to a missing entry: {ref}")
            keep[section].add(token)
            pending.append(schema[section][token])

    out = {key: schema[key] for key in METADATA if key in schema}
    out["version"] = version
    if "java" in schema.get("language", {}):
        out["language"] = {"java": schema["language"]["java"]}
    for key in ("config", "provider"):
        if key in schema:
            out[key] = schema[key]
    if "provider" in out:
        out["provider"] = without_environment_defaults(out["provider"])
    # Upstream order, so that a diff of two prunes shows only what changed.
    out["types"] = {t: v for t, v in schema.get("types", {}).items() if t in keep["types"]}
    out["resources"] = {
        t: v for t, v in schema.get("resources", {}).items() if t in keep["resources"]
    }
    out["functions"] = {
        t: v for t, v in schema.get("functions", {}).items() if t in keep["functions"]
    }
    return out, keep


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("provider")
    parser.add_argument("schema", type=Path, help="the provider's full upstream schema.json")
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()

    config = json.loads(CONFIG.read_text())
    if args.provider not in config:
        raise SystemExit(f"unknown provider {args.provider}; known: {', '.join(config)}")
    entry = config[args.provider]
    data = args.schema.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    upstream = entry["upstream"]
    if digest != upstream["sha256"]:
        raise SystemExit(
            f"{args.schema} has sha256 {digest}, but {CONFIG.relative_to(ROOT)} pins "
            f"{upstream['sha256']} ({upstream['repository']} {upstream['tag']}:{upstream['path']}). "
            "Moving to another release? Update the version, tag, commit and sha256 there first."
        )

    pruned, keep = prune(
        json.loads(data), args.provider, entry["version"], entry["resources"], entry["functions"]
    )
    out = args.out or ROOT / "sdks" / args.provider / "schema.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(pruned, indent=2, ensure_ascii=False) + "\n")
    print(
        f"{out}: {len(pruned['resources'])} resources, {len(pruned['functions'])} functions, "
        f"{len(pruned['types'])} types, version {entry['version']}",
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
