using MaterialsGen.Diagnostics;
using MaterialsGen.Markup;
using MaterialsGen.Templating;

namespace MaterialsGen.Tests.Templating;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-tpl-" + Guid.NewGuid().ToString("N"));

    public TemplateRendererTests() => Directory.CreateDirectory(Path.Combine(_root, "templates"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (TemplateOutput? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, object? text = null)
    {
        File.WriteAllText(Path.Combine(_root, "templates", "t.sbn"), template);
        var bag = new DiagnosticBag();
        using var workspace = new Build.Workspace(_root);
        var output = workspace.Templates.Render("t", new Dictionary<string, object?> { ["text"] = text }, bag, workspace.Reader());
        return (output, bag.Items);
    }

    [Theory]
    [InlineData("a < b & c")]
    [InlineData("</p><p>chèn</p>")]
    [InlineData("]]> \"quote\" 'single'")]
    [InlineData("{{ 1 + 1 }}")]
    public void Content_prints_literally_in_the_laid_out_text(string content)
    {
        var (output, diagnostics) = Render("<document><page><p>{{ text }}</p></page></document>", content);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        var bag = new DiagnosticBag();
        var root = MarkupParser.Parse(output.Markup, output.Map, bag);
        Assert.NotNull(root);
        var paragraph = Assert.IsType<MarkupElement>(Assert.Single(((MarkupElement)Assert.Single(root.Children)).Children));
        Assert.Equal(content, string.Concat(paragraph.Children.OfType<MarkupText>().Select(t => t.Text)));
    }

    [Fact]
    public void Raw_is_the_one_way_to_print_markup()
    {
        var (output, _) = Render("{{ raw \"<b>x</b>\" }}|{{ \"<b>x</b>\" }}");
        Assert.Equal("<b>x</b>|&lt;b&gt;x&lt;/b&gt;", output!.Markup);
    }

    [Fact]
    public void Undefined_variable_is_an_error_at_its_template_line()
    {
        var (output, diagnostics) = Render("<document>\n  {{ nothere }}\n</document>");
        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0503", error.Code);
        Assert.Equal("templates/t.sbn:2:6", error.Span.ToString());
    }

    [Fact]
    public void Include_outside_the_templates_folder_is_refused()
    {
        var (output, diagnostics) = Render("{{ include '../secret' }}");
        Assert.Null(output);
        Assert.Contains("outside the templates folder", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Endless_loop_stops_at_the_limit_with_a_location()
    {
        var (output, diagnostics) = Render("{{ while true }}x{{ end }}");
        Assert.Null(output);
        Assert.Equal("templates/t.sbn", Assert.Single(diagnostics).Span.File);
    }

    [Fact]
    public void Markup_error_maps_back_to_the_template_line_with_a_suggestion()
    {
        var (output, _) = Render("<document>\n<page>\n{{ for i in 1..2 }}\n<p sise=\"12\">{{ i }}</p>\n{{ end }}\n</page>\n</document>");
        var bag = new DiagnosticBag();
        var root = MarkupParser.Parse(output!.Markup, output.Map, bag);
        MarkupBinder.Bind(root!, bag);
        var error = bag.Items[0];
        Assert.Equal("MG0203", error.Code);
        Assert.Equal("templates/t.sbn", error.Span.File);
        Assert.Equal(4, error.Span.Line);
        Assert.Contains("did you mean 'size'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_element_gets_did_you_mean()
    {
        var bag = new DiagnosticBag();
        var root = MarkupParser.Parse("<document><page><stak/></page></document>", SourceMap.Identity("m.xml"), bag);
        MarkupBinder.Bind(root!, bag);
        Assert.Equal("m.xml:1:18: error MG0202: unknown element <stak>; did you mean 'stack'?", bag.Items[0].ToString());
    }

    [Theory]
    [InlineData("{{ vn.date \"2024-01-05\" }}", "ngày 05 tháng 01 năm 2024")]
    [InlineData("{{ vn.place_date \"Đồng Xoài\" \"2024-03-15\" }}", "Đồng Xoài, ngày 15 tháng 3 năm 2024")]
    [InlineData("{{ vn.enum 15 }}", "Mười lăm là")]
    [InlineData("{{ vn.number 1234567 }}", "1.234.567")]
    [InlineData("{{ vn.slug \"Chi bộ khu phố 5\" }}", "chi-bo-khu-pho-5")]
    [InlineData("{{ vn.upper \"đảng viên\" }}", "ĐẢNG VIÊN")]
    public void Vietnamese_helpers_are_available_as_vn(string template, string expected)
    {
        var (output, diagnostics) = Render(template);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        Assert.Equal(expected, output.Markup);
    }

    [Fact]
    public void A_bad_date_given_to_a_helper_is_located()
    {
        var (output, diagnostics) = Render("x\n{{ vn.date \"10/01/2024\" }}");
        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0505", error.Code);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("YYYY-MM-DD", error.Message, StringComparison.Ordinal);
    }
}
