package dev.gantry.server.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.core.jobs.JobInfo;
import dev.gantry.core.jobs.JobRequest;
import dev.gantry.core.jobs.JobState;
import dev.gantry.core.jobs.PermanentJobFailure;
import dev.gantry.server.GantryServerFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The dashboard end to end in headless Chromium (Debian's chromium + chromium-driver, driven by Selenium): sign in,
 * every page loads without a console error, charts draw the API's numbers, the explorer filters and opens a
 * request's detail. With -Ddashboard.screenshots=DIR it writes a PNG of each main page there.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DashboardBrowserIT {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static GantryServerFixture server;
    private static ChromeDriver browser;
    private static Path profile;
    private static final List<String> consoleErrors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: no headless browser; install Debian's packages with `apt-get install -y chromium chromium-driver` "
                        + "(/usr/bin/chromium and /usr/bin/chromedriver)");
        server = DashboardTraffic.start();
        DashboardHistory.seed(server.dataDir, Instant.now());
        DashboardTraffic.generate(server);
        profile = Files.createTempDirectory("gantry-chromium");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options(profile));
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1440,1000");
        o.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        return o;
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.close();
        if (profile != null) deleteTree(profile);
    }

    @Test
    @Order(1)
    void should_ask_for_the_admin_key_and_then_show_the_overview() {
        browser.get(server.baseUrl() + "/");
        await("the sign-in form", () -> present(By.id("login")));
        screenshot("login");
        drainConsole();

        browser.findElement(By.id("admin-key")).sendKeys(DashboardTraffic.ADMIN);
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();

        await("the overview", () -> present(By.cssSelector(".page[data-page=overview] svg[data-chart=rps]")));
        assertThat(browser.executeScript("return sessionStorage.getItem('gantry.adminKey')")).isEqualTo(DashboardTraffic.ADMIN);
    }

    @Test
    @Order(2)
    void should_draw_the_overview_charts_from_the_ledger() throws Exception {
        browser.get(server.baseUrl() + "/#/overview?range=24h");
        await("the charts", () -> present(By.cssSelector(".page[data-page=overview] svg[data-chart=tokens]")));
        JsonNode api = api("/gantry/dashboard/overview?range=24h");
        JsonNode totals = api.get("totals");

        assertThat(sumOfPoints("tokens")).isEqualTo(totals.get("input_tokens").asDouble() + totals.get("output_tokens").asDouble());
        assertThat(sumOfPoints("rps") * api.get("bucket_seconds").asDouble()).isCloseTo(totals.get("requests").asDouble(),
                org.assertj.core.data.Offset.offset(1.0));
        long busy = 0;
        for (JsonNode b : api.get("series")) if (b.get("requests").asLong() > 0) busy++;
        assertThat(browser.findElements(By.cssSelector("svg[data-chart=latency] circle"))).hasSize((int) (3 * busy));
        assertThat(text("[data-card=cache] .value")).isEqualTo("n/a");
        assertThat(text("[data-card=cache] .note")).isEqualTo("n/a (no request to a cached model in this range)");
        assertThat(text("[data-card=requests] .value")).isEqualTo(String.format("%,d", totals.get("requests").asLong()));
        screenshot("overview");
        assertNoConsoleErrors();
    }

    @Test
    @Order(3)
    void should_filter_the_explorer_by_key() {
        browser.get(server.baseUrl() + "/#/explorer?range=1h");
        await("the explorer", () -> rows() == DashboardTraffic.REQUESTS);

        WebElement key = browser.findElement(By.cssSelector("#filters input[name=key]"));
        key.sendKeys("bob");
        browser.findElement(By.cssSelector("#filters button[type=submit]")).click();

        await("only bob's requests", () -> rows() == 5);
        assertThat(browser.findElements(By.cssSelector("#results tbody tr td:nth-child(3)")))
                .extracting(WebElement::getText).containsOnly("bob");
        screenshot("explorer");
        assertNoConsoleErrors();
    }

    @Test
    @Order(4)
    void should_open_a_request_with_its_attempts_and_guard_decisions() {
        browser.findElement(By.linkText(DashboardTraffic.PII_ID)).click();
        await("the request detail", () -> present(By.cssSelector(".page[data-page=request] #guard-decisions")));

        assertThat(text("#guard-decisions")).contains("pii").contains("pseudonymize");
        assertThat(browser.findElements(By.cssSelector("#attempts li"))).hasSize(1);

        browser.get(server.baseUrl() + "/#/request/" + DashboardTraffic.FALLBACK_ID);
        await("the fallback's attempts", () -> browser.findElements(By.cssSelector("#attempts li")).size() == 3);
        assertThat(browser.findElements(By.cssSelector("#attempts li"))).extracting(e -> e.getAttribute("data-outcome"))
                .containsExactly("rate_limited", "rate_limited", "ok");
        assertThat(text(".page[data-page=request]")).contains("Fell back to another target.");
        screenshot("request");
        assertNoConsoleErrors();
    }

    @Test
    @Order(5)
    void should_show_breakdowns_keys_and_an_empty_alerts_page() {
        browser.get(server.baseUrl() + "/#/breakdowns?range=24h");
        await("the breakdowns", () -> present(By.cssSelector(".page[data-page=breakdowns]")));
        assertThat(text(".page[data-page=breakdowns]")).contains("alice").contains("support").contains("ant/fake-claude");
        screenshot("breakdowns");

        browser.get(server.baseUrl() + "/#/keys");
        await("the keys", () -> present(By.cssSelector(".page[data-page=keys]")));
        assertThat(text(".page[data-page=keys]")).contains("alice").contains("of $5.00 per month").contains("bob");
        screenshot("keys");
        assertNoConsoleErrors();

        browser.get(server.baseUrl() + "/#/alerts");
        await("the alerts", () -> present(By.id("no-alerts")));
        assertThat(text("#no-alerts")).isEqualTo("No alert rules configured.");
        screenshot("alerts");
        assertThat(drainConsole()).allMatch(e -> e.contains("/gantry/alerts") && e.contains("404"));
    }

    @Test
    @Order(6)
    void should_show_a_dead_job_and_retry_it_from_the_jobs_page() {
        java.util.concurrent.atomic.AtomicInteger runs = new java.util.concurrent.atomic.AtomicInteger();
        server.gantry.jobs().register("browser-mail", job -> {
            if (runs.incrementAndGet() == 1) throw new PermanentJobFailure("template 'welcome' is missing");
        }, 1);
        JobInfo job = server.gantry.jobs().enqueue(JobRequest.of("browser-mail", null, "{}"));
        await("the job to fail", () -> server.gantry.jobs().queue().find(job.id()).orElseThrow().state() == JobState.DEAD);

        browser.get(server.baseUrl() + "/#/jobs");
        await("the dead job", () -> present(By.cssSelector("button.retry[data-job='" + job.id() + "']")));
        assertThat(text("#dead-jobs")).contains("browser-mail").contains("template 'welcome' is missing");
        screenshot("jobs");
        browser.findElement(By.cssSelector("button.retry[data-job='" + job.id() + "']")).click();

        await("the retried job to succeed",
                () -> server.gantry.jobs().queue().find(job.id()).orElseThrow().state() == JobState.SUCCEEDED);
        // read in one script: the page re-renders after the retry, so a held element may go stale
        await("the emptied dead letters", () -> String.valueOf(browser.executeScript(
                "return document.querySelector('#dead-jobs')?.innerText || ''")).contains("No dead job."));
        assertNoConsoleErrors();
    }

    private static double sumOfPoints(String chart) {
        double sum = 0;
        for (WebElement dot : browser.findElements(By.cssSelector("svg[data-chart=" + chart + "] circle"))) {
            sum += Double.parseDouble(dot.getAttribute("data-value"));
        }
        return sum;
    }

    private static int rows() {
        List<WebElement> results = browser.findElements(By.id("results"));
        return results.isEmpty() ? -1 : Integer.parseInt(results.getFirst().getAttribute("data-rows"));
    }

    private static JsonNode api(String path) throws IOException {
        return JSON.readTree(server.get(path, "authorization", "Bearer " + DashboardTraffic.ADMIN).body());
    }

    private static boolean present(By by) {
        return !browser.findElements(by).isEmpty();
    }

    private static String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited 15 s for " + what + "; console: " + drainConsole() + "; page: "
                        + browser.findElement(By.tagName("main")).getText());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Console messages at SEVERE (errors, uncaught exceptions, failed loads, CSP violations) since the last call. */
    private static List<String> drainConsole() {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : browser.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) errors.add(e.getMessage());
        }
        consoleErrors.addAll(errors);
        return errors;
    }

    private static void assertNoConsoleErrors() {
        assertThat(drainConsole()).as("console errors").isEmpty();
    }

    private static void screenshot(String name) {
        String dir = System.getProperty("dashboard.screenshots");
        if (dir == null || dir.isBlank()) return;
        try {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new AssertionError("could not write the screenshot " + name + " to " + dir, e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
