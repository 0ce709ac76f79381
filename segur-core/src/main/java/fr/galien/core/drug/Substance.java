package fr.galien.core.drug;

/**
 * An active substance of a medicine (BDPM CIS_COMPO).
 *
 * @param code      the ANSM substance code
 * @param name      e.g. « PARACÉTAMOL »
 * @param dosage    e.g. « 500 mg », may be empty
 * @param reference the quantity the dosage refers to, e.g. « un comprimé »
 * @param nature    {@code SA} (substance active) or {@code FT} (fraction thérapeutique)
 * @param element   the pharmaceutical element, e.g. « comprimé »
 */
public record Substance(String code, String name, String dosage, String reference, String nature, String element) {
}
