using System.Text;
using Scriban.Runtime;

namespace MaterialsGen.Templating;

/// <summary>Template output that tells the context about every write and where it lands, so the context can map markup offsets back to their origins.</summary>
internal sealed class MappingOutput(MarkupTemplateContext context, int limit) : IScriptOutput
{
    public StringBuilder Builder { get; } = new();

    public void Write(string text, int offset, int count)
    {
        if (Builder.Length + count > limit)
        {
            throw new TemplateLimitException($"template output is larger than the limit of {limit:N0} characters");
        }

        context.Track(text, offset, count, Builder.Length);
        Builder.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
