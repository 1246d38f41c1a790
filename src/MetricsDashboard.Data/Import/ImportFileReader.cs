using System.Globalization;

namespace MetricsDashboard.Data.Import;

/// <summary>The checks made on a file before its content reaches the extractor.</summary>
public static class ImportFileReader
{
    /// <summary>The file types the importer reads; anything else fails with "unsupported extension".</summary>
    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".html", ".htm"];

    /// <summary>Whether the extension of a name is one the importer reads.</summary>
    public static bool IsSupported(string fileName) =>
        SupportedExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant());

    /// <summary>Whether a file is HTML and must be stripped to text first.</summary>
    public static bool IsHtml(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() is ".html" or ".htm";

    /// <summary>The message of a file with an extension the importer does not read.</summary>
    public static string UnsupportedMessage(string fileName) =>
        $"unsupported extension '{Path.GetExtension(fileName)}' (supported: {string.Join(", ", SupportedExtensions)})";

    /// <summary>Reads at most <paramref name="maxBytes"/> bytes.</summary>
    /// <exception cref="InvalidDataException">The content is empty or longer than the limit.</exception>
    public static async Task<byte[]> ReadBoundedAsync(Func<Stream> open, long maxBytes, CancellationToken ct)
    {
        await using var stream = open();
        if (stream.CanSeek && stream.Length > maxBytes)
        {
            throw new InvalidDataException(TooLarge(stream.Length, maxBytes));
        }
        if (stream.CanSeek)
        {
            // Files on disk (folders, spooled uploads): one array of the exact size, not a growing
            // buffer and its copy, which took three times the file's size at the peak.
            var exact = new byte[stream.Length];
            await stream.ReadExactlyAsync(exact, ct);
            return exact.Length == 0 ? throw new InvalidDataException("empty file") : exact;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            // Streams that cannot tell their length (uploads) are cut off as soon as they pass the limit.
            if (buffer.Length > maxBytes)
            {
                throw new InvalidDataException(TooLarge(null, maxBytes));
            }
        }
        return buffer.Length == 0 ? throw new InvalidDataException("empty file") : buffer.ToArray();
    }

    private static string TooLarge(long? size, long maxBytes) => size is null
        ? string.Create(CultureInfo.InvariantCulture, $"file is over the import limit of {maxBytes:N0} bytes")
        : string.Create(CultureInfo.InvariantCulture, $"file is {size.Value:N0} bytes, over the import limit of {maxBytes:N0} bytes");
}
