package com.fashionos.ui.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs where this project is built, so {@code docker-compose.yml} is checked by reading it: the five
 * containers, the ports the README promises, the configuration each app needs, start-up order, and that the images
 * build from Dockerfiles that exist. Values are compared after Compose's own {@code ${VAR:-default}} interpolation with
 * an empty environment, i.e. what {@code docker compose up} does on a fresh machine.
 */
class ComposeFileTest {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?-)([^}]*))?}");
    private static final Pattern FASHIONOS_VAR = Pattern.compile("FASHIONOS_[A-Z0-9_]*[A-Z0-9]");
    private static final List<String> APPS = List.of("worker", "ui");
    private static final List<String> PROVIDER_SECRETS = List.of(
            "GEMINI_API_KEY",
            "SENDGRID_API_KEY",
            "SENDGRID_FROM_EMAIL",
            "TWILIO_ACCOUNT_SID",
            "TWILIO_AUTH_TOKEN",
            "TWILIO_WHATSAPP_FROM");

    private static Path root;
    private static Map<String, Object> services;

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = map(compose.get("services"));
    }

    @Test
    void compose_runs_database_temporal_its_web_ui_worker_and_app_as_separate_containers() {
        assertThat(services).containsOnlyKeys("postgres", "temporal", "temporal-ui", "worker", "ui");
        assertThat(string(service("postgres").get("image"))).startsWith("postgres:17");
        assertThat(string(service("temporal").get("image"))).startsWith("temporalio/");
        assertThat(string(service("temporal-ui").get("image"))).startsWith("temporalio/ui:");
    }

    @Test
    void published_ports_are_the_ones_the_readme_names() throws IOException {
        assertThat(ports("ui")).contains("8080:8080");
        assertThat(ports("temporal")).contains("7233:7233");
        assertThat(ports("temporal-ui")).contains("8233:8080");
        // PostgreSQL stays inside the compose network, so a local PostgreSQL on 5432 keeps working.
        assertThat(ports("postgres")).isEmpty();

        String readme = readme();
        assertThat(readme).contains("http://localhost:8080").contains("http://localhost:8233");
    }

    @Test
    void both_apps_reach_the_compose_postgres_with_the_roles_its_init_script_creates() throws IOException {
        Map<String, String> db = env("postgres");
        Path initScript = mountedInitScript();
        String script = Files.readString(initScript);
        for (String app : APPS) {
            Map<String, String> env = env(app);
            assertThat(env.get("FASHIONOS_DB_URL"))
                    .as(app + " database URL")
                    .isEqualTo("jdbc:postgresql://postgres:5432/fashionos");
            assertThat(script).contains("CREATE DATABASE fashionos");
            for (String key : List.of(
                    "FASHIONOS_DB_USERNAME",
                    "FASHIONOS_DB_PASSWORD",
                    "FASHIONOS_DB_APP_USERNAME",
                    "FASHIONOS_DB_APP_PASSWORD")) {
                assertThat(env.get(key)).as(app + " " + key).isNotBlank().isEqualTo(db.get(key));
                assertThat(script).as("init script uses " + key).contains("$" + key);
            }
            assertThat(env.get("FASHIONOS_DB_APP_USERNAME"))
                    .as("the app role must not be the schema owner (row-level security)")
                    .isNotEqualTo(env.get("FASHIONOS_DB_USERNAME"))
                    .isNotEqualTo(db.get("POSTGRES_USER"));
        }
        assertThat(script).contains("NOSUPERUSER NOBYPASSRLS");
    }

    @Test
    void both_apps_use_the_compose_temporal_and_the_namespace_it_registers() {
        Map<String, String> temporal = env("temporal");
        for (String app : APPS) {
            Map<String, String> env = env(app);
            assertThat(env.get("FASHIONOS_TEMPORAL_TARGET")).as(app).isEqualTo("temporal:7233");
            assertThat(env.get("FASHIONOS_TEMPORAL_NAMESPACE"))
                    .as(app)
                    .isNotBlank()
                    .isEqualTo(temporal.getOrDefault("DEFAULT_NAMESPACE", "default"));
        }
        assertThat(env("temporal-ui").get("TEMPORAL_ADDRESS")).isEqualTo("temporal:7233");
    }

    @Test
    void temporal_keeps_its_state_in_the_compose_postgres() {
        Map<String, String> temporal = env("temporal");
        Map<String, String> db = env("postgres");
        assertThat(temporal)
                .containsEntry("DB", "postgres12")
                .containsEntry("DB_PORT", "5432")
                .containsEntry("POSTGRES_SEEDS", "postgres")
                .containsEntry("POSTGRES_USER", db.get("POSTGRES_USER"))
                .containsEntry("POSTGRES_PWD", db.get("POSTGRES_PASSWORD"));
        assertThat(string(map(service("postgres").get("healthcheck")).get("test")))
                .contains("pg_isready");
        assertThat(list(service("postgres").get("volumes")))
                .anyMatch(v -> string(v).endsWith(":/var/lib/postgresql/data"));
    }

    @Test
    void the_web_app_leaves_workflows_to_the_worker_container_and_links_the_temporal_web_ui() {
        Map<String, String> ui = env("ui");
        assertThat(ui).containsEntry("FASHIONOS_WORKER_IN_PROCESS", "false");
        String webUiPort = ports("temporal-ui").getFirst().split(":")[0];
        assertThat(ui.get("FASHIONOS_TEMPORAL_WEB_UI_URL")).isEqualTo("http://localhost:" + webUiPort);
        assertThat(env("worker")).doesNotContainEntry("FASHIONOS_WORKER_IN_PROCESS", "false");
    }

    @Test
    void provider_keys_are_passed_through_from_the_host_never_written_into_the_file() {
        for (String app : APPS) {
            Map<String, String> raw = rawEnv(app);
            for (String secret : PROVIDER_SECRETS) {
                assertThat(raw.get(secret)).as(app + " " + secret).isEqualTo("${" + secret + ":-}");
            }
        }
    }

    @Test
    void apps_start_after_a_healthy_database_and_temporal() {
        for (String app : APPS) {
            Map<String, Object> dependsOn = map(service(app).get("depends_on"));
            assertThat(dependsOn).as(app).containsKeys("postgres", "temporal");
            assertThat(string(map(dependsOn.get("postgres")).get("condition"))).isEqualTo("service_healthy");
        }
        services.forEach((name, definition) -> {
            Object dependsOn = map(definition).get("depends_on");
            if (dependsOn instanceof Map<?, ?> conditions) {
                conditions.forEach((target, condition) -> {
                    assertThat(services).as(name + " depends on " + target).containsKey(string(target));
                    if ("service_healthy".equals(map(condition).get("condition"))) {
                        assertThat(service(string(target)))
                                .as(name + " waits for " + target + " to be healthy, so it needs a healthcheck")
                                .containsKey("healthcheck");
                    }
                });
            }
        });
    }

    @Test
    void app_images_build_from_the_repository_with_their_dockerfiles() throws IOException {
        for (String app : APPS) {
            Map<String, Object> build = map(service(app).get("build"));
            assertThat(root.resolve(string(build.get("context"))).normalize()).isEqualTo(root);
            Path dockerfile = root.resolve(string(build.get("dockerfile")));
            assertThat(dockerfile).as(app).isEqualTo(root.resolve(app).resolve("Dockerfile"));
            assertThat(dockerfile).isRegularFile();

            String text = Files.readString(dockerfile);
            assertThat(text)
                    .containsPattern("(?m)^FROM eclipse-temurin:25-jdk AS build$")
                    .containsPattern("(?m)^FROM eclipse-temurin:25-jre$")
                    .containsPattern("mvnw -B (-Pproduction )?-pl " + app + " -am package")
                    .containsPattern("(?m)^USER (?!root)\\w+");
            for (String source : copiedSources(text)) {
                assertThat(root.resolve(source))
                        .as(app + " Dockerfile copies " + source)
                        .exists();
                assertThat(dockerIgnored(source))
                        .as(source + " excluded by .dockerignore")
                        .isFalse();
            }
        }
        String ui = Files.readString(root.resolve("ui/Dockerfile"));
        assertThat(ui)
                .contains("-Pproduction")
                .contains("EXPOSE 8080")
                .containsPattern("HEALTHCHECK[^\\n]*(\\n[^\\n]*)?/actuator/health");
    }

    @Test
    void every_fashionos_variable_compose_sets_is_documented_in_the_readme() throws IOException {
        assertThat(documentedVariables()).containsAll(composeVariables());
    }

    @Test
    void every_documented_fashionos_variable_is_set_by_compose_or_read_by_the_app() throws IOException {
        Set<String> documented = documentedVariables();
        assertThat(documented)
                .as("README configuration table")
                .contains("FASHIONOS_DB_URL", "FASHIONOS_TEMPORAL_TARGET", "FASHIONOS_WORKER_IN_PROCESS");

        Set<String> known = new TreeSet<>(composeVariables());
        Set<String> app = variablesTheAppReads();
        known.addAll(app);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(known);
        assumeThat(app.isEmpty() && !unknown.isEmpty())
                .as("the app declares no FASHIONOS_* configuration yet; undecidable for " + unknown)
                .isFalse();
        assertThat(unknown)
                .as("documented but neither set by compose nor read by the app")
                .isEmpty();
    }

    // --- the app's side of the configuration -------------------------------------------------------------------------

    /**
     * Environment variable names the app binds: literal names in main sources and resources, and the relaxed-binding
     * names of every {@code fashionos.*} property declared in application properties/YAML or by a
     * {@code @ConfigurationProperties} type on the class path.
     */
    private static Set<String> variablesTheAppReads() throws IOException {
        Set<String> names = new TreeSet<>();
        List<Path> mainSources;
        try (Stream<Path> files = Files.walk(root)) {
            mainSources = files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().contains("/src/main/"))
                    .filter(p -> !p.toString().contains("/node_modules/")
                            && !p.toString().contains("/target/"))
                    .filter(p -> p.toString().matches(".*\\.(java|ya?ml|properties)$"))
                    .toList();
        }
        for (Path source : mainSources) {
            String text = Files.readString(source);
            Matcher m = FASHIONOS_VAR.matcher(text);
            while (m.find()) {
                names.add(m.group());
            }
            String file = source.getFileName().toString();
            if (file.startsWith("application") && file.matches(".*\\.ya?ml$")) {
                for (Object document : new Yaml().loadAll(text)) {
                    if (document instanceof Map<?, ?> yaml) {
                        flatten("", yaml).forEach(key -> names.addAll(relaxedNames(key)));
                    }
                }
            } else if (file.startsWith("application") && file.endsWith(".properties")) {
                text.lines()
                        .map(String::strip)
                        .filter(l -> !l.startsWith("#") && l.contains("="))
                        .map(l -> l.substring(0, l.indexOf('=')).strip())
                        .forEach(key -> names.addAll(relaxedNames(key)));
            }
        }
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        for (BeanDefinition candidate : scanner.findCandidateComponents("com.fashionos")) {
            try {
                Class<?> type = Class.forName(candidate.getBeanClassName());
                ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
                String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
                propertyKeys(prefix, type, 0).forEach(key -> names.addAll(relaxedNames(key)));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        names.removeIf(n -> !n.startsWith("FASHIONOS_"));
        return names;
    }

    private static List<String> propertyKeys(String prefix, Class<?> type, int depth) {
        List<String> keys = new ArrayList<>();
        Map<String, Class<?>> properties = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                properties.put(c.getName(), c.getType());
            }
        } else {
            for (Field f : type.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    properties.put(f.getName(), f.getType());
                }
            }
        }
        properties.forEach((name, propertyType) -> {
            String key = prefix + "." + kebab(name);
            keys.add(key);
            if (depth < 4 && propertyType.getName().startsWith("com.fashionos.") && !propertyType.isEnum()) {
                keys.addAll(propertyKeys(key, propertyType, depth + 1));
            }
        });
        return keys;
    }

    /** Spring Boot binds {@code a.b-c} from {@code A_BC} and, the legacy way, from {@code A_B_C}. */
    private static List<String> relaxedNames(String key) {
        String upper = kebab(key).toUpperCase(Locale.ROOT).replace('.', '_');
        return List.of(upper.replace("-", ""), upper.replace('-', '_'));
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    private static List<String> flatten(String prefix, Map<?, ?> yaml) {
        List<String> keys = new ArrayList<>();
        yaml.forEach((k, v) -> {
            String key = prefix.isEmpty() ? string(k) : prefix + "." + k;
            keys.add(key);
            if (v instanceof Map<?, ?> nested) {
                keys.addAll(flatten(key, nested));
            }
        });
        return keys;
    }

    // --- README
    // -------------------------------------------------------------------------------------------------------

    private static String readme() throws IOException {
        return Files.readString(root.resolve("README.md"));
    }

    /** First-column names of the README's configuration table rows, e.g. {@code | `FASHIONOS_DB_URL` | … |}. */
    private static Set<String> documentedVariables() throws IOException {
        return readme().lines()
                .filter(l -> l.startsWith("|"))
                .map(l -> l.split("\\|")[1])
                .flatMap(cell -> FASHIONOS_VAR.matcher(cell).results().map(r -> r.group()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> composeVariables() {
        return APPS.stream()
                .flatMap(app -> env(app).keySet().stream())
                .filter(k -> k.startsWith("FASHIONOS_"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // --- Compose and Dockerfile helpers
    // -------------------------------------------------------------------------------

    private static Map<String, Object> service(String name) {
        assertThat(services).containsKey(name);
        return map(services.get(name));
    }

    private static List<String> ports(String name) {
        return list(service(name).get("ports")).stream()
                .map(ComposeFileTest::string)
                .toList();
    }

    private static Map<String, String> rawEnv(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> m) {
            m.forEach((k, v) -> env.put(string(k), v == null ? "" : string(v)));
        } else if (environment instanceof List<?> l) {
            for (Object entry : l) {
                String s = string(entry);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    private static Map<String, String> env(String name) {
        Map<String, String> env = new LinkedHashMap<>();
        rawEnv(name).forEach((k, v) -> env.put(k, interpolate(v)));
        return env;
    }

    /** Compose interpolation against an empty environment: {@code ${A:-x}} and {@code ${A-x}} give x, {@code ${A}} "". */
    static String interpolate(String value) {
        String escaped = value.replace("$$", "\u0000");
        Matcher m = INTERPOLATION.matcher(escaped);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(3) == null ? "" : m.group(3)));
        }
        m.appendTail(out);
        return out.toString().replace("\u0000", "$");
    }

    private static Path mountedInitScript() {
        String mount = list(service("postgres").get("volumes")).stream()
                .map(ComposeFileTest::string)
                .filter(v -> v.contains(":/docker-entrypoint-initdb.d/"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("postgres mounts no init script"));
        Path script = root.resolve(mount.substring(0, mount.indexOf(':'))).normalize();
        assertThat(script).isRegularFile();
        return script;
    }

    private static List<String> copiedSources(String dockerfile) {
        List<String> sources = new ArrayList<>();
        for (String line : dockerfile.lines().toList()) {
            String[] words = line.strip().split("\\s+");
            if (words.length >= 3 && words[0].equals("COPY") && !line.contains("--from=")) {
                for (int i = 1; i < words.length - 1; i++) {
                    if (!words[i].startsWith("--")) {
                        sources.add(words[i]);
                    }
                }
            }
        }
        assertThat(sources).contains("mvnw", "pom.xml", ".mvn");
        return sources;
    }

    private static boolean dockerIgnored(String source) {
        try {
            Path ignore = root.resolve(".dockerignore");
            if (!Files.exists(ignore)) {
                return false;
            }
            return Files.readAllLines(ignore).stream()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#") && !l.startsWith("!"))
                    .anyMatch(pattern -> pattern.equals(source) || source.startsWith(pattern + "/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("docker-compose.yml")) && Files.exists(dir.resolve("mvnw")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root with docker-compose.yml").isNotNull();
        return dir;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        assertThat(o).isInstanceOf(Map.class);
        return (Map<String, Object>) o;
    }

    private static List<?> list(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }

    private static String string(Object o) {
        return String.valueOf(o);
    }
}
