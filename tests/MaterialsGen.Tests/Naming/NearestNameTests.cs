using MaterialsGen.Diagnostics;

namespace MaterialsGen.Tests.Naming;

public class NearestNameTests
{
    [Theory]
    [InlineData("titel", "title")]
    [InlineData("pgn", "png")]
    [InlineData("stak", "stack")]
    [InlineData("colour", "color")]
    [InlineData("Template", "template")]
    public void Typos_get_a_suggestion(string typo, string expected) =>
        Assert.Equal(expected, NearestName.Find(typo, ["title", "png", "stack", "color", "template", "items"]));

    [Theory]
    [InlineData("xyz")]
    [InlineData("banana")]
    public void Unrelated_names_get_none(string name) =>
        Assert.Null(NearestName.Find(name, ["title", "png", "stack", "color", "template"]));
}
