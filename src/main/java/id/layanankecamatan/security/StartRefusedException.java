package id.layanankecamatan.security;

import java.util.List;

/** The application will not run as configured; each problem names what the operator must set. */
public class StartRefusedException extends IllegalStateException {

    private final List<String> problems;

    public StartRefusedException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public StartRefusedException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
