package fr.galien.sandbox.psc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The simulator's tiny « Pro Santé Connect » pages: choosing a test professional, or an error. */
final class LoginPage {

    private LoginPage() {
    }

    /** One link per test professional; following it approves as that professional. */
    static String choose(String rawQuery, String preselected) {
        StringBuilder items = new StringBuilder();
        String base = withoutHint(rawQuery);
        for (TestProfessional professional : TestProfessionals.all()) {
            String href = PscPaths.AUTHORIZE + "?" + base + "&login_hint="
                    + URLEncoder.encode(professional.nationalId(), StandardCharsets.UTF_8) + "&auto=1";
            boolean selected = professional.nationalId().equals(preselected);
            items.append("<li").append(selected ? " class=\"choisi\"" : "").append("><a id=\"ps-")
                    .append(escape(professional.nationalId())).append("\" href=\"").append(escape(href)).append("\">")
                    .append(escape(professional.givenName() + " " + professional.familyName())).append("</a> — ")
                    .append(escape(professional.nationalId())).append(" — ").append(escape(professional.purpose()))
                    .append(selected ? " <strong>(identifiant saisi)</strong>" : "").append("</li>\n");
        }
        return page("Connexion avec Pro Santé Connect",
                "<p>Simulateur du bac à sable : choisissez le professionnel de test qui valide la connexion "
                        + "sur son application e-CPS.</p>\n<ul>\n" + items + "</ul>");
    }

    static String error(String message) {
        return page("Pro Santé Connect — erreur", "<p class=\"erreur\">" + escape(message) + "</p>");
    }

    static String loggedOut() {
        return page("Pro Santé Connect", "<p>Vous êtes déconnecté de Pro Santé Connect (bac à sable).</p>");
    }

    private static String withoutHint(String rawQuery) {
        StringBuilder kept = new StringBuilder();
        for (String pair : rawQuery == null ? new String[0] : rawQuery.split("&")) {
            if (pair.isEmpty() || pair.startsWith("login_hint=") || pair.startsWith("auto=")) {
                continue;
            }
            kept.append(kept.length() == 0 ? "" : "&").append(pair);
        }
        return kept.toString();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body><h1>" + escape(title) + "</h1>\n" + body + "\n</body></html>\n";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
