package fr.galien.app.ui.prescription;

/**
 * A medicine presentation as the prescription and counter screens list it.
 *
 * @param genericGroup the generic group label or id, null when the medicine has none
 */
public record DrugChoice(String cis, String cip13, String label, String genericGroup) {

    @Override
    public String toString() {
        return label;
    }
}
