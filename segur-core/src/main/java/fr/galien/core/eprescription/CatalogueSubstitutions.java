package fr.galien.core.eprescription;

import fr.galien.core.drug.DrugCatalogue;
import fr.galien.core.drug.GenericGroup;
import fr.galien.core.drug.Medicine;
import fr.galien.core.port.EPrescriptionPort.CodeSystem;
import fr.galien.core.port.EPrescriptionPort.Product;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Substitution and labels from the drug catalogue (ANSM BDPM, répertoire des génériques): a generic may replace the
 * prescribed product when both belong to one generic group. A product the catalogue does not know (a substance, an
 * old code) cannot be judged: the pharmacist's choice stands. Waits for the catalogue's first load (never call it on
 * the window's thread).
 */
public final class CatalogueSubstitutions implements SubstitutionRule {

    private final DrugCatalogue catalogue;

    public CatalogueSubstitutions(DrugCatalogue catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    }

    @Override
    public Optional<Boolean> sameGenericGroup(Product prescribed, String substituteCip13) {
        catalogue.ensureLoaded();
        Optional<String> prescribedCis = switch (prescribed.system()) {
            case CIP13 -> catalogue.byCip13(prescribed.code()).map(Medicine::cis);
            case CIS -> catalogue.byCis(prescribed.code()).map(Medicine::cis);
            case SUBSTANCE -> Optional.empty();
        };
        Optional<String> substituteCis = catalogue.byCip13(substituteCip13).map(Medicine::cis);
        if (prescribedCis.isEmpty() || substituteCis.isEmpty()) {
            return Optional.empty();
        }
        if (prescribedCis.get().equals(substituteCis.get())) {
            return Optional.of(true); // another box of the same medicine
        }
        List<GenericGroup> groups = catalogue.genericGroupsOf(prescribedCis.get());
        return Optional.of(groups.stream().flatMap(group -> group.members().stream())
                .anyMatch(member -> member.cis().equals(substituteCis.get())));
    }

    @Override
    public Optional<String> labelOf(String cip13) {
        catalogue.ensureLoaded();
        return catalogue.byCip13(cip13).map(medicine -> medicine.presentation(cip13)
                .map(box -> medicine.name() + " — " + box.label()).orElse(medicine.name()));
    }

    /** The product of a scanned or typed CIP13 with the catalogue's label, when known. */
    public Optional<Product> product(String cip13) {
        return labelOf(cip13).map(label -> new Product(CodeSystem.CIP13, cip13, label));
    }
}
