using DocumentFormat.OpenXml.Packaging;
using MaterialsGen.Build;
using MaterialsGen.Diagnostics;
using MaterialsGen.Layout.Paging;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Export;

/// <summary>
/// The sample project built once for every DOCX test, and its three kinds of Word file (the Party-format
/// handout of one branch, the designed handout, the A5 leaflet) converted by LibreOffice once, when a
/// test first asks.
/// </summary>
public sealed class DocxSample : IDisposable
{
    public static readonly string[] Kinds = ["tai-lieu-kp5-tien-thanh", "tai-lieu-sinh-hoat", "to-roi-a5"];

    /// <summary><see cref="Kinds"/> for a theory: the tests that look at each kind of Word file.</summary>
    public static TheoryData<string> EachKind => [.. Kinds];

    private readonly Lazy<string> _converted;

    public DocxSample()
    {
        Built = new BuiltSample();
        _converted = new Lazy<string>(() =>
        {
            var folder = Path.Combine(Built.Root, "libreoffice");
            Directory.CreateDirectory(folder);
            LibreOffice.ConvertToPdf([.. Kinds.Select(k => Built.Output(k + ".docx"))], folder);
            return folder;
        });
    }

    public BuiltSample Built { get; }

    public string Docx(string name) => Built.Output(name + ".docx");

    public WordprocessingDocument Open(string name) => WordprocessingDocument.Open(Docx(name), isEditable: false);

    /// <summary>LibreOffice's PDF of one of <see cref="Kinds"/>.</summary>
    public string LibreOfficePdf(string name) => Path.Combine(_converted.Value, name + ".pdf");

    /// <summary>The bound document the .docx was written from, composed again the way the build does.</summary>
    internal LayoutDocument Bound(string name)
    {
        using var workspace = new Workspace(Built.Root);
        var diagnostics = new DiagnosticBag();
        var job = PlannedOutputs.Jobs(workspace, Built.Root).Single(j => j.RelativePath == $"output/{name}.docx");
        var laid = DocumentComposer.Compose(workspace, job, diagnostics);
        Assert.True(laid?.Bound is not null, string.Join("\n", diagnostics.Items));
        return laid.Bound;
    }

    public void Dispose() => Built.Dispose();
}

[CollectionDefinition(Name)]
public sealed class DocxCollection : ICollectionFixture<DocxSample>
{
    public const string Name = "docx sample";
}
