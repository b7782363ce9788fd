using MaterialsGen.Markup;

namespace MaterialsGen.Templating;

/// <summary>The markup a template produced and the map from its lines back to template lines.</summary>
internal sealed record TemplateOutput(string Markup, SourceMap Map);
