using System.Collections.Frozen;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Numbers;

namespace MetricsDashboard.Extraction.Semantics;

/// <summary>
/// Decides the metric category of a quantity. The unit narrows the choice (money cannot be a
/// count of enterprises); then the head noun after a measure word decides (12个小区 → other,
/// 23个工作站 → infrastructure), else the keyword nearest before the number in its clause, else
/// the measure word itself (家 → enterprises, 起 → cases, 人 → people).
/// </summary>
internal sealed class MetricClassifier(Lexicon lexicon)
{
    private const int MaxPhrase = 24;

    private static readonly FrozenSet<string> Money = Set("investment", "retail_sales", "consumption_voucher", "financing", "fiscal_funds", "output_value", "other");
    private static readonly FrozenSet<string> Rates = Set("completion_rate", "growth_rate", "share_rate");
    private static readonly FrozenSet<string> Counts = Set("enterprises", "projects", "cases", "people", "visitors", "infrastructure", "services", "events", "other");
    private static readonly FrozenSet<string> Energy = Set("energy");

    private static readonly FrozenDictionary<string, string> CounterDefaults = new Dictionary<string, string>
    {
        ["家"] = "enterprises", ["起"] = "cases", ["件"] = "cases", ["宗"] = "cases", ["例"] = "cases",
        ["人"] = "people", ["名"] = "people", ["户"] = "people", ["人次"] = "people", ["位"] = "people",
        ["栋"] = "infrastructure", ["幢"] = "infrastructure", ["座"] = "infrastructure", ["台"] = "infrastructure",
        ["部"] = "infrastructure", ["所"] = "infrastructure", ["条"] = "infrastructure", ["套"] = "infrastructure",
        ["笔"] = "services", ["次"] = "services", ["通"] = "services", ["单"] = "services",
        ["场"] = "events", ["场次"] = "events",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Sector hints of a metric (项目 counts are construction news): sector index → weight.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(int Sector, int Weight)>> SectorHints => lexicon.MetricSectorHints;

    public MetricReading Classify(ReadOnlySpan<char> s, int sentenceStart, int sentenceEnd, QuantitySpan q, IndicatorKind kind)
    {
        int clauseStart = ClauseText.ClauseStart(s, sentenceStart, q.NumberStart);
        var before = s[clauseStart..q.Start];
        int phraseEnd = PhraseEnd(s, sentenceEnd, q.End);
        var after = s[q.End..phraseEnd];
        string label = Label(before, after);

        switch (q.Unit)
        {
            case CanonicalUnit.Rank:
                return new MetricReading("rank", label, false);
            case CanonicalUnit.SquareMetre:
                return new MetricReading("area", label, false);
            case CanonicalUnit.KilowattHour or CanonicalUnit.Kilowatt:
                return new MetricReading("energy", label, false);
            case CanonicalUnit.Tonne:
                return Nearest(before, Energy) is { } energy
                    ? new MetricReading(energy, label, true)
                    : new MetricReading("other", label, false);
            case CanonicalUnit.Cny or CanonicalUnit.Usd:
                return Pick(Last(after, Money) ?? Nearest(before, Money), label);
            case CanonicalUnit.Percent or CanonicalUnit.PercentagePoint or CanonicalUnit.BasisPoint:
                return Percent(s, sentenceStart, clauseStart, before, kind, label);
            case CanonicalUnit.Count:
                var metric = Last(after, Counts) ?? Nearest(before, Counts);
                if (metric is null && q.Counter is not null) { metric = CounterDefaults.GetValueOrDefault(q.Counter); }
                return Pick(metric, label);
            default:
                return new MetricReading("other", label, false);
        }
    }

    private MetricReading Percent(ReadOnlySpan<char> s, int sentenceStart, int clauseStart, ReadOnlySpan<char> before, IndicatorKind kind, string label)
    {
        var rate = Nearest(before, Rates);
        if (kind == IndicatorKind.Change)
        {
            // 刑事案件发案同比下降29.93%: a change of a counted thing is filed under that thing.
            var subject = Nearest(before, Counts);
            if (subject is not null and not "other") { return new MetricReading(subject, label, true); }
            return new MetricReading(rate is "share_rate" or null ? "growth_rate" : rate, label, true);
        }
        if (rate is null && clauseStart > sentenceStart)
        {
            rate = Nearest(s[Math.Max(sentenceStart, clauseStart - MaxPhrase)..clauseStart], Rates);
        }
        return new MetricReading(rate ?? "share_rate", label, rate is not null);
    }

    private static MetricReading Pick(string? metric, string label) => new(metric ?? "other", label, metric is not null);

    /// <summary>The keyword nearest before the number whose category fits the unit.</summary>
    private string? Nearest(ReadOnlySpan<char> before, FrozenSet<string> allowed)
    {
        for (int end = before.Length; end > 0; end--)
        {
            if (lexicon.MetricKeywords.TryMatchEndingAt(before, end, out int length, out var metric) && allowed.Contains(metric))
            {
                return metric;
            }
            _ = length;
        }
        return null;
    }

    /// <summary>
    /// The head noun of the phrase after the measure word: the first keyword and any keywords glued
    /// right after it (医保业务子系统 → 子系统); a quoted name is read whole (“党员流动工作站” → 工作站).
    /// </summary>
    private string? Last(ReadOnlySpan<char> after, FrozenSet<string> allowed)
    {
        bool quoted = after.Length > 0 && after[0] is '“' or '‘';
        if (quoted)
        {
            int close = after[1..].IndexOfAny('”', '’');
            after = close >= 0 ? after[1..(close + 1)] : after[1..];
        }
        string? head = null;
        int headEnd = -1;
        int i = 0;
        while (i < after.Length)
        {
            if (lexicon.MetricKeywords.TryMatchAt(after, i, out int length, out var metric) && allowed.Contains(metric))
            {
                if (head is not null && !quoted && i != headEnd) { break; }
                head = metric;
                headEnd = i + length;
                i += length;
                continue;
            }
            i++;
        }
        return head;
    }

    /// <summary>Where the noun phrase after a measure word ends: a clause break, a digit or a verb (12个小区|成立…).</summary>
    private int PhraseEnd(ReadOnlySpan<char> s, int sentenceEnd, int from)
    {
        int limit = Math.Min(sentenceEnd, from + MaxPhrase);
        if (from < limit && s[from] is '、') { return from; }
        var sentence = s[..sentenceEnd];
        var stops = lexicon.PhraseStops;
        for (int i = from; i < limit; i++)
        {
            char c = s[i];
            if (CjkText.IsClauseBreak(c) || CjkText.IsAsciiDigit(c) || c is '\n') { return i; }
            if (stops.CanStartWith(c) && stops.TryMatchAt(sentence, i, out _, out _)) { return i; }
        }
        return limit;
    }

    /// <summary>The metric phrase: the clause before the number, or the noun after the measure word.</summary>
    private static string Label(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        var head = after.Trim("“”‘’的");
        if (head.Length >= 2) { return head.ToString(); }
        var lead = before.TrimEnd("约近超过逾达到为共计累计实现突破了有").TrimStart("、“”");
        if (lead.Length > 24) { lead = lead[^24..]; }
        return lead.ToString();
    }

    private static FrozenSet<string> Set(params string[] keys) => keys.ToFrozenSet(StringComparer.Ordinal);
}
