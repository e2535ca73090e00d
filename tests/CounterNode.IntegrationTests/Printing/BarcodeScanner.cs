using SkiaSharp;
using ZXing;
using ZXing.Common;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>
/// Finds CODE128 and QR codes in a virtual printer PNG with ZXing.Net. A receipt is a tall strip, so
/// it is scanned in overlapping windows, each handed to ZXing as 8-bit luminance from SkiaSharp.
/// </summary>
internal static class BarcodeScanner
{
    public static (List<string> Code128, List<string> Qr) Scan(string pngPath)
    {
        using var bitmap = SKBitmap.Decode(pngPath) ?? throw new InvalidDataException($"{pngPath} is not an image.");
        using var gray = new SKBitmap(new SKImageInfo(bitmap.Width, bitmap.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        Assert.True(bitmap.CopyTo(gray, SKColorType.Gray8));
        var pixels = gray.GetPixelSpan().ToArray();
        var stride = gray.RowBytes;
        var width = gray.Width;
        var code128 = new HashSet<string>();
        var qr = new HashSet<string>();
        const int window = 600;
        for (var top = 0; top < gray.Height; top += window / 2)
        {
            var height = Math.Min(window, gray.Height - top);
            if (height < 40)
            {
                break;
            }

            // Add a white margin all round: the printer's paper edge is the codes' quiet zone.
            const int margin = 40;
            var w = width + (2 * margin);
            var h = height + (2 * margin);
            var region = new byte[w * h];
            Array.Fill(region, (byte)255);
            for (var y = 0; y < height; y++)
            {
                Array.Copy(pixels, ((top + y) * stride), region, ((y + margin) * w) + margin, width);
            }

            var source = new RGBLuminanceSource(region, w, h, RGBLuminanceSource.BitmapFormat.Gray8);
            foreach (var (format, found) in new[] { (BarcodeFormat.CODE_128, code128), (BarcodeFormat.QR_CODE, qr) })
            {
                var reader = new BarcodeReaderGeneric
                {
                    AutoRotate = false,
                    Options = new DecodingOptions { PossibleFormats = [format], TryHarder = true },
                };
                foreach (var result in reader.DecodeMultiple(source) ?? [])
                {
                    found.Add(result.Text);
                }
            }
        }

        return ([.. code128], [.. qr]);
    }
}
