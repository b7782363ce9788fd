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

    [Theory]
    [InlineData("Be Vietnam", "Be Vietnam Pro")]
    [InlineData("noto sans", "Noto Sans Symbols 2")]
    public void The_first_words_of_a_longer_name_suggest_it(string name, string expected) =>
        Assert.Equal(expected, NearestName.Find(name, ["Be Vietnam Pro", "Tinos", "Noto Sans Symbols 2"]));

    [Fact]
    public void First_words_that_begin_two_names_suggest_neither() =>
        Assert.Null(NearestName.Find("Noto Sans", ["Noto Sans Symbols 2", "Noto Sans Mono", "Tinos"]));
}
