package id.layanankecamatan.notify;

import id.layanankecamatan.document.Letter;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * What one notice tells about one application, gathered once and handed to every channel: the placeholder values
 * (a value may be null where the notice allows it to be absent) and, for {@link Notice#ISSUED}, the signed letter.
 * Each channel decides how much of it fits: a mail attaches the letter, a short text may only link to it.
 */
public record NoticeFacts(Notice notice, Map<String, String> values, Letter letter) {

    public NoticeFacts {
        values = Collections.unmodifiableMap(new HashMap<>(values));
    }

    public boolean hasLetter() {
        return letter != null;
    }
}
