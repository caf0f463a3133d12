package id.layanankecamatan.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a refused start as what to set, instead of a stack trace. */
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
        return new FailureAnalysis("The application refused to start:\n  - " + String.join("\n  - ", cause.problems()),
                "Set the environment variable(s) and settings named above (see README, Security and Service "
                        + "catalogue). The demo profile, with its published passwords and example decrees, is never for "
                        + "production.", cause);
    }
}
