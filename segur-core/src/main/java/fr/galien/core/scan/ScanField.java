package fr.galien.core.scan;

import fr.galien.core.error.ErrorCode;
import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import fr.galien.core.identity.InsDatamatrix;
import fr.galien.core.scan.ScanResult.ApCvQr;
import fr.galien.core.scan.ScanResult.ErxIdentifier;
import fr.galien.core.scan.ScanResult.InsDatamatrixScan;
import fr.galien.core.scan.ScanResult.MedicineBox;
import fr.galien.core.scan.ScanResult.Unknown;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The counter's one scan field (issue 11 §5): a keyboard-wedge scanner types into it, or an image's decoded text is
 * handed to it. Tells apart, in this order:
 * <ol>
 *   <li>the appli carte Vitale QR code — {@code APCV1:} + token (the sandbox contract, docs/sandbox.md);</li>
 *   <li>the INS datamatrix — header {@code IS01} (specs §2.6, {@link InsDatamatrix});</li>
 *   <li>a medicine box's GS1 DataMatrix — AIM prefix {@code ]d2}, a GS, or {@code 01} + 14 digits (01 GTIN → CIP13,
 *       17 expiry, 10 lot, 21 serial);</li>
 *   <li>a box's EAN-13 — 13 digits {@code 340…} with a valid check digit — or its GTIN-14 {@code 0340…};</li>
 *   <li>an e-prescription identifier — 18 characters {@code [0-9A-Z]} (specs §4.3); the QR carries the identifier
 *       alone (ADR 0025), typed by hand it may be in lower case or grouped with spaces or hyphens.</li>
 * </ol>
 * Anything else is {@link Unknown} with a French sentence that says what was read. Never throws.
 */
public final class ScanField {

    static final int MAX_LENGTH = Gs1.MAX_LENGTH;
    private static final int PRINTABLE_LENGTH = 120;
    private static final String APCV_PREFIX = "APCV1:";
    private static final Pattern AIM = Pattern.compile("^\\][A-Za-z][0-9A-Za-z]");
    private static final Pattern ERX = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern ERX_LIKE = Pattern.compile("[0-9A-Z]{12,24}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern LETTER = Pattern.compile(".*[A-Z].*");
    private static final Pattern GROUPING = Pattern.compile("[\\s\\-.]+");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);

    private ScanField() {
    }

    /** What {@code scanned} is. */
    public static ScanResult classify(String scanned) {
        if (scanned == null || scanned.isBlank()) {
            return unknown("", ScanError.SCN_0001);
        }
        if (scanned.length() > MAX_LENGTH) {
            return unknown(printable(scanned), ScanError.SCN_0008, scanned.length(), MAX_LENGTH);
        }
        String read = printable(scanned);
        // Scanners may end with a line break and spell GS as text; a leading GS is FNC1 in first position.
        String text = scanned.strip().replace("<GS>", "\u001D").replace('\u241D', '\u001D');
        String aim = "";
        var aimMatcher = AIM.matcher(text);
        if (aimMatcher.find()) {
            aim = aimMatcher.group();
            text = text.substring(aim.length());
        }
        while (!text.isEmpty() && text.charAt(0) == Gs1.GS) {
            text = text.substring(1);
        }
        if (text.isEmpty()) {
            return unknown(read, ScanError.SCN_0001);
        }
        if (text.regionMatches(true, 0, APCV_PREFIX, 0, APCV_PREFIX.length()) && text.length() > APCV_PREFIX.length()) {
            return new ApCvQr(read, APCV_PREFIX + text.substring(APCV_PREFIX.length()));
        }
        if (text.startsWith("IS01")) {
            try {
                return new InsDatamatrixScan(read, InsDatamatrix.parse(text));
            } catch (SegurException e) {
                return unknown(read, ScanError.SCN_0007, e.getMessage());
            }
        }
        boolean gs1Hint = aim.equals("]d2") || aim.equals("]C1") || aim.equals("]e0") || aim.equals("]Q3")
                || text.indexOf(Gs1.GS) >= 0;
        if (gs1Hint || (text.length() > 16 && text.startsWith("01") && Gs1.allDigits(text.substring(2, 16)))) {
            return box(read, text);
        }
        if (DIGITS.matcher(text).matches() && (text.length() == 13 || text.length() == 14)) {
            return ean(read, text);
        }
        String compact = GROUPING.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
        if (ERX.matcher(compact).matches()) {
            return new ErxIdentifier(read, compact);
        }
        if (ERX_LIKE.matcher(compact).matches() && LETTER.matcher(compact).matches()) {
            return unknown(read, ScanError.SCN_0011, compact, compact.length());
        }
        return unknown(read, ScanError.SCN_0002, read);
    }

    /**
     * Refuses an expired box (issue 11 §5: an expired lot is refused with its date).
     *
     * @throws SegurException {@code SCN-0005} with the date, the lot and the CIP13
     */
    public static void requireNotExpired(MedicineBox box, LocalDate today) {
        if (box.expiredOn(today)) {
            throw new SegurException(ScanError.SCN_0005, box.expiry().format(FRENCH_DATE),
                    box.lot() == null ? "?" : box.lot(), box.cip13());
        }
    }

    /** The French name of what was scanned (« ordonnance numérique », « boîte de médicament »…). */
    public static String kind(ScanResult result) {
        ScanMessage key;
        if (result instanceof ErxIdentifier) {
            key = ScanMessage.KIND_ERX;
        } else if (result instanceof InsDatamatrixScan) {
            key = ScanMessage.KIND_INS;
        } else if (result instanceof MedicineBox) {
            key = ScanMessage.KIND_BOX;
        } else if (result instanceof ApCvQr) {
            key = ScanMessage.KIND_APCV;
        } else {
            key = ScanMessage.KIND_UNKNOWN;
        }
        return Messages.format(key);
    }

    private static ScanResult box(String read, String text) {
        Gs1.Parsed parsed;
        try {
            parsed = Gs1.parse(text);
        } catch (Gs1.Malformed malformed) {
            String compact = GROUPING.matcher(text).replaceAll("").toUpperCase(Locale.ROOT);
            if (ERX.matcher(compact).matches()) {
                return new ErxIdentifier(read, compact); // an identifier that happens to start like a GTIN
            }
            return unknown(read, ScanError.SCN_0003, read, malformed.getMessage());
        }
        Map<String, String> elements = parsed.elements();
        String gtin = elements.get("01");
        if (gtin == null) {
            return unknown(read, ScanError.SCN_0003, read, Messages.format(ScanMessage.GS1_GTIN_MISSING));
        }
        if (!gtin.startsWith("0340")) {
            return unknown(read, ScanError.SCN_0004, gtin);
        }
        String expiry = elements.get("17");
        return new MedicineBox(read, gtin.substring(1), expiry == null ? null : Gs1.date(expiry).orElse(null),
                elements.get("10"), elements.get("21"), parsed.guessed());
    }

    private static ScanResult ean(String read, String digits) {
        String cip13 = digits.length() == 14 && digits.startsWith("0") ? digits.substring(1) : digits;
        if (cip13.length() != 13) {
            return unknown(read, ScanError.SCN_0002, read);
        }
        if (!cip13.startsWith("340")) {
            return unknown(read, ScanError.SCN_0012, cip13);
        }
        if (!Gs1.checkDigitValid(cip13)) {
            return unknown(read, ScanError.SCN_0006, cip13, Gs1.checkDigit(cip13.substring(0, 12)));
        }
        return new MedicineBox(read, cip13, null, null, null, false);
    }

    private static Unknown unknown(String read, ErrorCode code, Object... args) {
        return new Unknown(read, code, code.code() + " : " + Messages.format(code, args));
    }

    /** GS as {@code <GS>}, other control characters as {@code ?}, cut at 120 characters. */
    public static String printable(String scanned) {
        if (scanned == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        String stripped = scanned.strip();
        for (int i = 0; i < stripped.length() && out.length() < PRINTABLE_LENGTH; i++) {
            char c = stripped.charAt(i);
            if (c == Gs1.GS) {
                out.append("<GS>");
            } else if (Character.isISOControl(c) || Character.isSurrogate(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        if (out.length() >= PRINTABLE_LENGTH && stripped.length() > PRINTABLE_LENGTH) {
            out.setLength(PRINTABLE_LENGTH);
            out.append('…');
        }
        return out.toString();
    }
}
