package org.leadssdk.examples.cli;

/**
 * A failure the command line reports as one line on the error stream with its exit code: a user error
 * (bad input file, denied request, failed check), never a bug. Carries no stack trace to show.
 */
final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  CliException(int exitCode, String message, Throwable cause) {
    super(message, cause, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }

  static CliException input(String message) {
    return new CliException(LeadsCli.EXIT_INPUT, message);
  }

  static CliException usage(String message) {
    return new CliException(LeadsCli.EXIT_USAGE, message);
  }
}
