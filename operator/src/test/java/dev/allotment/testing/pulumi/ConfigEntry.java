package dev.allotment.testing.pulumi;

/** A stack configuration value, in the JSON shape of {@code pulumi config --json}. */
record ConfigEntry(String value, boolean secret) {}
