package fr.galien.core.identity;

import fr.galien.core.error.SegurException;
import fr.galien.core.i18n.Messages;
import java.util.List;

/**
 * What {@link Matricules#check} found.
 *
 * @param matricule the typed text without spaces, letters upper-cased (the 15 characters to store when valid)
 * @param error     null when valid, else the first rule broken
 * @param args      the arguments of the error's French text
 */
public record MatriculeCheck(String matricule, InsError error, List<Object> args) {

    public MatriculeCheck {
        args = List.copyOf(args);
    }

    static MatriculeCheck valid(String matricule) {
        return new MatriculeCheck(matricule, null, List.of());
    }

    static MatriculeCheck invalid(String matricule, InsError error, Object... args) {
        return new MatriculeCheck(matricule, error, List.of(args));
    }

    public boolean valid() {
        return error == null;
    }

    /** {@code INS-00NN}, or empty when valid. */
    public String code() {
        return error == null ? "" : error.code();
    }

    /** The French reason, or empty when valid. */
    public String reason() {
        return error == null ? "" : Messages.format(error, args.toArray());
    }

    /** The matricule when valid, else the reason as a {@link SegurException}. */
    public String orThrow() {
        if (error != null) {
            throw new SegurException(error, args.toArray());
        }
        return matricule;
    }
}
