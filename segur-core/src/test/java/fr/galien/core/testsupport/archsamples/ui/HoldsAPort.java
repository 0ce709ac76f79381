package fr.galien.core.testsupport.archsamples.ui;

import fr.galien.core.port.InsiPort;

/** A screen that calls a national port itself, skipping the core service (caught by the UI rule). */
public final class HoldsAPort {

    private final InsiPort insi;

    public HoldsAPort(InsiPort insi) {
        this.insi = insi;
    }

    public InsiPort insi() {
        return insi;
    }
}
