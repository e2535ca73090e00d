using Microsoft.Playwright;

namespace CounterNode.IntegrationTests.Infrastructure;

/// <summary>
/// The box's own Chromium (<c>/usr/bin/chromium</c>, no Playwright download) for browser tests:
/// headless, no sandbox (tests may run as root in a container), and none of the background
/// traffic (updates, sync) that would try to leave loopback.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>Where browser tests leave their screenshots (beside the test binaries; created on first use).</summary>
    public static string ScreenshotFolder => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }
}
