package id.layanankecamatan.sla;

import jakarta.ws.rs.Path;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/** Serves the plugin's app/plugin.js and app/plugin.css to Cockpit; the figures themselves come from /api/v1/sla. */
@Path("plugin/" + SlaCockpitPlugin.ID)
public class SlaCockpitPluginRoot extends AbstractCockpitPluginRootResource {

    public SlaCockpitPluginRoot() {
        super(SlaCockpitPlugin.ID);
    }
}
