using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

/// <summary>The engine session behind the preview: what a save rebuilds, and what a broken input does to the others.</summary>
public class PreviewLiveTests(PreviewServerFixture preview) : IClassFixture<PreviewServerFixture>
{
    private PreviewSession Session => preview.Server.Session;

    private async Task<ViewState> StateOf(string name) =>
        await Session.StateAsync(Session.Plan.Resolve(name)!.Value, CancellationToken.None) ?? throw new InvalidOperationException(name);

    private ViewState Now(string name) => Session.Peek(Session.Plan.Resolve(name)!.Value)!;

    /// <summary>The text drawn on the first page (or on every page).</summary>
    private static string Drawn(ViewState state, bool all = false) =>
        string.Join(' ', state.Shown!.Pages.Take(all ? int.MaxValue : 1).SelectMany(p => p.Frame.Flatten()).Select(i => i.Item).OfType<MaterialsGen.Layout.Frames.GlyphRunItem>().Select(r => r.Text));

    [Fact]
    public async Task A_save_lays_out_again_only_the_outputs_that_read_the_file()
    {
        await preview.QuietAsync();
        var four = await StateOf("infographic-4-tich-cuc");
        var nine = await StateOf("infographic-9-khong");
        var handout = await StateOf("tai-lieu-sinh-hoat");
        Assert.Contains("data/4-tich-cuc.yaml", four.Inputs.Keys);
        Assert.DoesNotContain("data/4-tich-cuc.yaml", nine.Inputs.Keys);
        using var edit = new TemporaryEdit(preview.Data("4-tich-cuc.yaml"), "title: Thực hiện “4 tích cực”", "title: Thực hiện tốt “4 tích cực”");
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Drawn(Now("infographic-4-tich-cuc")).Contains("tốt", StringComparison.Ordinal)));
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Now("tai-lieu-sinh-hoat") is { Failed: false } h && h.Version > handout.Version));
        Assert.Equal(nine.Version, Now("infographic-9-khong").Version);
    }

    [Fact]
    public async Task A_half_typed_file_keeps_the_last_good_render_and_the_other_outputs_build()
    {
        await preview.QuietAsync();
        var nine = await StateOf("infographic-9-khong");
        using var edit = new TemporaryEdit(preview.Data("4-tich-cuc.yaml"), "tone: do", "tone: [do");

        // An editor's save can be seen half written: wait for the state of the whole file.
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Now("infographic-4-tich-cuc").Diagnostics.Any(d => d.Span.File == "data/4-tich-cuc.yaml")));
        var broken = Now("infographic-4-tich-cuc");
        Assert.True(broken.Failed);
        Assert.NotNull(broken.Shown);
        var error = Assert.Single(broken.Diagnostics, d => d.IsError);
        Assert.Equal("data/4-tich-cuc.yaml", error.Span.File);
        Assert.True(error.Span.Line > 0 && error.Span.Column > 0);

        // An output that does not read the broken file is untouched and still served; the broken one shows its last good render.
        var nineNow = await StateOf("infographic-9-khong");
        Assert.False(nineNow.Failed);
        Assert.Equal(nine.Version, nineNow.Version);
        Assert.Equal(200, (await preview.RawGetAsync("/outputs/infographic-9-khong/page/1?scale=0.1")).Status);
        Assert.Equal(200, (await preview.RawGetAsync("/outputs/infographic-4-tich-cuc/page/1?scale=0.1")).Status);

        edit.Restore();
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => !Now("infographic-4-tich-cuc").Failed));
        Assert.DoesNotContain(Now("infographic-4-tich-cuc").Diagnostics, d => d.IsError);
    }

    [Fact]
    public async Task A_template_error_is_shown_at_its_template_line_and_fixing_it_clears_it()
    {
        await preview.QuietAsync();
        var before = await StateOf("infographic-9-khong");
        using var edit = new TemporaryEdit(Path.Combine(preview.Root, "templates", "infographic.sbn"), "count = doc.items | array.size", "count = doc.items | array.size +");
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Now("infographic-9-khong").Version > before.Version && Now("infographic-9-khong").Failed));
        var (_, _, body) = await preview.RawGetAsync("/outputs/infographic-9-khong/state");
        Assert.Contains("\"location\":\"templates/infographic.sbn:", body, StringComparison.Ordinal);
        Assert.Contains("\"showingLastGood\":true", body, StringComparison.Ordinal);
        edit.Restore();
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => !Now("infographic-9-khong").Failed));
    }

    [Fact]
    public async Task Editing_one_records_row_lays_out_that_record_only()
    {
        await preview.QuietAsync();
        var kp5 = await StateOf("tai-lieu-kp5-tien-thanh");
        var ap3 = await StateOf("tai-lieu-ap3-tan-thanh");
        using var edit = new TemporaryEdit(preview.Data("branches.csv"), "Trần Thị B", "Trần Thị Bình");
        Assert.True(await PreviewServerFixture.EventuallyAsync(() => Now("tai-lieu-ap3-tan-thanh") is { Failed: false } s && s.Version > ap3.Version && Drawn(s, all: true).Contains("Bình", StringComparison.Ordinal)));
        await preview.QuietAsync();
        Assert.Equal(kp5.Version, Now("tai-lieu-kp5-tien-thanh").Version);
    }

    [Theory]
    [InlineData("output/x.png", false)]
    [InlineData("data/.4-tich-cuc.yaml.swp", false)]
    [InlineData("data/4-tich-cuc.yaml~", false)]
    [InlineData(".git/index", false)]
    [InlineData("data/4-tich-cuc.yaml", true)]
    [InlineData("assets/logo.svg", true)]
    public void Saves_of_outputs_and_editor_scratch_files_are_ignored(string path, bool matters) =>
        Assert.Equal(matters, PreviewSession.Matters(path));
}
