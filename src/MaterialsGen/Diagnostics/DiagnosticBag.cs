namespace MaterialsGen.Diagnostics;

/// <summary>
/// Collects the diagnostics of one stage so all the mistakes in an input are reported together,
/// not one per run. A diagnostic already in the bag is not added again: layout may try a block more
/// than once (fitting, keep-together retries) and would otherwise repeat its warnings. Not thread-safe:
/// each output's build has its own bag.
/// </summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly HashSet<Diagnostic> _seen = [];

    public IReadOnlyList<Diagnostic> Items => _items;

    public bool HasErrors => _items.Exists(d => d.IsError);

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add(diagnostic))
        {
            _items.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    public void Error(string code, string message, SourceSpan span) => Add(Diagnostic.Error(code, message, span));

    public void Warning(string code, string message, SourceSpan span) => Add(Diagnostic.Warning(code, message, span));
}
