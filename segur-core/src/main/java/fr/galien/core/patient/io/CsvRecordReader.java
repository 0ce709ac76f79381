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
    record CsvRecord(int line, List<String> cells, boolean unterminatedQuote, boolean misplacedQuote) {

        boolean isBlank() {
            return cells.size() == 1 && cells.get(0).isBlank();
        }
    }

    private static final int EOF = -1;

    private final Reader reader;
    private final char separator;
    private int pushedBack = Integer.MIN_VALUE;
    private int line = 1;
    private boolean atStart = true;

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
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean misplaced = false;
        while (true) {
            if (c == '"' && cell.length() == 0) {
                // Quoted cell: read to the closing quote, then expect a separator or the end of the record.
                while (true) {
                    c = read();
                    if (c == EOF) {
                        cells.add(cell.toString());
                        return new CsvRecord(startLine, cells, true, misplaced);
                    }
                    if (c == '"') {
                        int after = read();
                        if (after == '"') {
                            cell.append('"');
                            continue;
                        }
                        c = after;
                        break;
                    }
                    if (c == '\n' || (c == '\r' && peek() != '\n')) {
                        line++;
                    }
                    cell.append((char) c);
                }
                if (c != separator && c != '\n' && c != '\r' && c != EOF) {
                    misplaced = true; // text after the closing quote: keep it, but flag the record
                    while (c != separator && c != '\n' && c != '\r' && c != EOF) {
                        cell.append((char) c);
                        c = read();
                    }
                }
            } else {
                while (c != separator && c != '\n' && c != '\r' && c != EOF) {
                    cell.append((char) c);
                    c = read();
                }
            }
            cells.add(cell.toString());
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
            return new CsvRecord(startLine, cells, false, misplaced);
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
