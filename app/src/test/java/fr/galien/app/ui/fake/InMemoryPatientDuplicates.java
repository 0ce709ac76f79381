package fr.galien.app.ui.fake;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.IdentityStatus;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.SegurException;
import fr.galien.core.patient.PatientError;
import fr.galien.core.patient.duplicates.DuplicatePair;
import fr.galien.core.patient.duplicates.DuplicateScorer;
import fr.galien.core.patient.duplicates.MergeRecord;
import fr.galien.core.patient.duplicates.PatientDuplicates;
import fr.galien.core.patient.duplicates.PatientField;
import fr.galien.core.patient.duplicates.Similarity;
import fr.galien.core.security.Caller;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * {@link PatientDuplicates} in memory for UI tests: the real score ({@link DuplicateScorer}) over every pair of the
 * patients given, merges that archive and fill contact fields, unmerges that restore them, and a way to make the
 * next call fail like the core would.
 */
public final class InMemoryPatientDuplicates implements PatientDuplicates {

    private final Map<UUID, Patient> patients = new LinkedHashMap<>();
    private final Set<String> dismissed = new HashSet<>();
    private final List<MergeRecord> merges = new ArrayList<>();
    private final List<String> calls = new ArrayList<>();
    private SegurException nextFailure;
    private OffsetDateTime now = OffsetDateTime.of(2026, 11, 23, 10, 0, 0, 0, ZoneOffset.UTC);

    /** Adds a saved patient (version 1). */
    public synchronized Patient add(String birthName, String firstNames, String isoBirthDate, Contact contact) {
        Patient patient = Patient.draft(birthName, null, List.of(firstNames.split(" ")), Sex.F,
                BirthDate.parseIso(isoBirthDate).orElseThrow(), "75056", contact).withVersion(1);
        patients.put(patient.id(), patient);
        return patient;
    }

    /** Replaces a stored patient (e.g. to qualify it); the version is kept as given. */
    public synchronized void put(Patient patient) {
        patients.put(patient.id(), patient);
    }

    /** A qualified copy of {@code patient} with {@code matricule}. */
    public static Patient qualified(Patient patient, String matricule) {
        return new Patient(patient.id(), patient.birthName(), patient.usedName(), patient.firstNames(), patient.sex(),
                patient.birthDate(), patient.birthPlaceCode(), patient.contact(), IdentityStatus.QUALIFIEE, matricule,
                "1.2.250.1.213.1.4.8", patient.attributes(), patient.archived(), patient.version());
    }

    /** Makes the next call throw {@code failure}, as the core refuses. */
    public synchronized void failNext(SegurException failure) {
        nextFailure = failure;
    }

    public synchronized Patient get(UUID id) {
        return patients.get(id);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private void call(String name) {
        calls.add(name);
        if (nextFailure != null) {
            SegurException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
    }

    @Override
    public synchronized List<DuplicatePair> find(Caller caller, int minScore) {
        call("find");
        List<Patient> active = patients.values().stream().filter(p -> !p.archived()).toList();
        List<DuplicatePair> pairs = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            for (int j = i + 1; j < active.size(); j++) {
                Similarity similarity = DuplicateScorer.score(active.get(i), active.get(j));
                if (similarity.score() >= minScore && !dismissed.contains(key(active.get(i).id(), active.get(j).id()))) {
                    pairs.add(new DuplicatePair(active.get(i), active.get(j), similarity.score(), similarity.reasons()));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(DuplicatePair::score).reversed());
        return pairs;
    }

    @Override
    public synchronized void dismiss(Caller caller, UUID firstId, long firstVersion, UUID secondId,
                                     long secondVersion) {
        call("dismiss");
        dismissed.add(key(firstId, secondId));
    }

    @Override
    public synchronized MergeRecord merge(Caller caller, UUID survivorId, long survivorVersion, UUID retiredId,
                                          long retiredVersion) {
        call("merge " + survivorId + " " + retiredId);
        Patient survivor = current(survivorId, survivorVersion);
        Patient retired = current(retiredId, retiredVersion);
        List<PatientField> filled = new ArrayList<>();
        Patient merged = survivor;
        for (PatientField field : PatientField.FILLABLE) {
            if (field.isEmptyIn(survivor) && !field.isEmptyIn(retired)) {
                filled.add(field);
                merged = field.copy(retired, merged);
            }
        }
        patients.put(survivorId, merged.withVersion(survivorVersion + 1));
        patients.put(retiredId, retired.withArchived(true).withVersion(retiredVersion + 1));
        now = now.plusMinutes(1);
        MergeRecord merge = new MergeRecord(UUID.randomUUID(), survivor, retired, filled, caller.userId(), now,
                null, null);
        merges.add(0, merge);
        return merge;
    }

    @Override
    public synchronized MergeRecord unmerge(Caller caller, UUID mergeId) {
        call("unmerge " + mergeId);
        for (int i = 0; i < merges.size(); i++) {
            MergeRecord merge = merges.get(i);
            if (merge.id().equals(mergeId)) {
                patients.put(merge.survivorId(), merge.survivorBefore()
                        .withVersion(patients.get(merge.survivorId()).version() + 1));
                patients.put(merge.retiredId(), merge.retiredBefore()
                        .withVersion(patients.get(merge.retiredId()).version() + 1));
                MergeRecord undone = new MergeRecord(merge.id(), merge.survivorBefore(), merge.retiredBefore(),
                        merge.filledFields(), merge.mergedBy(), merge.mergedAt(), caller.userId(), now.plusMinutes(1));
                merges.set(i, undone);
                return undone;
            }
        }
        throw new SegurException(PatientError.PAT_0014, mergeId);
    }

    @Override
    public synchronized List<MergeRecord> merges(Caller caller, int limit) {
        call("merges");
        return List.copyOf(merges.subList(0, Math.min(limit, merges.size())));
    }

    private Patient current(UUID id, long version) {
        Patient patient = patients.get(id);
        if (patient == null) {
            throw new SegurException(CoreError.CORE_0007, id);
        }
        if (patient.version() != version) {
            throw new SegurException(CoreError.CORE_0006);
        }
        return patient;
    }

    private static String key(UUID a, UUID b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
