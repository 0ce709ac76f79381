package fr.galien.sandbox.eprescription;

import java.util.Map;

/** Request id → identifier, so a registration sent twice gets the same identifier ({@code index.json}). */
record PrescriptionIndex(Map<String, String> byRequest) {

    PrescriptionIndex {
        byRequest = Map.copyOf(byRequest);
    }

    static PrescriptionIndex empty() {
        return new PrescriptionIndex(Map.of());
    }
}
