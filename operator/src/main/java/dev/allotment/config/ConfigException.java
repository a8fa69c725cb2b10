package dev.allotment.config;

/** The operator's configuration is unusable; the message names the variable and the fix. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
