package fr.galien.sandbox.insi;

import java.util.regex.Pattern;

/**
 * An XSD simple type as far as the simulator checks it: a pattern (anchored, like XSD patterns) and a maximum
 * length. Types whose XSD whitespace facet is « collapse » (dates, integers) are trimmed before the check.
 *
 * @param label     how the French messages name the expected form
 * @param pattern   null for any string
 * @param maxLength 0 for no limit
 * @param collapse  trim before checking (xsd:date, xsd:dateTime, xsd:integer)
 */
record SimpleType(String label, Pattern pattern, int maxLength, boolean collapse) {

    static final SimpleType STRING = new SimpleType("texte", null, 0, false);
    static final SimpleType DATE_TIME = new SimpleType("date et heure xsd:dateTime", Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?"), 0, true);
    static final SimpleType DATE = new SimpleType("date xsd:date", Pattern.compile(
            "-?\\d{4,}-\\d{2}-\\d{2}(Z|[+-]\\d{2}:\\d{2})?"), 0, true);
    static final SimpleType INTEGER = new SimpleType("entier", Pattern.compile("[+-]?\\d+"), 0, true);

    static SimpleType pattern(String label, String regex) {
        return new SimpleType(label, Pattern.compile(regex), 0, false);
    }

    boolean accepts(String value) {
        String checked = collapse ? value.strip() : value;
        if (maxLength > 0 && checked.length() > maxLength) {
            return false;
        }
        return pattern == null || pattern.matcher(checked).matches();
    }
}
