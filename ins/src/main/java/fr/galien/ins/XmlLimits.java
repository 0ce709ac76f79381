package fr.galien.ins;

/**
 * Safety limits applied to every XML answer before and while it is read (decisions.md "XML hardening": JDK secure
 * processing alone does not stop 10⁵-deep nesting). A real INSi answer is a few kilobytes, at most 9 levels deep
 * (Envelope/Body/RESULTAT/INDIVIDU/INSHISTO/IdIndividu/NumIdentifiant) and its longest text is a fault reason of a
 * few hundred characters, so these bounds leave a wide margin.
 *
 * @param maxBytes    the whole answer, checked before parsing
 * @param maxDepth    element nesting
 * @param maxText     characters of text directly inside one element
 * @param maxElements elements in the whole answer
 */
record XmlLimits(int maxBytes, int maxDepth, int maxText, int maxElements) {

    static final XmlLimits DEFAULT = new XmlLimits(128 * 1024, 32, 4096, 2000);

    XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxText <= 0 || maxElements <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
