package fr.galien.core.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Sends RFC 5424 lines to a syslog server over TCP, each framed by octet counting ({@code LENGTH SP MSG}, RFC 6587
 * §3.4.1, the framing RFC 5425 prescribes over TLS). With TLS the server's certificate is checked against the JVM's
 * trust store (or {@code javax.net.ssl.trustStore}) and its host name verified; TLS 1.2 or later.
 *
 * <p>Settings of the practice: {@value #HOST} (no forwarding when absent), {@value #PORT} (default 6514 with TLS,
 * 601 without), {@value #TLS} ({@code true} by default; {@code false} only for a collector on a trusted network).
 */
public final class SyslogForwarder {

    public static final String HOST = "audit.syslog.host";
    public static final String PORT = "audit.syslog.port";
    public static final String TLS = "audit.syslog.tls";
    /** Sequence number of the last audit row forwarded (the next forwarding starts after it). */
    public static final String LAST_FORWARDED_SEQ = "audit.syslog.lastSeq";

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int WRITE_TIMEOUT_MS = 10_000;

    private final String host;
    private final int port;
    private final boolean tls;

    public SyslogForwarder(String host, int port, boolean tls) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        this.tls = tls;
    }

    /** The forwarder the settings describe, empty when no server is configured. */
    public static Optional<SyslogForwarder> fromSettings(Function<String, Optional<String>> settings) {
        Optional<String> host = settings.apply(HOST).map(String::strip).filter(value -> !value.isEmpty());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        boolean tls = settings.apply(TLS).map(value -> !value.strip().equalsIgnoreCase("false")).orElse(true);
        int port = settings.apply(PORT).map(String::strip).filter(value -> !value.isEmpty()).map(Integer::parseInt)
                .orElse(tls ? 6514 : 601);
        return Optional.of(new SyslogForwarder(host.get(), port, tls));
    }

    public String describe() {
        return host + ":" + port + (tls ? " (TLS)" : " (TCP)");
    }

    /** Sends every line on one connection, in order; returns when all were written. */
    public void send(List<String> lines) throws IOException {
        try (Socket socket = open()) {
            socket.setSoTimeout(WRITE_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            for (String line : lines) {
                byte[] message = line.getBytes(StandardCharsets.UTF_8);
                out.write((message.length + " ").getBytes(StandardCharsets.US_ASCII));
                out.write(message);
            }
            out.flush();
        }
    }

    private Socket open() throws IOException {
        Socket plain = new Socket();
        try {
            plain.connect(new InetSocketAddress(host, port), CONNECT_TIMEOUT_MS);
            if (!tls) {
                return plain;
            }
            SSLSocket secure = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(plain, host, port, true);
            SSLParameters parameters = secure.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS"); // host name checked against the certificate
            parameters.setProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
            secure.setSSLParameters(parameters);
            secure.startHandshake();
            return secure;
        } catch (IOException | RuntimeException e) {
            plain.close();
            throw e;
        }
    }
}
