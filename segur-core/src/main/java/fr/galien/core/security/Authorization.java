package fr.galien.core.security;

import fr.galien.core.error.SegurException;
import java.util.Objects;
import java.util.Optional;

/**
 * The one permission check of the core services: the caller's role must be granted the action in
 * {@link Permissions} (deny by default) and, for {@link Action#requiresProSanteConnect() national calls}, the caller
 * must be authenticated by Pro Santé Connect. Refusals are {@link SegurException}s naming the action and the role,
 * never patient data. Pure functions over an immutable declaration: nothing to inject.
 */
public final class Authorization {

    private Authorization() {
    }

    /** True when {@code caller} may do {@code action} under the standard matrix. */
    public static boolean allows(Caller caller, Action action) {
        return allows(Permissions.STANDARD, caller, action);
    }

    public static boolean allows(Permissions permissions, Caller caller, Action action) {
        Objects.requireNonNull(caller, "caller");
        return permissions.allows(caller.role(), action)
                && (!action.requiresProSanteConnect() || caller.authentication() == AuthenticationMethod.PSC);
    }

    /**
     * Refuses unless {@code caller} may do {@code action}.
     *
     * @throws SegurException {@code SEC-0001} role not granted, {@code SEC-0002} granted but not authenticated with
     *                        Pro Santé Connect
     */
    public static void require(Caller caller, Action action) {
        require(Permissions.STANDARD, caller, action);
    }

    public static void require(Permissions permissions, Caller caller, Action action) {
        Objects.requireNonNull(caller, "caller");
        if (!permissions.allows(caller.role(), action)) {
            throw new SegurException(SecurityError.SEC_0001, action.label(), caller.role().label());
        }
        if (action.requiresProSanteConnect() && caller.authentication() != AuthenticationMethod.PSC) {
            throw new SegurException(SecurityError.SEC_0002, action.label());
        }
    }

    /**
     * Who a national call goes out under (ADR 0009). A PSC-authenticated professional granted
     * {@link Action#NATIONAL_CALL} calls under their own session. A caller who may only prepare a dispensation (the
     * préparateur) calls under the counter session: the pharmacist connected with Pro Santé Connect on the same
     * workstation, whose token is used; the audit row then names both.
     *
     * @param counterSession the pharmacist's session open on this workstation, if any
     * @throws SegurException {@code SEC-0002} a professional not authenticated with PSC, {@code SEC-0003} a
     *                        préparateur without a pharmacist PSC session on this counter, {@code SEC-0001} anyone else
     */
    public static NationalCallAuthority requireNationalCall(Caller caller, Optional<Caller> counterSession) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(counterSession, "counterSession");
        Permissions permissions = Permissions.STANDARD;
        if (permissions.allows(caller.role(), Action.NATIONAL_CALL)) {
            require(caller, Action.NATIONAL_CALL);
            return new NationalCallAuthority(caller, caller);
        }
        if (!permissions.allows(caller.role(), Action.DISPENSATION_PREPARE)) {
            throw new SegurException(SecurityError.SEC_0001, Action.NATIONAL_CALL.label(), caller.role().label());
        }
        Caller pharmacist = counterSession
                .filter(session -> session.workstationId().equals(caller.workstationId()))
                .filter(session -> allows(session, Action.NATIONAL_CALL))
                .filter(session -> allows(session, Action.DISPENSATION_VALIDATE))
                .orElseThrow(() -> new SegurException(SecurityError.SEC_0003));
        return new NationalCallAuthority(caller, pharmacist);
    }
}
