using MaterialsGen.Build;
using SkiaSharp;

namespace MaterialsGen.Tests.Support;

/// <summary>
/// A throw-away project folder with a 200×100 PNG and the same picture as a JPEG (left half black, right
/// half white), a file that is
/// not an image, and the repository's Tabler icons; <see cref="Workspace"/> loads images from it.
/// </summary>
internal sealed class ImageProject : IDisposable
{
    public ImageProject()
    {
        Root = Path.Combine(Path.GetTempPath(), "materialsgen-images-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "images"));
        using (var bitmap = new SKBitmap(200, 100))
        {
            using (var canvas = new SKCanvas(bitmap))
            {
                canvas.Clear(SKColors.White);
                using var black = new SKPaint { Color = SKColors.Black };
                canvas.DrawRect(0, 0, 100, 100, black);
            }

            using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
            File.WriteAllBytes(Path.Combine(Root, "images", "wide.png"), data.ToArray());
            using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
            File.WriteAllBytes(Path.Combine(Root, "images", "photo.jpg"), jpeg.ToArray());
        }

        File.WriteAllText(Path.Combine(Root, "images", "broken.png"), "not a picture");
        File.WriteAllText(Path.Combine(Root, "images", "broken.svg"), "<svg><path d=");
        foreach (var icon in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "templates", "images"), "*.svg"))
        {
            File.Copy(icon, Path.Combine(Root, "images", Path.GetFileName(icon)));
        }

        Workspace = new Workspace(Root);
    }

    public string Root { get; }

    public Workspace Workspace { get; }

    /// <summary>Reads images as one output would (recording what it read).</summary>
    public ProjectReader Reader => Workspace.Reader();

    public void Dispose()
    {
        Workspace.Dispose();
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
