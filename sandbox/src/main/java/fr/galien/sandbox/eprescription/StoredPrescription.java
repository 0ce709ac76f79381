package fr.galien.sandbox.eprescription;

import java.util.List;
import java.util.Map;

/**
 * One prescription as the simulator keeps it ({@code rx-<identifier>.json} of its state folder).
 *
 * @param requestId     the request id the prescriber sent (its idempotency key)
 * @param status        {@code active}, {@code completed} or {@code revoked}
 * @param bundle        the prescription Bundle as registered (numbered), JSON
 * @param allowed       per line number: what may be dispensed over the prescription's life
 * @param perDispensation per line number: the most one dispensation may give
 * @param dispensations the dispensations recorded against it, oldest first
 */
record StoredPrescription(String id, String requestId, String status, int version, String bundle,
                          Map<Integer, String> allowed, Map<Integer, String> perDispensation,
                          List<StoredDispensation> dispensations) {

    StoredPrescription {
        allowed = Map.copyOf(allowed);
        perDispensation = Map.copyOf(perDispensation);
        dispensations = List.copyOf(dispensations);
    }

    /**
     * @param given per line number: the quantity given (0 when not dispensed)
     * @param bundle the dispensation Bundle as received, JSON
     */
    record StoredDispensation(String id, String dispensedBy, Map<Integer, String> given, String bundle) {
        StoredDispensation {
            given = Map.copyOf(given);
        }
    }
}
