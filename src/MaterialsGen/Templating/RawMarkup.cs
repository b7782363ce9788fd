namespace MaterialsGen.Templating;

/// <summary>
/// Markup a template means to emit as markup. Only the <c>raw</c> function makes one; every other
/// value a template prints is escaped, so content can never inject or break markup.
/// </summary>
internal sealed record RawMarkup(string Markup)
{
    public override string ToString() => Markup;
}
