package fr.galien.kit.http;

import fr.galien.core.error.SegurException;
import fr.galien.core.port.ProSanteConnectPort;
import fr.galien.kit.KitError;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds the professional's Pro Santé Connect access token ({@code Authorization: Bearer}, RFC 6750 §2.1) to calls
 * made on their behalf (DMP, MSSanté, e-prescription). The token comes through {@link ProSanteConnectPort} — usually
 * {@code port::currentAccessToken}, which refreshes it — so no connector imports psc-auth. No session: the call is
 * refused before anything is sent ({@code KIT-0009}); an expired token likewise ({@code KIT-0010}). The token is
 * never logged.
 */
public final class BearerToken implements CallInterceptor {

    private final Supplier<Optional<ProSanteConnectPort.AccessToken>> tokens;
    private final Clock clock;

    public BearerToken(Supplier<Optional<ProSanteConnectPort.AccessToken>> tokens, Clock clock) {
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public BoundedHttp.Reply intercept(OutboundCall call, Chain next) throws TransportFailure {
        ProSanteConnectPort.AccessToken token = tokens.get()
                .filter(t -> t.value() != null && !t.value().isBlank())
                .orElseThrow(() -> new SegurException(KitError.KIT_0009));
        if (token.expiresAt() != null && !token.expiresAt().isAfter(clock.instant())) {
            throw new SegurException(KitError.KIT_0010);
        }
        call.header("Authorization", "Bearer " + token.value());
        return next.proceed(call);
    }
}
