package id.layanankecamatan.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A task is completed with the variables of its form and nothing else: completing through the engine REST API or
 * Tasklist with extra variables (e.g. {@code isAdmin}, or a process variable such as {@code serviceCode} that
 * decides the routing) is refused with 400 before the engine sees it. The allowed names come from the task's
 * deployed Camunda Form ({@link FormVariables}).
 * <p>
 * A filter, because no engine hook sees which variables a completion brings: a complete listener sees the task's
 * variables after they were set, mixed with those set on create.
 */
public class TaskCompletionVariablesFilter extends OncePerRequestFilter {

    /** /engine-rest/task/{id}/complete|submit-form and Tasklist's /camunda/api/engine/engine/{engine}/task/... */
    private static final Pattern COMPLETION = Pattern.compile(
            "^(?:/engine-rest|/camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form)/?$");
    private static final int MAX_BODY = 2 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormService forms;
    private final IdentityService identity;
    private final TaskService tasks;
    /** The variable names of each deployed form; deployed forms never change (see formCacheKey). */
    private final Map<String, Set<String>> namesByForm = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_FORMS = 1_000;

    public TaskCompletionVariablesFilter(FormService forms, IdentityService identity, TaskService tasks) {
        this.forms = forms;
        this.identity = identity;
        this.tasks = tasks;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher completion = COMPLETION.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!"POST".equals(request.getMethod()) || !completion.matches()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            refuse(response, "Data yang dikirim terlalu besar.");
            return;
        }
        List<String> unknown = unknownVariables(completion.group(1), body);
        if (!unknown.isEmpty()) {
            refuse(response, "Variabel berikut tidak termasuk formulir tugas ini dan tidak diterima: "
                    + String.join(", ", unknown) + ".");
            return;
        }
        chain.doFilter(new CachedBody(request, body), response);
    }

    private List<String> unknownVariables(String taskId, byte[] body) {
        JsonNode variables;
        try {
            variables = JSON.readTree(body).path("variables");
        } catch (IOException notJson) {
            return List.of(); // the engine answers malformed requests itself
        }
        if (!variables.isObject() || variables.isEmpty()) {
            return List.of();
        }
        Optional<Set<String>> allowed = allowedNames(taskId);
        if (allowed.isEmpty()) {
            return List.of(); // no such task: the engine answers
        }
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> names = variables.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.get().contains(name)) {
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * The names the task's form defines, read as the engine itself (the caller's own rights are checked by the
     * engine when it completes); a task without a Camunda Form allows only decision and note.
     */
    private Optional<Set<String>> allowedNames(String taskId) {
        Authentication caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Task task;
            try {
                task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
            } catch (ProcessEngineException formNotResolved) {
                // the engine's own read of the form tells what is wrong
                return readDeployedForm(taskId).or(() -> taskExists(taskId) ? Optional.of(FormVariables.ALWAYS)
                        : Optional.empty());
            }
            if (task == null) {
                return Optional.empty(); // no such task: the engine answers
            }
            String cacheKey = formCacheKey(task);
            Set<String> known = cacheKey == null ? null : namesByForm.get(cacheKey);
            if (known != null) {
                return Optional.of(known);
            }
            Optional<Set<String>> read = readDeployedForm(taskId);
            // only names read from a form are kept: a failed read is asked again next time
            read.filter(names -> cacheKey != null).ifPresent(names -> remember(cacheKey, names));
            return Optional.of(read.orElse(FormVariables.ALWAYS));
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    /** The names a deployed form defines; empty when the task has none (or it cannot be read now). */
    private Optional<Set<String>> readDeployedForm(String taskId) {
        try (InputStream form = forms.getDeployedTaskForm(taskId)) {
            return Optional.of(FormVariables.of(JSON.readTree(form)));
        } catch (ProcessEngineException | IOException noForm) {
            return Optional.empty();
        }
    }

    private void remember(String cacheKey, Set<String> names) {
        if (namesByForm.size() >= MAX_CACHED_FORMS) {
            namesByForm.clear(); // redeployments only add keys; starting over is cheaper than tracking age
        }
        namesByForm.put(cacheKey, names);
    }

    /**
     * Which deployed form the task shows, as a key that always means the same form: the form's key under its
     * process definition's deployment (or a fixed version). Null when that is not fixed (binding "latest") or the
     * task has no Camunda Form: those are read from the engine every time. The key includes the form's own key
     * because one shared process shows a different form per service.
     */
    private static String formCacheKey(Task task) {
        CamundaFormRef ref = task.getCamundaFormRef();
        if (ref == null || ref.getKey() == null || "latest".equals(ref.getBinding())) {
            return null;
        }
        return task.getProcessDefinitionId() + '|' + ref.getKey() + '|' + ref.getBinding() + '|' + ref.getVersion();
    }

    private boolean taskExists(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        // the engine REST error shape, so Tasklist shows the message to the officer
        response.getWriter().write(JSON.writeValueAsString(java.util.Map.of(
                "type", "InvalidRequestException", "message", message)));
    }

    /** The request with its body read once here and again by the engine REST API. */
    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    // the engine's REST resources read the body synchronously; the replayed body is already in memory
                    throw new IllegalStateException("Asynchronous reading of a replayed request body is not offered.");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
