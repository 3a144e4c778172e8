package org.civiccatalog.core.standards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file (RFC 4180, first line the header, UTF-8 with or without a byte order mark) read one row at a time: the
 * whole file is never in memory. Close it when done (try-with-resources).
 */
public final class CsvRows implements Rows {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long number;

    private CsvRows(String name, Reader reader) {
        this.name = name;
        try {
            this.parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
        } catch (IOException e) {
            throw new StandardsException("Cannot read " + name + ": " + e.getMessage(), e);
        }
        this.records = parser.iterator();
        List<String> h = new ArrayList<>();
        if (records.hasNext()) {
            for (String c : next(records)) h.add(h.isEmpty() ? c.replace("\uFEFF", "").strip() : c.strip());
        }
        this.header = List.copyOf(h);
    }

    public static CsvRows open(String name, Reader reader) {
        return new CsvRows(name, reader instanceof BufferedReader ? reader : new BufferedReader(reader, 1 << 16));
    }

    public static CsvRows open(String name, InputStream in) {
        return open(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    public static CsvRows open(Path file) {
        try {
            return open(file.getFileName().toString(), Files.newBufferedReader(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new StandardsException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The file's name, for messages. */
    public String name() {
        return name;
    }

    /** The column names of the header row, as written (the byte order mark removed, spaces stripped). */
    public List<String> header() {
        return header;
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new StandardsException(name + " row " + (number + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Row next() {
        if (!hasNext()) throw new NoSuchElementException();
        CSVRecord r = next(records);
        number++;
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) values.putIfAbsent(header.get(i), i < r.size() ? r.get(i) : null);
        return new Row(number, values);
    }

    /** How many cells the last row read had (a row longer or shorter than the header is a finding of the checker). */
    private CSVRecord next(Iterator<CSVRecord> it) {
        try {
            CSVRecord r = it.next();
            lastSize = r.size();
            return r;
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new StandardsException(name + " row " + (number + 1) + ": " + e.getMessage(), e);
        }
    }

    private int lastSize;

    /** The number of cells of the row last returned. */
    public int lastRowSize() {
        return lastSize;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
