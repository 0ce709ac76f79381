package fr.galien.core.document;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document in a patient's file (its content is read separately, audited: {@link PatientDocuments#content}).
 *
 * @param uniqueId   the document's unique id, stable across copies (DMP, MSSanté): the de-duplication key
 * @param setId      shared by every version of the same document; {@code version} counts from 1
 * @param replacesId the local document this version replaces, or null for a first version
 * @param supersededById the local document that replaced this one, or null while it is the current version
 */
public record PatientDocument(UUID id, UUID patientId, String uniqueId, String setId, int version, UUID replacesId,
                              UUID supersededById, DocumentType type, String title, String mimeType,
                              Instant documentDate, String author, DocumentOrigin origin, Instant addedAt, long size,
                              String sha256) {

    public PatientDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(patientId, "patientId");
        Objects.requireNonNull(uniqueId, "uniqueId");
        Objects.requireNonNull(setId, "setId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(documentDate, "documentDate");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(addedAt, "addedAt");
        Objects.requireNonNull(sha256, "sha256");
    }

    public boolean current() {
        return supersededById == null;
    }

    public boolean isPdf() {
        return DocumentFormats.PDF.equals(mimeType);
    }

    public boolean isCda() {
        return DocumentFormats.CDA.equals(mimeType);
    }
}
