package fr.galien.sandbox.eprescription;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import fr.galien.sandbox.SimulatorState;
import fr.galien.sandbox.StateStore;
import fr.galien.sandbox.eprescription.Refusals.Finding;
import fr.galien.sandbox.eprescription.StoredPrescription.StoredDispensation;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.RequestGroup;
import org.hl7.fhir.r4.model.Resource;

/**
 * The simulated service's prescriptions: one {@link StateStore} per prescription ({@code rx-<identifier>.json}),
 * whose lock makes every change of one prescription atomic — across threads and across the processes that share the
 * sandbox state. Two counters dispensing the same line at the same moment are serialised there: the first is
 * recorded, the second sees what remains and is refused ({@code QUANTITE_DEPASSEE}). Registrations are deduplicated
 * on the request id ({@code index.json}), dispensations on their id (inside the prescription).
 */
final class PrescriptionBook {

    /** Digits and capitals without I and O (read for 1 and 0 when keyed in): 34 symbols, all within [0-9A-Z]. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    /** Sandbox identifiers start with the version tag {@code 01}, like the CDA example ({@code 01S2TBPZ2JCNZZYGHZ}). */
    static final String VERSION_TAG = "01";

    private static final StoredPrescription NONE = new StoredPrescription("", "", "none", 0, "", Map.of(), Map.of(),
            List.of());

    private final FhirContext fhir = FhirContext.forR4Cached();
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentMap<String, StateStore<StoredPrescription>> stores = new ConcurrentHashMap<>();
    private volatile SimulatorState state = SimulatorState.inMemory();
    private volatile StateStore<PrescriptionIndex> index = state.store("index", PrescriptionIndex.class,
            PrescriptionIndex::empty);

    void use(SimulatorState value) {
        state = Objects.requireNonNull(value, "state");
        stores.clear();
        index = value.store("index", PrescriptionIndex.class, PrescriptionIndex::empty);
    }

    int count() {
        return index.read().byRequest().size();
    }

    /** Registers (or finds again, same request id) a conformant prescription; the answer is the numbered Bundle. */
    Registration register(Bundle submitted) {
        List<Finding> findings = ConformanceCheck.prescription(submitted);
        if (!findings.isEmpty()) {
            throw Refusals.nonConformant(findings);
        }
        String requestId = submitted.getIdentifier().getValue();
        String[] issued = new String[1];
        boolean[] created = new boolean[1];
        index.update(current -> {
            String existing = current.byRequest().get(requestId);
            if (existing != null) {
                issued[0] = existing;
                return current;
            }
            String id = newIdentifier();
            Bundle numbered = number(submitted.copy(), id);
            Map<Integer, String> allowed = new HashMap<>();
            Map<Integer, String> perDispensation = new HashMap<>();
            lines(numbered).forEach((number, request) -> {
                BigDecimal quantity = request.getDispenseRequest().getQuantity().getValue();
                perDispensation.put(number, quantity.toPlainString());
                allowed.put(number, quantity.multiply(BigDecimal.valueOf(
                        request.getDispenseRequest().getNumberOfRepeatsAllowed() + 1L)).toPlainString());
            });
            store(id).update(none -> new StoredPrescription(id, requestId, "active", 1, json(numbered), allowed,
                    perDispensation, List.of()));
            Map<String, String> next = new LinkedHashMap<>(current.byRequest());
            next.put(requestId, id);
            issued[0] = id;
            created[0] = true;
            return new PrescriptionIndex(next);
        });
        return new Registration(issued[0], created[0], read(issued[0]));
    }

    record Registration(String id, boolean created, Bundle bundle) {
    }

    /** The prescription as the service holds it, with every dispensation. */
    Bundle read(String id) {
        StoredPrescription stored = existing(id);
        Bundle bundle = parse(stored.bundle());
        RequestGroup group = group(bundle);
        group.setStatus(switch (stored.status()) {
            case "completed" -> RequestGroup.RequestStatus.COMPLETED;
            case "revoked" -> RequestGroup.RequestStatus.REVOKED;
            default -> RequestGroup.RequestStatus.ACTIVE;
        });
        for (MedicationRequest request : lines(bundle).values()) {
            request.setStatus(switch (stored.status()) {
                case "completed" -> MedicationRequest.MedicationRequestStatus.COMPLETED;
                case "revoked" -> MedicationRequest.MedicationRequestStatus.CANCELLED;
                default -> MedicationRequest.MedicationRequestStatus.ACTIVE;
            });
        }
        for (StoredDispensation dispensation : stored.dispensations()) {
            for (Bundle.BundleEntryComponent entry : parse(dispensation.bundle()).getEntry()) {
                bundle.addEntry().setFullUrl(entry.getFullUrl()).setResource(entry.getResource());
            }
        }
        return bundle;
    }

    /** Replaces the lines while nothing was dispensed; the identifier stays. */
    Bundle modify(String id, Bundle replacement) {
        List<Finding> findings = ConformanceCheck.prescription(replacement);
        if (!findings.isEmpty()) {
            throw Refusals.nonConformant(findings);
        }
        store(id).update(current -> {
            requireExisting(current, id);
            requireUntouched(current);
            Bundle numbered = number(replacement.copy(), id);
            Map<Integer, String> allowed = new HashMap<>();
            Map<Integer, String> perDispensation = new HashMap<>();
            lines(numbered).forEach((number, request) -> {
                BigDecimal quantity = request.getDispenseRequest().getQuantity().getValue();
                perDispensation.put(number, quantity.toPlainString());
                allowed.put(number, quantity.multiply(BigDecimal.valueOf(
                        request.getDispenseRequest().getNumberOfRepeatsAllowed() + 1L)).toPlainString());
            });
            return new StoredPrescription(id, current.requestId(), current.status(), current.version() + 1,
                    json(numbered), allowed, perDispensation, List.of());
        });
        return read(id);
    }

    /** Cancels while nothing was dispensed. */
    Bundle cancel(String id) {
        store(id).update(current -> {
            requireExisting(current, id);
            if ("revoked".equals(current.status())) {
                return current;
            }
            requireUntouched(current);
            return new StoredPrescription(id, current.requestId(), "revoked", current.version() + 1,
                    current.bundle(), current.allowed(), current.perDispensation(), List.of());
        });
        return read(id);
    }

    /**
     * Records a dispensation, atomically for this prescription: never beyond what was prescribed, a dispensation id
     * seen before is acknowledged without effect.
     */
    Bundle dispense(String id, Bundle dispensation) {
        store(id).update(current -> {
            requireExisting(current, id);
            List<Finding> findings = ConformanceCheck.dispensation(dispensation, id, current.allowed().keySet());
            if (!findings.isEmpty()) {
                throw Refusals.nonConformant(findings);
            }
            String dispensationId = dispensation.getIdentifier().getValue();
            if (current.dispensations().stream().anyMatch(d -> d.id().equals(dispensationId))) {
                return current; // the same dispensation sent again (outbox resend): nothing changes
            }
            if ("revoked".equals(current.status())) {
                throw Refusals.conflict("ANNULEE", "Ordonnance annulée par son prescripteur : rien ne peut être "
                        + "délivré.");
            }
            if ("completed".equals(current.status())) {
                throw Refusals.conflict("EPUISEE", "Ordonnance déjà entièrement délivrée.");
            }
            Map<Integer, BigDecimal> given = new HashMap<>();
            String pharmacist = "";
            for (Bundle.BundleEntryComponent entry : dispensation.getEntry()) {
                MedicationDispense dispense = (MedicationDispense) entry.getResource();
                int number = ConformanceCheck.lineNumber(dispense.getAuthorizingPrescriptionFirstRep()
                        .getIdentifier(), id);
                BigDecimal quantity = dispense.getStatus() == MedicationDispense.MedicationDispenseStatus.COMPLETED
                        ? dispense.getQuantity().getValue() : BigDecimal.ZERO;
                given.merge(number, quantity, BigDecimal::add);
                pharmacist = dispense.getPerformerFirstRep().getActor().getIdentifier().getValue();
            }
            Map<Integer, BigDecimal> totals = totals(current);
            for (Map.Entry<Integer, BigDecimal> line : given.entrySet()) {
                BigDecimal allowed = new BigDecimal(current.allowed().get(line.getKey()));
                BigDecimal already = totals.getOrDefault(line.getKey(), BigDecimal.ZERO);
                BigDecimal left = allowed.subtract(already);
                if (line.getValue().compareTo(left) > 0) {
                    throw Refusals.conflict("QUANTITE_DEPASSEE", "Ligne " + line.getKey() + " : "
                            + line.getValue().toPlainString() + " demandé(s), " + left.toPlainString()
                            + " restant(s) à délivrer.");
                }
                BigDecimal max = new BigDecimal(current.perDispensation().get(line.getKey()));
                if (line.getValue().compareTo(max) > 0) {
                    throw Refusals.conflict("QUANTITE_DEPASSEE", "Ligne " + line.getKey() + " : une délivrance ne "
                            + "peut dépasser la quantité prescrite (" + max.toPlainString() + ").");
                }
            }
            Map<Integer, String> recorded = new HashMap<>();
            given.forEach((number, quantity) -> recorded.put(number, quantity.toPlainString()));
            List<StoredDispensation> dispensations = new ArrayList<>(current.dispensations());
            dispensations.add(new StoredDispensation(dispensationId, pharmacist, recorded, json(dispensation)));
            StoredPrescription next = new StoredPrescription(id, current.requestId(), current.status(),
                    current.version() + 1, current.bundle(), current.allowed(), current.perDispensation(),
                    dispensations);
            boolean done = next.allowed().entrySet().stream().allMatch(line -> totals(next)
                    .getOrDefault(line.getKey(), BigDecimal.ZERO).compareTo(new BigDecimal(line.getValue())) >= 0);
            return done ? new StoredPrescription(id, next.requestId(), "completed", next.version(), next.bundle(),
                    next.allowed(), next.perDispensation(), next.dispensations()) : next;
        });
        return read(id);
    }

    /** Identifiers and status, for {@code describe()}. */
    List<Map<String, Object>> summary(int limit) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String id : index.read().byRequest().values()) {
            if (rows.size() >= limit) {
                break;
            }
            StoredPrescription stored = store(id).read();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("status", stored.status());
            row.put("dispensations", stored.dispensations().size());
            rows.add(row);
        }
        return rows;
    }

    private static Map<Integer, BigDecimal> totals(StoredPrescription stored) {
        Map<Integer, BigDecimal> totals = new HashMap<>();
        for (StoredDispensation dispensation : stored.dispensations()) {
            dispensation.given().forEach((number, quantity) -> totals.merge(number, new BigDecimal(quantity),
                    BigDecimal::add));
        }
        return totals;
    }

    private static void requireExisting(StoredPrescription current, String id) {
        if (current.id().isEmpty()) {
            throw Refusals.unknown(id);
        }
    }

    private static void requireUntouched(StoredPrescription current) {
        if (!current.dispensations().isEmpty() || "completed".equals(current.status())) {
            throw Refusals.conflict("DEJA_DELIVREE", "Une délivrance a déjà été enregistrée : l'ordonnance ne peut "
                    + "plus être annulée ni modifiée.");
        }
        if ("revoked".equals(current.status())) {
            throw Refusals.conflict("ANNULEE", "Ordonnance annulée par son prescripteur.");
        }
    }

    private StoredPrescription existing(String id) {
        StoredPrescription stored = store(id).read();
        requireExisting(stored, id);
        return stored;
    }

    private StateStore<StoredPrescription> store(String id) {
        return stores.computeIfAbsent(id, key -> state.store("rx-" + key.toLowerCase(Locale.ROOT),
                StoredPrescription.class, () -> NONE));
    }

    /** The identifier goes into {@code groupIdentifier}; each line gets {@code <identifier>-<n>} (docs). */
    private static Bundle number(Bundle bundle, String id) {
        Identifier groupIdentifier = new Identifier().setSystem(ConformanceCheck.OID_PRESCRIPTION).setValue(id);
        group(bundle).setGroupIdentifier(groupIdentifier);
        lines(bundle).forEach((number, request) -> {
            request.getIdentifier().removeIf(i -> ConformanceCheck.OID_PRESCRIPTION.equals(i.getSystem()));
            request.addIdentifier().setSystem(ConformanceCheck.OID_PRESCRIPTION).setValue(id + "-" + number);
            request.setGroupIdentifier(groupIdentifier.copy());
        });
        return bundle;
    }

    private static RequestGroup group(Bundle bundle) {
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            if (entry.getResource() instanceof RequestGroup group) {
                return group;
            }
        }
        throw new IllegalStateException("checked before");
    }

    /** Line number → MedicationRequest, in the order of {@code RequestGroup.action}. */
    private static Map<Integer, MedicationRequest> lines(Bundle bundle) {
        Map<String, Resource> byUrl = new HashMap<>();
        bundle.getEntry().forEach(entry -> byUrl.put(entry.getFullUrl(), entry.getResource()));
        Map<Integer, MedicationRequest> lines = new LinkedHashMap<>();
        int number = 0;
        for (RequestGroup.RequestGroupActionComponent action : group(bundle).getAction()) {
            lines.put(++number, (MedicationRequest) byUrl.get(action.getResource().getReference()));
        }
        return lines;
    }

    private String newIdentifier() {
        while (true) {
            StringBuilder id = new StringBuilder(VERSION_TAG);
            for (int i = 0; i < 15; i++) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            id.append(checkCharacter(id));
            String candidate = id.toString();
            if (store(candidate).read().id().isEmpty()) {
                return candidate;
            }
        }
    }

    /** Our own check character (the CNAM's algorithm is not public): weighted sum modulo 34. */
    static char checkCharacter(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < first17.length(); i++) {
            sum += (i + 1) * ALPHABET.indexOf(first17.charAt(i));
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    private IParser parser() {
        return fhir.newJsonParser();
    }

    private String json(Bundle bundle) {
        return parser().encodeResourceToString(bundle);
    }

    private Bundle parse(String json) {
        return parser().parseResource(Bundle.class, json);
    }
}
