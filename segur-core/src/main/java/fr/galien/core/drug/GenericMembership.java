package fr.galien.core.drug;

/**
 * A medicine's place in a generic group (BDPM CIS_GENER). A few medicines belong to two groups.
 *
 * @param groupId the ANSM group id
 * @param label   the group label, e.g. « PARACÉTAMOL 500 mg - DOLIPRANE 500 mg, comprimé »
 * @param type    princeps, générique…
 * @param order   the sort number inside the group
 */
public record GenericMembership(String groupId, String label, GenericType type, int order) {
}
