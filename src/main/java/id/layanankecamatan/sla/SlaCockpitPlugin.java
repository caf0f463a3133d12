package id.layanankecamatan.sla;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * Registers the camat's service-level view with Cockpit (found through META-INF/services). The client part is
 * plugin-webapp/layanan-sla/app/plugin.js; its figures come from /api/v1/sla, which accepts the Cockpit login.
 */
public class SlaCockpitPlugin extends AbstractCockpitPlugin {

    public static final String ID = "layanan-sla";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(SlaCockpitPluginRoot.class);
    }
}
