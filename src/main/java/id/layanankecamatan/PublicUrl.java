package id.layanankecamatan;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The address citizens reach the portal at, for links in mails and letters. */
@Component
public class PublicUrl {

    private final String base;

    public PublicUrl(@Value("${layanan.public-url}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public String of(String path) {
        return base + path;
    }
}
