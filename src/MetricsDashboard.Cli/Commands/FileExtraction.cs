using MetricsDashboard.Cli.Output;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Decoding;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;

namespace MetricsDashboard.Cli.Commands;

/// <summary>What <c>extract</c> makes of one file: its JSON lines (UTF-8, in a pooled buffer the writer returns), or the error line to print instead.</summary>
internal sealed record FileExtraction(PooledBuffer? JsonLines, string? Error)
{
    /// <summary>Reads, decodes and extracts one file; never throws for a bad file, so one bad file cannot stop the others.</summary>
    public static FileExtraction Run(IIndicatorExtractor extractor, string file, long maxBytes, ExtractTimer? timer = null)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (!ImportFileReader.IsSupported(name))
            {
                throw new InvalidDataException(ImportFileReader.UnsupportedMessage(name));
            }
            var started = ExtractTimer.Start();
            var bytes = ReadBounded(file, maxBytes);
            var published = SidecarMetadata.ReadFor(file)?.PublishedOn;
            var document = ImportFileReader.IsHtml(name)
                ? SourceDocument.FromText(name, HtmlText.Decode(name, bytes).Text, published)
                : new SourceDocument(name, bytes, published);
            timer?.Stop(ExtractTimer.Phase.Read, started);
            started = ExtractTimer.Start();
            var result = extractor.Extract(document);
            timer?.Stop(ExtractTimer.Phase.Extract, started);
            started = ExtractTimer.Start();
            var buffer = new PooledBuffer(result.Indicators.Count * 640);
            IndicatorJson.WriteLines(buffer, name, result.Indicators);
            timer?.Stop(ExtractTimer.Phase.Serialise, started);
            return new FileExtraction(buffer, null);
        }
        catch (UnreadableDocumentException e)
        {
            return new FileExtraction(null, $"error: {name}: cannot read: {e.Reason}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            return new FileExtraction(null, $"error: {name}: {e.Message}");
        }
    }

    /// <summary>The same limits as the importer's reader, without its async stream machinery: this runs on a worker thread.</summary>
    private static byte[] ReadBounded(string file, long maxBytes)
    {
        var length = new FileInfo(file).Length;
        if (length > maxBytes)
        {
            throw new InvalidDataException(FormattableString.Invariant($"file is {length:N0} bytes, over the import limit of {maxBytes:N0} bytes"));
        }
        var bytes = File.ReadAllBytes(file);
        return bytes.Length == 0 ? throw new InvalidDataException("empty file") : bytes;
    }
}
