package fr.galien.core.port;

import fr.galien.core.security.Caller;
import java.util.List;

/**
 * E-prescription ("ordonnance numérique", specs §4): the prescriber publishes, the pharmacist reads it from the
 * unique prescription number on the QR code and records the exécution.
 */
public interface EPrescriptionPort {

    /** Reads a prescription from its unique number (the QR code payload). */
    EPrescription fetch(Caller caller, String prescriptionNumber);

    record EPrescription(String prescriptionNumber, String prescriberNationalId, List<Line> lines) {
        public EPrescription {
            lines = List.copyOf(lines);
        }
    }

    record Line(int lineNumber, String productCode, String label, String posology) {
    }
}
