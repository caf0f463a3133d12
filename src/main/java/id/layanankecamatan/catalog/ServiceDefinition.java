package id.layanankecamatan.catalog;

import java.util.List;
import java.util.Map;

/**
 * One service and its published standard (UU 25/2009 art. 21): requirements, procedure, completion time,
 * cost, product and complaint handling; plus what the process and the letter need. {@code routing} maps a
 * process step (verify, sign) to the Camunda group(s) that do it.
 */
public record ServiceDefinition(String code, String name, String description, String processKey,
                                List<Requirement> requirements, String procedure, String completionTime,
                                String cost, String product, String complaints, int correctionWorkingDays,
                                Map<String, String> routing, LetterTemplate letter) {

    public record Requirement(String code, String name, boolean fileRequired) {
    }

    /** Body paragraphs are separated by '|'; placeholders in braces are filled from the application. */
    public record LetterTemplate(String classification, String title, String body) {
    }

    public List<Requirement> fileRequirements() {
        return requirements.stream().filter(Requirement::fileRequired).toList();
    }
}
