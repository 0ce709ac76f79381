package fr.galien.app;

import fr.galien.app.ui.dmp.DmpContext;
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

/** The DMP screens' view of the core: {@code DmpConsultation}, {@code DmpSharing}, documents and the outbox. */
final class GalienDmpContext implements DmpContext {

    private final GalienRuntime runtime;

    GalienDmpContext(GalienRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public DmpBand band(Caller caller, UUID patientId) {
        return runtime.dmpConsultation().band(caller, patientId);
    }

    @Override
    public DmpListing list(Caller caller, UUID patientId, DmpQuery query) {
        return runtime.dmpConsultation().list(caller, patientId, query);
    }

    @Override
    public RetrievedDocument open(Caller caller, UUID patientId, DmpEntry entry) {
        return runtime.dmpConsultation().open(caller, patientId, entry);
    }

    @Override
    public PatientDocument addToFile(Caller caller, UUID patientId, DmpEntry entry) {
        return runtime.dmpConsultation().addToFile(caller, patientId, entry);
    }

    @Override
    public List<PatientDocument> localDocuments(Caller caller, UUID patientId) {
        return runtime.documents().list(caller, patientId);
    }

    @Override
    public List<DocumentSharing> sharing(UUID documentId) {
        return runtime.documents().sharing(documentId);
    }

    @Override
    public void send(Caller caller, UUID documentId) {
        runtime.dmpSharing().send(caller, documentId);
    }

    @Override
    public List<DmpSend> sends(Caller caller) {
        return runtime.dmpSharing().sends(caller, 200);
    }

    @Override
    public void retry(Caller caller, UUID outboxId) {
        runtime.outboxAdministration().retry(caller, outboxId);
    }
}
