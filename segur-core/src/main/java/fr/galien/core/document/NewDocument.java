package fr.galien.core.document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document to add to a patient's file.
 *
 * @param uniqueId     the document's unique id (an OID, or {@code root^extension} as the DMP shows it); null
 *                     generates one ({@code 2.25.<uuid>}). Adding a unique id the patient already has returns the
 *                     existing document.
 * @param documentDate when the document was written (its effective time), not when it was added here
 * @param author       who wrote it, as shown to users (a name and profession), or null when unknown
 */
public record NewDocument(UUID patientId, String uniqueId, DocumentType type, String title, String mimeType,
                          Instant documentDate, String author, DocumentOrigin origin, byte[] content) {

    public NewDocument {
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(content, "content");
    }

    /** A document made here, dated now by the caller. */
    public static NewDocument local(UUID patientId, DocumentType type, String title, String mimeType,
                                    Instant documentDate, String author, byte[] content) {
        return new NewDocument(patientId, null, type, title, mimeType, documentDate, author, DocumentOrigin.LOCAL,
                content);
    }

    public NewDocument withUniqueId(String id) {
        return new NewDocument(patientId, id, type, title, mimeType, documentDate, author, origin, content);
    }
}
