package id.layanankecamatan.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service and its standard (UU 25/2009 art. 21, split as PermenPAN-RB 15/2014 does): the six published
 * components (requirements, procedure, completion time, cost, product, complaint handling) and the eight
 * internal ones; plus what the process and the letter need. {@code completionTime} is the published wording,
 * {@code deadlines} the same promise as a duration the calendar counts. {@code steps} holds one record per staff
 * step (verify, review, sign, and a service's own steps such as confirm-original): who does it, its form, its due
 * time and escalation, which the shared steps ask for by name ({@code ${forms.of(execution, 'verify')}});
 * {@code fields} are the service-specific data. The code is the service's key in the catalogue.
 * {@code processShape} says whether the service's diagram is the standard one (notify, verification, signing and
 * the deadline watch, as every simple service has it) or its own; a test holds standard diagrams to that shape.
 * {@code acceptingApplications} false closes the service to new applications when the law no longer allows it:
 * it stays in the catalogue with its {@code closedNote} (what to do instead), and applications already running
 * finish on its deployed process. {@code warnNikOutsideRegion} asks the office to warn the officer when the
 * applicant's NIK was issued outside this kecamatan (e.g. a certificate of residence).
 */
public record ServiceDefinition(
        @Pattern(regexp = "[a-z0-9-]+") String code,
        @NotBlank String name,
        @NotBlank String description,
        @NotBlank String processKey,
        @NotEmpty List<@Valid Requirement> requirements,
        @NotBlank String procedure,
        @NotBlank String completionTime,
        @NotNull @Valid ServiceDeadlines deadlines,
        @NotBlank String cost,
        @NotBlank String product,
        @NotBlank String complaints,
        @NotNull @Valid InternalStandard internal,
        @Min(1) int correctionWorkingDays,
        @NotEmpty Map<String, @Valid ServiceStep> steps,
        List<@Valid FieldDefinition> fields,
        @NotNull @Valid LetterTemplate letter,
        ProcessShape processShape,
        Boolean acceptingApplications,
        String closedNote,
        Boolean warnNikOutsideRegion) {

    public ServiceDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        processShape = processShape == null ? ProcessShape.STANDARD : processShape;
        steps = steps == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        acceptingApplications = acceptingApplications == null || acceptingApplications;
        warnNikOutsideRegion = warnNikOutsideRegion != null && warnNikOutsideRegion;
    }

    /** The same service under its catalogue key. */
    ServiceDefinition withCode(String key) {
        return new ServiceDefinition(key, name, description, processKey, requirements, procedure, completionTime,
                deadlines, cost, product, complaints, internal, correctionWorkingDays, steps, fields, letter, processShape,
                acceptingApplications, closedNote, warnNikOutsideRegion);
    }

    /** The record of one staff step; a process asking for a step the catalogue lacks is a configuration error. */
    public ServiceStep step(String step) {
        ServiceStep record = steps.get(step);
        if (record == null) {
            throw new IllegalStateException("The catalogue has no step '" + step + "' for service " + code);
        }
        return record;
    }

    /** Steps named {@code paraf…} are paraf steps (tata naskah dinas), taken in their catalogue order. */
    public static final String PARAF = "paraf";

    /** The steps whose name starts with "paraf", in catalogue order: who initials the draft before signing. */
    public List<String> parafSteps() {
        return steps.keySet().stream().filter(name -> name.startsWith(PARAF)).toList();
    }

    /** {@code process-shape: own} declares that the service's diagram departs from the standard service process. */
    public enum ProcessShape {
        STANDARD, OWN
    }

    public record Requirement(@NotBlank String code, @NotBlank String name, boolean fileRequired) {
    }

    /** The components a unit keeps for itself (manufacturing), published in the printable standard. */
    public record InternalStandard(@NotBlank String legalBasis, @NotBlank String facilities,
                                   @NotBlank String competence, @NotBlank String supervision,
                                   @NotBlank String staffing, @NotBlank String serviceGuarantee,
                                   @NotBlank String safetyGuarantee, @NotBlank String performanceEvaluation) {
    }

    /**
     * Title and classification code (first part of the register number, dotted as in Permendagri 83/2022, e.g.
     * 400.12.2); the body is the file letters/{code}.txt. With {@code stampOnCopy}, the requirement code of an
     * uploaded copy, the product is that copy itself with the template's text, number, signature block and QR code
     * stamped on every page (a legalisation), not a separate letter.
     */
    public record LetterTemplate(@NotBlank @Pattern(regexp = "\\d{3}(\\.\\d+)*",
            message = "a classification code of Permendagri 83/2022, digits in dotted groups such as 400.12.2")
                                 String classification, @NotBlank String title, String stampOnCopy) {

        public boolean stampsCopy() {
            return stampOnCopy != null && !stampOnCopy.isBlank();
        }
    }

    public List<Requirement> fileRequirements() {
        return requirements.stream().filter(Requirement::fileRequired).toList();
    }
}
