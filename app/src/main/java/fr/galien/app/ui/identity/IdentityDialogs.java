package fr.galien.app.ui.identity;

import fr.galien.core.domain.Patient;
import fr.galien.core.identity.IdentificationMethod;
import fr.galien.core.identity.IdentityDocument;
import fr.galien.core.port.IdentityTraits;
import fr.galien.core.port.InsiPort.InsIdentity;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity dialogs, so the ViewModels stay testable (a fake answers in tests). Called on the FX thread; each
 * blocks until the user answers. Errors and confirmations go through the app's {@code DialogService}.
 */
public interface IdentityDialogs {

    /** After a CR 02 without birth place: the birth place (COG) to search again with, or empty when cancelled. */
    Optional<String> askBirthPlace(String patientSummary);

    /** The side-by-side comparison of an identity found by INSi with the local one, and the user's choice. */
    ProposalDecision compare(IdentityProposal proposal);

    /** The qualification dialog: which high-trust document was checked, or empty when cancelled. */
    Optional<IdentityDocument> chooseDocument(String patientSummary, List<IdentityDocument> offered);

    /** "Corriger l'identité" (REM 27): the corrected strict traits, or empty when cancelled. */
    Optional<IdentityTraits> correctTraits(String patientSummary, IdentityTraits current);

    /**
     * The ApCV scan field: what the counter's scanner typed (a keyboard wedge), or empty when cancelled.
     *
     * @param sandboxCodes test codes offered in sandbox mode (empty otherwise)
     * @param sandboxPage  the simulator's page showing the test QR codes, in sandbox mode
     */
    Optional<String> askApCvCode(List<IdentityContext.SandboxCode> sandboxCodes, Optional<String> sandboxPage);

    /** The INS datamatrix scan field, or an image file to decode; empty when cancelled. */
    Optional<DatamatrixInput> askDatamatrix();

    /** The identity a datamatrix carries beside the local one; true when the user asks to check it with INSi. */
    boolean proposeDatamatrix(DatamatrixProposal proposal);

    /**
     * At the counter: the local patients that may be the one INSi found (same matricule, or same name and birth
     * date), to open one, create the patient from INSi's traits, or cancel.
     */
    LocalPatientChoice chooseLocalPatient(InsIdentity found, IdentificationMethod method, List<Patient> candidates);

    /** What the scan dialog gave: the scanned text, or an image of the code to decode. */
    record DatamatrixInput(String text, Path image) {
        public DatamatrixInput {
            if ((text == null) == (image == null)) {
                throw new IllegalArgumentException("either a text or an image");
            }
        }

        public static DatamatrixInput ofText(String text) {
            return new DatamatrixInput(text, null);
        }

        public static DatamatrixInput ofImage(Path image) {
            return new DatamatrixInput(null, image);
        }
    }

    /** The counter's choice among the local candidates. */
    record LocalPatientChoice(Kind kind, Patient patient) {

        public enum Kind { OPEN, CREATE, CANCEL }

        public LocalPatientChoice {
            Objects.requireNonNull(kind, "kind");
            if ((kind == Kind.OPEN) != (patient != null)) {
                throw new IllegalArgumentException("a patient comes with OPEN and only then");
            }
        }

        public static LocalPatientChoice open(Patient patient) {
            return new LocalPatientChoice(Kind.OPEN, Objects.requireNonNull(patient));
        }

        public static LocalPatientChoice create() {
            return new LocalPatientChoice(Kind.CREATE, null);
        }

        public static LocalPatientChoice cancel() {
            return new LocalPatientChoice(Kind.CANCEL, null);
        }
    }
}
