using MaterialsGen.Content;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Frames;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Markup;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// Runs content YAML through a template, the markup stage and layout, as a build does for one output,
/// in a throw-away project folder (templates/t.sbn). For tests of where laid-out text came from.
/// </summary>
internal sealed class ContentRunner : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-origins-" + Guid.NewGuid().ToString("N"));

    public ContentRunner(string template)
    {
        Directory.CreateDirectory(Path.Combine(_root, "templates"));
        File.WriteAllText(Path.Combine(_root, "templates", "t.sbn"), template);
    }

    public (LaidOutDocument? Document, IReadOnlyList<Diagnostic> Diagnostics) Lay(string yaml, string path = "data/x.yaml")
    {
        var bag = new DiagnosticBag();
        var file = ContentFile.From(ContentLoader.Load(path, yaml, bag), "x");
        Assert.True(file is not null && !bag.HasErrors, string.Join("\n", bag.Items));
        var globals = new Dictionary<string, object?> { ["doc"] = file.Root };
        using var workspace = new Build.Workspace(_root);
        if (workspace.Templates.Render("t", globals, bag, workspace.Reader()) is not { } output
            || MarkupParser.Parse(output.Markup, output.Map, bag) is not { } root
            || MarkupBinder.Bind(root, bag) is not { } document)
        {
            return (null, bag.Items);
        }

        return (Paginator.Paginate(document, TestFonts.Library, bag), bag.Items);
    }

    /// <summary>The glyph run drawing <paramref name="word"/> and the index of the glyph of its first character.</summary>
    public static (GlyphRunItem Run, int Glyph, int Shift) Find(LaidOutDocument document, string word)
    {
        foreach (var page in document.Pages)
        {
            foreach (var (_, item, shift) in page.Frame.FlattenWithShifts())
            {
                if (item is GlyphRunItem run && run.Text.IndexOf(word, StringComparison.Ordinal) is var at and >= 0)
                {
                    return (run, Array.IndexOf(run.Clusters, at), shift);
                }
            }
        }

        throw new Xunit.Sdk.XunitException($"no glyph run draws '{word}'");
    }

    /// <summary>Where the first glyph of <paramref name="word"/> came from, as a preview click would find it.</summary>
    public static SourceOrigin Click(LaidOutDocument document, string word)
    {
        var (run, glyph, shift) = Find(document, word);
        return document.Locate(run, glyph, shift);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
