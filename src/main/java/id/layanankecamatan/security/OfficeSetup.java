package id.layanankecamatan.security;

import id.layanankecamatan.catalog.ServiceCatalog;
import id.layanankecamatan.complaint.ComplaintIds;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
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
 * What every office needs, in every profile: the staff groups the catalogue lists (their ids and names; steps are
 * routed only to these), what each group may open, and the Tasklist filters. Runs at every start when the
 * engine is built, before anyone can log in, and creates only what is missing. Users are the office's own
 * (Camunda Admin); only the demo profile adds demo users ({@link DemoSetup}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class OfficeSetup extends AbstractProcessEnginePlugin {

    private final ServiceCatalog catalog;

    public OfficeSetup(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Map.Entry<String, String> named : catalog.groups().entrySet()) {
            String group = named.getKey();
            group(identity, group, named.getValue());
            grant(authorizations, group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(authorizations, group, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
            grant(authorizations, group, Resources.USER, "*", Permissions.READ);
            grant(authorizations, group, Resources.FILTER, "*", Permissions.READ);
        }
        // no grant at all: its members may only read the metrics (SecurityConfiguration#actuator)
        group(identity, StaffGroups.MONITORING, "Pemantauan sistem");
        // the camat watches every running application in Cockpit
        grant(authorizations, StaffGroups.CAMAT, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(authorizations, StaffGroups.CAMAT, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
        grant(authorizations, StaffGroups.CAMAT, Resources.PROCESS_DEFINITION, "*", Permissions.READ_HISTORY);
        // the camat sees every complaint's tasks too (Perpres 76/2013: the head of the office answers for them)
        grant(authorizations, StaffGroups.CAMAT, Resources.PROCESS_DEFINITION, ComplaintIds.PROCESS,
                ProcessDefinitionPermissions.READ_TASK);
        FilterService filters = engine.getFilterService();
        filter(filters, "Tugas saya", "Tugas yang sudah saya klaim", -10,
                engine.getTaskService().createTaskQuery().taskAssigneeExpression("${currentUser()}")
                        .orderByDueDate().asc());
        filter(filters, "Tugas grup saya", "Tugas untuk grup saya yang belum diklaim siapa pun", -5,
                engine.getTaskService().createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}")
                        .taskUnassigned().orderByDueDate().asc());
        // the complaint officers' tasks, and for the camat every complaint's (READ_TASK above)
        filter(filters, "Pengaduan", "Pengaduan yang menunggu verifikasi atau tindak lanjut", 0,
                engine.getTaskService().createTaskQuery().processDefinitionKey(ComplaintIds.PROCESS)
                        .orderByDueDate().asc());
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
