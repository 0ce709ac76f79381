package fr.galien.core.drug;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rows of one BDPM export (or of the catalogue bundled with Galien), checked line by line and not yet stored:
 * only the fields Galien uses. Both {@link BdpmDirectory} and {@link CompactCatalogue} produce it; {@link DrugRows}
 * stores it.
 *
 * @param source a short description of where it comes from (a directory, the bundled catalogue and its date)
 */
public record BdpmData(String source, List<MedicineRow> medicines, List<PresentationRow> presentations,
                       List<SubstanceRow> substances, List<GenericRow> generics, List<ConditionRow> conditions) {

    public BdpmData {
        medicines = List.copyOf(medicines);
        presentations = List.copyOf(presentations);
        substances = List.copyOf(substances);
        generics = List.copyOf(generics);
        conditions = List.copyOf(conditions);
    }

    /** CIS_bdpm: one medicine. */
    public record MedicineRow(String cis, String name, String form, List<String> routes, String authorisationStatus,
                              String commercialisation, String holder) {
        public MedicineRow {
            routes = List.copyOf(routes);
        }
    }

    /** CIS_CIP_bdpm: one presentation (box). */
    public record PresentationRow(String cis, String cip7, String label, String status, String commercialisation,
                                  String cip13, Integer reimbursementRate, BigDecimal price,
                                  BigDecimal priceWithFees) {
    }

    /** CIS_COMPO_bdpm: one substance of a medicine, in file order. */
    public record SubstanceRow(String cis, String element, String code, String name, String dosage, String reference,
                               String nature) {
    }

    /** CIS_GENER_bdpm: one member of a generic group. */
    public record GenericRow(String groupId, String label, String cis, GenericType type, int order) {
    }

    /** CIS_CPD_bdpm: one prescription/dispensing condition text. */
    public record ConditionRow(String cis, String text) {
    }
}
