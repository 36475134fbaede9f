package dev.ormlint.cli;

/**
 * The exit codes every command uses. Anything that goes wrong maps to {@link #ERROR}, never to
 * {@link #FINDINGS}, so that CI can tell "the code has problems" from "the scan did not run".
 */
final class ExitCodes {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int ERROR = 2;

    /** For {@code exitCodeList} in each command's help. */
    static final String HEADING = "%nExit codes:%n";
    static final String OK_HELP = "0:no findings at or above --fail-on";
    static final String FINDINGS_HELP = "1:findings at or above --fail-on";
    static final String ERROR_HELP = "2:usage error, I/O error or internal error (one line on stderr; the stack trace with --verbose)";

    private ExitCodes() {
    }
}
