using System.Globalization;
using Microsoft.Playwright;

namespace MaterialsGen.Benchmarks;

/// <summary>
/// Save → updated image in the browser, for a running <c>materialsgen preview</c> (tests/bench/preview.sh
/// starts one): Debian's Chromium shows an output's page, the benchmark saves a content file, and the
/// time is from just before the write to the moment every page image of the new version has loaded
/// (the page records <c>Date.now()</c> then; same machine, same clock). Not BenchmarkDotNet: the work
/// is a file watcher, a layout, a server-sent event and image loads across two processes.
/// </summary>
internal static class PreviewLatency
{
    private sealed record Case(string Output, string File, string From, string To, double TargetMs);

    private static readonly Case[] Cases =
    [
        new("infographic-4-tich-cuc", "data/4-tich-cuc.yaml", "title: Thực hiện “4 tích cực”", "title: Làm tốt “4 tích cực”", 300),
        new("tai-lieu-kp5-tien-thanh", "data/4-tich-cuc.yaml", "Tích cực chia sẻ (share) rộng rãi", "Tích cực chia sẻ (share) thật rộng rãi", 500),
    ];

    public static async Task<int> RunAsync(string url, string project, int runs)
    {
        var profile = Path.Combine(Path.GetTempPath(), "materialsgen-bench-chromium-" + Guid.NewGuid().ToString("N"));
        using var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        }).ConfigureAwait(false);
        var missed = 0;
        Console.WriteLine($"{"output",-26} {"pages",5} {"runs",4} {"median ms",9} {"p90 ms",7} {"min",5} {"max",5} target");
        foreach (var test in Cases)
        {
            var page = await browser.NewPageAsync().ConfigureAwait(false);
            await page.GotoAsync(url.TrimEnd('/') + "/outputs/" + test.Output).ConfigureAwait(false);
            await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0").ConfigureAwait(false);
            var pages = await page.Locator(".page").CountAsync().ConfigureAwait(false);
            var path = Path.Combine(project, test.File);
            var original = await File.ReadAllTextAsync(path).ConfigureAwait(false);
            var edited = original.Replace(test.From, test.To, StringComparison.Ordinal);
            if (edited == original)
            {
                throw new InvalidOperationException($"{test.File} has no '{test.From}'");
            }

            var times = new List<double>();
            try
            {
                // Three warm-up saves (first layouts of the edited text, JIT), then the measured ones.
                for (var run = 0; run < runs + 3; run++)
                {
                    var version = await page.EvaluateAsync<long>("() => window.preview.loadedVersion").ConfigureAwait(false);
                    var saved = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                    await File.WriteAllTextAsync(path, run % 2 == 0 ? edited : original).ConfigureAwait(false);
                    await page.WaitForFunctionAsync(
                        $"() => window.preview.loadedVersion > {version} && window.preview.errors === 0 && window.preview.loadedVersion === window.preview.version",
                        null, new PageWaitForFunctionOptions { Timeout = 30_000, PollingInterval = 5 }).ConfigureAwait(false);
                    var loaded = await page.EvaluateAsync<double>("() => window.preview.loadedAt").ConfigureAwait(false);
                    if (run >= 3)
                    {
                        times.Add(loaded - saved);
                    }

                    await Task.Delay(400).ConfigureAwait(false);
                }
            }
            finally
            {
                await File.WriteAllTextAsync(path, original).ConfigureAwait(false);
                await page.CloseAsync().ConfigureAwait(false);
            }

            times.Sort();
            var median = times.Count % 2 == 1 ? times[times.Count / 2] : (times[(times.Count / 2) - 1] + times[times.Count / 2]) / 2;
            var p90 = times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.9) - 1)];
            var met = median <= test.TargetMs;
            missed += met ? 0 : 1;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{test.Output,-26} {pages,5} {times.Count,4} {median,9:0} {p90,7:0} {times[0],5:0} {times[^1],5:0} ≤ {test.TargetMs} ms {(met ? "met" : "MISSED")}"));
            Console.WriteLine("  all (ms): " + string.Join(' ', times.Select(t => t.ToString("0", CultureInfo.InvariantCulture))));
        }

        if (Directory.Exists(profile))
        {
            Directory.Delete(profile, recursive: true);
        }

        return missed == 0 ? 0 : 1;
    }
}
