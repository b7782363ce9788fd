using MaterialsGen.Content;
using MaterialsGen.Diagnostics;

namespace MaterialsGen.Build;

/// <summary>
/// What is checked when an entry's content files come together with its template: cross-file references
/// (a solution naming a list that exists) and the template's contract (the kinds of content it reads).
/// Pure in its inputs, so the records of a mail merge share one verdict (<see cref="Workspace.Checks"/>).
/// </summary>
internal sealed record EntryChecks(bool Passed, IReadOnlyList<Diagnostic> Diagnostics)
{
    public static EntryChecks Run(Key key, IReadOnlyList<ContentDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(key);
        var diagnostics = new DiagnosticBag();
        ContentSet.Create(documents, diagnostics);
        var passed = !diagnostics.HasErrors && TemplateContract.Check(key.Template, key.Files, key.Where, diagnostics);
        return new EntryChecks(passed, diagnostics.Items);
    }

    /// <summary>The template as read and the files as parsed (the session's own instances, new when a file changes), and where the entry is.</summary>
    internal sealed class Key(TemplateInfo template, SourceSpan where, ContentFile[] files) : IEquatable<Key>
    {
        private readonly ContentFile[] _files = files;

        public TemplateInfo Template { get; } = template;

        public SourceSpan Where { get; } = where;

        public IReadOnlyList<ContentFile> Files => _files;

        public bool Equals(Key? other) =>
            other is not null && ReferenceEquals(Template, other.Template) && Where == other.Where && _files.AsSpan().SequenceEqual(other._files, ReferenceEqualityComparer.Instance);

        public override bool Equals(object? obj) => obj is Key key && Equals(key);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Template));
            hash.Add(Where);
            foreach (var file in _files)
            {
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(file));
            }

            return hash.ToHashCode();
        }
    }
}
