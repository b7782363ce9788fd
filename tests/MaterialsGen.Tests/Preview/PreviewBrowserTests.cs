using System.Text.RegularExpressions;
using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;
using Microsoft.Playwright;

namespace MaterialsGen.Tests.Preview;

/// <summary>The preview in a real browser: edit the YAML and see the image change, break it and see where, click a word and see its line.</summary>
public sealed partial class PreviewBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Infographic = "infographic-4-tich-cuc";

    private PreviewServerFixture Preview => browser.Preview;

    private async Task<IPage> OpenAsync(string path)
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(Preview.Url.TrimEnd('/') + path);
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        return page;
    }

    private static Task<long> LoadedVersion(IPage page) => page.EvaluateAsync<long>("() => window.preview.loadedVersion");

    private static async Task Screenshot(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = false });

    [Fact]
    public async Task Editing_the_yaml_title_changes_the_image_without_navigation()
    {
        var page = await OpenAsync("/outputs/" + Infographic);
        await page.EvaluateAsync("() => { window.sameDocument = 'yes'; }");
        var before = await page.Locator(".page img").ScreenshotAsync();
        var version = await LoadedVersion(page);
        await Screenshot(page, "1-infographic");
        using (new TemporaryEdit(Preview.Data("4-tich-cuc.yaml"), "title: Thực hiện “4 tích cực”", "title: Làm tốt “4 tích cực”"))
        {
            // A save can be seen half written first: wait for the version that builds.
            await page.WaitForFunctionAsync($"() => window.preview.loadedVersion > {version} && window.preview.errors === 0 && window.preview.loadedVersion === window.preview.version");
            Assert.Equal("yes", await page.EvaluateAsync<string>("() => window.sameDocument"));
            Assert.NotEqual(before, await page.Locator(".page img").ScreenshotAsync());
            await Screenshot(page, "2-infographic-title-edited");
        }

        await page.CloseAsync();
    }

    [Fact]
    public async Task Broken_yaml_shows_its_file_line_and_column_over_the_last_render_and_fixing_it_clears_them()
    {
        var page = await OpenAsync("/outputs/" + Infographic);
        using var edit = new TemporaryEdit(Preview.Data("4-tich-cuc.yaml"), "tone: do", "tone: [do");
        var diagnostics = page.Locator("#diagnostics");
        await Assertions.Expect(diagnostics).ToContainTextAsync(DataLocation());
        var text = await diagnostics.InnerTextAsync();
        var line = int.Parse(DataLocation().Match(text).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains(edit.Original.Split('\n')[line - 1].Trim().Replace("tone: do", "tone: [do", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.Contains("^", text, StringComparison.Ordinal);
        Assert.StartsWith("vscode://file/", await diagnostics.Locator("a.where").First.GetAttributeAsync("href"), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".page.stale img")).ToBeVisibleAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.page img').naturalWidth > 0"));
        await Screenshot(page, "3-infographic-broken-yaml");

        edit.Restore();
        await Assertions.Expect(diagnostics).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator(".page.stale")).ToHaveCountAsync(0);
        await page.CloseAsync();
    }

    [Fact]
    public async Task Clicking_a_word_shows_the_content_line_it_came_from()
    {
        var page = await OpenAsync("/outputs/" + Infographic);
        var state = Preview.Server.Session.Peek(Preview.Server.Session.Plan.Resolve(Infographic)!.Value)!;
        var words = WordBoxes.Of(state.Shown!.Pages[0]);
        var word = words.First(w => w.Text == "loãng");
        var scale = float.Parse((await page.Locator(".page").GetAttributeAsync("data-scale"))!, System.Globalization.CultureInfo.InvariantCulture);
        await page.Locator(".page").ClickAsync(new LocatorClickOptions
        {
            Position = new Position { X = (word.Box.X + (word.Box.Width / 2)) * scale, Y = (word.Box.Y + (word.Box.Height / 2)) * scale },
        });
        var panel = page.Locator("#source");
        var lines = (await File.ReadAllTextAsync(Preview.Data("4-tich-cuc.yaml"))).Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("pha loãng", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("loãng", StringComparison.Ordinal) + 1;
        await Assertions.Expect(panel).ToContainTextAsync($"data/4-tich-cuc.yaml:{line}:{column}");
        await Assertions.Expect(panel).ToContainTextAsync("pha loãng");
        var link = await panel.Locator("a.where").First.GetAttributeAsync("href");
        Assert.Equal($"vscode://file{Path.Combine(Preview.Root, "data", "4-tich-cuc.yaml")}:{line}:{column}", link);

        // The template line that printed it: the lead's expression in templates/infographic.sbn.
        var template = (await File.ReadAllTextAsync(Path.Combine(Preview.Root, "templates", "infographic.sbn"))).Split('\n');
        var printed = TemplateLocation().Match(await panel.InnerTextAsync());
        Assert.True(printed.Success, await panel.InnerTextAsync());
        Assert.Contains("{{ doc.lead }}", template[int.Parse(printed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1], StringComparison.Ordinal);
        await Screenshot(page, "4-infographic-click-to-source");
        await page.CloseAsync();
    }

    [Fact]
    public async Task The_list_shows_every_output_with_its_thumbnail_and_the_pickers_redraw()
    {
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(Preview.Url);
        var cards = page.Locator("#outputs li");
        await Assertions.Expect(cards).ToHaveCountAsync(Preview.Server.Session.Plan.Entries.Count);
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#outputs img')].every(i => i.complete && i.naturalWidth > 0)");
        await Assertions.Expect(page.Locator("#outputs li[data-key='tai-lieu-sinh-hoat']")).ToContainTextAsync("handout");
        await Screenshot(page, "5-list");

        await page.GotoAsync(Preview.Url + "outputs/tai-lieu-sinh-hoat");
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        Assert.True(await page.Locator(".page").CountAsync() >= 3);
        await Screenshot(page, "6-handout-pages");

        await page.GotoAsync(Preview.Url + "outputs/" + Infographic);
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        var version = await LoadedVersion(page);
        await page.SelectOptionAsync("#size", "link");
        await page.WaitForFunctionAsync($"() => window.preview.loadedVersion !== {version}");
        var box = await page.Locator(".page").BoundingBoxAsync();
        Assert.InRange(box!.Width / box.Height, 1.85, 1.95);
        await Screenshot(page, "7-infographic-link-size");

        await page.GotoAsync(Preview.Url + "outputs/tai-lieu-kp5-tien-thanh");
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        version = await LoadedVersion(page);
        await page.SelectOptionAsync("#record", "1");
        await page.WaitForFunctionAsync($"() => window.preview.loadedVersion !== {version}");
        await Assertions.Expect(page.Locator("#title")).ToHaveTextAsync("tai-lieu-ap3-tan-thanh");
        await page.CloseAsync();
    }

    [Fact]
    public async Task Started_in_vietnamese_the_page_script_speaks_vietnamese()
    {
        using var project = new SampleProject();
        await using var server = await PreviewServer.StartAsync(project.Root, 0, MaterialsGen.Cli.Localization.Text.Vietnamese);
        var page = await browser.Browser.NewPageAsync();
        await page.GotoAsync(server.Url);
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "vi");
        await Assertions.Expect(page.Locator("#status")).ToHaveTextAsync("trực tiếp");
        var card = page.Locator("#outputs li[data-key='tai-lieu-kp5-tien-thanh']");
        await Assertions.Expect(card.Locator("dt")).ToHaveTextAsync(["mẫu", "định dạng", "kích thước", "số trang", "số bản ghi"]);
        await Assertions.Expect(card.Locator(".badge")).ToHaveTextAsync("không lỗi");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('#outputs img')].every(i => i.complete && i.naturalWidth > 0)");
        await Screenshot(page, "8-list-vietnamese");

        await page.GotoAsync(server.Url + "outputs/tai-lieu-kp5-tien-thanh");
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        Assert.Equal("tai-lieu-kp5-tien-thanh · Xem trước MaterialsGen", await page.TitleAsync());
        await Assertions.Expect(page.Locator(".page .label").First).ToHaveTextAsync("trang 1");
        await Assertions.Expect(page.Locator(".page img").First).ToHaveAttributeAsync("alt", "trang 1");
        await Assertions.Expect(page.Locator("#size option").First).ToHaveTextAsync("theo mẫu");
        await Assertions.Expect(page.Locator("#record-label")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("nav.controls")).ToContainTextAsync("Thu phóng");
        await Assertions.Expect(page.Locator("nav.controls")).ToContainTextAsync("Bản ghi");
        await Screenshot(page, "9-handout-vietnamese");

        await page.GotoAsync(server.Url + "outputs/" + Infographic);
        await page.WaitForFunctionAsync("() => window.preview.loadedVersion > 0");
        using (new TemporaryEdit(Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "tone: do", "tone: [do"))
        {
            var diagnostics = page.Locator("#diagnostics");
            await Assertions.Expect(diagnostics.Locator("strong")).ToHaveTextAsync("Tài liệu này không dựng được; các trang dưới đây là bản dựng tốt gần nhất:");
            await Assertions.Expect(diagnostics.Locator("a.where").First).ToHaveAttributeAsync("title", "mở trong trình soạn thảo");
            await Screenshot(page, "10-infographic-broken-yaml-vietnamese");
        }

        await page.CloseAsync();
    }

    [GeneratedRegex(@"templates/infographic\.sbn:(\d+):(\d+)")]
    private static partial Regex TemplateLocation();

    [GeneratedRegex(@"data/4-tich-cuc\.yaml:(\d+):(\d+)")]
    private static partial Regex DataLocation();
}
