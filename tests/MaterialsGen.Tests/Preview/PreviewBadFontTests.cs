using MaterialsGen.Cli.Preview;
using MaterialsGen.Tests.Hostile;
using MaterialsGen.Tests.Support;

namespace MaterialsGen.Tests.Preview;

/// <summary>A file in fonts/ that is no font: the preview lays the outputs out with the other fonts and shows the warning until the file is fixed.</summary>
public sealed class PreviewBadFontTests
{
    [Fact]
    public async Task A_view_shows_the_warning_and_a_font_saved_in_its_place_clears_it()
    {
        using var project = new SampleProject();
        var bad = Path.Combine(project.Root, "fonts", "hong.ttf");
        File.WriteAllText(bad, "not a font\n");
        using var session = new PreviewSession(project.Root);
        var key = session.Plan.Resolve("infographic-4-tich-cuc")!.Value;

        var state = await session.StateAsync(key, CancellationToken.None);

        Assert.False(state!.Failed, string.Join('\n', state.Diagnostics));
        Assert.Equal([BadFontFileTests.Warning], state.Diagnostics.Select(d => d.ToString()));
        Assert.Contains("fonts/hong.ttf", state.Inputs.Keys);

        File.Copy(Path.Combine(RepoPaths.Fonts, "tinos", "Tinos-Regular.ttf"), bad, overwrite: true);
        await session.ApplyAsync(["fonts/hong.ttf"]);

        var fixedState = session.Peek(key)!;
        Assert.True(fixedState.Version > state.Version);
        Assert.False(fixedState.Failed);
        Assert.Empty(fixedState.Diagnostics);
    }
}
