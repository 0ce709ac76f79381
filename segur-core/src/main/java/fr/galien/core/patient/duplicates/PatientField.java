package fr.galien.core.patient.duplicates;

import fr.galien.core.domain.Contact;
import fr.galien.core.domain.Patient;
import fr.galien.core.i18n.MessageKey;
import fr.galien.core.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The parts of a patient record a merge looks at: the contact fields it may fill on the survivor, and every field an
 * unmerge compares to say what changed since. French names: {@code i18n/duplicates.properties}.
 */
public enum PatientField implements MessageKey {
    BIRTH_NAME(Patient::birthName),
    USED_NAME(Patient::usedName),
    FIRST_NAMES(Patient::firstNames),
    SEX(Patient::sex),
    BIRTH_DATE(Patient::birthDate),
    BIRTH_PLACE(Patient::birthPlaceCode),
    PHONE(patient -> patient.contact().phone()),
    EMAIL(patient -> patient.contact().email()),
    /** Street, postal code and city together: filling half an address from another record would mix two homes. */
    ADDRESS(patient -> List.of(Objects.toString(patient.contact().address(), ""),
            Objects.toString(patient.contact().postalCode(), ""), Objects.toString(patient.contact().city(), ""))),
    IDENTITY_STATUS(Patient::identityStatus),
    INS(patient -> Objects.toString(patient.matricule(), "") + "|" + Objects.toString(patient.oid(), "")),
    ATTRIBUTES(Patient::attributes),
    ARCHIVED(Patient::archived),
    /** Saved again without a visible change here (e.g. identity details this list does not compare). */
    OTHER(patient -> null);

    /** What a merge may copy from the retired record into the survivor's empty fields. */
    public static final List<PatientField> FILLABLE = List.of(PHONE, EMAIL, ADDRESS);

    private final Function<Patient, Object> value;

    PatientField(Function<Patient, Object> value) {
        this.value = value;
    }

    @Override
    public String bundle() {
        return "i18n.duplicates";
    }

    @Override
    public String key() {
        return "duplicates.field." + code();
    }

    /** Stored form, e.g. {@code phone}, {@code birth_name}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PatientField> fromCode(String code) {
        for (PatientField field : values()) {
            if (field.code().equals(code)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** French name for messages, e.g. "téléphone". */
    public String text() {
        return Messages.format(this);
    }

    /** True when the field has nothing in it (for the address: none of its three parts). */
    public boolean isEmptyIn(Patient patient) {
        Contact contact = patient.contact();
        return switch (this) {
            case PHONE -> blank(contact.phone());
            case EMAIL -> blank(contact.email());
            case ADDRESS -> blank(contact.address()) && blank(contact.postalCode()) && blank(contact.city());
            default -> false;
        };
    }

    /** {@code target} with this contact field taken from {@code source}; identity fields are never copied. */
    public Patient copy(Patient source, Patient target) {
        Contact from = source.contact();
        Contact to = target.contact();
        Contact merged = switch (this) {
            case PHONE -> new Contact(from.phone(), to.email(), to.address(), to.postalCode(), to.city());
            case EMAIL -> new Contact(to.phone(), from.email(), to.address(), to.postalCode(), to.city());
            case ADDRESS -> new Contact(to.phone(), to.email(), from.address(), from.postalCode(), from.city());
            default -> throw new IllegalArgumentException("not a contact field: " + this);
        };
        return new Patient(target.id(), target.birthName(), target.usedName(), target.firstNames(), target.sex(),
                target.birthDate(), target.birthPlaceCode(), merged, target.identityStatus(), target.matricule(),
                target.oid(), target.attributes(), target.archived(), target.version());
    }

    /** The fields whose values differ between two states of one record, in declaration order. */
    public static List<PatientField> differences(Patient before, Patient after) {
        List<PatientField> changed = new ArrayList<>();
        for (PatientField field : values()) {
            if (!Objects.equals(field.value.apply(before), field.value.apply(after))) {
                changed.add(field);
            }
        }
        return changed;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
