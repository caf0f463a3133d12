package id.layanankecamatan.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Logs in to the Camunda webapps as a browser does (CSRF token first), for requests with a staff session. */
public final class WebappLogin {

    private WebappLogin() {
    }

    /** The session cookie ({@code JSESSIONID=…}) of that demo user, logged in to Tasklist. */
    public static String session(Http http, String user) {
        ResponseEntity<String> page = http.get("/camunda/app/tasklist/default/", h -> { });
        List<String> cookies = page.getHeaders().get("Set-Cookie").stream().map(c -> c.split(";")[0]).toList();
        String csrf = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
        ResponseEntity<String> login = http.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                "username=" + user + "&password=demo", h -> {
                    h.set("Cookie", String.join("; ", cookies));
                    h.set("X-XSRF-TOKEN", csrf.substring("XSRF-TOKEN=".length()));
                });
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        return login.getHeaders().get("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow().split(";")[0];
    }
}
