package fr.galien.core.patient.io;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits RFC 4180 text into records: quoted cells may hold the separator, doubled quotes and CR/LF; records end at
 * CRLF, LF or CR. Lenient where a spreadsheet is (a quote inside an unquoted cell is kept as text) and strict where
 * data would be silently mangled (text after a closing quote, a quote never closed), which it flags on the record.
 */
final class CsvRecordReader {

    /** One record and where it started, so errors name the line the user sees in a text editor. */
    record CsvRecord(int line, List<String> cells, boolean unterminatedQuote, boolean misplacedQuote,
                     boolean oversized) {

        boolean isBlank() {
            return cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    private static final int EOF = -1;
    /** Longest cell kept (characters); the rest is read and dropped, and the record flagged. */
    static final int MAX_CELL_CHARS = 64 * 1024;
    /** Most cells kept per record; more are read and dropped, and the record flagged. */
    static final int MAX_CELLS = 64;

    private final Reader reader;
    private final char separator;
    private int pushedBack = Integer.MIN_VALUE;
    private int line = 1;
    private boolean atStart = true;
    private boolean oversized;

    CsvRecordReader(Reader reader, char separator) {
        this.reader = reader;
        this.separator = separator;
    }

    /** The next record, or null at end of input. */
    CsvRecord next() throws IOException {
        int c = read();
        if (atStart) {
            atStart = false;
            if (c == '\uFEFF') { // UTF-8 BOM written by Excel and by our own export
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        int startLine = line;
        oversized = false;
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean misplaced = false;
        while (true) {
            if (c == '"' && cell.length() == 0) {
                // Quoted cell: read to the closing quote, then expect a separator or the end of the record.
                while (true) {
                    c = read();
                    if (c == EOF) {
                        addCell(cells, cell);
                        return new CsvRecord(startLine, cells, true, misplaced, oversized);
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            append(cell, '"');
                            continue;
                        }
                        c = after;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    append(cell, c);
                }
                if (c != separator && c != '\n' && c != '\r' && c != EOF) {
                    misplaced = true; // text after the closing quote: keep it, but flag the record
                    while (c != separator && c != '\n' && c != '\r' && c != EOF) {
                        append(cell, c);
                        c = read();
                    }
                }
            } else {
                while (c != separator && c != '\n' && c != '\r' && c != EOF) {
                    append(cell, c);
                    c = read();
                }
            }
            addCell(cells, cell);
            cell.setLength(0);
            if (c == separator) {
                c = read();
                continue;
            }
            if (c == '\r') {
                int after = read();
                if (after != '\n') {
                    unread(after);
                }
            }
            if (c != EOF) {
                line++;
            }
            return new CsvRecord(startLine, cells, false, misplaced, oversized);
        }
    }

    private void append(StringBuilder cell, int c) {
        if (cell.length() < MAX_CELL_CHARS) {
            cell.append((char) c);
        } else {
            oversized = true;
        }
    }

    private void addCell(List<String> cells, StringBuilder cell) {
        if (cells.size() < MAX_CELLS) {
            cells.add(cell.toString());
        } else {
            oversized = true;
        }
    }

    private int read() throws IOException {
        if (pushedBack != Integer.MIN_VALUE) {
            int c = pushedBack;
            pushedBack = Integer.MIN_VALUE;
            return c;
        }
        return reader.read();
    }

    private int peek() throws IOException {
        int c = read();
        unread(c);
        return c;
    }

    private void unread(int c) {
        pushedBack = c;
    }
}
