package fr.galien.app.crash;

import fr.galien.core.audit.JdbcAuditTrail;
import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.patient.JdbcPatientRegistry;
import fr.galien.core.security.Caller;
import fr.galien.core.security.Role;
import fr.galien.core.storage.Database;
import fr.galien.core.storage.DatabaseSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Child JVM of {@link CrashSafetyTest}: creates patients as fast as it can and prints each id only after its
 * commit returned — the "acknowledged" writes that must survive {@code kill -9}.
 */
public final class CrashChild {

    private CrashChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int run = Integer.parseInt(args[1]);
        Caller caller = new Caller("os:crash-test", "Test de crash", Role.PHARMACIEN_TITULAIRE, "poste-crash");
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            JdbcPatientRegistry registry = new JdbcPatientRegistry(database, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; i < 1_000_000; i++) {
                Patient saved = registry.create(caller, Patient.draft("CRASH-" + run, null, List.of("Essai" + i),
                        Sex.F, new BirthDate(1990, 1 + i % 12, 1 + i % 28), "75056", Contact.NONE));
                System.out.println("OK " + saved.id());
                System.out.flush();
            }
        }
    }
}
