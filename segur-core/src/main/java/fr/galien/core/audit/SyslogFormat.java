package fr.galien.core.audit;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Audit rows as RFC 5424 syslog lines (SSI/IAM.90, SSI/IAM.91: traces extractable towards a central log tool).
 *
 * <pre>{@code <PRI>1 TIMESTAMP HOSTNAME galien - MSGID [galien@32473 seq="…" user="…" role="…" outcome="…"
 * method="…" identifier="…"] detail}</pre>
 *
 * <ul>
 *   <li>PRI: facility 10 (security/authorisation, {@code authpriv}) × 8 + severity: 6 (informational) for a
 *       success, 5 (notice) for a refusal, 4 (warning) for a failure;</li>
 *   <li>TIMESTAMP: the row's time in UTC with microseconds (RFC 3339, at most 6 fraction digits);</li>
 *   <li>HOSTNAME: the workstation, printable ASCII only ({@code -} when empty); MSGID: the audit action;</li>
 *   <li>structured data under the SD-ID {@code galien@32473} (32473 is the private enterprise number RFC 5612
 *       reserves for documentation; a registered number replaces it once the publisher has one): the chain
 *       sequence number, user id, role, outcome, and for authentication rows the method and the identifier
 *       typed; values escape {@code " \ ]} as RFC 5424 §6.3.3 requires;</li>
 *   <li>MSG: the row's detail (ids and counts only, never patient data nor a password: AuditEvent's rule), with a
 *       UTF-8 BOM when it is not plain ASCII (§6.4).</li>
 * </ul>
 */
public final class SyslogFormat {

    /** Authentication traces: attempts, logouts, locks, password changes (SSI/IAM.90, SSI/IAM.91). */
    public static final Set<AuditAction> AUTHENTICATION = EnumSet.of(AuditAction.LOGIN, AuditAction.LOGOUT,
            AuditAction.LOGIN_FAILED, AuditAction.LOCK, AuditAction.UNLOCK, AuditAction.ACCOUNT_LOCK,
            AuditAction.ACCOUNT_DISABLE, AuditAction.PASSWORD_RESET, AuditAction.PASSWORD_CHANGE);

    static final String SD_ID = "galien@32473";
    private static final int FACILITY_AUTHPRIV = 10;
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final Pattern METHOD = Pattern.compile("(?:^| )method=([A-Z_]+)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?:^| )identifier=\"([^\"]*)\"");
    private static final String BOM = "\uFEFF";

    private SyslogFormat() {
    }

    /** One RFC 5424 line (no trailing newline). */
    public static String line(AuditRecord record) {
        StringBuilder line = new StringBuilder();
        line.append('<').append(FACILITY_AUTHPRIV * 8 + severity(record.outcome())).append(">1 ")
                .append(TIMESTAMP.format(record.occurredAt())).append(' ')
                .append(header(record.workstationId(), 255)).append(" galien - ")
                .append(header(record.action().name(), 32)).append(' ');
        line.append('[').append(SD_ID);
        param(line, "seq", Long.toString(record.seq()));
        param(line, "user", record.userId());
        param(line, "role", record.role().name());
        param(line, "outcome", record.outcome().name());
        if (record.patientId() != null) {
            param(line, "patient", record.patientId().toString());
        }
        String detail = record.detail() == null ? "" : record.detail();
        Matcher method = METHOD.matcher(detail);
        if (method.find()) {
            param(line, "method", method.group(1));
        }
        Matcher identifier = IDENTIFIER.matcher(detail);
        if (identifier.find()) {
            param(line, "identifier", identifier.group(1));
        }
        line.append(']');
        if (!detail.isEmpty()) {
            String message = detail.replace('\n', ' ').replace('\r', ' ');
            boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(message);
            line.append(' ').append(ascii ? "" : BOM).append(message);
        }
        return line.toString();
    }

    static int severity(AuditOutcome outcome) {
        return switch (outcome) {
            case SUCCESS -> 6;
            case REFUSED -> 5;
            case FAILED -> 4;
        };
    }

    /** A header field: printable US-ASCII (33–126) only, at most {@code max} characters, "-" when empty. */
    private static String header(String value, int max) {
        StringBuilder safe = new StringBuilder();
        if (value != null) {
            for (int i = 0; i < value.length() && safe.length() < max; i++) {
                char c = value.charAt(i);
                safe.append(c >= 33 && c <= 126 ? c : '_');
            }
        }
        return safe.length() == 0 ? "-" : safe.toString();
    }

    private static void param(StringBuilder line, String name, String value) {
        line.append(' ').append(name).append("=\"");
        String text = value == null ? "" : value;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == ']') {
                line.append('\\');
            }
            line.append(c == '\n' || c == '\r' ? ' ' : c);
        }
        line.append('"');
    }
}
