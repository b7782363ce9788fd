namespace MaterialsGen.Layout.Images;

/// <summary>How an image fills a box of another shape.</summary>
internal enum ImageFit
{
    /// <summary>The whole image shows, centred, with empty bands on two sides.</summary>
    Contain,

    /// <summary>The box is filled, centred; what sticks out is clipped.</summary>
    Cover,
}
