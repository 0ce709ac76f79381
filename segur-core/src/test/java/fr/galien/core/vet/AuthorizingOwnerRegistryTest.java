package fr.galien.core.vet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.galien.core.audit.AuditAction;
import fr.galien.core.audit.AuditEvent;
import fr.galien.core.audit.AuditOutcome;
import fr.galien.core.audit.AuditedAuthorization;
import fr.galien.core.domain.Animal;
import fr.galien.core.domain.AnimalSex;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Owner;
import fr.galien.core.error.SegurException;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.testsupport.RecordingAuditTrail;
import fr.galien.core.testsupport.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Permissions enforced in the core for a vet practice: coded refusal, an audit row, and no owner or animal data. */
class AuthorizingOwnerRegistryTest {

    private static final Caller VET = Caller.localAccount("v1", "Margaux Invente", Role.VETERINAIRE, "poste-test");
    private static final Caller ASSISTANT = Caller.localAccount("s1", "Inès Exemple", Role.SECRETAIRE, "poste-test");
    private static final Caller ADMIN = Caller.localAccount("t1", "Hugo Technique", Role.ADMINISTRATEUR_TECHNIQUE,
            "poste-test");
    private static final String CHIP = "250990000054321";

    @TempDir
    Path dataDir;

    Database database;
    RecordingAuditTrail audit;
    OwnerRegistry registry;
    Owner owner;
    Animal animal;

    @BeforeEach
    void open() {
        database = TestDatabases.h2(dataDir);
        audit = new RecordingAuditTrail();
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
        registry = new AuthorizingOwnerRegistry(new JdbcOwnerRegistry(database, audit, clock),
                new AuditedAuthorization(database, audit));
        owner = registry.createOwner(VET, owner());
        animal = registry.addAnimal(VET, owner.id(), animal());
        audit.clear();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static Owner owner() {
        return new Owner(null, "Kerbrat-Ollivier", "Gwenaëlle", new Contact("06 11 22 33 44", "client@example.org",
                "3 rue des Acacias", "29200", "Brest"), false, 0);
    }

    private static Animal animal() {
        return new Animal(null, null, "Biscotte", "chat", "Européen", AnimalSex.FEMELLE_STERILISEE,
                LocalDate.of(2019, 5, 4), CHIP, false, 0);
    }

    @Test
    void assistantMaySearchOpenAndRegisterAnAnimalAtTheDesk() {
        assertThat(registry.search(ASSISTANT, "kerb", 10)).extracting(file -> file.owner().id())
                .containsExactly(owner.id());
        assertThat(registry.openOwner(ASSISTANT, owner.id()).animals()).extracting(Animal::id)
                .containsExactly(animal.id());
        Animal second = new Animal(null, null, "Praline", "chien", "Croisé", AnimalSex.FEMELLE,
                LocalDate.of(2022, 1, 9), null, false, 0);
        assertThat(registry.addAnimal(ASSISTANT, owner.id(), second).ownerId()).isEqualTo(owner.id());
    }

    @Test
    void assistantCannotArchiveAnAnimalAndTheRefusalIsAudited() {
        assertThatThrownBy(() -> registry.archiveAnimal(ASSISTANT, animal.id(), animal.version()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));

        assertThat(audit.events()).singleElement().satisfies(event -> {
            assertThat(event.outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(event.action()).isEqualTo(AuditAction.ARCHIVE);
            assertThat(event.caller()).isEqualTo(ASSISTANT);
            assertThat(event.patientId()).isEqualTo(animal.id());
            assertThat(event.detail()).contains("PATIENT_ARCHIVE");
        });
        assertThat(registry.openOwner(VET, owner.id()).animals()).extracting(Animal::id).containsExactly(animal.id());
    }

    @Test
    void assistantCannotImportHouseholds() {
        assertThatThrownBy(() -> registry.createAll(ASSISTANT, List.of(new OwnerFile(owner(), List.of(animal())))))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));
        assertThat(registry.search(VET, "kerb", 10)).hasSize(1);
    }

    @Test
    void technicalAdministratorCannotReadOwnersOrAnimals() {
        assertThatThrownBy(() -> registry.openOwner(ADMIN, owner.id()))
                .isInstanceOfSatisfying(SegurException.class, e -> assertThat(e.code()).isEqualTo("SEC-0001"));
        assertThatThrownBy(() -> registry.search(ADMIN, "kerb", 10)).isInstanceOf(SegurException.class);
        assertThat(audit.events()).hasSize(2).allMatch(event -> event.outcome() == AuditOutcome.REFUSED);
    }

    @Test
    void refusalCarriesNoOwnerOrAnimalDataInMessageOrAudit() {
        List<Runnable> attempts = List.of(
                () -> registry.openOwner(ADMIN, owner.id()),
                () -> registry.search(ADMIN, "Kerbrat Biscotte " + CHIP, 10),
                () -> registry.createOwner(ADMIN, owner()),
                () -> registry.updateOwner(ADMIN, owner),
                () -> registry.addAnimal(ADMIN, owner.id(), animal()),
                () -> registry.updateAnimal(ADMIN, animal),
                () -> registry.archiveAnimal(ASSISTANT, animal.id(), animal.version()),
                () -> registry.archiveOwner(ASSISTANT, owner.id(), owner.version()),
                () -> registry.createAll(ADMIN, List.of(new OwnerFile(owner(), List.of(animal())))));
        for (Runnable attempt : attempts) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(SegurException.class, e ->
                    assertThat(e.getMessage()).doesNotContainIgnoringCase("Kerbrat")
                            .doesNotContainIgnoringCase("Gwenaëlle").doesNotContainIgnoringCase("Biscotte")
                            .doesNotContain(CHIP));
        }
        assertThat(audit.events()).hasSize(attempts.size()).extracting(AuditEvent::detail)
                .allSatisfy(detail -> assertThat(detail).doesNotContainIgnoringCase("Kerbrat")
                        .doesNotContainIgnoringCase("Gwenaëlle").doesNotContainIgnoringCase("Biscotte")
                        .doesNotContain(CHIP));
    }

    @Test
    void grantedCallReachesTheRegistryWithoutARefusalRow() {
        registry.archiveOwner(VET, owner.id(), owner.version());
        assertThat(audit.events()).extracting(AuditEvent::outcome).containsOnly(AuditOutcome.SUCCESS);
    }
}
