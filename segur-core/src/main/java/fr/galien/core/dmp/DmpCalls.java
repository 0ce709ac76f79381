package fr.galien.core.dmp;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.CallIdentity;
import fr.galien.core.port.DmpPort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import fr.galien.core.security.AuthenticationMethod;
import fr.galien.core.security.Caller;
import fr.galien.core.security.NationalCallAuthority;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Where a DMP call gets its port and its identity (ADR 0022): the live port of the {@code dmp} module, and the
 * professional's own PSC session — never another person's token ({@link CallIdentity#forDmp}). Shared by
 * {@link DmpSharing} and {@link DmpConsultation}.
 */
public final class DmpCalls {

    private final Supplier<Optional<DmpPort>> ports;
    private final Supplier<Optional<AccessToken>> tokens;
    private final Clock clock;

    /**
     * @param ports  the DMP port while its module runs ({@code ModuleHost.port(DmpPort.class)})
     * @param tokens the connected professional's token ({@code ProSanteConnectPort::currentAccessToken})
     */
    public DmpCalls(Supplier<Optional<DmpPort>> ports, Supplier<Optional<AccessToken>> tokens, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws SegurException {@code DMP-0002} when the DMP module is not started */
    DmpPort port() {
        return ports.get().orElseThrow(() -> new SegurException(DmpRuleError.DMP_0002));
    }

    boolean available() {
        return ports.get().isPresent();
    }

    /** @throws SegurException {@code DMP-0001} no PSC session of this caller now */
    CallIdentity identityOf(Caller caller) {
        return identityOf(caller, caller.userId().startsWith("psc:") ? caller.userId().substring(4) : null);
    }

    /** The session of the professional {@code nationalId}, for a send queued by them. */
    CallIdentity identityOf(Caller caller, String nationalId) {
        if (caller.authentication() != AuthenticationMethod.PSC || nationalId == null) {
            throw new SegurException(DmpRuleError.DMP_0001);
        }
        AccessToken token = tokens.get()
                .filter(candidate -> nationalId.equals(candidate.nationalId()))
                .filter(candidate -> candidate.expiresAt() == null || candidate.expiresAt().isAfter(clock.instant()))
                .orElseThrow(() -> new SegurException(DmpRuleError.DMP_0001));
        return CallIdentity.forDmp(new NationalCallAuthority(caller, caller), token);
    }

    Clock clock() {
        return clock;
    }
}
