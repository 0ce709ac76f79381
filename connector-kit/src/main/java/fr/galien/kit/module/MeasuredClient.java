package fr.galien.kit.module;

import fr.galien.kit.http.CallStats;
import java.util.Optional;

/** A client whose national calls go through {@code NationalHttp}: its figures are shown on the Services view. */
public interface MeasuredClient {

    /** The figures of its calls since start; empty while it has no transport (not configured). */
    Optional<CallStats.Snapshot> callStats();
}
