package id.layanankecamatan.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serial;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.UUID;
import org.springframework.web.util.WebUtils;

/**
 * The idempotency keys this session's application forms were given (security review H1). Every form view gets
 * a fresh random key from the server; the hidden field only names which of them a post belongs to. A key this
 * session did not issue is a stale form, so a key from another browser never answers with anyone's receipt.
 * Keys live in the session's own scope, a random id that stays when the session id is changed.
 */
final class FormKeys implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final String ATTRIBUTE = "portal.formKeys";
    /** Enough for a few open tabs; older forms become stale. */
    static final int KEPT = 20;

    private final String scope = UUID.randomUUID().toString();
    private final LinkedHashSet<String> issued = new LinkedHashSet<>();

    static FormKeys of(HttpSession session) {
        synchronized (WebUtils.getSessionMutex(session)) {
            if (session.getAttribute(ATTRIBUTE) instanceof FormKeys keys) {
                return keys;
            }
            FormKeys keys = new FormKeys();
            session.setAttribute(ATTRIBUTE, keys);
            return keys;
        }
    }

    synchronized String issue() {
        String key = UUID.randomUUID().toString();
        issued.add(key);
        for (Iterator<String> oldest = issued.iterator(); issued.size() > KEPT; ) {
            oldest.next();
            oldest.remove();
        }
        return key;
    }

    synchronized boolean issued(String key) {
        return issued.contains(key);
    }

    /** The key as the application service stores it (hashed): within this session only. */
    String scoped(String key) {
        return "portal:" + scope + ":" + key;
    }
}
