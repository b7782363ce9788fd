using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Api;

/// <summary>
/// The README's C# example, compiled as its own assembly (which sees only the public API: the internals
/// are visible to named assemblies only) and run against a copy of the sample project.
/// </summary>
public sealed class ReadmeExampleTests
{
    private static string Example()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var marker = readme.IndexOf("<!-- api-example -->", StringComparison.Ordinal);
        Assert.True(marker >= 0, "README.md has no api-example");
        var start = readme.IndexOf("```csharp\n", marker, StringComparison.Ordinal) + "```csharp\n".Length;
        return readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
    }

    private static Assembly Compile(string source)
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = platform.Append(typeof(MaterialsEngine).Assembly.Location).Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create(
            "ReadmeExample",
            [CSharpSyntaxTree.ParseText(
                "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic;\n" + source,
                new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        Assert.True(emitted.Success, string.Join('\n', emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        Assert.DoesNotContain(emitted.Diagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        image.Position = 0;
        return new AssemblyLoadContext("readme-example", isCollectible: true).LoadFromStream(image);
    }

    [Fact]
    public void The_readme_example_compiles_against_the_public_api_and_renders_both_documents()
    {
        var assembly = Compile(Example());
        using var project = new SampleProject();
        var output = new StringWriter();
        var error = new StringWriter();
        var (savedOut, savedError) = (Console.Out, Console.Error);
        Console.SetOut(output);
        Console.SetError(error);
        try
        {
            assembly.EntryPoint!.Invoke(null, [new[] { project.Root }]);
        }
        finally
        {
            Console.SetOut(savedOut);
            Console.SetError(savedError);
        }

        Assert.Equal(string.Empty, error.ToString());
        Assert.StartsWith("3 pages, made from data/4-tich-cuc.yaml, data/9-khong.yaml, data/bai-viet.yaml", output.ToString(), StringComparison.Ordinal);
        using var bitmap = SkiaSharp.SKBitmap.Decode(project.Output("9-khong-vuong.png"));
        Assert.Equal((1080, 1080), (bitmap.Width, bitmap.Height));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(project.Output("tai-lieu-kp5-tien-thanh.pdf"));
        Assert.Contains("CHI BỘ KHU PHỐ 5", string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_facade_and_the_types_it_shows_are_public()
    {
        var exported = typeof(MaterialsEngine).Assembly.GetExportedTypes().Select(t => t.FullName).Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "MaterialsGen.Diagnostics.Diagnostic", "MaterialsGen.Diagnostics.DiagnosticCatalogue", "MaterialsGen.Diagnostics.DiagnosticCode", "MaterialsGen.Diagnostics.DiagnosticNote",
                "MaterialsGen.Diagnostics.Severity", "MaterialsGen.Diagnostics.SourceSpan", "MaterialsGen.MaterialsEngine", "MaterialsGen.OutputFormat",
                "MaterialsGen.Project.DirectoryProjectFiles", "MaterialsGen.Project.FileProblem", "MaterialsGen.Project.FileRead",
                "MaterialsGen.Project.FileStamp", "MaterialsGen.Project.IProjectFiles", "MaterialsGen.Project.MemoryProjectFiles",
                "MaterialsGen.Project.ProjectPath", "MaterialsGen.RenderRequest", "MaterialsGen.RenderResult",
            ],
            exported);
    }
}
