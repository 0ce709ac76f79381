package fr.galien.mssante;

import fr.galien.core.port.MssantePort;
import fr.galien.core.port.ProSanteConnectPort.AccessToken;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** A client outside the module host (tests, benches): from {@code mss.*} settings and a token supplier. */
public final class MssClients {

    private MssClients() {
    }

    /** @param settings keys with or without the {@code mss.} prefix */
    public static MssantePort client(Map<String, String> settings, Supplier<Optional<AccessToken>> tokens,
                                     Clock clock) {
        Map<String, String> own = new LinkedHashMap<>();
        settings.forEach((key, value) -> own.put(key.startsWith(MssService.ID + ".")
                ? key.substring(MssService.ID.length() + 1) : key, value));
        MssSettings parsed = MssSettings.from(own);
        return new JakartaMailClient(parsed, tokens, new AnnuaireClient(parsed.annuaireEndpoint(),
                parsed.annuaireKey(), parsed.timeout(), clock), clock);
    }
}
