using System.Buffers;
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
            // The file's bytes in a pooled array, returned once extracted: the result keeps text, not bytes.
            var bytes = ReadBounded(file, maxBytes, out int length);
            ExtractionResult result;
            try
            {
                var content = bytes.AsMemory(0, length);
                var published = SidecarMetadata.ReadFor(file)?.PublishedOn;
                var document = ImportFileReader.IsHtml(name)
                    ? SourceDocument.FromText(name, HtmlText.Decode(name, content.Span).Text, published)
                    : new SourceDocument(name, content, published);
                timer?.Stop(ExtractTimer.Phase.Read, started);
                started = ExtractTimer.Start();
                result = extractor.Extract(document);
                timer?.Stop(ExtractTimer.Phase.Extract, started);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
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

    /// <summary>
    /// The same limits as the importer's reader, without its async stream machinery: this runs on a
    /// worker thread. The bytes come in an array rented from the shared pool, to be returned.
    /// </summary>
    private static byte[] ReadBounded(string file, long maxBytes, out int length)
    {
        using var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read);
        long size = RandomAccess.GetLength(handle);
        if (size > maxBytes)
        {
            throw new InvalidDataException(FormattableString.Invariant($"file is {size:N0} bytes, over the import limit of {maxBytes:N0} bytes"));
        }
        if (size == 0) { throw new InvalidDataException("empty file"); }
        var bytes = ArrayPool<byte>.Shared.Rent((int)size);
        length = 0;
        try
        {
            // A file may change while it is read: what is there up to its size when opened.
            int read;
            while (length < size && (read = RandomAccess.Read(handle, bytes.AsSpan(length, (int)size - length), length)) > 0) { length += read; }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw;
        }
        if (length == 0)
        {
            ArrayPool<byte>.Shared.Return(bytes);
            throw new InvalidDataException("empty file");
        }
        return bytes;
    }
}
