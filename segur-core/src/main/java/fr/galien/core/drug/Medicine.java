package fr.galien.core.drug;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A medicine of the catalogue (a « spécialité pharmaceutique », BDPM CIS_bdpm), with its boxes, substances, generic
 * group and prescription conditions.
 *
 * @param cis                 the 8-digit CIS code, the medicine's key
 * @param name                e.g. « DOLIPRANE 500 mg, comprimé »
 * @param form                pharmaceutical form, e.g. « comprimé »
 * @param routes              routes of administration, e.g. [orale]
 * @param authorisationStatus e.g. « Autorisation active »
 * @param commercialisation   as published: « Commercialisée », « Non commercialisée »
 * @param commercialised      {@code commercialisation} is « Commercialisée » and the medicine is not withdrawn
 * @param withdrawn           no longer in the last imported BDPM: kept, since a patient's record may point to it
 * @param holder              the marketing authorisation holder(s)
 * @param presentations       its boxes, commercialised first
 * @param substances          its active substances
 * @param genericGroups       its generic group(s): usually none or one
 * @param conditions          the prescription conditions recognised in {@code conditionTexts}
 * @param conditionTexts      the prescription/dispensing conditions as published
 */
public record Medicine(String cis, String name, String form, List<String> routes, String authorisationStatus,
                       String commercialisation, boolean commercialised, boolean withdrawn, String holder,
                       List<Presentation> presentations, List<Substance> substances,
                       List<GenericMembership> genericGroups, Set<PrescriptionCondition> conditions,
                       List<String> conditionTexts) {

    public Medicine {
        routes = List.copyOf(routes);
        presentations = List.copyOf(presentations);
        substances = List.copyOf(substances);
        genericGroups = List.copyOf(genericGroups);
        conditions = Set.copyOf(conditions);
        conditionTexts = List.copyOf(conditionTexts);
    }

    /** The first generic group, if any (the one substitution proposes). */
    public Optional<GenericMembership> genericGroup() {
        return genericGroups.isEmpty() ? Optional.empty() : Optional.of(genericGroups.get(0));
    }

    public Optional<Presentation> presentation(String cip13) {
        return presentations.stream().filter(p -> p.cip13().equals(cip13)).findFirst();
    }
}
