using System.Collections.Immutable;

namespace MaterialsGen.Diagnostics;

/// <summary>
/// Where one character of generated markup came from: the template position that wrote it, and, when
/// the template printed a content value unchanged, the position of that character in the content file.
/// People edit content in <c>data/</c>, so the content position is the one a message names first.
/// </summary>
internal readonly record struct SourceOrigin(SourceSpan Written, SourceSpan Value)
{
    /// <summary>The note that follows a content location.</summary>
    public const string PrintedHere = "printed here";

    public static SourceOrigin None { get; } = new(SourceSpan.None, SourceSpan.None);

    public bool IsNone => Written.IsNone && Value.IsNone;

    /// <summary>True when the character is part of a content value (a YAML scalar or a CSV field).</summary>
    public bool IsContent => !Value.IsNone;

    /// <summary>What a diagnostic names first: the content position if there is one, else the template's.</summary>
    public SourceSpan Primary => Value.IsNone ? Written : Value;

    /// <summary>The template position as a note when the primary location is content; no notes otherwise.</summary>
    public ImmutableArray<DiagnosticNote> Notes(string message = PrintedHere) =>
        Value.IsNone || Written.IsNone ? [] : [new DiagnosticNote(Written, message)];
}
