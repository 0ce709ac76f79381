package fr.galien.core.testsupport.archsamples.right;

import fr.galien.core.testsupport.archsamples.left.Left;

/** The other half of the package cycle: {@code right} imports {@code left} back. */
public final class Right {

    public Left left() {
        return new Left();
    }
}
