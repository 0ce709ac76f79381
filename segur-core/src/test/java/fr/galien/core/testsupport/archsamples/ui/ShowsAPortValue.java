package fr.galien.core.testsupport.archsamples.ui;

import fr.galien.core.port.InsiPort.InsIdentity;

/** A screen that shows an answer a core service returned: the port's value types are fine. */
public final class ShowsAPortValue {

    public String show(InsIdentity identity) {
        return identity.toString();
    }
}
