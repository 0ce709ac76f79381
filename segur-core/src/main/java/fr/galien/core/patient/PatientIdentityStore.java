package fr.galien.core.patient;

import fr.galien.core.domain.Patient;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * The patient row for the identity service ({@link fr.galien.core.identity.IdentityService}), inside the caller's
 * transaction so that the status change, its history row and its audit row commit together. The registry's
 * {@link PatientRegistry#update} refuses identity changes; this is the one other way in, and it is not a service:
 * it checks nothing but the version.
 */
public final class PatientIdentityStore {

    private PatientIdentityStore() {
    }

    public static Optional<Patient> load(Connection transaction, UUID id) throws SQLException {
        return JdbcPatientRegistry.load(transaction, id);
    }

    /**
     * Writes {@code changed} (identity fields and strict traits included) over the row at version
     * {@code changed.version()}; returns it at the next version, search tokens rewritten.
     *
     * @throws fr.galien.core.error.SegurException {@code CORE-0006} when the row moved on, {@code PAT-0001} when
     *                                             another active patient holds the same qualified matricule
     */
    public static Patient save(Connection transaction, Patient changed, OffsetDateTime now) throws SQLException {
        return JdbcPatientRegistry.write(transaction, changed, now);
    }
}
