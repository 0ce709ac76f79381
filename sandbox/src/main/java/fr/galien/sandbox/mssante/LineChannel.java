package fr.galien.sandbox.mssante;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/** A CRLF line protocol over a socket that can be upgraded to TLS in place (STARTTLS, RFC 3207 / RFC 3501 §6.2.1). */
final class LineChannel implements AutoCloseable {

    static final int MAX_LINE = 16 * 1024;

    private Socket socket;
    private InputStream in;
    private OutputStream out;

    LineChannel(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(60_000);
        // Line protocols answer in several small writes: without this, Nagle and delayed ACKs stall each exchange.
        socket.setTcpNoDelay(true);
        this.in = new BufferedInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    boolean secure() {
        return socket instanceof SSLSocket;
    }

    Socket socket() {
        return socket;
    }

    InputStream in() {
        return in;
    }

    OutputStream out() {
        return out;
    }

    /** Server-side TLS over the connected socket: TLS 1.2+ and the allowed suites only. */
    void startTls(SSLContext context) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket,
                socket.getInetAddress().getHostAddress(), socket.getPort(), true);
        tls.setUseClientMode(false);
        tls.setEnabledProtocols(LoopbackCertificate.PROTOCOLS);
        tls.setEnabledCipherSuites(java.util.Arrays.stream(LoopbackCertificate.SUITES)
                .filter(s -> java.util.Arrays.asList(tls.getSupportedCipherSuites()).contains(s))
                .toArray(String[]::new));
        tls.startHandshake();
        socket = tls;
        in = new BufferedInputStream(tls.getInputStream());
        out = tls.getOutputStream();
    }

    /** One line without its CRLF; null at end of stream. A line longer than {@link #MAX_LINE} is cut. */
    String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, length, StandardCharsets.UTF_8);
            }
            if (line.size() < MAX_LINE) {
                line.write(b);
            }
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.UTF_8);
    }

    void send(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
