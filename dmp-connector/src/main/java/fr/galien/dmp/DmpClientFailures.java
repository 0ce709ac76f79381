package fr.galien.dmp;

import fr.galien.core.port.DmpException;
import fr.galien.kit.http.TransportFailure;

/** The client's failures as {@link DmpException}s, transient or permanent (one code per cause, {@link DmpError}). */
final class DmpClientFailures {

    private DmpClientFailures() {
    }

    /** A lost or garbled answer: the request may have been processed, a resend is deduplicated, so transient. */
    static DmpException unreadable(String why, Throwable cause) {
        return DmpException.transientFailure(DmpError.DMP_0103, cause, why);
    }

    static DmpException transport(TransportFailure failure) {
        return switch (failure.kind()) {
            case UNAVAILABLE -> DmpException.transientFailure(DmpError.DMP_0101, failure, failure.reason());
            case TOO_LARGE -> DmpException.transientFailure(DmpError.DMP_0102, failure, failure.reason());
            case INTERRUPTED -> DmpException.transientFailure(DmpError.DMP_0113, failure);
        };
    }
}
