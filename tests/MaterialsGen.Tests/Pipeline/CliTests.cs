using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public class CliTests
{
    [Fact]
    public void Missing_data_file_is_one_located_line_and_exit_1()
    {
        using var project = new SampleProject();
        File.Delete(Path.Combine(project.Root, "data", "9-khong.yaml"));
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Contains("materials.yaml:", error, StringComparison.Ordinal);
        Assert.Contains("error MG0605: file 'data/9-khong.yaml' not found", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_template_in_render_is_one_line_and_exit_1()
    {
        using var project = new SampleProject();
        var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographc", "--data", Path.Combine(project.Root, "data", "9-khong.yaml"), "-o", Path.Combine(project.Root, "x.png"));
        Assert.Equal(1, exit);
        Assert.Contains("template 'infographc' not found; did you mean 'infographic'?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_writes_one_png_without_a_manifest()
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, "one.png");
        var (exit, output, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographic", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "-o", target, "--size", "1080x1080");
        Assert.True(exit == 0, error);
        Assert.Contains("built", output, StringComparison.Ordinal);
        using var bitmap = SkiaSharp.SKBitmap.Decode(target);
        Assert.Equal(1080, bitmap.Height);
    }

    [Fact]
    public void Render_takes_a_data_file_from_anywhere_the_user_names()
    {
        using var project = new SampleProject();
        var downloads = Directory.CreateTempSubdirectory("mg-downloads-");
        try
        {
            var data = Path.Combine(downloads.FullName, "x.yaml");
            File.Copy(Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), data);
            var target = Path.Combine(downloads.FullName, "x.png");
            var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographic", "--data", data, "-o", target);
            Assert.True(exit == 0, error);
            Assert.True(File.Exists(target));

            // Its own mistakes are reported at the path the user typed.
            File.WriteAllText(data, File.ReadAllText(data).Replace("tone: do", "tone: doo", StringComparison.Ordinal));
            (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographic", "--data", data, "-o", target);
            Assert.Equal(1, exit);
            Assert.Contains(data.Replace('\\', '/') + ":", error, StringComparison.Ordinal);
            Assert.Contains("error MG0112", error, StringComparison.Ordinal);
        }
        finally
        {
            downloads.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_data_path_in_the_manifest_that_leaves_the_project_is_refused_where_it_is_written()
    {
        using var project = new SampleProject();
        SampleProject.Edit(Path.Combine(project.Root, "materials.yaml"), "data: [data/4-tich-cuc.yaml]", "data: [../../etc/passwd]");
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"materials\.yaml:\d+:12: error MG0605: '\.\./\.\./etc/passwd' is outside the project folder", error);
    }

    [Fact]
    public void Wrong_content_for_a_template_says_what_it_takes_and_what_was_given()
    {
        using var project = new SampleProject();
        var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "handout", "--data", Path.Combine(project.Root, "data", "4-tich-cuc.yaml"), "-o", Path.Combine(project.Root, "x.pdf"));
        Assert.Equal(1, exit);
        Assert.Equal(
            "command line: error MG0510: template 'handout' takes article, solutions, list (one or more), references (optional); given list (data/4-tich-cuc.yaml); missing: article; missing: solutions",
            error.Trim());
    }

    [Fact]
    public void Bad_usage_exits_2()
    {
        Assert.Equal(2, SampleProject.Run("bogus").Exit);
        Assert.Equal(2, SampleProject.Run("build", "--nope").Exit);
    }

    [Fact]
    public void Templates_json_lists_name_kind_and_formats()
    {
        using var project = new SampleProject();
        var (exit, output, _) = SampleProject.Run("templates", "--json", "--project", project.Root);
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var infographic = json.RootElement.EnumerateArray().Single(e => e.GetProperty("name").GetString() == "infographic");
        Assert.Equal("list", infographic.GetProperty("kind").GetString());
        Assert.Contains("png", infographic.GetProperty("formats").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public void Templates_json_gives_every_size_with_its_dimensions_and_the_content_taken()
    {
        using var project = new SampleProject();
        var (exit, output, _) = SampleProject.Run("templates", "--json", "--project", project.Root);
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        var templates = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, StringComparer.Ordinal);
        var sizes = templates["infographic"].GetProperty("sizes").EnumerateArray()
            .ToDictionary(s => s.GetProperty("name").GetString()!, s => (s.GetProperty("width").GetDouble(), s.GetProperty("height").GetDouble(), s.GetProperty("unit").GetString()));
        Assert.Equal((1080, 1350, "px"), sizes["portrait"]);
        Assert.Equal((1080, 1080, "px"), sizes["square"]);
        Assert.Equal((1200, 630, "px"), sizes["link"]);
        Assert.Equal((1920, 1080, "px"), sizes["slide"]);

        var a3 = templates["nen-khong-nen"].GetProperty("sizes").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "a3");
        Assert.Equal((841.89, 1190.55, "pt"), (a3.GetProperty("width").GetDouble(), a3.GetProperty("height").GetDouble(), a3.GetProperty("unit").GetString()));

        static List<string> Content(System.Text.Json.JsonElement template) =>
            [.. template.GetProperty("content").EnumerateArray().Select(c => $"{c.GetProperty("kind").GetString()} {c.GetProperty("min").GetInt32()}..{(c.GetProperty("max").ValueKind == System.Text.Json.JsonValueKind.Null ? "n" : c.GetProperty("max").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture))}")];
        Assert.Equal(["list 1..1"], Content(templates["infographic"]));
        Assert.Equal(["list 1..n"], Content(templates["nen-khong-nen"]));
        Assert.Equal(["quotes 1..1"], Content(templates["y-kien"]));
        Assert.Equal(["article 1..1", "solutions 1..1", "list 1..n", "references 0..1"], Content(templates["handout"]));

        // Every template names at least one size and one document, and every size has its dimensions.
        foreach (var (name, template) in templates)
        {
            Assert.True(template.GetProperty("content").GetArrayLength() > 0, name);
            Assert.All(template.GetProperty("sizes").EnumerateArray(), s => Assert.True(s.GetProperty("width").GetDouble() > 0 && s.GetProperty("height").GetDouble() > 0, $"{name} {s}"));
        }
    }

    [Fact]
    public void Check_reports_content_errors_with_locations_and_writes_nothing()
    {
        using var project = new SampleProject();
        var file = Path.Combine(project.Root, "data", "9-khong.yaml");
        File.WriteAllText(file, File.ReadAllText(file).Replace("tone: dont", "tone: donts", StringComparison.Ordinal));
        var (exit, output, error) = SampleProject.Run("check", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Matches(@"data/9-khong\.yaml:\d+:7: error MG0112: tone must be one of do, dont, neutral; found 'donts'", error);
        Assert.Contains("errors", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(project.Root, "output")));
    }

    [Fact]
    public void Check_passes_on_the_sample()
    {
        using var project = new SampleProject();
        var (exit, output, error) = SampleProject.Run("check", "--project", project.Root);
        Assert.True(exit == 0, error);
        Assert.Contains("0 errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Fix_encoding_shows_then_writes_the_unicode_text()
    {
        using var project = new SampleProject();
        var file = Path.Combine(project.Root, "data", "old.yaml");
        File.WriteAllText(file, "kind: list\nid: old\ntitle: \u00A7\u00B6ng vi\u00AAn\n");
        var (exit, output, _) = SampleProject.Run("fix-encoding", file);
        Assert.Equal(0, exit);
        Assert.Contains(":3: Tcvn3: title: §¶ng viªn → title: Đảng viên", output, StringComparison.Ordinal);
        Assert.Contains("§¶ng", File.ReadAllText(file), StringComparison.Ordinal);
        SampleProject.Run("fix-encoding", file, "--write");
        Assert.Equal("kind: list\nid: old\ntitle: Đảng viên\n", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("x.jpg", SkiaSharp.SKEncodedImageFormat.Jpeg)]
    [InlineData("x.webp", SkiaSharp.SKEncodedImageFormat.Webp)]
    [InlineData("x.png", SkiaSharp.SKEncodedImageFormat.Png)]
    public void Render_writes_the_format_its_extension_names(string file, SkiaSharp.SKEncodedImageFormat format)
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, file);
        var (exit, _, error) = SampleProject.Run("render", "--project", project.Root, "--template", "infographic", "--data", Path.Combine(project.Root, "data", "9-khong.yaml"), "-o", target, "--size", "link");
        Assert.True(exit == 0, error);
        using var codec = SkiaSharp.SKCodec.Create(target);
        Assert.Equal(format, codec.EncodedFormat);
        Assert.Equal(1200, codec.Info.Width);
        Assert.Equal(630, codec.Info.Height);
    }

    [Fact]
    public void Content_with_markup_characters_prints_literally_in_the_pdf()
    {
        using var project = new SampleProject();
        var file = Path.Combine(project.Root, "data", "9-khong.yaml");
        const string tricky = "Không <b>in đậm</b> & không </p> hay ]]> hay {{ 1 + 1 }} hay \"ngoặc\" 'đơn'";
        var text = File.ReadAllText(file).Replace(
            "text: Không thích (like) những thông tin sai trái, thù địch, tiêu cực.",
            "text: \"" + tricky.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
            StringComparison.Ordinal);
        File.WriteAllText(file, text);
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-sinh-hoat");
        Assert.True(exit == 0, error);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(project.Output("tai-lieu-sinh-hoat.pdf"));
        var all = System.Text.RegularExpressions.Regex.Replace(string.Join(" ", pdf.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p))), @"\s+", " ");
        Assert.Contains(tricky, all, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_a_page_to_png_at_a_given_dpi()
    {
        using var project = new SampleProject();
        var target = Path.Combine(project.Root, "page.png");
        var (exit, _, error) = project.RenderHandout(target, "--dpi", "150");
        Assert.True(exit == 0, error);
        using var codec = SkiaSharp.SKCodec.Create(target);
        Assert.InRange(codec.Info.Width, 1239, 1241);
        Assert.InRange(codec.Info.Height, 1753, 1755);
    }

    [Fact]
    public void Manifest_mistakes_are_all_reported_with_their_places()
    {
        using var project = new SampleProject();
        File.WriteAllText(Path.Combine(project.Root, "materials.yaml"), """
            date: 2023-12-14
            outputs:
              - name: a
                templat: handout
                data: [data/9-khong.yaml]
                formats: [pdf, pgn]
                sizes: [A4, potrait]
            """);
        var (exit, _, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "materials.yaml:4:5: error MG0603: unknown key 'templat'; did you mean 'template'?",
                "materials.yaml:3:5: error MG0602: output is missing 'template'",
                "materials.yaml:6:20: error MG0604: unknown format 'pgn'; expected one of pdf, png, jpeg, webp, docx; did you mean 'png'?",
                "materials.yaml:7:17: error MG0604: unknown size 'potrait'; expected WxH or one of a3, a4, a5, a6, portrait, square, link, slide; did you mean 'portrait'?",
            ],
            error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
