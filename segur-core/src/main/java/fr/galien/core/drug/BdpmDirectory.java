package fr.galien.core.drug;

import fr.galien.core.drug.BdpmData.ConditionRow;
import fr.galien.core.drug.BdpmData.GenericRow;
import fr.galien.core.drug.BdpmData.MedicineRow;
import fr.galien.core.drug.BdpmData.PresentationRow;
import fr.galien.core.drug.BdpmData.SubstanceRow;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads an ANSM BDPM export: the five tab-separated files, no header line, each file's encoding detected on its own
 * (strict UTF-8 when every byte sequence is valid UTF-8, else Windows-1252 — a superset of the ISO-8859-1 the ANSM
 * publishes). Every line is checked; the first bad one stops the reading with {@code DRG-0003} naming the file and
 * the line, so nothing is stored. Extra columns (later exports) are ignored.
 *
 * <p>Presentations, substances and conditions whose CIS is not in CIS_bdpm are kept (the ANSM publishes a few; the
 * generic groups name many withdrawn medicines): they are stored and skipped by the search index.
 */
public final class BdpmDirectory {

    public static final String MEDICINES = "CIS_bdpm.txt";
    public static final String PRESENTATIONS = "CIS_CIP_bdpm.txt";
    public static final String COMPOSITIONS = "CIS_COMPO_bdpm.txt";
    public static final String GENERICS = "CIS_GENER_bdpm.txt";
    public static final String CONDITIONS = "CIS_CPD_bdpm.txt";
    static final List<String> FILES = List.of(MEDICINES, PRESENTATIONS, COMPOSITIONS, GENERICS, CONDITIONS);

    /** The largest file of the 2021 export is 4 MB: 64 MB leaves room for years of growth, not for a wrong file. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Column width of the stored texts. */
    static final int MAX_TEXT = 2000;

    private static final Pattern CIS = Pattern.compile("\\d{8}");
    private static final Pattern CIP13 = Pattern.compile("\\d{13}");
    private static final Pattern CIP7 = Pattern.compile("\\d{7}");
    private static final Pattern GROUP_ID = Pattern.compile("\\d{1,9}");
    private static final Pattern RATE = Pattern.compile("(\\d{1,3})\\s*%");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private BdpmDirectory() {
    }

    /**
     * Reads and checks every file of {@code directory}.
     *
     * @throws SegurException {@code DRG-0001} no such directory, {@code DRG-0002} a file missing, {@code DRG-0003} a
     *                        bad line (file, line, reason), {@code DRG-0004} unreadable, {@code DRG-0005} too large,
     *                        {@code DRG-0006} no medicine
     */
    public static BdpmData read(Path directory) {
        if (directory == null || !Files.isDirectory(directory)) {
            throw new SegurException(DrugError.DRG_0001, String.valueOf(directory));
        }
        for (String name : FILES) {
            if (!Files.isRegularFile(directory.resolve(name))) {
                throw new SegurException(DrugError.DRG_0002, name, directory, String.join(", ", FILES));
            }
        }
        List<MedicineRow> medicines = readMedicines(lines(directory.resolve(MEDICINES)));
        if (medicines.isEmpty()) {
            throw new SegurException(DrugError.DRG_0006, MEDICINES);
        }
        return new BdpmData(directory.toAbsolutePath().toString(), medicines,
                readPresentations(lines(directory.resolve(PRESENTATIONS))),
                readSubstances(lines(directory.resolve(COMPOSITIONS))),
                readGenerics(lines(directory.resolve(GENERICS))),
                readConditions(lines(directory.resolve(CONDITIONS))));
    }

    /** A file's text lines, decoded. */
    static FileLines lines(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new SegurException(DrugError.DRG_0005, name, size, MAX_BYTES);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new SegurException(DrugError.DRG_0004, e, name, e.getMessage());
        }
        return new FileLines(name, decode(bytes));
    }

    /** UTF-8 when the bytes are valid UTF-8 (a BOM dropped), else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }

    /** The lines of one file; {@link Line#number()} counts from 1 as an editor does. */
    static final class FileLines {
        final String file;
        final String[] lines;

        FileLines(String file, String text) {
            this.file = file;
            String[] split = text.split("\n", -1);
            int count = split.length;
            while (count > 0 && split[count - 1].isBlank()) {
                count--;
            }
            this.lines = Arrays.copyOf(split, count);
        }
    }

    /** One line's cells, with what names it in a refusal. */
    static final class Line {
        private final String file;
        private final int number;
        private final String[] cells;

        Line(String file, int number, String text, int minColumns) {
            this.file = file;
            this.number = number;
            String stripped = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            this.cells = stripped.split("\t", -1);
            if (cells.length < minColumns) {
                throw refused(DrugMessage.LINE_COLUMNS, cells.length, minColumns);
            }
        }

        int number() {
            return number;
        }

        SegurException refused(DrugMessage reason, Object... args) {
            return new SegurException(DrugError.DRG_0003, file, number, Messages.format(reason, args));
        }

        /** Column {@code index} (0-based), stripped, checked for control and unreadable characters and length. */
        String text(int index, String column) {
            String value = cells[index].strip();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '\uFFFD') {
                    throw refused(DrugMessage.LINE_UNREADABLE_CHARACTER, column);
                }
                if (Character.isISOControl(c)) {
                    throw refused(DrugMessage.LINE_CONTROL_CHARACTER, (int) c, column);
                }
            }
            if (value.length() > MAX_TEXT) {
                throw refused(DrugMessage.LINE_TOO_LONG, column, MAX_TEXT);
            }
            return value;
        }

        String required(int index, String column) {
            String value = text(index, column);
            if (value.isEmpty()) {
                throw refused(DrugMessage.LINE_EMPTY_VALUE, column);
            }
            return value;
        }

        String code(int index, Pattern pattern, DrugMessage invalid) {
            String value = cells[index].strip();
            if (!pattern.matcher(value).matches()) {
                throw refused(invalid, value.length() > 40 ? value.substring(0, 40) + "…" : value);
            }
            return value;
        }

        BigDecimal price(int index) {
            String value = text(index, "prix");
            if (value.isEmpty()) {
                return null;
            }
            BigDecimal price = parsePrice(value);
            if (price == null) {
                throw refused(DrugMessage.LINE_PRICE_INVALID, value);
            }
            return price;
        }
    }

    /**
     * A BDPM price: decimal comma, and thousands written with a comma too ({@code 1,001,11} is 1 001,11 €): the last
     * separator followed by one or two digits is the decimal one.
     */
    static BigDecimal parsePrice(String value) {
        String compact = value.replace(" ", "").replace("\u00A0", "").replace("\u202F", "");
        int last = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
        String grouped;
        String fraction;
        if (last >= 0 && compact.length() - last - 1 >= 1 && compact.length() - last - 1 <= 2) {
            grouped = compact.substring(0, last);
            fraction = compact.substring(last + 1);
        } else {
            grouped = compact;
            fraction = "";
        }
        // Thousands separators, if any, split the integer part in groups of three digits.
        String[] groups = grouped.split("[,.]", -1);
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        String integer = String.join("", groups);
        if (integer.isEmpty() || integer.length() > 9 || !integer.chars().allMatch(Character::isDigit)
                || !fraction.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new BigDecimal(fraction.isEmpty() ? integer : integer + "." + fraction);
    }

    static List<MedicineRow> readMedicines(FileLines file) {
        List<MedicineRow> rows = new ArrayList<>(file.lines.length);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < file.lines.length; i++) {
            if (file.lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(file.file, i + 1, file.lines[i], 7);
            String cis = line.code(0, CIS, DrugMessage.LINE_CIS_INVALID);
            Integer previous = seen.putIfAbsent(cis, line.number());
            if (previous != null) {
                throw line.refused(DrugMessage.LINE_DUPLICATE_CIS, cis, previous);
            }
            List<String> routes = new ArrayList<>();
            for (String route : line.text(3, "voies d'administration").split(";")) {
                if (!route.isBlank()) {
                    routes.add(route.strip());
                }
            }
            rows.add(new MedicineRow(cis, line.required(1, "dénomination"), line.text(2, "forme"), routes,
                    line.text(4, "statut de l'AMM"), line.text(6, "état de commercialisation"),
                    line.cells.length > 10 ? line.text(10, "titulaire(s)") : ""));
        }
        return rows;
    }

    static List<PresentationRow> readPresentations(FileLines file) {
        List<PresentationRow> rows = new ArrayList<>(file.lines.length);
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < file.lines.length; i++) {
            if (file.lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(file.file, i + 1, file.lines[i], 7);
            String cis = line.code(0, CIS, DrugMessage.LINE_CIS_INVALID);
            String cip7 = line.code(1, CIP7, DrugMessage.LINE_CIP7_INVALID);
            String cip13 = line.code(6, CIP13, DrugMessage.LINE_CIP13_INVALID);
            Integer previous = seen.putIfAbsent(cip13, line.number());
            if (previous != null) {
                throw line.refused(DrugMessage.LINE_DUPLICATE_CIP13, cip13, previous);
            }
            Integer rate = null;
            if (line.cells.length > 8) {
                var matcher = RATE.matcher(line.text(8, "taux de remboursement"));
                rate = matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
            }
            rows.add(new PresentationRow(cis, cip7, line.text(2, "libellé"), line.text(3, "statut"),
                    line.text(4, "état de commercialisation"), cip13, rate,
                    line.cells.length > 9 ? line.price(9) : null, line.cells.length > 10 ? line.price(10) : null));
        }
        return rows;
    }

    static List<SubstanceRow> readSubstances(FileLines file) {
        List<SubstanceRow> rows = new ArrayList<>(file.lines.length);
        for (int i = 0; i < file.lines.length; i++) {
            if (file.lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(file.file, i + 1, file.lines[i], 7);
            rows.add(new SubstanceRow(line.code(0, CIS, DrugMessage.LINE_CIS_INVALID), line.text(1, "élément"),
                    line.text(2, "code de la substance"), line.required(3, "substance"), line.text(4, "dosage"),
                    line.text(5, "référence du dosage"), line.text(6, "nature du composant")));
        }
        return rows;
    }

    static List<GenericRow> readGenerics(FileLines file) {
        List<GenericRow> rows = new ArrayList<>(file.lines.length);
        for (int i = 0; i < file.lines.length; i++) {
            if (file.lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(file.file, i + 1, file.lines[i], 4);
            String group = line.code(0, GROUP_ID, DrugMessage.LINE_GENERIC_GROUP_INVALID);
            String label = line.required(1, "libellé du groupe");
            String cis = line.code(2, CIS, DrugMessage.LINE_CIS_INVALID);
            String typeText = line.cells[3].strip();
            GenericType type = typeText.matches("\\d") ? GenericType.fromBdpmCode(Integer.parseInt(typeText))
                    .orElse(null) : null;
            if (type == null) {
                throw line.refused(DrugMessage.LINE_GENERIC_TYPE_INVALID, typeText);
            }
            int order = 0;
            if (line.cells.length > 4 && line.cells[4].strip().matches("\\d{1,6}")) {
                order = Integer.parseInt(line.cells[4].strip());
            }
            rows.add(new GenericRow(group, label, cis, type, order));
        }
        return rows;
    }

    static List<ConditionRow> readConditions(FileLines file) {
        List<ConditionRow> rows = new ArrayList<>(file.lines.length);
        for (int i = 0; i < file.lines.length; i++) {
            if (file.lines[i].isBlank()) {
                continue;
            }
            Line line = new Line(file.file, i + 1, file.lines[i], 2);
            rows.add(new ConditionRow(line.code(0, CIS, DrugMessage.LINE_CIS_INVALID),
                    line.required(1, "condition")));
        }
        return rows;
    }
}
