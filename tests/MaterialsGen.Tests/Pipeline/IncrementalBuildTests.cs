using MaterialsGen.Project;
using System.Text.Json;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Pipeline;

public class IncrementalBuildTests
{
    private static string[] Built(string output) =>
        output.Split('\n').Where(l => l.StartsWith("built ", StringComparison.Ordinal)).Select(l => l.Split(' ')[1]).Order(StringComparer.Ordinal).ToArray();

    private static void Edit(string path, string from, string to) => SampleProject.Edit(path, from, to);

    [Fact]
    public void A_second_build_writes_nothing_and_says_so()
    {
        using var project = new SampleProject();
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root).Exit);
        var times = Directory.GetFiles(Path.Combine(project.Root, "output")).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var (exit, output, _) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(0, exit);
        Assert.Contains($"nothing to do: {PlannedOutputs.Paths(project.Root).Length} up to date", output, StringComparison.Ordinal);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));
    }

    [Fact]
    public void Editing_one_content_file_rebuilds_exactly_its_outputs()
    {
        using var project = new SampleProject();
        SampleProject.Run("build", "--project", project.Root);
        Edit(Path.Combine(project.Root, "data", "9-khong.yaml"), "Không thích (like) những", "Tuyệt đối không thích (like) những");
        var (_, output, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.True(error.Length == 0, error);
        var built = Built(output);
        // Exactly the outputs whose entries list 9-khong: the lists' own, the handouts (PDF and Word), and the solutions infographic and poster, which name it.
        var expected = PlannedOutputs.Paths(project.Root, j => j.Entry.Data.Any(d => d.Value == "data/9-khong.yaml"));
        Assert.Equal(expected, built);
        Assert.DoesNotContain("output/infographic-4-tich-cuc.png", built);
        Assert.Contains("output/ap-phich-giai-phap-a3.pdf", built);
        Assert.Contains("output/tai-lieu-sinh-hoat.docx", built);
        Assert.Contains($"{PlannedOutputs.Paths(project.Root).Length - expected.Length} up to date", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Editing_one_record_rebuilds_only_that_records_output()
    {
        using var project = new SampleProject();
        SampleProject.Run("build", "--project", project.Root);
        Edit(Path.Combine(project.Root, "data", "branches.csv"), "Trần Thị B", "Trần Thị Bích");
        var (_, output, _) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(["output/tai-lieu-ap3-tan-thanh.docx", "output/tai-lieu-ap3-tan-thanh.pdf"], Built(output).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Editing_a_template_rebuilds_the_outputs_that_use_it_and_force_rebuilds_all()
    {
        using var project = new SampleProject();
        SampleProject.Run("build", "--project", project.Root);
        Edit(Path.Combine(project.Root, "templates", "handout-chi-bo.sbn"), "Câu hỏi thảo luận tại chi bộ:", "Câu hỏi gợi ý thảo luận:");
        Assert.Equal(PlannedOutputs.Paths(project.Root, j => j.Entry.Template == "handout-chi-bo"), Built(SampleProject.Run("build", "--project", project.Root).Out));
        Assert.Equal(PlannedOutputs.Paths(project.Root), Built(SampleProject.Run("build", "--project", project.Root, "--force").Out));
    }

    [Fact]
    public void Only_builds_the_matching_outputs()
    {
        using var project = new SampleProject();
        var (_, output, _) = SampleProject.Run("build", "--project", project.Root, "--only", "infographic-*");
        Assert.Equal(["output/infographic-4-tich-cuc.png", "output/infographic-9-khong.png", "output/infographic-giai-phap.png", "output/infographic-y-kien-lanh-dao.png"], Built(output));
    }

    [Fact]
    public void Shards_are_disjoint_and_cover_every_output()
    {
        using var project = new SampleProject();
        var all = new List<string>();
        for (var k = 1; k <= 3; k++)
        {
            all.AddRange(Built(SampleProject.Run("build", "--project", project.Root, "--shard", $"{k}/3", "--force").Out));
        }

        Assert.Equal(PlannedOutputs.Paths(project.Root), all.Order(StringComparer.Ordinal));
        Assert.Equal(2, SampleProject.Run("build", "--project", project.Root, "--shard", "4/3").Exit);
    }

    [Fact]
    public void Clean_removes_outputs_no_longer_in_the_manifest()
    {
        using var project = new SampleProject();
        SampleProject.Run("build", "--project", project.Root);
        Edit(Path.Combine(project.Root, "materials.yaml"), "  - name: infographic-9-khong", "  - name: anh-9-khong");
        var (_, output, _) = SampleProject.Run("build", "--project", project.Root, "--clean");
        Assert.Contains("removed output/infographic-9-khong.png", output, StringComparison.Ordinal);
        Assert.False(File.Exists(project.Output("infographic-9-khong.png")));
        Assert.True(File.Exists(project.Output("anh-9-khong.png")));
    }

    [Fact]
    public void A_bad_record_fails_alone_with_exit_1()
    {
        using var project = new SampleProject();
        Edit(Path.Combine(project.Root, "data", "branches.csv"), "2024-01-12", "2024-13-12");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root);
        Assert.Equal(1, exit);
        // Both files of the bad record (its PDF and its Word file) fail; every other output is built.
        var all = PlannedOutputs.Paths(project.Root);
        var failed = PlannedOutputs.Paths(project.Root, j => j.Record is { } r && Equals(r["id"], "kp2-long-phuoc"));
        Assert.Equal(["output/tai-lieu-kp2-long-phuoc.docx", "output/tai-lieu-kp2-long-phuoc.pdf"], failed);
        Assert.Contains($"{all.Length - failed.Length} built, 0 up to date, {failed.Length} failed", output, StringComparison.Ordinal);
        // The error names the spreadsheet cell (row 4, the value's column) and, as a note, the template call.
        Assert.Contains("data/branches.csv:4:70: error MG0505: '2024-13-12' is not a date", error, StringComparison.Ordinal);
        var template = File.ReadAllLines(Path.Combine(project.Root, "templates", "handout-chi-bo.sbn"));
        var line = Array.FindIndex(template, l => l.Contains("vn.place_date record.place record.meeting_date", StringComparison.Ordinal));
        Assert.Contains($"templates/handout-chi-bo.sbn:{line + 1}:{template[line].IndexOf("vn.place_date", StringComparison.Ordinal) + 1}: note: used here", error, StringComparison.Ordinal);
        Assert.Equal(all.Except(failed), Directory.GetFiles(Path.Combine(project.Root, "output"), "*.*").Select(f => "output/" + Path.GetFileName(f)).Where(f => !f.StartsWith("output/.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_out_lists_every_output_with_hash_pages_and_inputs()
    {
        using var project = new SampleProject();
        var report = Path.Combine(project.Root, "build.json");
        Assert.Equal(0, SampleProject.Run("build", "--project", project.Root, "--manifest-out", report).Exit);
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var entries = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(PlannedOutputs.Paths(project.Root), entries.Select(e => e.GetProperty("path").GetString()).Order(StringComparer.Ordinal));
        var handout = entries.Single(e => e.GetProperty("path").GetString() == "output/tai-lieu-sinh-hoat.pdf");
        Assert.Equal(64, handout.GetProperty("sha256").GetString()!.Length);
        Assert.True(handout.GetProperty("pages").GetInt32() > 1);
        Assert.Contains("data/9-khong.yaml", handout.GetProperty("inputs").EnumerateArray().Select(i => i.GetString()));
    }

    [Fact]
    public void A_font_file_rebuilds_the_word_files_set_in_it_and_not_the_others()
    {
        using var project = new SampleProject();
        string[] Build() => Built(SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-*,to-roi-a5").Out);
        var all = Build();
        var words = all.Where(p => p.EndsWith(".docx", StringComparison.Ordinal)).ToArray();
        var designed = new[] { "output/tai-lieu-sinh-hoat.docx", "output/to-roi-a5.docx" };
        Assert.Subset(words.ToHashSet(), designed.ToHashSet());
        Assert.True(words.Length > designed.Length, "the Party handouts are Word files too");

        // The designed handout and the leaflet set their headings in Be Vietnam Pro; the Party handouts only in Tinos.
        File.AppendAllText(Path.Combine(project.Root, "fonts", "be-vietnam-pro", "BeVietnamPro_700Bold.ttf"), "\0\0\0\0");
        Assert.Equal(designed, Build().Where(p => p.EndsWith(".docx", StringComparison.Ordinal)));

        File.AppendAllText(Path.Combine(project.Root, "fonts", "tinos", "Tinos-Regular.ttf"), "\0\0\0\0");
        Assert.Equal(words, Build().Where(p => p.EndsWith(".docx", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_word_file_is_reported_without_a_page_count_of_ours()
    {
        using var project = new SampleProject();
        var report = Path.Combine(project.Root, "build.json");
        var (exit, output, error) = SampleProject.Run("build", "--project", project.Root, "--only", "tai-lieu-sinh-hoat", "--manifest-out", report);
        Assert.True(exit == 0, error);
        Assert.Matches(@"(?m)^built output/tai-lieu-sinh-hoat\.docx \(\d+ ms\)$", output.Replace("\r", string.Empty, StringComparison.Ordinal));
        Assert.Matches(@"(?m)^built output/tai-lieu-sinh-hoat\.pdf \(\d+ pages, \d+ ms\)$", output.Replace("\r", string.Empty, StringComparison.Ordinal));
        using var json = JsonDocument.Parse(File.ReadAllText(report));
        var pages = json.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("path").GetString()!, e => e.GetProperty("pages").GetInt32());
        Assert.Equal(0, pages["output/tai-lieu-sinh-hoat.docx"]);
        Assert.True(pages["output/tai-lieu-sinh-hoat.pdf"] > 1);
    }

    [Fact]
    public void A_write_that_fails_midway_leaves_the_old_file_and_no_temporary()
    {
        using var project = new SampleProject();
        SampleProject.Run("build", "--project", project.Root, "--only", "infographic-9-khong");
        var path = project.Output("infographic-9-khong.png");
        var before = File.ReadAllBytes(path);
        using var workspace = new Workspace(project.Root);
        var entry = new ManifestEntry("x", "infographic", [ProjectPath.Parse("data/4-tich-cuc.yaml")], null, [OutputFormat.Png], ["portrait"], SourceSpan.None);
        var document = DocumentComposer.Compose(workspace, new OutputJob("x", entry, OutputFormat.Png, "portrait", null, "x.png"), new DiagnosticBag())!;
        // A zero-size raster cannot be encoded: the writer fails after it has started writing.
        Assert.ThrowsAny<Exception>(() => OutputWriter.Write(document, OutputFormat.Png, path, DateTime.UnixEpoch, (0, 0)));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(path)!, "*.tmp"));
    }
}
