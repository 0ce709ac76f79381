package fr.galien.app.ui.fake;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.error.CoreError;
import fr.galien.core.error.FieldError;
import fr.galien.core.error.SegurException;
import fr.galien.core.error.ValidationException;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.patient.PatientValidator;
import fr.galien.core.security.Caller;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A {@link PatientRegistry} in memory for UI tests. Search semantics approximate the real one: every query word
 * must start a word of the names (case, accents, hyphens and apostrophes ignored), or equal the birth date
 * ({@code jj/mm/aaaa}), or start the matricule. Optimistic locking on {@link Patient#version()} like the real one.
 */
public final class InMemoryPatientRegistry implements PatientRegistry {

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[-'’]");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,15}");

    private final Map<UUID, Patient> patients = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();

    @Override
    public synchronized Patient create(Caller caller, Patient draft) {
        calls.add("create");
        validate(draft);
        Patient saved = draft.withVersion(1);
        patients.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized List<Patient> createAll(Caller caller, List<Patient> drafts) {
        drafts.forEach(InMemoryPatientRegistry::validate);
        List<Patient> saved = new ArrayList<>();
        for (Patient draft : drafts) {
            saved.add(create(caller, draft));
        }
        return saved;
    }

    @Override
    public List<Patient> exportAll(Caller caller) {
        calls.add("exportAll");
        return patients.values().stream().filter(patient -> !patient.archived()).toList();
    }

    @Override
    public synchronized List<Patient> incompleteIdentities(Caller caller, int limit) {
        calls.add("incompleteIdentities");
        return patients.values().stream().filter(patient -> !patient.archived())
                .filter(PatientValidator::missingStrictTraits).limit(limit).toList();
    }

    @Override
    public synchronized Patient update(Caller caller, Patient edited) {
        calls.add("update");
        validate(edited);
        Patient current = patients.get(edited.id());
        if (current == null) {
            throw new SegurException(CoreError.CORE_0007, edited.id());
        }
        if (current.version() != edited.version()) {
            throw new SegurException(CoreError.CORE_0006);
        }
        Patient saved = edited.withVersion(current.version() + 1);
        patients.put(saved.id(), saved);
        return saved;
    }

    @Override
    public Patient open(Caller caller, UUID id) {
        calls.add("open");
        return Optional.ofNullable(patients.get(id))
                .orElseThrow(() -> new SegurException(CoreError.CORE_0007, id));
    }

    @Override
    public synchronized Patient archive(Caller caller, UUID id, long expectedVersion) {
        calls.add("archive");
        Patient current = open(caller, id);
        if (current.version() != expectedVersion) {
            throw new SegurException(CoreError.CORE_0006);
        }
        Patient archived = current.withArchived(true).withVersion(current.version() + 1);
        patients.put(id, archived);
        return archived;
    }

    @Override
    public List<Patient> search(Caller caller, String query, int limit) {
        List<String> words = Arrays.stream(normalize(query).split("\\s+")).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return List.of();
        }
        return patients.values().stream()
                .filter(patient -> !patient.archived())
                .filter(patient -> words.stream().allMatch(word -> matches(patient, word)))
                .sorted(Comparator.comparing((Patient p) -> normalize(p.birthName()))
                        .thenComparing(p -> normalize(String.join(" ", p.firstNames()))))
                .limit(limit)
                .toList();
    }

    @Override
    public List<Patient> lookalikes(Caller caller, Patient candidate) {
        if (candidate.birthDate() == null) {
            return List.of();
        }
        return patients.values().stream()
                .filter(patient -> !patient.archived() && !patient.id().equals(candidate.id()))
                .filter(patient -> candidate.birthDate().equals(patient.birthDate()))
                .filter(patient -> normalize(patient.birthName()).equals(normalize(candidate.birthName()))
                        || normalize(patient.firstFirstName()).equals(normalize(candidate.firstFirstName())))
                .toList();
    }

    /** Adds a patient directly, as if saved earlier (test setup). */
    public Patient add(Patient patient) {
        Patient saved = patient.withVersion(Math.max(1, patient.version()));
        patients.put(saved.id(), saved);
        return saved;
    }

    public Optional<Patient> find(UUID id) {
        return Optional.ofNullable(patients.get(id));
    }

    public int size() {
        return patients.size();
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private static boolean matches(Patient patient, String word) {
        if (word.contains("/")) {
            return BirthDate.parseFrench(word).map(date -> date.equals(patient.birthDate())).orElse(false);
        }
        if (DIGITS.matcher(word).matches()) {
            return patient.matricule() != null && patient.matricule().startsWith(word);
        }
        return Stream.concat(Stream.of(patient.birthName(), patient.usedName()), patient.firstNames().stream())
                .filter(name -> name != null)
                .flatMap(name -> Arrays.stream(normalize(name).split("\\s+")))
                .anyMatch(nameWord -> nameWord.startsWith(word));
    }

    static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = DIACRITICS.matcher(decomposed).replaceAll("");
        return SEPARATORS.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT).strip();
    }

    private static void validate(Patient patient) {
        List<FieldError> errors = new ArrayList<>();
        if (patient.birthName() == null || patient.birthName().isBlank()) {
            errors.add(FieldError.of("birthName", FakeMessage.REQUIRED));
        }
        if (patient.firstNames().isEmpty()) {
            errors.add(FieldError.of("firstNames", FakeMessage.REQUIRED));
        }
        if (patient.sex() == null) {
            errors.add(FieldError.of("sex", FakeMessage.REQUIRED));
        }
        if (patient.birthDate() == null) {
            errors.add(FieldError.of("birthDate", FakeMessage.REQUIRED));
        } else if (patient.birthDate().isAfter(LocalDate.now())) {
            errors.add(FieldError.of("birthDate", FakeMessage.FUTURE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
