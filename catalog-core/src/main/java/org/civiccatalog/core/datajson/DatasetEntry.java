package org.civiccatalog.core.datajson;

import java.util.Objects;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One dataset object read from a data.json, already in POD v1.1 shape (legacy v1.0 entries are upgraded).
 * The JSON tree belongs to the receiver; the reader keeps no reference to it.
 *
 * @param input           name of the input, for messages (a file name or URL)
 * @param index           0-based position in the dataset array
 * @param line            1-based line where the dataset object starts
 * @param column          1-based column where the dataset object starts
 * @param json            the dataset object
 * @param upgradedFromV10 whether it was a POD v1.0 entry upgraded by {@code LegacyUpgrade}
 */
public record DatasetEntry(String input, int index, long line, long column, ObjectNode json, boolean upgradedFromV10) {
    public DatasetEntry {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(json, "json");
    }

    /** "dataset[3] at line 12, column 5", for {@code ImportedDataset.position} and messages. */
    public String position() {
        return "dataset[" + index + "] at line " + line + ", column " + column;
    }
}
