// Command pulumi-resource-kubernetes is the Pulumi Kubernetes provider, built from its Go module.
//
// The module's own main embeds schema-embed.json and terraform-mapping-embed.json, files its
// build generates and its module zip does not hold. tools/assets.sh copies the module's
// schema.json and terraform-mapping.json beside this file before building (they are not
// committed); the provider's version goes into the schema here, as the upstream generator does.
package main

import (
	_ "embed"
	"encoding/json"
	"log"

	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/provider"
	"github.com/pulumi/pulumi-kubernetes/provider/v4/pkg/version"
)

//go:embed schema.json
var schema []byte

//go:embed terraform-mapping.json
var terraformMapping []byte

func main() {
	var spec map[string]any
	if err := json.Unmarshal(schema, &spec); err != nil {
		log.Fatalf("cannot read the embedded schema: %v", err)
	}
	spec["version"] = version.Version
	versioned, err := json.Marshal(spec)
	if err != nil {
		log.Fatalf("cannot write the schema: %v", err)
	}
	provider.Serve("kubernetes", version.Version, versioned, terraformMapping)
}
