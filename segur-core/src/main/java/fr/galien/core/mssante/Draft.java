package fr.galien.core.mssante;

import fr.galien.core.port.MssantePort.Attachment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A mail as the user writes it (screen or {@code galien mss send}).
 *
 * @param patientId  the patient the mail is about (or written to): required to write to a Mon espace santé address
 * @param toPatient  add the patient's Mon espace santé address to the recipients (only with a qualified identity)
 * @param structured CDA documents (and their PDF copies) that go in an IHE_XDM.ZIP
 * @param noReply    {@code X-MSS-MES: FIN} on a mail to a patient: the patient may not answer (CONF.21)
 * @param receipts   ask for delivery and read receipts (SC.MSS.16, UX.33)
 * @param inReplyTo  the Message-ID answered, or null
 */
public record Draft(String from, String fromName, List<String> to, Optional<UUID> patientId, boolean toPatient,
                    String subject, String body, List<Attachment> attachments,
                    List<XdmPackage.Document> structured, boolean noReply, boolean receipts, String inReplyTo) {

    public Draft {
        Objects.requireNonNull(from, "from");
        to = List.copyOf(to);
        patientId = patientId == null ? Optional.empty() : patientId;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        attachments = List.copyOf(attachments);
        structured = List.copyOf(structured);
    }

    /** A plain mail to professionals. */
    public static Draft simple(String from, List<String> to, String subject, String body) {
        return new Draft(from, null, to, Optional.empty(), false, subject, body, List.of(), List.of(), false, true,
                null);
    }
}
