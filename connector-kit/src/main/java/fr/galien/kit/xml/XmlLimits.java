package fr.galien.kit.xml;

/**
 * Safety limits applied to every XML document before and while it is read (decisions.md "XML hardening": JDK secure
 * processing alone does not stop 10⁵-deep nesting). Each reader picks bounds with a wide margin over the largest
 * legitimate document it expects; there is no default, so nobody inherits limits sized for another service.
 *
 * @param maxBytes      the whole document, checked before parsing
 * @param maxDepth      element nesting
 * @param maxText       characters of text directly inside one element
 * @param maxElements   elements in the whole document
 * @param maxAttributes attributes on one element
 */
public record XmlLimits(int maxBytes, int maxDepth, int maxText, int maxElements, int maxAttributes) {

    public XmlLimits {
        if (maxBytes <= 0 || maxDepth <= 0 || maxText <= 0 || maxElements <= 0 || maxAttributes <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
