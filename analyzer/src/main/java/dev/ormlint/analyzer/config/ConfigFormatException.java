package dev.ormlint.analyzer.config;

/** A configuration file that cannot be read as its format: it becomes a notice, the scan goes on. */
public final class ConfigFormatException extends Exception {

    public ConfigFormatException(String message) {
        super(message);
    }

    public ConfigFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
