using MaterialsGen.Layout.Images;
using MaterialsGen.Rendering.Pdf;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Rendering;

/// <summary>SVG drawings become PDF path operators; what cannot be expressed falls back, never draws wrong.</summary>
public sealed class PdfVectorFormTests
{
    public static TheoryData<string> SampleSvgs()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Root, "templates", "images"), "*.svg", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SampleSvgs))]
    public void Every_sample_icon_and_logo_converts_to_paths(string file)
    {
        using var image = ImageDecoder.Decode(File.ReadAllBytes(Path.Combine(RepoPaths.Root, file)), file, out var problem);
        Assert.True(image?.VectorModel is not null, problem);
        var form = PdfVectorForm.TryConvert(image.VectorModel);
        Assert.True(form is not null, $"{file} would be embedded as a raster");
        var content = System.Text.Encoding.ASCII.GetString(form.Value.Content.Span);
        Assert.Matches(@"\b(S|f|f\*|B|B\*) Q", content);
    }

    [Fact]
    public void Strokes_keep_their_colour_width_caps_and_joins()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M4 12h16" stroke="#1E6B45" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" fill="none"/></svg>""";
        using var image = ImageDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(svg), "line.svg", out var problem);
        Assert.True(image?.VectorModel is not null, problem);
        var content = System.Text.Encoding.ASCII.GetString(PdfVectorForm.TryConvert(image.VectorModel)!.Value.Content.Span);
        Assert.Contains("0.118 0.42 0.271 RG", content, StringComparison.Ordinal);
        Assert.Contains("2 w 1 J 1 j", content, StringComparison.Ordinal);
        Assert.Contains("4 12 m 20 12 l S", content, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gradient_is_not_drawn_as_a_flat_colour()
    {
        const string svg = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"><stop offset="0" stop-color="red"/><stop offset="1" stop-color="blue"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/></svg>""";
        using var image = ImageDecoder.Decode(System.Text.Encoding.UTF8.GetBytes(svg), "gradient.svg", out var problem);
        Assert.True(image?.VectorModel is not null, problem);
        Assert.Null(PdfVectorForm.TryConvert(image.VectorModel));
    }
}
