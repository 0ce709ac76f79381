package fr.galien.sandbox.apcv;

import java.util.List;

/** {@code GET /apcv/}: the test QR codes on one printable page (French), as a patient's phone would show them. */
final class ApCvPage {

    private ApCvPage() {
    }

    static String html(List<ApCvTestCode> codes) {
        StringBuilder page = new StringBuilder(4096);
        page.append("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<title>Bac à sable — codes QR de l'appli carte Vitale</title><style>")
                .append("body{font-family:sans-serif;margin:1.5em}")
                .append(".codes{display:flex;flex-wrap:wrap;gap:1.5em}")
                .append(".code{border:1px solid #999;border-radius:8px;padding:1em;width:320px;")
                .append("break-inside:avoid;page-break-inside:avoid}")
                .append(".code img{width:300px;height:300px}.contenu{font-family:monospace;font-size:0.9em}")
                .append("@media print{.aide{display:none}}</style></head><body>")
                .append("<h1>Codes QR de test — appli carte Vitale (ApCV)</h1>")
                .append("<p class=\"aide\">Bac à sable uniquement : ces codes désignent des identités de test ")
                .append("inventées ou de la plateforme de qualification INSi, jamais une vraie personne. ")
                .append("Scannez-en un au comptoir, ou imprimez cette page. Le vrai service ApCV passe par ")
                .append("SESAM-Vitale et n'est pas public : ce simulateur suit notre propre contrat.</p>")
                .append("<div class=\"codes\">");
        for (ApCvTestCode code : codes) {
            page.append("<div class=\"code\"><img alt=\"Code QR ").append(escape(code.token()))
                    .append("\" src=\"v1/qr/").append(escape(code.token())).append(".png\">")
                    .append("<p><strong>").append(escape(code.label())).append("</strong></p>")
                    .append("<p class=\"contenu\">").append(escape(code.content())).append("</p></div>");
        }
        page.append("</div></body></html>");
        return page.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
