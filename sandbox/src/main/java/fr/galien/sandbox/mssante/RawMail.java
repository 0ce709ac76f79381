package fr.galien.sandbox.mssante;

import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * RFC 5322 text the operator writes itself (reports, the correspondent's mails) and the few headers it reads from
 * what it relays. Kept raw: the simulator stores and relays bytes, as an operator does.
 */
final class RawMail {

    private RawMail() {
    }

    /** The header block, names lower-cased, folded lines unfolded; the first occurrence wins. */
    static Map<String, String> headers(byte[] raw) {
        int end = headerEnd(raw);
        String block = new String(raw, 0, end, StandardCharsets.ISO_8859_1).replace("\r\n", "\n")
                .replaceAll("\n[ \t]+", " ");
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return headers;
    }

    private static int headerEnd(byte[] raw) {
        for (int i = 0; i + 1 < raw.length; i++) {
            if (raw[i] == '\n' && (raw[i + 1] == '\n' || (raw[i + 1] == '\r' && i + 2 < raw.length
                    && raw[i + 2] == '\n'))) {
                return i;
            }
        }
        return raw.length;
    }

    static String messageId(byte[] raw) {
        return bare(headers(raw).get("message-id"));
    }

    static String bare(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        int open = text.indexOf('<');
        int close = text.indexOf('>', open + 1);
        return open >= 0 && close > open ? text.substring(open + 1, close) : text;
    }

    static String newMessageId(String domain) {
        return UUID.randomUUID() + "@" + domain;
    }

    static String date() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now());
    }

    static String encodedWord(String text) {
        return "=?UTF-8?B?" + Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8)) + "?=";
    }

    /** A text mail, UTF-8, quoted-printable free (base64 body). */
    static byte[] text(String from, String fromName, String to, String subject, String body, String inReplyTo,
                       Map<String, String> extra) {
        StringBuilder mail = new StringBuilder();
        mail.append("From: ").append(encodedWord(fromName)).append(" <").append(from).append(">\r\n");
        mail.append("To: <").append(to).append(">\r\n");
        mail.append("Subject: ").append(encodedWord(subject)).append("\r\n");
        mail.append("Date: ").append(date()).append("\r\n");
        mail.append("Message-ID: <").append(newMessageId(from.substring(from.indexOf('@') + 1))).append(">\r\n");
        if (inReplyTo != null) {
            mail.append("In-Reply-To: <").append(inReplyTo).append(">\r\nReferences: <").append(inReplyTo)
                    .append(">\r\n");
        }
        extra.forEach((name, value) -> mail.append(name).append(": ").append(value).append("\r\n"));
        mail.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n");
        mail.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A mail with attachments, each given as (file name, MIME type, bytes). */
    static byte[] withAttachments(String from, String fromName, String to, String subject, String body,
                                  Map<String, String> extra, List<Object[]> attachments) {
        String boundary = "=_sim_" + UUID.randomUUID();
        StringBuilder mail = new StringBuilder();
        mail.append("From: ").append(encodedWord(fromName)).append(" <").append(from).append(">\r\n");
        mail.append("To: <").append(to).append(">\r\n");
        mail.append("Subject: ").append(encodedWord(subject)).append("\r\n");
        mail.append("Date: ").append(date()).append("\r\n");
        mail.append("Message-ID: <").append(newMessageId(from.substring(from.indexOf('@') + 1))).append(">\r\n");
        extra.forEach((name, value) -> mail.append(name).append(": ").append(value).append("\r\n"));
        mail.append("MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"").append(boundary)
                .append("\"\r\n\r\n");
        mail.append("--").append(boundary).append("\r\nContent-Type: text/plain; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n");
        mail.append(Base64.getMimeEncoder().encodeToString(body.getBytes(StandardCharsets.UTF_8))).append("\r\n");
        for (Object[] attachment : attachments) {
            mail.append("--").append(boundary).append("\r\nContent-Type: ").append(attachment[1])
                    .append("; name=\"").append(attachment[0]).append("\"\r\n")
                    .append("Content-Disposition: attachment; filename=\"").append(attachment[0]).append("\"\r\n")
                    .append("Content-Transfer-Encoding: base64\r\n\r\n")
                    .append(Base64.getMimeEncoder().encodeToString((byte[]) attachment[2])).append("\r\n");
        }
        mail.append("--").append(boundary).append("--\r\n");
        return mail.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * A report: DSN (RFC 3464, {@code message/delivery-status}) or MDN (RFC 8098,
     * {@code message/disposition-notification}), with the original headers as third part.
     */
    static byte[] report(String from, String to, String subject, String human, String reportType,
                         String reportFields, byte[] original) {
        String boundary = "=_report_" + UUID.randomUUID();
        String kind = reportType.equals("delivery-status") ? "delivery-status" : "disposition-notification";
        int end = headerEnd(original);
        String originalHeaders = new String(original, 0, end, StandardCharsets.ISO_8859_1);
        return ("From: " + encodedWord("Opérateur MSSanté simulé") + " <" + from + ">\r\n"
                + "To: <" + to + ">\r\n"
                + "Subject: " + encodedWord(subject) + "\r\n"
                + "Date: " + date() + "\r\n"
                + "Message-ID: <" + newMessageId("operateur-sim.mssante.fr") + ">\r\n"
                + "Auto-Submitted: auto-replied\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=" + kind + "; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: base64"
                + "\r\n\r\n" + Base64.getMimeEncoder().encodeToString(human.getBytes(StandardCharsets.UTF_8))
                + "\r\n--" + boundary + "\r\nContent-Type: message/" + kind + "\r\n\r\n" + reportFields + "\r\n"
                + "--" + boundary + "\r\nContent-Type: text/rfc822-headers\r\n\r\n" + originalHeaders + "\r\n"
                + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
