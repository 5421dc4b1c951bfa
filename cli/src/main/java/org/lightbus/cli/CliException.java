package org.lightbus.cli;

/**
 * A failure the command reports with its message (from {@link CliMessages}) and ends with its exit code.
 */
final class CliException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int exitCode;

    /**
     * @param exitCode
     *            one of {@link ExitCodes}
     * @param message
     *            what is wrong and how to fix it
     */
    CliException(int exitCode, String message) {
        this(exitCode, message, null);
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException usage(String message) {
        return new CliException(ExitCodes.USAGE, message);
    }

    static CliException broker(String message, Throwable cause) {
        return new CliException(ExitCodes.BROKER, message, cause);
    }

    static CliException notFound(String message) {
        return new CliException(ExitCodes.NOT_FOUND, message);
    }

    /**
     * @return the exit code of the command
     */
    int exitCode() {
        return exitCode;
    }
}
