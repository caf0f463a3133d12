package id.layanankecamatan.security;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.catalog.ServiceDefinition;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * What every office needs, in every profile: the staff groups (those of {@link StaffGroups} and every group the
 * catalogue routes work to), what each group may open, and the Tasklist filters. Runs at every start when the
 * engine is built, before anyone can log in, and creates only what is missing. Users are the office's own
 * (Camunda Admin); only the demo profile adds demo users ({@link DemoSetup}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OfficeSetup extends AbstractProcessEnginePlugin {

    private static final Map<String, String> NAMES = Map.of(
            StaffGroups.FRONT_OFFICE, "Petugas loket (front office)",
            StaffGroups.CAMAT, "Camat",
            StaffGroups.SEKCAM, "Sekretaris Camat",
            StaffGroups.KASI_KESOS, "Kepala Seksi Kesejahteraan Sosial",
            StaffGroups.KASI_EKBANG, "Kepala Seksi Ekonomi dan Pembangunan");

    private final ServiceCatalog catalog;

    public OfficeSetup(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (String group : officeGroups(catalog)) {
            group(identity, group, NAMES.getOrDefault(group, group));
            grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(authorizations, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(authorizations, group, Resources.USER, "*", Permissions.READ);
            grant(authorizations, group, Resources.FILTER, "*", Permissions.READ);
        }
        // the camat watches every running application in Cockpit
        grant(authorizations, StaffGroups.CAMAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, StaffGroups.CAMAT, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(authorizations, StaffGroups.CAMAT, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
        FilterService filters = engine.getFilterService();
        filter(filters, "Tugas saya", "Tugas yang sudah saya klaim", -10,
                engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc());
        filter(filters, "Tugas grup saya", "Tugas untuk grup saya yang belum diklaim siapa pun", -5,
                engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned().orderByDueDate().asc());
    }

    /** The office groups, and every group a catalogue step is routed to (e.g. "sign: camat,sekcam"). */
    static Set<String> officeGroups(ServiceCatalog catalog) {
        Set<String> groups = new LinkedHashSet<>(StaffGroups.OFFICE);
        for (ServiceDefinition service : catalog.services()) {
            service.routing().values().stream().flatMap(v -> Arrays.stream(v.split(","))).map(String::trim)
                    .filter(g -> !g.isEmpty()).forEach(groups::add);
        }
        return groups;
    }

    private static void group(IdentityService identity, String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private static void grant(AuthorizationService authorizations, String groupId, Resource resource,
                              String resourceId, Permission permission) {
        // the engine keeps one row per group and resource; permissions accumulate on it
        Authorization grant = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (grant == null) {
            grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        } else if (grant.isPermissionGranted(permission)) {
            return;
        }
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    /** Tasklist filters list the task due first at the top (due dates come from the catalogue). */
    private static void filter(FilterService filters, String name, String description, int priority,
                               TaskQuery query) {
        if (filters.createFilterQuery().filterName(name).count() == 0) {
            Filter filter = filters.newTaskFilter(name);
            filter.setQuery(query);
            filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
            filters.saveFilter(filter);
        }
    }
}
