package fr.galien.sampleconnector;

import fr.galien.core.port.QualifiedIns;

/** Imports only the core: what a connector may do. */
public final class UsesTheCore {

    public String oid(QualifiedIns ins) {
        return ins.oid();
    }
}
