package fr.galien.sandbox.psc;

import java.util.ArrayList;
import java.util.List;

/**
 * Every secret value this provider handed out (access, refresh and ID tokens, CIBA auth_req_ids), so a test can
 * check that none of them ever reaches a client's log or audit trail. Kept for the simulator's life: a sandbox
 * hands out a few hundred at most.
 */
public final class IssuedSecrets {

    private final List<String> values = new ArrayList<>();

    synchronized void add(String value) {
        if (value != null && !value.isEmpty()) {
            values.add(value);
        }
    }

    /** A copy, oldest first. */
    public synchronized List<String> all() {
        return List.copyOf(values);
    }
}
