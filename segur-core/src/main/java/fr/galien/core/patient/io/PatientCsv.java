package fr.galien.core.patient.io;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import fr.galien.core.identity.InsExchange;
import fr.galien.core.port.QualifiedIns;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads and writes patients as CSV, the format of {@code galien patients import|export --format csv}.
 *
 * <h2>Format</h2>
 * <ul>
 *   <li>Text in <b>UTF-8</b>. The export starts with a byte-order mark ({@code EF BB BF}) so that French
 *       spreadsheet software detects UTF-8; the import accepts files with or without it.</li>
 *   <li>Separator <b>{@code ;}</b> (what French spreadsheet software expects, as {@code ,} is the decimal mark).</li>
 *   <li>Quoting per <b>RFC 4180</b>: a cell holding {@code ;}, {@code "}, CR or LF, or starting or ending with a
 *       space, is written between double quotes, a quote inside being doubled ({@code "LE ""GRAND"""}). Records end
 *       with CRLF on export; CRLF, LF or CR are accepted on import, and a quoted cell may span several lines.</li>
 *   <li>A <b>header row</b> names the columns with the camelCase English keys of the JSON contract:
 *       {@value #HEADER_TEXT}. The export writes them in this order. The import accepts them in any order;
 *       {@code birthName}, {@code firstNames}, {@code sex} and {@code birthDate} are required, the others may be
 *       left out (empty); an unknown or duplicated column refuses the whole file with a clear message.</li>
 *   <li>{@code firstNames}: the first names in civil-status order separated by {@code |} (a first name may
 *       contain a space, so a space cannot separate them): {@code Marie|Thérèse|Anne}. A {@code |} or {@code \}
 *       inside a first name is written {@code \|} or {@code \\}.</li>
 *   <li>{@code sex}: {@code M}, {@code F} or {@code I} (indéterminé). {@code birthDate}: {@code yyyy-MM-dd}, with
 *       {@code 00} for an unknown month and/or day as INSi returns them ({@code 1980-00-00}, {@code 1980-03-00}).
 *       {@code identityStatus}: {@code provisoire}, {@code recuperee}, {@code validee} or {@code qualifiee} (empty =
 *       provisoire). {@code id}: the patient's UUID; empty on import means a new patient (a fresh UUID is drawn).
 *       {@code birthPlace}: the COG code. An empty cell is an absent value.</li>
 *   <li><b>Formula injection</b> (CSV injection): a cell that a spreadsheet would evaluate as a formula gets a
 *       leading apostrophe on export, which spreadsheets show as text and hide. That is a cell starting with
 *       {@code =}, {@code +}, {@code @}, a tab or a CR, or with {@code -} followed by a digit or one of
 *       {@code = + - @}. A lone leading hyphen followed by letters (a name such as {@code -Anne}) is left alone.
 *       The import removes that apostrophe again where it guards exactly such a start, so a round trip is exact.
 *       Phones written {@code +33 6…} are therefore exported as {@code '+33 6…}.</li>
 * </ul>
 * Parsing problems (bad date, unknown sex or status, wrong number of cells, broken quotes) are reported per
 * record with the line number where it starts, and that record is skipped; business rules are the registry's.
 */
public final class PatientCsv {

    public static final char SEPARATOR = ';';
    public static final char FIRST_NAME_SEPARATOR = '|';

    /** Column names, in export order; the JSON contract's keys plus the contact fields. */
    public static final List<String> COLUMNS = List.of("id", "birthName", "usedName", "firstNames", "sex",
            "birthDate", "birthPlace", "identityStatus", "matricule", "oid", "phone", "email", "address",
            "postalCode", "city");

    /** The header line as written (also quoted in the javadoc above). */
    public static final String HEADER_TEXT = "id;birthName;usedName;firstNames;sex;birthDate;birthPlace;"
            + "identityStatus;matricule;oid;phone;email;address;postalCode;city";

    public static final Set<String> REQUIRED_COLUMNS = Set.of("birthName", "firstNames", "sex", "birthDate");

    private PatientCsv() {
    }

    /**
     * Writes the header and one record per patient.
     *
     * @throws SegurException {@link IoError#IO_0006} when the writer fails
     */
    public static void write(List<Patient> patients, Writer out) {
        try {
            out.write('\uFEFF');
            out.write(HEADER_TEXT);
            out.write("\r\n");
            StringBuilder line = new StringBuilder(256);
            for (Patient patient : patients) {
                line.setLength(0);
                List<String> cells = cells(patient);
                for (int i = 0; i < cells.size(); i++) {
                    if (i > 0) {
                        line.append(SEPARATOR);
                    }
                    appendCell(line, cells.get(i));
                }
                line.append("\r\n");
                out.write(line.toString());
            }
            out.flush();
        } catch (IOException e) {
            throw new SegurException(IoError.IO_0006, e, String.valueOf(e.getMessage()));
        }
    }

    /**
     * Reads a whole CSV. Records that parse become patients (archived false, version 0); the others are reported.
     *
     * @throws SegurException {@link IoError#IO_0001}–{@link IoError#IO_0004} for a header that cannot be used,
     *                        {@link IoError#IO_0005} when the reader fails
     */
    public static CsvImport read(Reader in) {
        try {
            CsvRecordReader records = new CsvRecordReader(in, SEPARATOR);
            CsvRecordReader.CsvRecord header = records.next();
            while (header != null && header.isBlank()) {
                header = records.next();
            }
            if (header == null) {
                throw new SegurException(IoError.IO_0004, HEADER_TEXT);
            }
            Map<String, Integer> index = columnIndex(header.cells());
            List<Patient> patients = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<CsvLineError> errors = new ArrayList<>();
            for (CsvRecordReader.CsvRecord record = records.next(); record != null; record = records.next()) {
                if (record.isBlank()) {
                    continue;
                }
                Optional<Patient> patient = parseRecord(record, index, header.cells().size(), errors);
                if (patient.isPresent()) {
                    patients.add(patient.get());
                    lines.add(record.line());
                }
            }
            return new CsvImport(patients, errors, lines);
        } catch (IOException e) {
            throw new SegurException(IoError.IO_0005, e, String.valueOf(e.getMessage()));
        }
    }

    private static List<String> cells(Patient p) {
        Contact c = p.contact();
        // A file leaves the practice: the INS only for a qualified identity (InsExchange, decisions.md "outbound").
        Optional<QualifiedIns> ins = InsExchange.ifQualified(p);
        return List.of(p.id().toString(), nz(p.birthName()), nz(p.usedName()), joinFirstNames(p.firstNames()),
                p.sex() == null ? "" : p.sex().name(), p.birthDate() == null ? "" : p.birthDate().toIso(),
                nz(p.birthPlaceCode()), p.identityStatus().code(), ins.map(QualifiedIns::matricule).orElse(""),
                ins.map(QualifiedIns::oid).orElse(""), nz(c.phone()),
                nz(c.email()), nz(c.address()), nz(c.postalCode()), nz(c.city()));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static void appendCell(StringBuilder line, String raw) {
        String value = needsFormulaGuard(raw) ? "'" + raw : raw;
        boolean quote = value.indexOf(SEPARATOR) >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0
                || (!value.isEmpty() && (value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' '));
        if (!quote) {
            line.append(value);
            return;
        }
        line.append('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '"') {
                line.append('"');
            }
            line.append(ch);
        }
        line.append('"');
    }

    /**
     * True when the export prefixes an apostrophe: the cell would run as a formula (OWASP "CSV injection"), or it
     * already starts with apostrophes before such a start, so that the import's removal stays exact.
     */
    static boolean needsFormulaGuard(String value) {
        int start = 0;
        while (start < value.length() && value.charAt(start) == '\'') {
            start++;
        }
        return startsLikeFormula(value, start);
    }

    private static boolean startsLikeFormula(String value, int from) {
        if (value.length() <= from) {
            return false;
        }
        char first = value.charAt(from);
        if (first == '=' || first == '+' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '-' && value.length() > from + 1) {
            char second = value.charAt(from + 1);
            return Character.isDigit(second) || second == '=' || second == '+' || second == '-' || second == '@';
        }
        return false;
    }

    /** Reverses the export guard: drops the apostrophe only where it protects a formula-like start. */
    static String removeFormulaGuard(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && needsFormulaGuard(value.substring(1))) {
            return value.substring(1);
        }
        return value;
    }

    static String joinFirstNames(List<String> firstNames) {
        StringBuilder out = new StringBuilder();
        for (String name : firstNames) {
            if (out.length() > 0) {
                out.append(FIRST_NAME_SEPARATOR);
            }
            for (int i = 0; i < name.length(); i++) {
                char ch = name.charAt(i);
                if (ch == FIRST_NAME_SEPARATOR || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** Splits on unescaped {@code |}; a backslash before anything else is kept as a plain backslash. */
    static List<String> splitFirstNames(String cell) {
        List<String> names = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char ch = cell.charAt(i);
            if (ch == '\\' && i + 1 < cell.length()
                    && (cell.charAt(i + 1) == FIRST_NAME_SEPARATOR || cell.charAt(i + 1) == '\\')) {
                current.append(cell.charAt(++i));
            } else if (ch == FIRST_NAME_SEPARATOR) {
                addName(names, current);
            } else {
                current.append(ch);
            }
        }
        addName(names, current);
        return names;
    }

    private static void addName(List<String> names, StringBuilder current) {
        if (!current.toString().isBlank()) {
            names.add(current.toString());
        }
        current.setLength(0);
    }

    private static Map<String, Integer> columnIndex(List<String> headerCells) {
        Map<String, Integer> index = new HashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> duplicated = new LinkedHashSet<>();
        for (int i = 0; i < headerCells.size(); i++) {
            String name = headerCells.get(i).strip();
            if (!COLUMNS.contains(name)) {
                unknown.add(name.isEmpty() ? "(vide)" : name);
            } else if (index.putIfAbsent(name, i) != null) {
                duplicated.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new SegurException(IoError.IO_0001, String.join(", ", unknown), String.join(", ", COLUMNS));
        }
        if (!duplicated.isEmpty()) {
            throw new SegurException(IoError.IO_0003, String.join(", ", duplicated));
        }
        List<String> missing = new ArrayList<>();
        for (String column : COLUMNS) {
            if (REQUIRED_COLUMNS.contains(column) && !index.containsKey(column)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new SegurException(IoError.IO_0002, String.join(", ", missing));
        }
        return index;
    }

    private static Optional<Patient> parseRecord(CsvRecordReader.CsvRecord record, Map<String, Integer> index,
                                                 int width, List<CsvLineError> errors) {
        int line = record.line();
        if (record.unterminatedQuote()) {
            errors.add(CsvLineError.of(line, null, IoMessage.CSV_QUOTE_UNTERMINATED));
            return Optional.empty();
        }
        if (record.oversized()) {
            errors.add(CsvLineError.of(line, null, IoMessage.CSV_OVERSIZED,
                    String.valueOf(CsvRecordReader.MAX_CELL_CHARS), String.valueOf(CsvRecordReader.MAX_CELLS)));
            return Optional.empty();
        }
        if (record.misplacedQuote()) {
            errors.add(CsvLineError.of(line, null, IoMessage.CSV_QUOTE_MISPLACED));
            return Optional.empty();
        }
        if (record.cells().size() != width) {
            errors.add(CsvLineError.of(line, null, IoMessage.CSV_COLUMN_COUNT,
                    String.valueOf(record.cells().size()), String.valueOf(width)));
            return Optional.empty();
        }
        Cells cells = new Cells(record.cells(), index);
        int before = errors.size();

        UUID id = UUID.randomUUID();
        String idText = cells.get("id");
        if (idText != null) {
            try {
                id = UUID.fromString(idText.strip());
            } catch (IllegalArgumentException e) {
                errors.add(CsvLineError.of(line, "id", IoMessage.CSV_ID_INVALID, idText));
            }
        }
        Sex sex = null;
        String sexText = cells.get("sex");
        if (sexText != null) {
            sex = Sex.fromCode(sexText).orElse(null);
            if (sex == null) {
                errors.add(CsvLineError.of(line, "sex", IoMessage.CSV_SEX_UNKNOWN, sexText));
            }
        }
        BirthDate birthDate = null;
        String dateText = cells.get("birthDate");
        if (dateText != null) {
            birthDate = BirthDate.parseIso(dateText).orElse(null);
            if (birthDate == null) {
                errors.add(CsvLineError.of(line, "birthDate", IoMessage.CSV_BIRTH_DATE_INVALID, dateText));
            }
        }
        IdentityStatus status = IdentityStatus.PROVISOIRE;
        String statusText = cells.get("identityStatus");
        if (statusText != null) {
            status = IdentityStatus.fromCode(statusText.strip()).orElse(null);
            if (status == null) {
                errors.add(CsvLineError.of(line, "identityStatus", IoMessage.CSV_IDENTITY_STATUS_UNKNOWN,
                        statusText));
            }
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        String firstNames = cells.get("firstNames");
        Contact contact = new Contact(cells.get("phone"), cells.get("email"), cells.get("address"),
                cells.get("postalCode"), cells.get("city"));
        return Optional.of(new Patient(id, cells.get("birthName"), cells.get("usedName"),
                firstNames == null ? List.of() : splitFirstNames(firstNames), sex, birthDate,
                cells.get("birthPlace"), contact, status, cells.get("matricule"), cells.get("oid"), Set.of(), false, 0));
    }

    /** Cells of one record by column name; an empty cell or an absent column reads as null. */
    private static final class Cells {
        private final List<String> values;
        private final Map<String, Integer> index;

        Cells(List<String> values, Map<String, Integer> index) {
            this.values = values;
            this.index = index;
        }

        String get(String column) {
            Integer i = index.get(column);
            if (i == null) {
                return null;
            }
            String value = removeFormulaGuard(values.get(i));
            return value.isEmpty() ? null : value;
        }
    }
}
