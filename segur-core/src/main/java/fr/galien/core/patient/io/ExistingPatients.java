package fr.galien.core.patient.io;

import fr.galien.core.storage.Transactions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Which ids of an import already exist here — re-importing the practice's own export is the common case — so the
 * import can say how many and where, and offer to skip or update them, instead of failing on a duplicate key.
 * Reads ids only, no patient data: nothing to audit.
 */
public final class ExistingPatients {

    private static final String EXISTS = "SELECT 1 FROM patient WHERE id = ?";

    private ExistingPatients() {
    }

    /** The ids of {@code ids} that name a patient already stored, in the given order. */
    public static Set<UUID> among(Transactions transactions, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return transactions.read(connection -> {
            Set<UUID> existing = new LinkedHashSet<>();
            try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
                for (UUID id : ids) {
                    exists.setString(1, id.toString());
                    try (ResultSet row = exists.executeQuery()) {
                        if (row.next()) {
                            existing.add(id);
                        }
                    }
                }
            }
            return existing;
        });
    }
}
