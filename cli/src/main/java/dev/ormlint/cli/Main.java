package dev.ormlint.cli;

/** The {@code ormlint} executable. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(OrmlintCommand.commandLine(Terminal.detect()).execute(args));
    }
}
