using System.Text.Json;
using System.Text.RegularExpressions;
using MaterialsGen.Cli.Localization;
using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

/// <summary>The preview speaks the language it was started in: its console lines, its diagnostics and its page.</summary>
public sealed partial class PreviewLanguageTests
{
    [Fact]
    public async Task A_busy_port_in_vietnamese_is_the_vietnamese_message_with_the_same_code_and_shape()
    {
        using var project = new SampleProject();
        await using var first = await PreviewServer.StartAsync(project.Root, 0);
        var port = first.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var vietnamese = new StringWriter();
        Assert.Equal(1, PreviewCommand.Serve(["--project", project.Root, "--port", port], TextWriter.Null, vietnamese, CancellationToken.None, Text.Vietnamese));
        Assert.Equal(
            $"materialsgen: error MG0661: xem trước: cổng đang được dùng — cổng {port} trên 127.0.0.1 đang được dùng; dùng --port N để chọn cổng khác, hoặc --port 0 để lấy một cổng trống bất kỳ",
            vietnamese.ToString().TrimEnd());

        using var english = new StringWriter();
        Assert.Equal(1, PreviewCommand.Serve(["--project", project.Root, "--port", port], TextWriter.Null, english, CancellationToken.None));
        Assert.Equal(
            $"materialsgen: error MG0661: port {port} on 127.0.0.1 is in use; pass --port N for another, or --port 0 for any free one",
            english.ToString().TrimEnd());
    }

    [Fact]
    public void A_folder_without_a_manifest_in_vietnamese_keeps_its_location_and_code()
    {
        var (exit, _, error) = SampleProject.RunWith(new Dictionary<string, string> { ["LANG"] = "vi_VN.UTF-8" }, "preview", "--project", Path.GetTempPath(), "--port", "0");
        Assert.Equal(1, exit);
        Assert.Matches(@"materials\.yaml: error MG0605: không dùng được tệp đã nêu — không tìm thấy materials\.yaml", error);
    }

    [Fact]
    public async Task The_url_line_is_in_the_chosen_language()
    {
        using var project = new SampleProject();
        await using var preview = await ServingPreview.StartAsync(project.Root, Text.Vietnamese);
        Assert.Matches($@"^xem trước {Regex.Escape(Path.GetFullPath(project.Root))} tại http://127\.0\.0\.1:\d+/ \(Ctrl\+C để dừng\)", preview.Printed);
    }

    [Fact]
    public async Task The_page_in_vietnamese_mode_has_lang_vi_and_the_vietnamese_words()
    {
        using var project = new SampleProject();
        await using var server = await PreviewServer.StartAsync(project.Root, 0, Text.Vietnamese);
        using var http = new HttpClient();

        var index = await http.GetStringAsync(server.Url);
        Assert.Contains("<html lang=\"vi\">", index, StringComparison.Ordinal);
        Assert.Contains("<title>Xem trước MaterialsGen</title>", index, StringComparison.Ordinal);
        Assert.Contains("<h1>Xem trước MaterialsGen</h1>", index, StringComparison.Ordinal);
        Assert.Contains(">đang kết nối…<", index, StringComparison.Ordinal);

        var output = await http.GetStringAsync(server.Url + "outputs/infographic-4-tich-cuc");
        foreach (var word in new[] { "← tất cả tài liệu", ">Thu phóng <", ">vừa khung<", ">Kích thước <", ">Bản ghi <" })
        {
            Assert.Contains(word, output, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("{{", output, StringComparison.Ordinal);
        var words = PageText(output);
        Assert.Equal("trang {0}", words["Page"]);
        Assert.Equal("Cảnh báo:", words["Warnings"]);
        Assert.Equal("mở trong VS Code", words["OpenInVsCode"]);
        Assert.Equal("Do mẫu in ra", words["PrintedBy"]);
    }

    [Fact]
    public async Task Its_plain_answers_are_in_the_chosen_language_too()
    {
        using var project = new SampleProject();
        await using var server = await PreviewServer.StartAsync(project.Root, 0, Text.Vietnamese);
        using var http = new HttpClient();

        using var missing = await http.GetAsync(server.Url + "outputs/khong-co-tai-lieu-nay");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("không có trang này trong bản xem trước; danh sách tài liệu ở /\n", await missing.Content.ReadAsStringAsync());

        using var request = new HttpRequestMessage(HttpMethod.Get, server.Url);
        request.Headers.Host = "attacker.example";
        using var refused = await http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal("materialsgen preview chỉ trả lời localhost, 127.0.0.1 và [::1] trên cổng của nó\n", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_shows_diagnostics_worded_as_the_console_words_them()
    {
        using var project = new SampleProject();
        var data = Path.Combine(project.Root, "data", "4-tich-cuc.yaml");
        await File.WriteAllTextAsync(data, (await File.ReadAllTextAsync(data)).Replace("tone: do", "tone: [do", StringComparison.Ordinal));
        await using var english = await PreviewServer.StartAsync(project.Root, 0);
        await using var vietnamese = await PreviewServer.StartAsync(project.Root, 0, Text.Vietnamese);
        using var http = new HttpClient();

        static async Task<JsonElement> FirstError(HttpClient http, string url)
        {
            using var state = JsonDocument.Parse(await http.GetStringAsync(url + "outputs/infographic-4-tich-cuc/state"));
            return state.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error").Clone();
        }

        var plain = await FirstError(http, english.Url);
        var worded = await FirstError(http, vietnamese.Url);
        var code = plain.GetProperty("code").GetString()!;
        Assert.Equal(code, worded.GetProperty("code").GetString());
        Assert.Equal(plain.GetProperty("at").GetProperty("location").GetString(), worded.GetProperty("at").GetProperty("location").GetString());
        var title = MaterialsGen.Diagnostics.DiagnosticCatalogue.Find(code, MaterialsGen.Cli.Localization.Language.Vietnamese)!.Title;
        Assert.Equal($"{title} — {plain.GetProperty("message").GetString()}", worded.GetProperty("message").GetString());
    }

    [Fact]
    public async Task The_page_in_english_mode_is_unchanged()
    {
        using var project = new SampleProject();
        await using var server = await PreviewServer.StartAsync(project.Root, 0);
        using var http = new HttpClient();

        var index = await http.GetStringAsync(server.Url);
        Assert.Contains("<html lang=\"en\">", index, StringComparison.Ordinal);
        Assert.Contains("<h1>MaterialsGen preview</h1><span id=\"status\" class=\"status\">connecting…</span>", index, StringComparison.Ordinal);
        var output = await http.GetStringAsync(server.Url + "outputs/infographic-4-tich-cuc");
        Assert.Contains("<a href=\"/\" class=\"back\">← all outputs</a>", output, StringComparison.Ordinal);
        Assert.Contains("<label>Zoom <select id=\"zoom\">", output, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fit\" selected>fit</option>", output, StringComparison.Ordinal);
        Assert.Contains("<label id=\"record-label\" hidden>Record <select id=\"record\"></select></label>", output, StringComparison.Ordinal);
        var words = PageText(output);
        Assert.Equal("page {0}", words["Page"]);
        Assert.Equal("This output does not build; the pages below are the last good render:", words["LastGood"]);
    }

    [Fact]
    public void Every_text_the_page_script_asks_for_is_in_both_languages()
    {
        var script = System.Text.Encoding.UTF8.GetString(PreviewAssets.Find("preview.js", Text.English)!.Value.Bytes);
        var asked = ScriptText().Matches(script).Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.True(asked.Count > 20, string.Join(", ", asked));
        foreach (var text in new[] { Text.English, Text.Vietnamese })
        {
            var words = PageText(System.Text.Encoding.UTF8.GetString(PreviewAssets.Find("output.html", text)!.Value.Bytes));
            Assert.All(asked, key => Assert.True(words.ContainsKey(key), $"{text.Language}: no Page{key}"));
        }
    }

    private static Dictionary<string, string> PageText(string html)
    {
        var json = PageTextScript().Match(html);
        Assert.True(json.Success, html);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(json.Groups[1].Value)!;
    }

    [GeneratedRegex("""<script type="application/json" id="page-text">(.*?)</script>""", RegexOptions.Singleline)]
    private static partial Regex PageTextScript();

    [GeneratedRegex("""\bt\("([A-Za-z]+)"[,)]""")]
    private static partial Regex ScriptText();
}
