package org.civiccatalog.web.cli;


import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and the documented exit codes. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("catalog: " + ex.getMessage());
        return exitCode(ex);
    }

    /** 2 for a usage error; 1 for everything else (bad input, an unusable store, a failed harvest). */
    static int exitCode(Throwable ex) {
        return ex instanceof CommandLine.ParameterException || ex instanceof UsageException ? Main.USAGE_ERROR : Main.INPUT_ERROR;
    }

    /** A usage problem found after parsing (e.g. an option value that makes no sense). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
