using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Project;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Project;

/// <summary>A long-lived session (what watch and preview keep) reuses what did not change and sees what did.</summary>
public sealed class EngineSessionTests
{
    private static MemoryProjectFiles Project(string title)
    {
        var files = new MemoryProjectFiles()
            .Set("templates/the.sbn", "<document><canvas width=\"400\" height=\"120\" font=\"Be Vietnam Pro\"><p size=\"20\">{{ doc.title }}</p></canvas></document>")
            .Set("data/list.yaml", $"kind: list\nid: mot\ntitle: {title}\ntone: do\nitems:\n  - text: Tích cực chia sẻ thông tin tích cực.\n");
        foreach (var font in Directory.EnumerateFiles(RepoPaths.Fonts, "*.ttf", SearchOption.AllDirectories))
        {
            files.Set(Path.GetRelativePath(RepoPaths.Root, font), File.ReadAllBytes(font));
        }

        return files;
    }

    private static string Text(Workspace workspace)
    {
        var entry = new ManifestEntry("m", "the", [ProjectPath.Parse("data/list.yaml")], null, [OutputFormat.Png], [], SourceSpan.None);
        var bag = new DiagnosticBag();
        var document = DocumentComposer.Compose(workspace, new OutputJob("m", entry, OutputFormat.Png, null, null, "m.png"), bag);
        Assert.True(document is not null, string.Join('\n', bag.Items));
        return string.Concat(document.Pages[0].Frame.Flatten().Select(i => i.Item).OfType<GlyphRunItem>().Select(g => g.Text));
    }

    [Fact]
    public void A_changed_content_file_is_seen_and_the_fonts_and_their_caches_are_kept()
    {
        var files = Project("Thực hiện tốt “4 tích cực”");
        using var workspace = new Workspace(files);
        Assert.Contains("4 tích cực", Text(workspace), StringComparison.Ordinal);
        var fonts = workspace.Fonts;

        files.Set("data/list.yaml", "kind: list\nid: mot\ntitle: Tuyệt đối tuân thủ “9 không”\ntone: dont\nitems:\n  - text: Không thích (like) những thông tin sai trái.\n");
        workspace.Refresh();

        Assert.Contains("9 không", Text(workspace), StringComparison.Ordinal);
        Assert.Same(fonts, workspace.Fonts);
    }

    [Fact]
    public void A_changed_font_file_loads_the_fonts_anew()
    {
        var files = Project("Thực hiện tốt “4 tích cực”");
        using var workspace = new Workspace(files);
        Text(workspace);
        var fonts = workspace.Fonts;

        files.Set("fonts/extra/Copy.ttf", File.ReadAllBytes(Path.Combine(RepoPaths.Fonts, "tinos", "Tinos-Regular.ttf")));
        workspace.Refresh();

        Assert.NotSame(fonts, workspace.Fonts);
        Assert.Contains("4 tích cực", Text(workspace), StringComparison.Ordinal);
    }

    [Fact]
    public void Invalidate_forgets_a_file_even_when_its_stamp_looks_the_same()
    {
        var root = Directory.CreateTempSubdirectory("mg-session-");
        try
        {
            var path = Path.Combine(root.FullName, "a.txt");
            File.WriteAllText(path, "một");
            var written = File.GetLastWriteTimeUtc(path);
            using var workspace = new Workspace(root.FullName);
            var file = ProjectPath.Parse("a.txt");
            Assert.Equal("một"u8.ToArray(), workspace.Reader().ReadTemplate(file, out _) is { } t ? System.Text.Encoding.UTF8.GetBytes(t) : null);

            // Same length, same write time: only the watcher's word tells the session the file changed.
            File.WriteAllText(path, "mốt");
            File.SetLastWriteTimeUtc(path, written);
            Assert.Equal("một", workspace.Reader().ReadTemplate(file, out _));
            workspace.Invalidate([file]);
            Assert.Equal("mốt", workspace.Reader().ReadTemplate(file, out _));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }
}
