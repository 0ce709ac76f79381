package fr.galien.app.ui.dmp;

import fr.galien.core.dmp.DmpBand;
import fr.galien.core.dmp.DmpListing;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.document.DocumentOrigin;
import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.DocumentType;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.document.SharingChannel;
import fr.galien.core.document.SharingState;
import fr.galien.core.outbox.OutboxStatus;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.port.DmpPort.RetrievedDocument;
import fr.galien.core.security.Caller;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** An in-memory DMP for the DMP view-models: invented documents, recorded calls. */
final class FakeDmpContext implements DmpContext {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    DmpBand band = DmpBand.of(DmpBand.State.NO_DMP, null);
    final List<DmpEntry> entries = new ArrayList<>();
    final Set<String> filed = new HashSet<>();
    final List<PatientDocument> local = new ArrayList<>();
    final List<DmpSend> sends = new ArrayList<>();
    final List<DmpQuery> queries = new ArrayList<>();
    final List<UUID> sent = new ArrayList<>();
    final List<UUID> retried = new ArrayList<>();
    byte[] content = new byte[0];
    String mimeType = "text/xml";

    static DmpEntry entry(String uniqueId, String typeCode, String typeDisplay, String title) {
        return new DmpEntry("dr-" + uniqueId, uniqueId, typeCode, typeDisplay, "10", title, NOW, "810000000101",
                "Anne EXEMPLE", "3BIOLAB", "Laboratoire Fictif", "urn:ihe:iti:xds-sd:pdf:2008", "text/xml", 10,
                "Binary/" + uniqueId, NOW);
    }

    @Override
    public DmpBand band(Caller caller, UUID patientId) {
        return band;
    }

    @Override
    public DmpListing list(Caller caller, UUID patientId, DmpQuery query) {
        queries.add(query);
        List<DmpEntry> found = entries.stream()
                .filter(e -> query.typeCodes().isEmpty() || query.typeCodes().contains(e.typeCode())).toList();
        return new DmpListing(found, filed);
    }

    @Override
    public RetrievedDocument open(Caller caller, UUID patientId, DmpEntry entry) {
        return new RetrievedDocument(entry.uniqueId(), mimeType, content);
    }

    @Override
    public PatientDocument addToFile(Caller caller, UUID patientId, DmpEntry entry) {
        filed.add(entry.uniqueId());
        PatientDocument document = document(patientId, entry.uniqueId(), entry.title(), DocumentOrigin.DMP);
        local.add(document);
        return document;
    }

    @Override
    public List<PatientDocument> localDocuments(Caller caller, UUID patientId) {
        return List.copyOf(local);
    }

    @Override
    public List<DocumentSharing> sharing(UUID documentId) {
        return sent.contains(documentId)
                ? List.of(new DocumentSharing(documentId, SharingChannel.DMP, SharingState.EN_ATTENTE, null, NOW))
                : List.of();
    }

    @Override
    public void send(Caller caller, UUID documentId) {
        sent.add(documentId);
        sends.add(new DmpSend(UUID.randomUUID(), documentId, null, "envoi", "11488-4", OutboxStatus.PENDING, 0,
                null, null, NOW, null));
    }

    @Override
    public List<DmpSend> sends(Caller caller) {
        return List.copyOf(sends);
    }

    @Override
    public void retry(Caller caller, UUID outboxId) {
        retried.add(outboxId);
    }

    static PatientDocument document(UUID patientId, String uniqueId, String title, DocumentOrigin origin) {
        return new PatientDocument(UUID.nameUUIDFromBytes(uniqueId.getBytes(StandardCharsets.UTF_8)), patientId,
                uniqueId, uniqueId, 1, null, null, DocumentType.COMPTE_RENDU_CONSULTATION, title, "text/xml", NOW,
                "Dr Invente", origin, NOW, 10, "0".repeat(64));
    }

    static Map<String, Integer> counts(String type, int n) {
        return Map.of(type, n);
    }
}
