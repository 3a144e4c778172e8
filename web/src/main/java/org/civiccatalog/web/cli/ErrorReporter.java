package org.civiccatalog.web.cli;

import org.civiccatalog.core.CatalogException;
import org.civiccatalog.core.InvalidInputException;

import picocli.CommandLine;

/** Turns exceptions into one clear line on stderr and the documented exit codes. */
final class ErrorReporter implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        cl.getErr().println("catalog: " + ex.getMessage());
        return exitCode(ex);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CommandLine.ParameterException || ex instanceof UsageException) return Main.USAGE_ERROR;
        if (ex instanceof InvalidInputException) return Main.INPUT_ERROR;
        if (ex instanceof CatalogException) return Main.INPUT_ERROR;
        return Main.INPUT_ERROR;
    }

    /** A usage problem found after parsing (e.g. an option value that makes no sense). */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
