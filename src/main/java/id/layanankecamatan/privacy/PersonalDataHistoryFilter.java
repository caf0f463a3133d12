package id.layanankecamatan.privacy;

import id.layanankecamatan.catalog.FieldDefinition;
import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps citizens' personal data out of the engine's history (ACT_HI_VARINST, ACT_HI_DETAIL and their byte arrays).
 * Some task-local variables must carry it while a task is open: the service data the officer may correct in the
 * verification form (heirs' NIKs, the bride's and groom's NIKs…) and the citizen's text shown in the forms.
 * With history level {@code full} every value would be kept for as long as the history; this plugin drops the
 * history events of variables on {@link #names() the list}, whatever else the history records stays.
 */
@Component
public class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    /** Task-local variables of {@code ShowApplicationOnTaskListener} that carry text the citizen wrote. */
    public static final List<String> FORM_TEXT = List.of("purpose", "documentLinks", "historyText");
    /**
     * What the complaint forms submit as text (the request to the complainant, the forwarding, the written reply):
     * stored on the complaint and removed from the process at once, and never kept in the engine's history.
     */
    public static final List<String> COMPLAINT_FORM_TEXT = List.of("completionRequest", "forwardedTo",
            "laporReference", "forwardNote", "replyText");
    /** What the task forms carried before this filter (older engines' running tasks may still hold them). */
    private static final List<String> EARLIER_FORM_DATA = List.of("applicantNik", "applicantName", "applicantAddress",
            "contact", "detailsText");

    private final ServiceCatalog catalog;
    private volatile Set<String> names;

    public PersonalDataHistoryFilter(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        // wraps whatever handler the engine built, so that the filter sees every history event before the database
        configuration.setHistoryEventHandler(new Handler(configuration.getHistoryEventHandler()));
    }

    /** The catalogue's service fields (editable in the verification forms) and the citizen's text in the forms. */
    public Set<String> names() {
        if (names == null) {
            Set<String> all = new HashSet<>(FORM_TEXT);
            all.addAll(EARLIER_FORM_DATA);
            all.addAll(COMPLAINT_FORM_TEXT);
            all.addAll(catalog.services().stream().map(ServiceDefinition::fields).flatMap(List::stream)
                    .map(FieldDefinition::code).collect(Collectors.toSet()));
            names = Set.copyOf(all);
        }
        return names;
    }

    boolean isPersonal(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return names().contains(variable.getVariableName());
        }
        if (event instanceof HistoricFormPropertyEventEntity formProperty) {
            return names().contains(formProperty.getPropertyId());
        }
        return false;
    }

    private final class Handler implements HistoryEventHandler {

        private final HistoryEventHandler next;

        Handler(HistoryEventHandler next) {
            this.next = next;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isPersonal(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
