package fr.galien.core.testsupport.archsamples.left;

import fr.galien.core.testsupport.archsamples.right.Right;

/** Half of a package cycle, for {@code CommonArchitectureRulesTest}. */
public final class Left {

    public Right right() {
        return new Right();
    }
}
