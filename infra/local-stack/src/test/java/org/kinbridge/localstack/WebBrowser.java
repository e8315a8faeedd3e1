package org.kinbridge.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

/**
 * One person's headless Chromium on a 360-pixel-wide phone screen, driven through the
 * system's chromedriver (Debian's {@code chromium} and {@code chromium-driver}): the
 * paths are given, so Selenium never looks for a driver on the network. Each person gets
 * a fresh profile, hence a login of their own.
 */
final class WebBrowser implements AutoCloseable {

	static final int PHONE_WIDTH = 360;

	private static final Duration PATIENCE = Duration.ofSeconds(60);

	private final ChromeDriver driver;

	private final String baseUrl;

	private final Path screenshots;

	private WebBrowser(ChromeDriver driver, String baseUrl, Path screenshots) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.screenshots = screenshots;
	}

	/** Skips the calling test, as an assumption, where no Chromium is installed. */
	static void assumeInstalled() {
		assumeThat(browser()).as("Chromium (apt-get install chromium) is not installed").isRegularFile();
		assumeThat(driver()).as("chromedriver (apt-get install chromium-driver) is not installed").isRegularFile();
	}

	private static Path browser() {
		return Path.of(System.getenv().getOrDefault("KINBRIDGE_CHROMIUM", "/usr/bin/chromium"));
	}

	private static Path driver() {
		return Path.of(System.getenv().getOrDefault("KINBRIDGE_CHROMEDRIVER", "/usr/bin/chromedriver"));
	}

	static WebBrowser open(String baseUrl, Path screenshots) {
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver().toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions().setBinary(browser().toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
					"--window-size=" + PHONE_WIDTH + ",780", "--lang=vi-VN", "--no-first-run");
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(PATIENCE);
		return new WebBrowser(driver, baseUrl, screenshots);
	}

	/**
	 * The authorization-code flow as a person takes it: the client's button, the form.
	 */
	void logIn(String user, String password) {
		this.driver.get(this.baseUrl + "/app/");
		click(By.id("login"));
		WebElement name = waitFor(By.id("username"));
		name.sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys(password);
		this.driver.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor(By.id("who-am-i"));
	}

	void go(String hash) {
		this.driver.get(this.baseUrl + "/app/" + hash);
	}

	void refresh() {
		this.driver.navigate().refresh();
	}

	WebElement waitFor(By by) {
		return await("%s on %s".formatted(by, this.driver.getCurrentUrl())).atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> visible(by), (element) -> element != null);
	}

	private WebElement visible(By by) {
		return this.driver.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
	}

	void waitForText(By by, String text) {
		await("'%s' in %s".formatted(text, by)).atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(250))
			.ignoreExceptions()
			.until(() -> this.driver.findElement(by).getText().contains(text));
	}

	void waitUntilGone(By by) {
		await("%s to go".formatted(by)).atMost(PATIENCE)
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.driver.findElements(by).isEmpty());
	}

	void click(By by) {
		WebElement element = waitFor(by);
		((JavascriptExecutor) this.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		element.click();
	}

	/**
	 * Types into the field named {@code name} inside {@code scope}, replacing what it
	 * had.
	 */
	void type(By scope, String name, String text) {
		WebElement input = waitFor(scope).findElement(By.name(name));
		input.clear();
		input.sendKeys(text);
	}

	void choose(By scope, String name, String value) {
		waitFor(scope).findElement(By.name(name))
			.findElement(By.cssSelector("option[value='%s']".formatted(value)))
			.click();
	}

	void check(By scope, String name, String value) {
		WebElement box = waitFor(scope)
			.findElement(By.cssSelector("input[name='%s'][value='%s']".formatted(name, value)));
		if (!box.isSelected()) {
			((JavascriptExecutor) this.driver).executeScript("arguments[0].click()", box);
		}
	}

	void submit(By form) {
		waitFor(form).findElement(By.cssSelector("button[type=submit]")).click();
	}

	String text(By by) {
		return waitFor(by).getText();
	}

	List<WebElement> all(By by) {
		return this.driver.findElements(by);
	}

	/** The whole page at phone width, kept as a test artefact. */
	Path screenshot(String name) {
		Object height = ((JavascriptExecutor) this.driver)
			.executeScript("return Math.min(document.documentElement.scrollHeight, 4000)");
		Dimension before = this.driver.manage().window().getSize();
		this.driver.manage().window().setSize(new Dimension(PHONE_WIDTH, ((Number) height).intValue()));
		try {
			Files.createDirectories(this.screenshots);
			Path file = this.screenshots.resolve(name + ".png");
			Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			this.driver.manage().window().setSize(before);
		}
	}

	@Override
	public void close() {
		this.driver.quit();
	}

}
