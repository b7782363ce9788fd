using System.Collections.Immutable;
using QRCoder;
using QRCoder.Exceptions;

namespace MaterialsGen.Layout.Images;

/// <summary>
/// A QR code as horizontal runs of dark modules (row, first column, length) on a square grid that
/// already holds the 4-module quiet zone QRCoder puts around the symbol.
/// </summary>
internal sealed record QrCode(int Modules, ImmutableArray<QrRun> Runs)
{
    /// <summary>The code for <paramref name="text"/> at error correction M, or null when it does not fit in a QR code.</summary>
    public static QrCode? Create(string text)
    {
        QRCodeData data;
        try
        {
            using var generator = new QRCodeGenerator();
            data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        }
        catch (DataTooLongException)
        {
            return null;
        }

        using (data)
        {
            var matrix = data.ModuleMatrix;
            var runs = ImmutableArray.CreateBuilder<QrRun>();
            for (var row = 0; row < matrix.Count; row++)
            {
                var bits = matrix[row];
                var column = 0;
                while (column < bits.Length)
                {
                    if (!bits[column])
                    {
                        column++;
                        continue;
                    }

                    var start = column;
                    while (column < bits.Length && bits[column])
                    {
                        column++;
                    }

                    runs.Add(new QrRun(row, start, column - start));
                }
            }

            return new QrCode(matrix.Count, runs.ToImmutable());
        }
    }
}
