using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.Node.Devices.Printing.Text;
using SkiaSharp;

namespace CounterNode.Node.Tests.Printing;

public sealed class DocumentRenderingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 7, 5, 0, TimeSpan.FromHours(7));

    [Fact]
    public void Receipt_has_every_form_field_in_both_copies()
    {
        var layout = DocumentComposer.Compose(SampleDocuments.Receipt(Now));
        var text = string.Join("\n", layout.Blocks.OfType<TextBlock>().Select(b => b.Text));
        foreach (var field in new[]
                 {
                     "UBND TỈNH KON TUM", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Kon Tum, ngày 26 tháng 11 năm 2026",
                     "Mã hồ sơ: H34.01.05.13-261126-0975", "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung", "Địa chỉ:",
                     "Số điện thoại: 0912 345 678", "Email: nhung.nguyen@example.vn",
                     "Nội dung yêu cầu giải quyết: Cấp Phiếu lý lịch tư pháp", "1. Thành phần hồ sơ nộp gồm:",
                     "2. Số lượng hồ sơ: 01 (bộ)", "3. Thời gian giải quyết hồ sơ theo quy định là: 10 ngày làm việc",
                     "4. Thời gian nhận hồ sơ: 07 giờ 05 phút, ngày 26/11/2026", "5. Thời gian trả kết quả giải quyết hồ sơ:",
                     "6. Đăng ký nhận kết quả tại:", "Quyển số: 01/2026, Số thứ tự: 0975",
                     "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ",
                 })
        {
            Assert.Contains(field, text, StringComparison.Ordinal);
        }

        Assert.Contains("Liên 1: Lưu tại hồ sơ", text, StringComparison.Ordinal);
        Assert.Contains("Liên 2: Giao người nộp hồ sơ", text, StringComparison.Ordinal);
        Assert.Equal(2, layout.Blocks.OfType<CutBlock>().Count());
        Assert.Equal(2, layout.Blocks.OfType<BarcodeBlock>().Count(b => b.Data == SampleDocuments.DossierCode));
        Assert.Equal(2, layout.Blocks.OfType<QrBlock>().Count(b => b.Data == SampleDocuments.DossierCode));
        Assert.DoesNotContain(FormHeader.ReprintBanner, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reprint_is_marked_on_paper()
    {
        foreach (var document in SampleDocuments.All(Now))
        {
            var blocks = DocumentComposer.Compose(document, reprint: true).Blocks.OfType<TextBlock>();
            Assert.Contains(blocks, b => b.Text == "*** BẢN IN LẠI ***");
        }
    }

    [Fact]
    public void Code_page_rendering_writes_the_encoded_vietnamese_bytes()
    {
        var renderer = EscPosDocumentRenderer.ForCodePage(PrinterProfiles.EpsonTmT88, VietnameseCodePage.Wpc1258);
        var bytes = renderer.Render(new DocumentLayout([new TextBlock("Việt Nam đồng", TextAlignment.Center, Bold: true)]));
        var expected = new EscPosBuilder().Initialize().SelectCodePage(52).Align(TextAlignment.Center).Bold(true).CharacterSize(1, 1)
            .Raw(new Wpc1258TextEncoder().Encode("Việt Nam đồng")).NewLine().Bold(false).CharacterSize(1, 1).ToArray();
        Assert.Equal(expected, bytes);
    }

    [Fact]
    public void Clone_profile_uses_its_own_code_page_numbers()
    {
        var bytes = EscPosDocumentRenderer.ForCodePage(PrinterProfiles.Xprinter80, VietnameseCodePage.Wpc1258)
            .Render(new DocumentLayout([new TextBlock("a")]));
        Assert.Equal(new byte[] { 0x1B, 0x74, 94 }, bytes[2..5]);
        Assert.Throws<UnsupportedCodePageException>(() => EscPosDocumentRenderer.CreateEncoder(
            PrinterProfiles.EpsonTmT88 with { Tcvn3CodePage = null }, VietnameseCodePage.Tcvn3));
    }

    [Fact]
    public void Code_page_wrapping_counts_letters_not_bytes()
    {
        var lines = CodePageTextBlockWriter.Wrap("Nội dung yêu cầu giải quyết thủ tục hành chính", 20).ToList();
        Assert.All(lines, l => Assert.True(new System.Globalization.StringInfo(l).LengthInTextElements <= 20));
        Assert.Equal("Nội dung yêu cầu giải quyết thủ tục hành chính", string.Join(" ", lines));
    }

    [Fact]
    public void Code_page_wrapping_keeps_list_indentation_and_splits_overlong_words()
    {
        Assert.Equal(["  1) Tờ khai yêu", "cầu cấp Phiếu"], CodePageTextBlockWriter.Wrap("  1) Tờ khai yêu cầu cấp Phiếu", 16).ToList());
        Assert.Equal(["abcdefgh", "ijkl"], CodePageTextBlockWriter.Wrap("abcdefghijkl", 8).ToList());
    }

    [Fact]
    public void Raster_rendering_sends_bands_no_taller_than_the_profile_allows()
    {
        using var raster = new RasterTextRenderer("DejaVu Sans");
        var profile = PrinterProfiles.Xprinter80;
        var bytes = EscPosDocumentRenderer.ForRaster(profile, raster).Render(DocumentComposer.Compose(SampleDocuments.Ticket(Now)));
        var bands = 0;
        for (var i = 0; i + 8 <= bytes.Length; i++)
        {
            if (bytes[i] == 0x1D && bytes[i + 1] == 0x76 && bytes[i + 2] == 0x30)
            {
                var width = bytes[i + 4] + (256 * bytes[i + 5]);
                var height = bytes[i + 6] + (256 * bytes[i + 7]);
                Assert.Equal(profile.BytesPerLine, width);
                Assert.InRange(height, 1, profile.RasterBandHeight);
                bands++;
                i += 7 + (width * height);
            }
        }

        Assert.True(bands > 3);
    }

    [Fact]
    public void Raster_text_equals_a_reference_skia_rendering_and_keeps_every_diacritic()
    {
        using var renderer = new RasterTextRenderer("DejaVu Sans");
        const string text = "Nguyễn Thị Hồng Nhung – Việt Nam đồng";
        var line = new RasterTextLine(text, TextAlignment.Left, false, 1);
        var image = renderer.Render([line], 576);

        // Reference: the same font drawn straight with SkiaSharp on the same baseline, thresholded.
        using var typeface = SKFontManager.Default.MatchFamily("DejaVu Sans");
        using var font = new SKFont(typeface, renderer.BaseSize) { Subpixel = true, Edging = SKFontEdging.Antialias };
        using var bitmap = new SKBitmap(new SKImageInfo(576, image.Height, SKColorType.Gray8, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            canvas.Clear(SKColors.White);
            font.MeasureText("ẤẦẨẪẬẮẰẲẴẶẾỀỂỄỆỐỒỔỖỘỚỜỞỠỢỨỪỬỮỰỲÝỶỸÁÀẢÃĨÍÌỈÚÙỦŨ", out var tall);
            var ascent = Math.Max(-font.Metrics.Ascent, -tall.Top);
            canvas.DrawText(text, 0, ascent + 1, SKTextAlign.Left, font, paint);
        }

        var reference = RasterTextRenderer.Threshold(bitmap);
        Assert.True(image.Bits.SequenceEqual(reference.Bits));

        // Removing the diacritics changes the picture: they are really drawn.
        var plain = renderer.Render([line with { Text = "Nguyen Thi Hong Nhung – Viet Nam dong" }], 576);
        Assert.True(image.CountBlack() > plain.CountBlack());
        Assert.False(image.Bits.SequenceEqual(plain.Bits));
    }

    [Fact]
    public void Raster_wrap_never_drops_text()
    {
        using var renderer = new RasterTextRenderer("DejaVu Sans");
        var text = "Số 12 đường Trần Hưng Đạo, phường Quyết Thắng, thành phố Kon Tum, tỉnh Kon Tum " + new string('x', 80);
        var lines = renderer.Wrap(text, 384, bold: false, scale: 1);
        Assert.True(lines.Count > 2);
        Assert.Equal(text.Replace(" ", string.Empty, StringComparison.Ordinal), string.Concat(lines).Replace(" ", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_font_is_a_clear_error() =>
        Assert.Throws<PrinterFontNotFoundException>(() => new RasterTextRenderer("No Such Font Family 42"));
}
