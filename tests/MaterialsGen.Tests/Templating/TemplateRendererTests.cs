using MaterialsGen.Diagnostics;
using MaterialsGen.Markup;
using MaterialsGen.Templating;

namespace MaterialsGen.Tests.Templating;

public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mg-tpl-" + Guid.NewGuid().ToString("N"));

    public TemplateRendererTests() => Directory.CreateDirectory(Path.Combine(_root, "templates"));

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly DateTime Timestamp = new(2023, 12, 14, 0, 0, 0, DateTimeKind.Utc);

    private (TemplateOutput? Output, IReadOnlyList<Diagnostic> Diagnostics) Render(string template, object? text = null, int seed = 7)
    {
        File.WriteAllText(Path.Combine(_root, "templates", "t.sbn"), template);
        var bag = new DiagnosticBag();
        using var workspace = new Build.Workspace(_root);
        var output = workspace.Templates.Render("t", new Dictionary<string, object?> { ["text"] = text }, bag, workspace.Reader(), new TemplateDeterminism(Timestamp, seed));
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

    // Template text is never cut: Scriban's own 1 MiB limit on strings and output is lifted to ours, and
    // whatever passes ours is a located error. The clock and random built-ins are pinned per output.
    [Fact]
    public void A_value_of_more_than_a_mebibyte_is_written_whole()
    {
        var title = string.Concat(Enumerable.Repeat("Không ", 100_000));
        var (output, diagnostics) = Render("<p>{{ text }}</p>\n<p>{{ text }}</p>", title);
        Assert.True(output is not null, string.Join("\n", diagnostics));
        Assert.Equal($"<p>{title}</p>\n<p>{title}</p>", output.Markup);
    }

    [Fact]
    public void A_string_grown_past_the_limit_is_MG0504_at_the_expression_that_grew_it()
    {
        var (output, diagnostics) = Render("{{ a = \"Không \"\n   for i in 1..30\n     a = a + a\n   end }}");
        Assert.Null(output);
        var error = Assert.Single(diagnostics);
        Assert.Equal("MG0504", error.Code);
        Assert.Equal("templates/t.sbn:3:6: error MG0504: a text value is longer than the limit of 20,000,000 characters", error.ToString());
    }

    [Fact]
    public void Output_past_the_limit_is_MG0504_not_a_cut()
    {
        var (output, diagnostics) = Render("{{ for i in 1..30 }}{{ text }}{{ end }}", new string('x', 1_000_000));
        Assert.Null(output);
        Assert.Equal("MG0504", Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Date_now_is_the_build_timestamp()
    {
        var (output, diagnostics) = Render("{{ date.now | date.to_string '%F' }} {{ date.utc_now | date.to_string '%Y' }} {{ date.now }}");
        Assert.True(output is not null, string.Join("\n", diagnostics));
        Assert.Equal("2023-12-14 2023 14 Dec 2023", output.Markup);
    }

    [Fact]
    public void Random_numbers_and_uuids_repeat_for_the_same_output_and_differ_between_outputs()
    {
        const string Template = "{{ for i in 1..5 }}{{ math.random 1 1000 }} {{ end }}{{ math.uuid }}";
        var first = Render(Template).Output!.Markup;
        Assert.Equal(first, Render(Template).Output!.Markup);
        Assert.NotEqual(first, Render(Template, seed: 8).Output!.Markup);
        Assert.Matches(@"^(\d+ ){5}[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", first);
    }

    [Fact]
    public void Built_ins_are_shared_read_only_so_one_template_cannot_change_another()
    {
        var (changed, diagnostics) = Render("{{ date.format = '%Y' }}\n{{ date.now }}");
        Assert.Null(changed);
        var error = Assert.Single(diagnostics);
        Assert.Equal(("MG0503", "templates/t.sbn:1:4"), (error.Code, error.Span.ToString()));
        Assert.Equal("14 Dec 2023", Render("{{ date.now }}").Output!.Markup);
    }
}
