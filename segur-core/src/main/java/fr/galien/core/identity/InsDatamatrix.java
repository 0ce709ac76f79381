package fr.galien.core.identity;

import fr.galien.core.port.QualifiedIns;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.SegurException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text content of the ANS "datamatrix INS" printed on health documents (specs §2.6): parsed from what the counter
 * scanner types, or encoded for printing. Image decoding (ZXing) belongs to the app; this class only sees text. A
 * scanned identity is a proposal ({@link DatamatrixIdentity}): check it with INSi, never qualify from it alone.
 *
 * <p>Grammar: a 26-character header {@code IS} + version {@code 01} + 22 reserved characters ({@code 0}), then fields,
 * each a two-character identifier and a value: {@code S1} matricule (15), {@code S2} OID (up to 20), {@code S3} birth
 * first names separated by spaces (up to 100), {@code S4} birth name (up to 100), {@code S5} sex (1: M or F),
 * {@code S6} birth date {@code JJ-MM-AAAA} (10), {@code S7} birth place COG (5, optional). A variable-length field
 * shorter than its maximum and not last ends with GS (ASCII 29).
 *
 * <p><b>What is confirmed and what is not.</b> The specs digest cites ANS "Format du datamatrix INS" v2.2 (2023-09-26)
 * through a third party. Two independent public implementations agree on the header, the identifiers S1–S7, the
 * fixed lengths (15, 1, 10, 5), the {@code JJ-MM-AAAA} date, S7 being optional and the GS rule; one of them, citing
 * the ANS document section by section, gives the maximum lengths (S2 19–20, S3/S4 100). <b>Not confirmed against the
 * ANS PDF itself</b>: whether the 22 reserved characters may ever differ from {@code 0} (they are not checked here),
 * whether fields must come in order (they are written S1…S7 and read in any order, each once), how unknown day/month
 * are written ({@code 00} is read and written like INSi's lunar dates), and the symbol-level rules (C40/ASCII
 * encodation, size, the printed "INS" caption) that the printing side must follow. Validate generated codes with the
 * ANS tool (https://interop.esante.gouv.fr/datamatrixins/) before printing real documents.
 *
 * <p>Scanners are forgiving inputs: an AIM symbology prefix ({@code ]d1}…{@code ]d6}), a trailing line break, a GS
 * typed as the text {@code <GS>}, turned into a space or dropped altogether (a keyboard-wedge scanner) are all
 * accepted — a value ends at
 * GS, at its maximum length, or where the next identifier {@code S1}–{@code S7} starts (names hold no digit and the
 * OID no letter, so that cut is unambiguous).
 */
public final class InsDatamatrix {

    static final String HEADER = "IS01" + "0".repeat(22);
    static final char GS = '\u001D';

    private static final int HEADER_LENGTH = 26;
    private static final Pattern NEXT_FIELD = Pattern.compile("S[1-7]");
    private static final Pattern OID = Pattern.compile("\\d+(\\.\\d+)+");
    private static final Pattern DATE = Pattern.compile("(\\d{2})-(\\d{2})-(\\d{4})");
    private static final Pattern COG = Pattern.compile("\\d{5}|2[AB]\\d{3}");
    private static final Pattern AIM_PREFIX = Pattern.compile("^\\]d[0-6]");

    private enum Field {
        S1("le matricule INS (S1)", 15),
        S2("l'OID (S2)", 20),
        S3("la liste des prénoms (S3)", 100),
        S4("le nom de naissance (S4)", 100),
        S5("le sexe (S5)", 1),
        S6("la date de naissance (S6)", 10),
        S7("le lieu de naissance (S7)", 5);

        final String label;
        /** The fixed length, or the maximum of a variable field. */
        final int length;

        Field(String label, int length) {
            this.label = label;
            this.length = length;
        }
    }

    private InsDatamatrix() {
    }

    /**
     * The identity in a scanned INS datamatrix.
     *
     * @throws SegurException {@code INS-0060} empty, {@code INS-0061} not an INS datamatrix, {@code INS-0062} a
     *                        required field missing, {@code INS-0063} a malformed field, {@code INS-0064} an unknown or
     *                        repeated identifier
     */
    public static DatamatrixIdentity parse(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            throw new SegurException(InsError.INS_0060);
        }
        String text = AIM_PREFIX.matcher(scanned.strip()).replaceFirst("").replace("<GS>", String.valueOf(GS));
        if (text.length() < HEADER_LENGTH || !text.startsWith("IS01")) {
            throw new SegurException(InsError.INS_0061);
        }
        Map<Field, String> values = new EnumMap<>(Field.class);
        int at = HEADER_LENGTH;
        while (at < text.length()) {
            if (text.charAt(at) == GS) {
                at++;
                continue;
            }
            String id = text.substring(at, Math.min(at + 2, text.length()));
            Field field = field(id);
            if (field == null || values.containsKey(field)) {
                throw new SegurException(InsError.INS_0064, id);
            }
            int start = at + 2;
            int end = valueEnd(text, start, field);
            values.put(field, text.substring(start, end).strip());
            at = end;
        }
        return identity(values);
    }

    /**
     * The datamatrix text for a qualified identity (REM 32: the INS datamatrix is printed only then).
     *
     * @throws SegurException {@code INS-0040..0042} from {@link InsExchange#requireQualified}, {@code INS-0065}
     *                        a value that cannot be written
     */
    public static String encodeQualified(Patient patient) {
        QualifiedIns ins = InsExchange.requireQualified(patient);
        return encode(new DatamatrixIdentity(ins.matricule(), ins.oid(), ins.traits().firstNames(),
                ins.traits().birthName(), ins.traits().sex(), ins.traits().birthDate(),
                ins.traits().birthPlaceCode()));
    }

    /**
     * The datamatrix text of {@code identity}: header, then S1…S7 in order (S7 only with a birth place), names written
     * as INSi writes them. Symbol rendering is the caller's.
     *
     * @throws SegurException {@code INS-0065} a value that cannot be written (sex I, too long, not an INS name)
     */
    public static String encode(DatamatrixIdentity identity) {
        String firstNames = InsText.normalize(String.join(" ", identity.firstNames()));
        String birthName = InsText.normalize(identity.birthName());
        requireWritable(Matricules.hasInsStructure(identity.matricule()), Field.S1);
        requireWritable(OID.matcher(identity.oid()).matches() && identity.oid().length() <= Field.S2.length, Field.S2);
        requireWritable(InsText.isInsiName(firstNames) && firstNames.length() <= Field.S3.length, Field.S3);
        requireWritable(InsText.isInsiName(birthName) && birthName.length() <= Field.S4.length, Field.S4);
        requireWritable(identity.sex() == Sex.M || identity.sex() == Sex.F, Field.S5);
        String place = identity.birthPlaceCode();
        requireWritable(place == null || COG.matcher(place).matches(), Field.S7);
        StringBuilder text = new StringBuilder(HEADER);
        text.append("S1").append(identity.matricule());
        variable(text, Field.S2, identity.oid());
        variable(text, Field.S3, firstNames);
        variable(text, Field.S4, birthName);
        text.append("S5").append(identity.sex().name());
        BirthDate date = identity.birthDate();
        text.append("S6").append(String.format(Locale.ROOT, "%02d-%02d-%04d", date.day(), date.month(), date.year()));
        if (place != null) {
            text.append("S7").append(place);
        }
        return text.toString();
    }

    /** S2–S4 are never last (S5 and S6 follow), so GS ends them unless they fill their maximum. */
    private static void variable(StringBuilder text, Field field, String value) {
        text.append(field.name()).append(value);
        if (value.length() < field.length) {
            text.append(GS);
        }
    }

    /**
     * Where a value ends: its length (fixed) or maximum (variable), or earlier at a GS or at the next identifier —
     * no value can hold "S" followed by a digit, so a short fixed field is reported as malformed, not misread.
     */
    private static int valueEnd(String text, int start, Field field) {
        int limit = Math.min(start + field.length, text.length());
        int gs = text.indexOf(GS, start);
        if (gs >= 0 && gs < limit) {
            limit = gs;
        }
        Matcher next = NEXT_FIELD.matcher(text).region(start, Math.min(limit + 1, text.length()));
        return next.find() && next.start() < limit ? next.start() : limit;
    }

    private static Field field(String id) {
        for (Field field : Field.values()) {
            if (field.name().equals(id)) {
                return field;
            }
        }
        return null;
    }

    private static DatamatrixIdentity identity(Map<Field, String> values) {
        for (Field field : List.of(Field.S1, Field.S2, Field.S3, Field.S4, Field.S5, Field.S6)) {
            if (!values.containsKey(field) || values.get(field).isEmpty()) {
                throw new SegurException(InsError.INS_0062, field.label);
            }
        }
        String matricule = values.get(Field.S1).toUpperCase(Locale.ROOT);
        requireWellFormed(Matricules.hasInsStructure(matricule), Field.S1);
        String oid = values.get(Field.S2);
        requireWellFormed(InsOid.isKnown(oid), Field.S2);
        List<String> firstNames = new ArrayList<>();
        for (String firstName : InsText.normalize(values.get(Field.S3)).split(" ")) {
            requireWellFormed(InsText.isInsiName(firstName), Field.S3);
            firstNames.add(firstName);
        }
        String birthName = InsText.normalize(values.get(Field.S4));
        requireWellFormed(InsText.isInsiName(birthName), Field.S4);
        Sex sex = Sex.fromCode(values.get(Field.S5)).filter(s -> s != Sex.I).orElse(null);
        requireWellFormed(sex != null, Field.S5);
        Matcher date = DATE.matcher(values.get(Field.S6));
        requireWellFormed(date.matches(), Field.S6);
        BirthDate birthDate = BirthDate.parseIso(date.group(3) + "-" + date.group(2) + "-" + date.group(1))
                .orElseThrow(() -> new SegurException(InsError.INS_0063, Field.S6.label));
        String place = values.get(Field.S7);
        if (place != null) {
            place = place.toUpperCase(Locale.ROOT);
            requireWellFormed(COG.matcher(place).matches(), Field.S7);
        }
        return new DatamatrixIdentity(matricule, oid, firstNames, birthName, sex, birthDate, place);
    }

    private static void requireWellFormed(boolean condition, Field field) {
        if (!condition) {
            throw new SegurException(InsError.INS_0063, field.label);
        }
    }

    private static void requireWritable(boolean condition, Field field) {
        if (!condition) {
            throw new SegurException(InsError.INS_0065, field.label);
        }
    }
}
