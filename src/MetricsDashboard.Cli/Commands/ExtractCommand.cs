using MetricsDashboard.Data.Import;

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
        var files = new List<string>();
        foreach (var target in parsed.Positionals)
        {
            try
            {
                files.AddRange(IndicatorImportService.ListFiles(target, recursive: true));
            }
            catch (FileNotFoundException e)
            {
                await context.Error.WriteLineAsync($"error: {e.Message}");
                failed++;
            }
        }

        // Files are extracted side by side (the extractor is thread-safe and each file is independent);
        // AsOrdered hands the outcomes back in input order, so the output is byte for byte what one file
        // at a time gives. Each file's lines go out in one write: a write per figure cost more than extraction.
        var outcomes = files
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Environment.ProcessorCount)
            .WithCancellation(ct)
            .Select(file => FileExtraction.Run(extractor, file, maxBytes));
        foreach (var outcome in outcomes)
        {
            if (outcome.Error is not null)
            {
                await context.Error.WriteLineAsync(outcome.Error);
                failed++;
            }
            else if (outcome.JsonLines is { } lines)
            {
                using (lines) { await WriteAsync(context, lines.Written, ct); }
            }
        }
        await context.Out.FlushAsync(ct);
        if (context.OutBytes is { } bytes) { await bytes.FlushAsync(ct); }
        return failed == 0 ? ExitCodes.Ok : ExitCodes.PartialFailure;
    }

    private static async Task WriteAsync(CliContext context, ReadOnlyMemory<byte> jsonLines, CancellationToken ct)
    {
        if (context.OutBytes is { } bytes)
        {
            await bytes.WriteAsync(jsonLines, ct);
        }
        else
        {
            await context.Out.WriteAsync(System.Text.Encoding.UTF8.GetString(jsonLines.Span));
        }
    }

    private static long ParseLong(string text) =>
        long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) && v > 0
            ? v
            : throw new UsageException($"not a positive number: {text}");
}
