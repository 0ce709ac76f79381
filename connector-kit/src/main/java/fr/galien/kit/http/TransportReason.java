package fr.galien.kit.http;

import fr.galien.core.i18n.MessageKey;

/** Why an HTTP exchange failed, as a short French phrase for error messages and health details. */
public enum TransportReason implements MessageKey {
    REFUSED("transport.refused"),
    CONNECT_TIMEOUT("transport.connectTimeout"),
    TIMEOUT("transport.timeout"),
    UNKNOWN_HOST("transport.unknownHost"),
    TLS("transport.tls"),
    NETWORK("transport.network"),
    INTERRUPTED("transport.interrupted");

    private final String key;

    TransportReason(String key) {
        this.key = key;
    }

    @Override
    public String bundle() {
        return "i18n.kit";
    }

    @Override
    public String key() {
        return key;
    }
}
