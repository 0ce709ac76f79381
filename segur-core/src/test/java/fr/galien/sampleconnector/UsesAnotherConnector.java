package fr.galien.sampleconnector;

import fr.galien.otherconnector.OtherService;

/** Imports another connector's class: what the shared connector rule refuses. */
public final class UsesAnotherConnector {

    public Class<?> other() {
        return OtherService.class;
    }
}
