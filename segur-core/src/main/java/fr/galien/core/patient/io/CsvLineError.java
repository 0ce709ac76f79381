package fr.galien.core.patient.io;

import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.util.List;

/**
 * One line of an imported CSV that could not be read; the line is skipped, the others are imported.
 *
 * @param line  physical line (1 = header) where the record starts; a quoted cell may span several lines
 * @param field column name as in the header ({@code birthDate}…), or null when the whole record is wrong
 */
public record CsvLineError(int line, String field, MessageKey message, List<Object> args) {

    public CsvLineError {
        args = List.copyOf(args);
    }

    static CsvLineError of(int line, String field, MessageKey message, Object... args) {
        return new CsvLineError(line, field, message, List.of(args));
    }

    /** French text of the problem alone, e.g. {@code sexe « X » inconnu : M, F ou I attendu}. */
    public String text() {
        return Messages.format(message, args.toArray());
    }

    /** What the CLI prints: {@code ligne 12, colonne sex : sexe « X » inconnu…}. */
    public String describe() {
        return field == null ? "ligne " + line + " : " + text() : "ligne " + line + ", colonne " + field + " : " + text();
    }
}
