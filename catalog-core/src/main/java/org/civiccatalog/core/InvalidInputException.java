package org.civiccatalog.core;

import java.util.Optional;

/**
 * Input that cannot be read as what it claims to be: malformed JSON or RDF, wrong types, an empty file.
 * The message names the input and, when known, the position (line and column), so a person can fix it.
 */
public class InvalidInputException extends CatalogException {
    private final String input;
    private final long line;
    private final long column;

    public InvalidInputException(String input, long line, long column, String problem, Throwable cause) {
        super(format(input, line, column, problem), cause);
        this.input = input;
        this.line = line;
        this.column = column;
    }

    public InvalidInputException(String input, String problem) {
        this(input, -1, -1, problem, null);
    }

    private static String format(String input, long line, long column, String problem) {
        StringBuilder sb = new StringBuilder(input == null ? "<input>" : input);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) sb.append(':').append(column);
        }
        return sb.append(": ").append(problem).toString();
    }

    public String input() {
        return input;
    }

    /** 1-based line, when the parser knew it. */
    public Optional<Long> line() {
        return line > 0 ? Optional.of(line) : Optional.empty();
    }

    public Optional<Long> column() {
        return column > 0 ? Optional.of(column) : Optional.empty();
    }
}
