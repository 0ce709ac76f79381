package fr.galien.sandbox.dmp;

/**
 * One document held by the simulated DMP (JSON in its state folder).
 *
 * @param id                   the DocumentReference and Binary id on this server
 * @param documentReference    the DocumentReference as stored (FHIR JSON, with its server id and status)
 * @param content              the document, base64
 * @param sha1                 base64 SHA-1 of the content (duplicate detection)
 * @param submissionSetId      the submission set's unique id
 */
public record StoredDocument(String id, String uniqueId, String matricule, String status, String typeCode,
                             String authorId, String structureId, String documentReference, String contentType,
                             String content, String sha1, String submissionSetId, String submittedAt) {

    StoredDocument withStatus(String value, String reference) {
        return new StoredDocument(id, uniqueId, matricule, value, typeCode, authorId, structureId, reference,
                contentType, content, sha1, submissionSetId, submittedAt);
    }
}
