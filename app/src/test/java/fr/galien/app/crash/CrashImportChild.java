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
import fr.galien.core.storage.SqlFunction;
import fr.galien.core.storage.Transactions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM of {@link CrashSafetyTest}: one large import ({@code createAll}, one transaction). Prints {@code COMMIT}
 * when the import's work is done and the commit starts, and {@code DONE <n>} once the commit was acknowledged.
 */
public final class CrashImportChild {

    private CrashImportChild() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String tag = args[2];
        Caller caller = new Caller("os:crash-test", "Test de crash", Role.PHARMACIEN_TITULAIRE, "poste-crash");
        List<Patient> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            drafts.add(Patient.draft("IMPORT-" + tag, null, List.of("Essai" + i), Sex.M,
                    new BirthDate(1950 + i % 50, 1 + i % 12, 1 + i % 28), null, Contact.NONE));
        }
        try (Database database = Database.open(DatabaseSettings.forDataDirectory(dataDir))) {
            Transactions announcing = new Transactions() {
                @Override
                public <T> T inTransaction(SqlFunction<T> work) {
                    return database.inTransaction(connection -> {
                        T result = work.apply(connection);
                        System.out.println("COMMIT");
                        System.out.flush();
                        return result;
                    });
                }
            };
            JdbcPatientRegistry registry = new JdbcPatientRegistry(announcing, new JdbcAuditTrail(Clock.systemUTC()),
                    Clock.systemUTC());
            System.out.println("READY");
            System.out.flush();
            List<Patient> saved = registry.createAll(caller, drafts);
            System.out.println("DONE " + saved.size());
            System.out.flush();
        }
    }
}
