package fr.galien.app.ui.dmp;

import fr.galien.core.dmp.DmpBand;
import fr.galien.core.dmp.DmpListing;
import fr.galien.core.dmp.DmpSend;
import fr.galien.core.document.DocumentSharing;
import fr.galien.core.document.PatientDocument;
import fr.galien.core.port.DmpPort.DmpEntry;
import fr.galien.core.port.DmpPort.DmpQuery;
import fr.galien.core.port.DmpPort.RetrievedDocument;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;

/**
 * What the DMP screens ask of the core (its {@code DmpConsultation}, {@code DmpSharing}, patient documents and
 * outbox): permission-checked and audited there. Every method blocks: call it from a background task only.
 */
public interface DmpContext {

    DmpBand band(Caller caller, UUID patientId);

    DmpListing list(Caller caller, UUID patientId, DmpQuery query);

    RetrievedDocument open(Caller caller, UUID patientId, DmpEntry entry);

    PatientDocument addToFile(Caller caller, UUID patientId, DmpEntry entry);

    List<PatientDocument> localDocuments(Caller caller, UUID patientId);

    List<DocumentSharing> sharing(UUID documentId);

    /** « Envoyer au DMP ». */
    void send(Caller caller, UUID documentId);

    /** « Envois en attente », newest first. */
    List<DmpSend> sends(Caller caller);

    /** « Réessayer ». */
    void retry(Caller caller, UUID outboxId);
}
