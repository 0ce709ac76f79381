package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;

/** MSSanté secure mail (specs §3), to professionals and to patients' Mon espace santé mailboxes. */
public interface MssantePort {

    MessageReceipt send(Caller caller, SecureMessage message);

    record SecureMessage(UUID messageId, String from, List<String> to, String subject, String body,
                         List<Attachment> attachments) {
        public SecureMessage {
            to = List.copyOf(to);
            attachments = List.copyOf(attachments);
        }
    }

    record Attachment(String fileName, String mimeType, byte[] content) {
    }

    record MessageReceipt(UUID messageId, String smtpMessageId) {
    }
}
