using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using MetricsDashboard.Data.Review;
using MetricsDashboard.Extraction.Model;
using Microsoft.Extensions.DependencyInjection;

namespace MetricsDashboard.Cli.Commands;

/// <summary>
/// <c>review list|verify|exclude|correct|split|undo|gold</c>: the review queue for batch curation and
/// scripts, through the same service as the review page. Who acts is <c>--by NAME</c>, else <c>$USER</c>.
/// </summary>
internal static class ReviewCommand
{
    public const string Usage = """
          review list [--db path] [--status pending|verified|corrected|split|excluded|orphaned] [--district X] [--sector Y]
                      [--metric M] [--doubt low_confidence|metric_other|no_area|borderline_form|fact_disagrees]
                      [--limit N] [--format text|json]
                                           the review queue, most doubtful first (json: one object a line)
          review verify <id> [--db path] [--by NAME]
          review exclude <id> --reason TEXT [--db path] [--by NAME]
          review correct <id> [--value V] [--value-max V] [--unit U] [--counter C] [--qualifier Q] [--kind K]
                      [--metric M] [--label L] [--district D] [--sector S] [--period P] [--db path] [--by NAME]
                                           verify, exclude or correct figure <id> (empty text clears a field)
          review split <id> [--db path] [--by NAME]
                                           take figure <id> out of the fact it was merged into: a fact of its own
          review undo <decision> [--db path] [--by NAME]
                                           take back a decision; the one it replaced holds again
          review gold [--db path] [--doc NAME] [--out DIR]
                                           reviewed figures as gold JSON lines (one file per document in DIR)
        """;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Option name → contract field of a correction.
    private static readonly (string Option, string Field)[] CorrectionOptions =
    [
        ("value", ReviewFields.Value), ("value-max", ReviewFields.ValueMax), ("unit", ReviewFields.Unit), ("counter", ReviewFields.Counter),
        ("qualifier", ReviewFields.Qualifier), ("kind", ReviewFields.Kind), ("metric", ReviewFields.Metric), ("label", ReviewFields.Label),
        ("district", ReviewFields.District), ("sector", ReviewFields.Sector), ("period", ReviewFields.Period),
    ];

    public static async Task<int> RunAsync(CliContext context, string[] args, CancellationToken ct)
    {
        if (args.Length == 0)
        {
            throw new UsageException("review needs a subcommand: list, verify, exclude, correct, split, undo or gold");
        }
        var rest = args.Skip(1);
        try
        {
            return args[0] switch
            {
                "list" => await ListAsync(context, rest, ct),
                "verify" => await ActAsync(context, rest, [], (s, id, by, _) => s.VerifyAsync(id, by, ct), ct),
                "exclude" => await ActAsync(context, rest, ["reason"], (s, id, by, p) =>
                    s.ExcludeAsync(id, p.Single("reason") ?? throw new UsageException("review exclude needs --reason TEXT"), by, ct), ct),
                "correct" => await ActAsync(context, rest, CorrectionOptions.Select(c => c.Option).ToArray(), (s, id, by, p) => s.CorrectAsync(id, Corrections(p), by, ct), ct),
                "split" => await ActAsync(context, rest, [], (s, id, by, _) => s.SplitAsync(id, by, ct), ct),
                "undo" => await ActAsync(context, rest, [], (s, id, by, _) => s.UndoAsync(id, by, ct), ct),
                "gold" => await GoldAsync(context, rest, ct),
                _ => throw new UsageException($"unknown review subcommand '{args[0]}' (list, verify, exclude, correct, split, undo, gold)"),
            };
        }
        catch (ReviewException e) when (e.NotFound)
        {
            await context.Error.WriteLineAsync($"error: {e.Message}");
            return ExitCodes.Error;
        }
        catch (ReviewException e)
        {
            throw new UsageException(e.Message);
        }
    }

    private static async Task<int> ListAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "status", "district", "sector", "metric", "doubt", "limit", "format"], []);
        NoPositionals(parsed, "list");
        var format = parsed.Single("format") ?? "text";
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown format '{format}' (text or json)");
        }
        var limitText = parsed.Single("limit");
        var limit = limitText is null ? 1000
            : int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and <= 1000 ? n
            : throw new UsageException($"--limit must be a number from 1 to 1000, not '{limitText}'");
        var query = new ReviewQuery
        {
            Status = parsed.Single("status") ?? ReviewStatuses.Pending,
            District = parsed.Single("district"),
            Sector = parsed.Single("sector"),
            Metric = parsed.Single("metric"),
            Doubt = parsed.Single("doubt"),
            Take = limit,
        };
        if (!ReviewStatuses.IsKnown(query.Status))
        {
            throw new UsageException($"unknown status '{query.Status}' ({string.Join(", ", ReviewStatuses.All)})");
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var items = await provider.GetRequiredService<IReviewService>().ListAsync(query, ct);
        foreach (var item in items)
        {
            await context.Out.WriteLineAsync(format == "json" ? ToJsonLine(item) : ToTextLine(item));
        }
        return ExitCodes.Ok;
    }

    private static async Task<int> ActAsync(CliContext context, IEnumerable<string> args, string[] options,
        Func<IReviewService, long, string, CliArguments, Task<ReviewOutcome>> act, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "by", .. options], []);
        var id = parsed.Positionals switch
        {
            [var one] when long.TryParse(one, NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
            [var one] => throw new UsageException($"not an id: '{one}'"),
            [] => throw new UsageException("give the id (see 'review list')"),
            _ => throw new UsageException("give one id"),
        };
        var by = parsed.Single("by") ?? Environment.GetEnvironmentVariable("USER");
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new UsageException("who reviews? give --by NAME (or set $USER)");
        }
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var outcome = await act(provider.GetRequiredService<IReviewService>(), id, by, parsed);
        var now = outcome.IndicatorId is long current ? $"figure #{current.ToString(CultureInfo.InvariantCulture)}" : "no stored figure";
        await context.Out.WriteLineAsync($"decision #{outcome.DecisionId.ToString(CultureInfo.InvariantCulture)}: {outcome.Status} ({now})");
        return ExitCodes.Ok;
    }

    private static Dictionary<string, string?> Corrections(CliArguments parsed)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (option, field) in CorrectionOptions)
        {
            if (parsed.Single(option) is string value)
            {
                fields[field] = value;
            }
        }
        return fields.Count > 0 ? fields : throw new UsageException("review correct needs at least one field option (--metric, --value, …)");
    }

    private static async Task<int> GoldAsync(CliContext context, IEnumerable<string> args, CancellationToken ct)
    {
        var parsed = CliArguments.Parse(args, ["db", "doc", "out"], []);
        NoPositionals(parsed, "gold");
        await using var provider = await context.OpenDatabaseAsync(parsed.Single("db"), ct);
        var lines = await provider.GetRequiredService<IReviewService>().GoldAsync(parsed.Single("doc"), ct);
        if (parsed.Single("out") is not string folder)
        {
            await context.Out.WriteAsync(GoldJsonLines.ToText(lines));
            return ExitCodes.Ok;
        }
        Directory.CreateDirectory(folder);
        foreach (var document in lines.GroupBy(l => l.Doc))
        {
            var path = Path.Combine(folder, GoldJsonLines.FileNameOf(document.Key));
            await File.WriteAllTextAsync(path, GoldJsonLines.ToText(document), new System.Text.UTF8Encoding(false), ct);
            await context.Error.WriteLineAsync($"{document.Count()} figures written to {path}");
        }
        return ExitCodes.Ok;
    }

    private static void NoPositionals(CliArguments parsed, string subcommand)
    {
        if (parsed.Positionals.Count > 0)
        {
            throw new UsageException($"review {subcommand} takes no positional arguments: {parsed.Positionals[0]}");
        }
    }

    private static string ToTextLine(ReviewItem i) => string.Join('\t',
        i.Id?.ToString(CultureInfo.InvariantCulture) ?? $"d{i.DecisionId?.ToString(CultureInfo.InvariantCulture)}",
        i.Status, i.Doc, i.Start.ToString(CultureInfo.InvariantCulture), i.Surface, i.Metric ?? "", i.District ?? "", i.Period ?? "", string.Join(',', i.Doubts));

    /// <summary>One queue item as a JSON line: id, decision, doc, surface, start, end, status, the contract's fields, review fields.</summary>
    public static string ToJsonLine(ReviewItem i)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            if (i.Id is long id) { w.WriteNumber("id", id); } else { w.WriteNull("id"); }
            if (i.DecisionId is long decision) { w.WriteNumber("decision", decision); } else { w.WriteNull("decision"); }
            w.WriteString("doc", i.Doc);
            w.WriteString("surface", i.Surface);
            w.WriteNumber("start", i.Start);
            w.WriteNumber("end", i.End);
            w.WriteString("status", i.Status);
            if (i.Value is double value) { w.WriteNumber("value", value); } else { w.WriteNull("value"); }
            if (i.ValueMax is double max) { w.WriteNumber("value_max", max); } else { w.WriteNull("value_max"); }
            w.WriteString("unit", i.Unit?.ToWire());
            w.WriteString("counter", i.Counter);
            w.WriteString("qualifier", i.Qualifier?.ToWire());
            w.WriteString("kind", i.Kind?.ToWire());
            w.WriteString("metric", i.Metric);
            w.WriteString("label", i.Label);
            w.WriteString("district", i.District);
            w.WriteString("sector", i.Sector);
            w.WriteString("period", i.Period);
            w.WriteString("sentence", i.Sentence);
            if (i.Confidence is double confidence) { w.WriteNumber("confidence", confidence); } else { w.WriteNull("confidence"); }
            w.WriteStartArray("doubts");
            foreach (var doubt in i.Doubts) { w.WriteStringValue(doubt); }
            w.WriteEndArray();
            w.WriteString("reviewed_by", i.ReviewedBy);
            if (i.ReviewedAt is DateTime at) { w.WriteString("reviewed_at", DateTime.SpecifyKind(at, DateTimeKind.Utc)); } else { w.WriteNull("reviewed_at"); }
            w.WriteString("reason", i.Reason);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
