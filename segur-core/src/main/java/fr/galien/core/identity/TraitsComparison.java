package fr.galien.core.identity;

import fr.galien.core.domain.BirthDate;
import fr.galien.core.domain.Patient;
import fr.galien.core.domain.Sex;
import fr.galien.core.port.IdentityTraits;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The five strict traits side by side, local and INSi, each marked equal or different (issue 4 §5: "the user sees
 * both side by side and chooses explicitly"). Names are compared as INSi writes them ({@link InsText#normalize}:
 * upper case, no diacritics), so "Zoé" and "ZOE" are equal; a birth place missing on one side and present on the other
 * is a difference. Pure: the UI shows {@link #rows()}, {@link IdentityService#acceptInsi} refuses a difference unless
 * the user chose INSi's traits.
 */
public record TraitsComparison(List<Row> rows) {

    public enum Trait {
        BIRTH_NAME("Nom de naissance"),
        FIRST_NAMES("Prénoms de naissance"),
        SEX("Sexe"),
        BIRTH_DATE("Date de naissance"),
        BIRTH_PLACE("Lieu de naissance");

        private final String label;

        Trait(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One line of the comparison.
     *
     * @param local what the practice holds, as typed (first names joined by spaces, date {@code jj/mm/aaaa}, "" when
     *              absent)
     * @param insi  what INSi returned, same form
     */
    public record Row(Trait trait, String local, String insi, boolean equal) {
    }

    public TraitsComparison {
        rows = List.copyOf(rows);
    }

    public static TraitsComparison of(Patient local, IdentityTraits insi) {
        return of(StrictTraits.of(local), insi);
    }

    public static TraitsComparison of(IdentityTraits local, IdentityTraits insi) {
        List<Row> rows = new ArrayList<>(5);
        rows.add(names(Trait.BIRTH_NAME, local.birthName(), insi.birthName()));
        rows.add(names(Trait.FIRST_NAMES, String.join(" ", local.firstNames()), String.join(" ", insi.firstNames())));
        rows.add(new Row(Trait.SEX, sex(local.sex()), sex(insi.sex()), local.sex() == insi.sex()));
        rows.add(new Row(Trait.BIRTH_DATE, date(local.birthDate()), date(insi.birthDate()),
                Objects.equals(local.birthDate(), insi.birthDate())));
        rows.add(names(Trait.BIRTH_PLACE, local.birthPlaceCode(), insi.birthPlaceCode()));
        return new TraitsComparison(rows);
    }

    public boolean allEqual() {
        return rows.stream().allMatch(Row::equal);
    }

    /** The traits that differ, in display order. */
    public List<Trait> different() {
        return rows.stream().filter(row -> !row.equal()).map(Row::trait).collect(Collectors.toList());
    }

    public Row row(Trait trait) {
        return rows.stream().filter(row -> row.trait() == trait).findFirst().orElseThrow();
    }

    private static Row names(Trait trait, String local, String insi) {
        String shownLocal = local == null ? "" : local.strip();
        String shownInsi = insi == null ? "" : insi.strip();
        return new Row(trait, shownLocal, shownInsi, InsText.normalize(local).equals(InsText.normalize(insi)));
    }

    private static String sex(Sex sex) {
        return sex == null ? "" : sex.name();
    }

    private static String date(BirthDate date) {
        return date == null ? "" : date.toFrench();
    }
}
