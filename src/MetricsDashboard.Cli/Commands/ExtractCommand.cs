using MetricsDashboard.Cli.Output;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Extraction;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Cli.Commands;

/// <summary><c>extract &lt;file-or-folder&gt;...</c>: one JSON line per indicator on stdout, problems on stderr.</summary>
internal static class ExtractCommand
{
    public const string Usage = "extract <file-or-folder>...      print one JSON object per indicator (INDICATORS.md fields)";

    public static async Task<int> RunAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["max-bytes"], []);
        if (parsed.Positionals.Count == 0)
        {
            throw new UsageException("extract needs at least one file or folder");
        }
        var maxBytes = parsed.Single("max-bytes") is { } m ? ParseLong(m) : ImportOptions.DefaultMaxFileBytes;
        var extractor = context.CreateExtractor();
        var failed = 0;
        foreach (var target in parsed.Positionals)
        {
            IReadOnlyList<string> files;
            try
            {
                files = IndicatorImportService.ListFiles(target, recursive: true);
            }
            catch (FileNotFoundException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                failed++;
                continue;
            }
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                if (!await ExtractFileAsync(context, extractor, file, maxBytes, ct))
                {
                    failed++;
                }
            }
        }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    private static async Task<bool> ExtractFileAsync(CliContext context, IIndicatorExtractor extractor, string file, long maxBytes, CancellationToken ct)
    {
        var name = Path.GetFileName(file);
        try
        {
            if (!ImportFileReader.IsSupported(name))
            {
                throw new InvalidDataException(ImportFileReader.UnsupportedMessage(name));
            }
            var bytes = await ImportFileReader.ReadBoundedAsync(() => File.OpenRead(file), maxBytes, ct);
            var published = SidecarMetadata.ReadFor(file)?.PublishedOn;
            var document = ImportFileReader.IsHtml(name)
                ? SourceDocument.FromText(name, HtmlText.Decode(bytes).Text, published)
                : new SourceDocument(name, bytes, published);
            var result = extractor.Extract(document);
            foreach (var indicator in result.Indicators)
            {
                await context.Out.WriteLineAsync(IndicatorJsonLines.ToLine(name, indicator));
            }
            return true;
        }
        catch (UnreadableDocumentException e)
        {
            await context.Error.WriteLineAsync($"error: {name}: cannot read: {e.Reason}");
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            await context.Error.WriteLineAsync($"error: {name}: {e.Message}");
        }
        return false;
    }

    private static long ParseLong(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new UsageException($"not a positive number: {text}");
}
