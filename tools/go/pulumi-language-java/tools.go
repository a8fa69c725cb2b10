//go:build tools

// Package tools pins the Java language host built from this module.
package tools

import _ "github.com/pulumi/pulumi-java/pkg/cmd/pulumi-language-java"
