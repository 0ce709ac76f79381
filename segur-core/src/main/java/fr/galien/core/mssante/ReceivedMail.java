package fr.galien.core.mssante;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A received MSSanté message as {@link MimeReader} reads it: the headers Galien shows and files by, the text (an
 * HTML-only body turned into plain text, never rendered), the attachments, and — for a delivery (DSN, RFC 3464) or
 * read (MDN, RFC 8098) report — what it reports on.
 *
 * @param headers the {@code X-MSS-*}, {@code Disposition-Notification-To} and {@code Return-Receipt-To} headers
 */
public record ReceivedMail(String messageId, String from, String fromName, List<String> to, String subject,
                           String date, String inReplyTo, Map<String, String> headers, String text,
                           List<Part> attachments, Optional<Report> report) {

    public ReceivedMail {
        to = List.copyOf(to);
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
        report = report == null ? Optional.empty() : report;
    }

    public record Part(String fileName, String mimeType, byte[] content) {
    }

    public enum ReportKind { DELIVERY, DISPOSITION }

    /**
     * @param status for a DSN the {@code Action} ({@code failed}, {@code delivered}…), for an MDN the
     *               {@code Disposition} ({@code automatic-action/MDN-sent-automatically; processed}…)
     */
    public record Report(ReportKind kind, String originalMessageId, String recipient, String status,
                         String diagnostic) {

        /** A DSN announcing a failure, or an MDN with an error (specs §3.5, codes 900–906). */
        public boolean failure() {
            String s = status == null ? "" : status.toLowerCase(java.util.Locale.ROOT);
            return kind == ReportKind.DELIVERY ? s.startsWith("failed") : s.contains("error") || s.contains("failed");
        }
    }

    /** {@code XDM/1.0/DDM+} hidden when shown (UX.28). */
    public String displaySubject() {
        return subject != null && subject.startsWith("XDM/1.0/DDM+") ? subject.substring(12) : subject;
    }
}
