package fr.galien.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.galien.core.drug.GenericGroup;
import fr.galien.core.drug.GenericMembership;
import fr.galien.core.drug.ImportReport;
import fr.galien.core.drug.Medicine;
import fr.galien.core.drug.PrescriptionCondition;
import fr.galien.core.drug.Presentation;
import fr.galien.core.drug.Substance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The drug catalogue as scripts see it (docs/cli.md, « galien drugs »): a stable contract, camelCase keys. */
final class DrugJson {

    private DrugJson() {
    }

    /**
     * One medicine. {@code cip13}, {@code reimbursementRate} and {@code price} are those of its first box
     * (commercialised first); {@code members} of the generic group only in {@code drugs show}.
     */
    @JsonPropertyOrder({"cis", "cip13", "name", "form", "routes", "commercialised", "withdrawn", "commercialisation",
            "genericGroup", "substances", "conditions", "conditionTexts", "reimbursementRate", "price",
            "presentations"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record MedicineJson(String cis, String cip13, String name, String form, List<String> routes,
                        boolean commercialised, boolean withdrawn, String commercialisation, GroupJson genericGroup,
                        List<SubstanceJson> substances, List<String> conditions, List<String> conditionTexts,
                        Integer reimbursementRate, BigDecimal price, List<PresentationJson> presentations) {
    }

    @JsonPropertyOrder({"id", "label", "type", "members"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupJson(String id, String label, String type, List<MemberJson> members) {
    }

    @JsonPropertyOrder({"cis", "name", "type", "commercialised", "withdrawn"})
    record MemberJson(String cis, String name, String type, boolean commercialised, boolean withdrawn) {
    }

    @JsonPropertyOrder({"code", "name", "dosage", "reference", "nature"})
    record SubstanceJson(String code, String name, String dosage, String reference, String nature) {
    }

    @JsonPropertyOrder({"cip13", "cip7", "label", "commercialised", "withdrawn", "reimbursementRate", "price",
            "priceWithFees"})
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record PresentationJson(String cip13, String cip7, String label, boolean commercialised, boolean withdrawn,
                            Integer reimbursementRate, BigDecimal price, BigDecimal priceWithFees) {
    }

    static MedicineJson of(Medicine m, Optional<GenericGroup> withMembers) {
        Optional<Presentation> first = m.presentations().stream().findFirst();
        GroupJson group = m.genericGroup().map(g -> group(g, withMembers)).orElse(null);
        return new MedicineJson(m.cis(), first.map(Presentation::cip13).orElse(null), m.name(), m.form(), m.routes(),
                m.commercialised(), m.withdrawn(), m.commercialisation(), group,
                m.substances().stream().map(DrugJson::substance).toList(),
                m.conditions().stream().sorted().map(PrescriptionCondition::name).toList(), m.conditionTexts(),
                first.map(Presentation::reimbursementRate).orElse(null), first.map(Presentation::price).orElse(null),
                m.presentations().stream().map(DrugJson::presentation).toList());
    }

    static List<MedicineJson> of(List<Medicine> medicines) {
        return medicines.stream().map(m -> of(m, Optional.empty())).toList();
    }

    private static GroupJson group(GenericMembership membership, Optional<GenericGroup> withMembers) {
        List<MemberJson> members = withMembers.filter(g -> g.id().equals(membership.groupId()))
                .map(g -> g.members().stream().map(x -> new MemberJson(x.cis(), x.name(), x.type().name(),
                        x.commercialised(), x.withdrawn())).toList())
                .orElse(null);
        return new GroupJson(membership.groupId(), membership.label(), membership.type().name(), members);
    }

    private static SubstanceJson substance(Substance s) {
        return new SubstanceJson(s.code(), s.name(), s.dosage(), s.reference(), s.nature());
    }

    private static PresentationJson presentation(Presentation p) {
        return new PresentationJson(p.cip13(), p.cip7(), p.label(), p.commercialised(), p.withdrawn(),
                p.reimbursementRate(), p.price(), p.priceWithFees());
    }

    @JsonPropertyOrder({"source", "medicines", "presentations", "medicinesAdded", "medicinesUpdated",
            "medicinesWithdrawn", "presentationsAdded", "presentationsUpdated", "presentationsWithdrawn",
            "presentationsOrphan", "genericGroups", "readMs", "storeMs", "indexMs", "totalMs"})
    record ImportJson(String source, int medicines, int presentations, int medicinesAdded, int medicinesUpdated,
                      int medicinesWithdrawn, int presentationsAdded, int presentationsUpdated,
                      int presentationsWithdrawn, int presentationsOrphan, int genericGroups, long readMs,
                      long storeMs, long indexMs, long totalMs) {

        static ImportJson of(ImportReport r) {
            return new ImportJson(r.source(), r.medicines(), r.presentations(), r.medicinesAdded(),
                    r.medicinesUpdated(), r.medicinesWithdrawn(), r.presentationsAdded(), r.presentationsUpdated(),
                    r.presentationsWithdrawn(), r.presentationsOrphan(), r.genericGroups(), r.readTime().toMillis(),
                    r.storeTime().toMillis(), r.indexTime().toMillis(), r.total().toMillis());
        }
    }
}
