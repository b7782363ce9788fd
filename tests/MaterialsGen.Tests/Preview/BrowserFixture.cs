using Microsoft.Playwright;

namespace MaterialsGen.Tests.Preview;

/// <summary>
/// A preview server and Debian's Chromium (/usr/bin/chromium, installed by .ci/run) driven by Playwright,
/// one of each for a test class. Playwright's bundled driver runs offline; no browser is downloaded.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _profile = Path.Combine(Path.GetTempPath(), "materialsgen-chromium-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public PreviewServerFixture Preview { get; } = new();

    public IBrowserContext Browser { get; private set; } = null!;

    /// <summary>Screenshots go beside the test results: tests/MaterialsGen.Tests/TestResults/preview/.</summary>
    public static string Screenshots { get; } = RepoRoot.Combine("tests", "MaterialsGen.Tests", "TestResults", "preview");

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: apt-get install chromium (.ci/run installs it)");
        Directory.CreateDirectory(Screenshots);
        await Preview.InitializeAsync();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            Timeout = 120_000,
        });
        // Waits are on conditions, never on time; these bounds only turn a hang into a failure. Expect's own
        // default (5 s) is less than a save, a layout and a page update can take on a loaded machine.
        Browser.SetDefaultTimeout(60_000);
        Assertions.SetDefaultExpectTimeout(60_000);
    }

    public async Task DisposeAsync()
    {
        await Browser.CloseAsync();
        _playwright?.Dispose();
        await Preview.DisposeAsync();
        if (Directory.Exists(_profile))
        {
            Directory.Delete(_profile, recursive: true);
        }
    }
}
