package fr.galien.app.ui.prescription;

import fr.galien.core.domain.Patient;
import fr.galien.core.ordonnance.IssuedOrdonnance;
import fr.galien.core.ordonnance.Ordonnance;
import fr.galien.core.ordonnance.OrdonnanceLine;
import fr.galien.core.ordonnance.PracticeHeader;
import fr.galien.core.ordonnance.Prescriber;
import fr.galien.core.ordonnance.VetOrdonnance;
import fr.galien.core.security.Caller;
import java.util.List;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * What the « Prescrire » and vet « Ordonnance » screens need from the rest of Galien; the composition root
 * implements it over the drug catalogue, the e-prescription service, the ordonnance register and the patient
 * documents. Every method may block: the ViewModels call them in background tasks only.
 */
public interface PrescribingContext {

    PracticeHeader practiceHeader();

    Prescriber prescriber(Caller caller);

    /** Search as you type in the drug catalogue (name, substance, CIS, CIP13). */
    List<DrugChoice> searchDrugs(String text, int limit);

    /** True when an e-prescription service is installed (registration possible, maybe down right now). */
    boolean registrationAvailable();

    /**
     * Registers the prescription with the e-prescription service (qualified identity only, refused by the core
     * otherwise) and returns the 18-character identifier, or empty when the service is down and the prescription
     * was queued in the outbox (it gets its identifier when the service is back).
     *
     * @throws Exception a coded {@code SegurException} when refused, unreachable or timed out
     */
    java.util.Optional<String> register(Caller caller, Patient patient, List<OrdonnanceLine> lines) throws Exception;

    /** Prints and records the ordonnance (register of ordonnances, audited). */
    IssuedOrdonnance issue(Caller caller, UUID patientId, Ordonnance ordonnance);

    /** Files the printed PDF in the patient's documents; returns false when this installation has none. */
    boolean file(Caller caller, UUID patientId, IssuedOrdonnance issued, String title);

    /** Gives the next vet number, prints and records a vet ordonnance. */
    IssuedOrdonnance issueVet(Caller caller, UUID animalId, LongFunction<VetOrdonnance> build);
}
