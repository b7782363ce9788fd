using MaterialsGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace MaterialsGen.Content;

/// <summary>
/// Builds a <see cref="ContentNode"/> tree from YAML text with YamlDotNet's event parser, because
/// only the events carry the start mark of every key and value; the object model drops them.
/// Bad input never throws: it becomes diagnostics and a null result.
/// </summary>
internal static class YamlContentReader
{
    // YAML 1.2 core schema's null forms; only meaningful for plain, untagged scalars.
    private static readonly HashSet<string> NullWords = new(StringComparer.Ordinal) { string.Empty, "~", "null", "Null", "NULL" };

    private const string CorePrefix = "tag:yaml.org,2002:";

    // The YAML 1.2 core schema's tags; content is plain values, so any other tag would be dropped unseen.
    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        CorePrefix + "str", CorePrefix + "int", CorePrefix + "float", CorePrefix + "bool", CorePrefix + "null", CorePrefix + "map", CorePrefix + "seq",
    };

    /// <summary>Reads a single-document YAML text; returns null when there is nothing usable.</summary>
    public static ContentNode? Read(string text, string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(diagnostics);

        var parser = new TrackingParser(new Parser(new StringReader(text)));
        var session = new Session(parser, path, text, diagnostics);
        try
        {
            return session.ReadStream();
        }
        catch (ReadingStoppedException)
        {
            // A safety limit was reached; its error is already reported where it happened.
            return null;
        }
        catch (YamlException ex)
        {
            diagnostics.Error(ContentCodes.YamlSyntax, $"YAML syntax error: {Tidy(ex.Message)}", At(path, ex.Start));
            return null;
        }
        catch (Exception) when (parser.Failed)
        {
            // Some malformed input makes YamlDotNet's scanner throw a plain exception without a mark;
            // the end of the last event read is the closest known position.
            diagnostics.Error(ContentCodes.YamlSyntax, "YAML syntax error: the text after this point cannot be read; look for an unclosed '[', '{' or quote", At(path, parser.LastEnd));
            return null;
        }
    }

    internal static SourceSpan At(string path, Mark start, Mark? end = null) =>
        end is { } e ? new SourceSpan(path, (int)start.Line, (int)start.Column, (int)e.Line, (int)e.Column) : new SourceSpan(path, (int)start.Line, (int)start.Column);

    // Tags as they are written: YamlDotNet resolves !!x to the core prefix.
    private static string ShortTag(string tag) => tag.StartsWith(CorePrefix, StringComparison.Ordinal) ? "!!" + tag[CorePrefix.Length..] : tag;

    // YamlDotNet's messages are sentences; ours continue after a colon.
    private static string Tidy(string message)
    {
        var trimmed = message.Trim().TrimEnd('.');
        return trimmed.Length > 1 && char.IsUpper(trimmed[0]) && char.IsLower(trimmed[1])
            ? char.ToLowerInvariant(trimmed[0]) + trimmed[1..]
            : trimmed;
    }

    /// <summary>A safety limit stopped reading; the diagnostic is already in the bag.</summary>
    private sealed class ReadingStoppedException : Exception;

    /// <summary>Remembers where the last event ended and whether the parser itself threw.</summary>
    private sealed class TrackingParser(IParser inner) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public Mark LastEnd { get; private set; } = new(0, 1, 1);

        public bool Failed { get; private set; }

        public bool MoveNext()
        {
            if (inner.Current is { } current)
            {
                LastEnd = current.End;
            }

            try
            {
                return inner.MoveNext();
            }
            catch
            {
                Failed = true;
                throw;
            }
        }
    }

    private sealed class Session(TrackingParser parser, string path, string text, DiagnosticBag diagnostics)
    {
        private readonly SourceLines _lines = new(path, text);

        public ContentNode? ReadStream()
        {
            Expect<StreamStart>();
            if (parser.Accept<StreamEnd>(out var emptyEnd))
            {
                diagnostics.Error(ContentCodes.DocumentShape, "the file is empty", At(path, emptyEnd.Start));
                return null;
            }

            Expect<DocumentStart>();
            var root = ReadNode();
            Expect<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(ContentCodes.DocumentShape, "a content file holds one YAML document; remove the second '---' or move it to its own file", At(path, second.Start));
            }

            return root;
        }

        private readonly Dictionary<string, (ContentNode? Node, long Size)> _anchors = new(StringComparer.Ordinal);

        private int _depth;

        // Values the alias stand-ins have added so far; nested aliases multiply, so this is bounded.
        private long _aliased;

        private ContentNode? ReadNode() => Read().Node;

        /// <summary>Reads one node and counts the values it holds (itself included), aliases expanded.</summary>
        private (ContentNode? Node, long Size) Read()
        {
            var current = parser.Current ?? throw Unexpected(null);
            if (current is AnchorAlias alias)
            {
                parser.MoveNext();
                diagnostics.Error(ContentCodes.AnchorOrAlias, $"aliases ('*{alias.Value}') are not supported; write the value out in full", At(path, alias.Start));

                // The anchored node stands in so the error is not followed by a "missing field" for the same mistake.
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return (null, 0);
                }

                _aliased += anchored.Size;
                if (_aliased > SafetyLimits.AliasValues)
                {
                    Stop(ContentCodes.AliasBudget, $"the aliases in this file stand for more than {SafetyLimits.AliasValues:N0} values; reading stopped here", alias.Start);
                }

                return anchored;
            }

            if (current is NodeEvent tagged && !tagged.Tag.IsEmpty && !tagged.Tag.IsNonSpecific && !CoreTags.Contains(tagged.Tag.Value))
            {
                diagnostics.Warning(ContentCodes.UnknownTag, $"unknown tag '{ShortTag(tagged.Tag.Value)}' is ignored; content takes plain values, remove the tag", At(path, tagged.Start));
            }

            if (current is SequenceStart or MappingStart && ++_depth > SafetyLimits.ContentNesting)
            {
                Stop(ContentCodes.NestedTooDeep, $"values nested deeper than {SafetyLimits.ContentNesting} levels; reading stopped here", current.Start);
            }

            (ContentNode? Node, long Size) read = current switch
            {
                Scalar scalar => (ReadScalar(scalar), 1),
                SequenceStart start => ReadSequence(start),
                MappingStart start => ReadMapping(start),
                _ => throw Unexpected(current),
            };
            if (current is SequenceStart or MappingStart)
            {
                _depth--;
            }

            if (current is NodeEvent { Anchor.IsEmpty: false } anchoredEvent)
            {
                _anchors[anchoredEvent.Anchor.Value] = read;
            }

            return read;
        }

        // YamlDotNet can emit events in an order no well-formed file gives (fuzzing found "-\0:", a key
        // followed by the end of its map): a syntax error at that place, not an exception.
        // The end of the last event read is where the broken part starts.
        private YamlException Unexpected(ParsingEvent? found) =>
            new(parser.LastEnd, parser.LastEnd, found is null ? "the file ends inside a value" : "a value is missing or broken after this point");

        private void Stop(string code, string message, Mark at)
        {
            diagnostics.Error(code, message, At(path, at));
            throw new ReadingStoppedException();
        }

        private ContentScalar ReadScalar(Scalar scalar)
        {
            parser.MoveNext();
            var style = scalar.Style switch
            {
                ScalarStyle.SingleQuoted => ContentScalarStyle.SingleQuoted,
                ScalarStyle.DoubleQuoted => ContentScalarStyle.DoubleQuoted,
                ScalarStyle.Literal => ContentScalarStyle.Literal,
                ScalarStyle.Folded => ContentScalarStyle.Folded,
                _ => ContentScalarStyle.Plain,
            };
            var tag = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific ? null : scalar.Tag.Value;
            var isNull = tag == "tag:yaml.org,2002:null" || (style == ContentScalarStyle.Plain && tag is null && NullWords.Contains(scalar.Value));
            TextLength.Check(scalar.Value, At(path, scalar.Start), diagnostics);
            return new ContentScalar(scalar.Value, At(path, scalar.Start, scalar.End), style, tag, isNull)
            {
                Positions = isNull ? null : PositionsOf(scalar, style),
            };
        }

        /// <summary>Each character's place in the file, so a template's output can point into a multi-line value.</summary>
        private TextPositions PositionsOf(Scalar scalar, ContentScalarStyle style)
        {
            var from = (int)scalar.Start.Index;
            var to = (int)scalar.End.Index;
            switch (style)
            {
                case ContentScalarStyle.SingleQuoted or ContentScalarStyle.DoubleQuoted:
                    from++;
                    break;
                case ContentScalarStyle.Literal or ContentScalarStyle.Folded:
                    // The value starts on the line after the block header (`|`, `>-`, `|2`, a comment).
                    var lineEnd = text.IndexOf('\n', Math.Min(from, text.Length));
                    from = lineEnd < 0 ? to : lineEnd + 1;
                    break;
                default:
                    break;
            }

            return ValuePositions.Find(_lines, text, from, to, scalar.Value.Normalize(System.Text.NormalizationForm.FormC), style == ContentScalarStyle.DoubleQuoted);
        }

        private (ContentNode, long) ReadSequence(SequenceStart start)
        {
            parser.MoveNext();
            var items = new List<ContentNode>();
            long size = 1;
            while (!parser.Accept<SequenceEnd>(out _))
            {
                var (item, itemSize) = Read();
                size += itemSize;
                if (item is not null)
                {
                    items.Add(item);
                }
            }

            var end = parser.Current!.End;
            parser.MoveNext();
            return (new ContentList(items, At(path, start.Start, end)), size);
        }

        private (ContentNode, long) ReadMapping(MappingStart start)
        {
            parser.MoveNext();
            var entries = new List<ContentEntry>();
            var seen = new Dictionary<string, ContentScalar>(StringComparer.Ordinal);
            long size = 1;
            while (!parser.Accept<MappingEnd>(out _))
            {
                var (keyNode, keySize) = Read();
                var (value, valueSize) = Read();
                size += keySize + valueSize;
                if (keyNode is null)
                {
                    continue;
                }

                if (keyNode is not ContentScalar key)
                {
                    diagnostics.Error(ContentCodes.ComplexKey, $"a key must be a plain name, found {keyNode.Describe()}", keyNode.Span);
                    continue;
                }

                if (seen.TryGetValue(key.Value, out var first))
                {
                    diagnostics.Error(ContentCodes.DuplicateKey, $"duplicate key '{key.Value}'; it is already set on line {first.Span.Line}", key.Span);
                    continue;
                }

                seen.Add(key.Value, key);
                if (value is not null)
                {
                    entries.Add(new ContentEntry(key, value));
                }
            }

            var end = parser.Current!.End;
            parser.MoveNext();
            return (new ContentMap(entries, At(path, start.Start, end)), size);
        }

        private void Expect<T>()
            where T : ParsingEvent
        {
            if (parser.Current is null)
            {
                parser.MoveNext();
            }

            if (parser.Current is not T)
            {
                throw Unexpected(parser.Current);
            }

            parser.MoveNext();
        }
    }
}
