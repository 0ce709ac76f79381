package fr.galien.app.ui.counter;

import fr.galien.app.ui.prescription.DrugChoice;
import fr.galien.core.eprescription.CounterPrescription;
import fr.galien.core.eprescription.DispenseLine;
import fr.galien.core.eprescription.EPrescriptions;
import fr.galien.core.eprescription.LocalDispensation;
import fr.galien.core.port.EPrescriptionPort.PrescribedLine;
import fr.galien.core.security.Caller;
import java.util.List;

/**
 * What the counter needs: the e-prescription service of the core ({@link EPrescriptions}) and the drug catalogue.
 * The composition root implements it; every method may block and is called in background tasks only.
 */
public interface CounterContext {

    /** True when an e-prescription service is installed. */
    boolean available();

    /**
     * Fetches the prescription and checks it against the patient of the pharmacy with the same INS, when there is
     * one (else the check is « non vérifié » and the traits on the prescription are shown).
     */
    CounterPrescription fetch(Caller caller, String identifier);

    /** Records the exécution (saved at once, sent by the outbox). */
    LocalDispensation dispense(Caller caller, CounterPrescription prescription, List<DispenseLine> lines);

    /** Prescriptions and dispensations waiting to be sent. */
    EPrescriptions.Pending pending(Caller caller);

    /** The boxes of the same generic group that may replace the prescribed product (princeps first). */
    List<DrugChoice> substitutes(PrescribedLine line);

    /** The label of a box (CIP13), or the code itself when the catalogue does not know it. */
    String labelOf(String cip13);

    /** True when a scanned box (CIP13) fits the line: the product itself or a box of its generic group. */
    boolean fits(PrescribedLine line, String cip13);
}
