package fr.galien.sandbox.insi;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * {@code POST /insi/lps} (mutual TLS, organisation certificate) or {@code POST /insi/cps} (CPS/e-CPS: a PSC access
 * token in every call, ADR 0022): the INSi web service (SOAP 1.2, WSDL DESIR_ICIR_EXP_1.5.0). Applies the « lent » delay,
 * records every call in the {@link InsiJournal}, and answers what {@link InsiService} decides.
 */
final class LpsEndpoint {

    private static final Pattern TOKEN =
            Pattern.compile("(<(?:[\\w-]+:)?BinarySecurityToken[^>]*>)[^<]*(</)");

    private final InsiService service;
    private final InsiModes modes;
    private final InsiJournal journal;
    private final Clock clock;

    LpsEndpoint(InsiService service, InsiModes modes, InsiJournal journal, Clock clock) {
        this.service = service;
        this.modes = modes;
        this.journal = journal;
        this.clock = clock;
    }

    void handle(HttpExchange exchange) throws IOException, InterruptedException {
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            exchange.sendResponseHeaders(405, -1);
            return;
        }
        byte[] request = InsiHttp.boundedBody(exchange);
        if (modes.mode() == InsiMode.LENT) {
            Duration delay = modes.delay();
            Thread.sleep(delay.toMillis());
        }
        InsiAnswer answer = request == null
                ? InsiService.refusedUnread(InsiFault.MESSAGE_ILLISIBLE, "Le message dépasse "
                        + InsiHttp.MAX_REQUEST / 1024 + " Kio.", 413)
                : service.answer(request, exchange.getRequestHeaders().getFirst("Content-Type"));
        journal.record(new InsiCall(clock.instant(), answer.operation(), answer.messageId(), answer.outcome(),
                answer.httpStatus(), kept(request), answer.identity()));
        if (answer.httpStatus() == 503) {
            exchange.getResponseHeaders().set("Retry-After", "30");
        }
        InsiHttp.send(exchange, answer.httpStatus(), InsiHttp.SOAP_TYPE, answer.xml());
    }

    private static String kept(byte[] request) {
        if (request == null) {
            return "(message trop volumineux, non conservé)";
        }
        // The PSC access token is not kept, even a sandbox one: the journal is readable by any local process.
        String text = TOKEN.matcher(new String(request, StandardCharsets.UTF_8)).replaceAll("$1(jeton masqué)$2");
        return text.length() <= InsiJournal.MAX_KEPT_CHARS ? text : text.substring(0, InsiJournal.MAX_KEPT_CHARS);
    }
}
