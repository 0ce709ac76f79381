package fr.galien.core.eprescription;

import fr.galien.core.port.EPrescriptionPort.Product;
import java.util.Optional;

/**
 * Whether a generic may replace a prescribed product (same generic group of the drug catalogue), and its label.
 * Without a catalogue nothing is known: substitutions are accepted as the pharmacist typed them.
 */
public interface SubstitutionRule {

    SubstitutionRule UNKNOWN = new SubstitutionRule() {
        @Override
        public Optional<Boolean> sameGenericGroup(Product prescribed, String substituteCip13) {
            return Optional.empty();
        }

        @Override
        public Optional<String> labelOf(String cip13) {
            return Optional.empty();
        }
    };

    /** True/false when the catalogue knows both products; empty when it cannot tell. */
    Optional<Boolean> sameGenericGroup(Product prescribed, String substituteCip13);

    /** The catalogue's label of a presentation. */
    Optional<String> labelOf(String cip13);
}
