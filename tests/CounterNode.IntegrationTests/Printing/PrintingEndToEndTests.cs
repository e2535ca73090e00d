using CounterNode.Node.Devices.Printing.Documents;
using CounterNode.Node.Devices.Printing.EscPos;
using CounterNode.Node.Devices.Printing.Layout;
using CounterNode.Node.Devices.Printing.Profiles;
using CounterNode.Node.Devices.Printing.Protocol;
using CounterNode.Node.Devices.Printing.Queue;
using CounterNode.Node.Devices.Printing.Raster;
using CounterNode.Node.Devices.Printing.Rendering;
using CounterNode.Node.Devices.Printing.Samples;
using CounterNode.Node.Devices.Printing.Transport;
using SkiaSharp;

namespace CounterNode.IntegrationTests.Printing;

/// <summary>Every document through the encoder, the print queue and a real TCP socket into the virtual printer.</summary>
public sealed class PrintingEndToEndTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 2, 30, 0, TimeSpan.Zero);

    [Fact]
    public async Task Every_document_prints_in_raster_mode_and_its_codes_decode_exactly()
    {
        await using var bench = PrinterBench.Start();
        var queue = bench.Queue(bench.Options());
        var ct = PrinterBench.Timeout(60);
        var documents = SampleDocuments.All(Now);
        var ids = new List<long>();
        foreach (var document in documents)
        {
            ids.Add(await queue.PrintAsync(document, ct));
        }

        foreach (var id in ids)
        {
            Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(id, ct)).State);
        }

        var jobs = await bench.Printer.WaitForJobsAsync(documents.Count, ct);
        Assert.Equal(documents.Count, jobs.Count);
        Assert.All(jobs, j => Assert.True(j.Complete));

        var ticket = BarcodeScanner.Scan(jobs[0].PngPath);
        Assert.Equal([SampleDocuments.FollowUrl], ticket.Qr);

        var receipt = BarcodeScanner.Scan(jobs[1].PngPath);
        Assert.Equal([SampleDocuments.DossierCode], receipt.Code128);
        Assert.Equal([SampleDocuments.DossierCode], receipt.Qr);
        Assert.Equal(2, jobs[1].Barcodes.Count); // two copies
        Assert.Equal(2, jobs[1].Transcript.Split("[cut", StringSplitOptions.None).Length - 1);

        Assert.Equal([SampleDocuments.DossierCode], BarcodeScanner.Scan(jobs[2].PngPath).Code128); // Mẫu 02
        Assert.Empty(BarcodeScanner.Scan(jobs[3].PngPath).Code128); // Mẫu 03 has no code
        Assert.Equal([SampleDocuments.DossierCode], BarcodeScanner.Scan(jobs[4].PngPath).Code128); // Mẫu 04

        using var png = SKBitmap.Decode(jobs[1].PngPath);
        Assert.Equal(PrinterProfiles.EpsonTmT88.DotsPerLine, png.Width);
    }

    [Theory]
    [InlineData(VietnameseCodePage.Wpc1258)]
    [InlineData(VietnameseCodePage.Tcvn3)]
    public async Task Code_page_receipt_decodes_back_to_the_same_vietnamese(VietnameseCodePage codePage)
    {
        await using var bench = PrinterBench.Start();
        var queue = bench.Queue(bench.Options(PrintTextMode.CodePage, codePage));
        var ct = PrinterBench.Timeout();
        var id = await queue.PrintAsync(SampleDocuments.Receipt(Now), ct);
        Assert.Equal(PrintJobState.Printed, (await queue.WaitForJobAsync(id, ct)).State);

        var job = Assert.Single(await bench.Printer.WaitForJobsAsync(1, ct));
        var lines = job.Transcript.Split('\n');
        foreach (var expected in new[]
                 {
                     "GIẤY TIẾP NHẬN HỒ SƠ", "VÀ HẸN TRẢ KẾT QUẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Độc lập - Tự do - Hạnh phúc", "Mã hồ sơ: H34.01.05.13-261126-0975",
                     "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung", "(Liên 2: Giao người nộp hồ sơ)",
                     "1. Thành phần hồ sơ nộp gồm:", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Trần Văn Đức",
                 })
        {
            Assert.Contains(expected, lines);
        }

        Assert.Equal([SampleDocuments.DossierCode], BarcodeScanner.Scan(job.PngPath).Code128);
        Assert.Equal([SampleDocuments.DossierCode], BarcodeScanner.Scan(job.PngPath).Qr);
    }

    [Theory]
    [InlineData(VietnameseCodePage.Wpc1258)]
    [InlineData(VietnameseCodePage.Tcvn3)]
    public async Task Every_vietnamese_letter_survives_code_page_mode(VietnameseCodePage codePage)
    {
        await using var bench = PrinterBench.Start();
        var letters = AllLetters();
        var layout = new DocumentLayout([.. letters.Chunk(40).Select(chunk => new TextBlock(string.Concat(chunk)))]);
        var bytes = EscPosDocumentRenderer.ForCodePage(PrinterProfiles.EpsonTmT88, codePage).Render(layout);
        await SendAsync(bench, bytes);

        var job = Assert.Single(await bench.Printer.WaitForJobsAsync(1, PrinterBench.Timeout()));
        var printed = job.Transcript.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(letters.Chunk(40).Select(c => string.Concat(c)), printed);
    }

    [Fact]
    public async Task Raster_text_arrives_pixel_exact_at_the_printer()
    {
        await using var bench = PrinterBench.Start();
        var image = bench.Raster.Render(
            [new RasterTextLine("Nguyễn Thị Hồng Nhung – Ủy ban nhân dân tỉnh Kon Tum", TextAlignment.Left, true, 1),
             new RasterTextLine("Phiếu xin lỗi và hẹn lại ngày trả kết quả", TextAlignment.Center, false, 1.5f)],
            576);
        await SendAsync(bench, new EscPosBuilder().Initialize().RasterImage(image, 24).ToArray());

        var job = Assert.Single(await bench.Printer.WaitForJobsAsync(1, PrinterBench.Timeout()));
        using var png = SKBitmap.Decode(job.PngPath);
        var mismatches = 0;
        for (var y = 0; y < image.Height; y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var black = png.GetPixel(x, y).Red < 128;
                if (black != image[x, y])
                {
                    mismatches++;
                }
            }
        }

        Assert.Equal(0, mismatches);
        Assert.True(image.CountBlack() > 1000);
    }

    private static async Task SendAsync(PrinterBench bench, byte[] bytes)
    {
        var transport = new TcpPrinterTransport("127.0.0.1", bench.Printer.Port, TimeSpan.FromSeconds(2));
        await using var connection = new EscPosConnection(await transport.OpenAsync(CancellationToken.None), TimeSpan.FromSeconds(2), TimeProvider.System);
        await connection.WriteJobAsync(bytes, CancellationToken.None);
        Assert.True((await connection.ReadStatusAsync(CancellationToken.None)).CanPrint);
    }

    private static List<string> AllLetters()
    {
        var bases = new[] { "a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y" };
        var tones = new[] { string.Empty, "\u0300", "\u0309", "\u0303", "\u0301", "\u0323" };
        var letters = new List<string>();
        foreach (var b in bases)
        {
            foreach (var t in tones)
            {
                var lower = (b + t).Normalize(System.Text.NormalizationForm.FormC);
                letters.Add(lower);
                letters.Add(lower.ToUpperInvariant());
            }
        }

        letters.Add("đ");
        letters.Add("Đ");
        return letters;
    }
}
