package fr.galien.app.ui.fake;

import fr.galien.app.ui.identity.IdentityContext;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.identity.IdentityService;
import fr.galien.core.identity.InsiSearch;
import fr.galien.core.patient.JdbcIdentityService;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.patient.PatientRegistry;
import fr.galien.core.identity.VitaleReadings;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The real core over H2 in a temporary directory — registry, identity service, INSi call strategy — with fake INSi and
 * ApCV ports: the identity screens' ViewModels are tested against the rules they rely on, not against a copy.
 */
public final class IdentityTestBed implements IdentityContext, AutoCloseable {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/Paris"));
    public static final Caller CALLER = Caller.localAccount("c1", "Camille Invente", Role.PHARMACIEN_TITULAIRE,
            "poste-1");

    public final Database database;
    public final RecordingAuditTrail audit = new RecordingAuditTrail();
    public final JdbcPatientRegistry registry;
    public final JdbcIdentityService identities;
    public final FakeInsiPort insi = new FakeInsiPort();
    public final FakeApCvPort apCv = new FakeApCvPort();
    public boolean insiConfigured = true;
    public boolean apCvConfigured = true;

    public IdentityTestBed(Path directory) {
        database = TestDatabases.h2(directory);
        registry = new JdbcPatientRegistry(database, audit, CLOCK);
        identities = new JdbcIdentityService(database, audit, CLOCK);
    }

    /**
     * A provisional patient as typed at the counter; without a birth place, a file made before rule 5 was enforced
     * (or imported), which only a bulk creation still lets in (ADR 0019).
     */
    public Patient patient(String birthName, List<String> firstNames, Sex sex, String isoBirthDate, String place) {
        Patient draft = Patient.draft(birthName, null, firstNames, sex, BirthDate.parseIso(isoBirthDate).orElseThrow(),
                place, Contact.NONE);
        return place == null ? registry.createAll(CALLER, List.of(draft)).get(0) : registry.create(CALLER, draft);
    }

    public Patient reread(Patient patient) {
        return registry.open(CALLER, patient.id());
    }

    public PatientRegistry patients() {
        return registry;
    }

    @Override
    public IdentityService identities() {
        return identities;
    }

    @Override
    public Optional<InsiSearch> insiSearch() {
        return insiConfigured ? Optional.of(new InsiSearch(insi, database, audit)) : Optional.empty();
    }

    @Override
    public Optional<VitaleReadings> apCv() {
        return apCvConfigured ? Optional.of(new VitaleReadings(apCv, database, audit)) : Optional.empty();
    }

    @Override
    public void close() {
        database.close();
    }
}
