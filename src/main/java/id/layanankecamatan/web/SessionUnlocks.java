package id.layanankecamatan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a browser session has opened with a tracking code (applications, complaints), under one session attribute per
 * kind, and the addresses of a tracked item's page and of the form that asks for its code.
 */
public final class SessionUnlocks {

    private SessionUnlocks() {
    }

    /** Opens {@code number} for this browser; a new session id first, so an id planted before unlocks nothing. */
    public static void unlock(HttpServletRequest request, String attribute, String number) {
        request.getSession();
        request.changeSessionId();
        Set<String> unlocked = unlocked(request.getSession(), attribute);
        unlocked.add(number);
        // set again: a session kept in the database stores what is set, not what changed inside
        request.getSession().setAttribute(attribute, unlocked);
    }

    public static boolean isUnlocked(HttpSession session, String attribute, String number) {
        return session != null && number != null
                && unlocked(session, attribute).contains(number.strip().toUpperCase());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> unlocked(HttpSession session, String attribute) {
        Object value = session.getAttribute(attribute);
        if (value instanceof Set<?> set) {
            return (Set<String>) set;
        }
        Set<String> set = Collections.synchronizedSet(new HashSet<>());
        session.setAttribute(attribute, set);
        return set;
    }

    /** The page of one tracked item, e.g. /lacak/BTN-2026-000001. */
    public static String pagePath(String trackPath, String number) {
        return UriComponentsBuilder.fromPath(trackPath + "/{number}").buildAndExpand(number).encode().toUriString();
    }

    /** Back to the form that asks for the tracking code, with the number filled in. */
    public static String redirectToTrackForm(String trackPath, String number) {
        return "redirect:" + UriComponentsBuilder.fromPath(trackPath).queryParam("nomor", number).encode()
                .build().toUriString();
    }
}
