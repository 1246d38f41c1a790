using System.Collections.Frozen;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Numbers;
using MetricsDashboard.Extraction.Taxonomy;

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

    // The families of each unit and the measure words' defaults are data (taxonomy.json), not tables here.
    private static readonly MetricFamilies Families = MetricFamilies.Default;
    private static readonly FrozenSet<string> Money = Families.Money;
    private static readonly FrozenSet<string> Rates = Families.Rates;
    private static readonly FrozenSet<string> Counts = Families.Counts;
    private static readonly FrozenSet<string> Energy = Families.Energy;
    private static readonly FrozenSet<string> ChangeSubjects = Families.ChangeSubjects;
    private static readonly FrozenSet<string> AllMetrics = Families.All;

    /// <summary>Sector hints of a metric (项目 counts are construction news): sector index → weight.</summary>
    public FrozenDictionary<string, (int Sector, int Weight)[]> SectorHints => lexicon.MetricSectorHints;

    public MetricReading Classify(ReadOnlySpan<char> s, int sentenceStart, int sentenceEnd, QuantitySpan q, IndicatorKind kind)
    {
        int clauseStart = ClauseText.ClauseStart(s, sentenceStart, q.NumberStart);
        var before = s[clauseStart..q.Start];
        // 30个以上文旅项目: the qualifier after the unit belongs to the number, the phrase starts after it.
        int phraseStart = lexicon.QualifierSuffixes.TryMatchAt(s[..sentenceEnd], q.End, out int suffixLength, out _) ? q.End + suffixLength : q.End;
        int phraseEnd = PhraseEnd(s, sentenceEnd, phraseStart);
        var after = s[phraseStart..phraseEnd];
        var head = HeadNoun(after, q.Unit is CanonicalUnit.Cny or CanonicalUnit.Usd ? Money : Counts);
        var named = head.Metric is not null ? head : HeadNoun(after, AllMetrics);
        // Only what a measure word or a rate names is a counted thing (8000余台|刷脸终端); after a duration or a bare scale the
        // phrase is the rest of the sentence (连续七年|位列第1).
        bool counts = q.Counter is not null || q.Unit is CanonicalUnit.Count or CanonicalUnit.Percent;
        string label = Label(before, named.Metric is null ? [] : after[..named.End], counts ? after : []);

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
                return Pick(head.Metric ?? Nearest(before, Money), label);
            case CanonicalUnit.Percent or CanonicalUnit.PercentagePoint or CanonicalUnit.BasisPoint:
                return Percent(s, sentenceStart, clauseStart, before, kind, label);
            case CanonicalUnit.Count:
                var metric = head.Metric ?? Nearest(before, Counts);
                if (q.Counter is not null && head.Metric is null or "other" && Families.DecisiveCounters.TryGetValue(q.Counter, out var counted) && metric is not "people" and not "visitors")
                {
                    // 面向180余名新业态劳动者, 开展2场线下送政策活动: 名 counts persons and 场 events, whatever word stands before
                    // and whatever catch-all noun (政策) the phrase after them holds.
                    metric = counted;
                }
                if (metric is null && q.Counter is not null) { metric = Families.CounterDefaults.GetValueOrDefault(q.Counter); }
                return Pick(metric, label);
            default:
                return new MetricReading("other", label, false);
        }
    }

    private MetricReading Percent(ReadOnlySpan<char> s, int sentenceStart, int clauseStart, ReadOnlySpan<char> before, IndicatorKind kind, string label)
    {
        // 占全市固定资产投资的77.3%: a part's share of a whole, whatever the clause before reported.
        var rate = IsShareClause(before) ? "share_rate" : Nearest(before, Rates);
        if (kind == IndicatorKind.Change)
        {
            // 占比提高3.6个百分点, 完成率提高: a share or completion rate that moved is still that rate.
            if (rate is "share_rate" or "completion_rate") { return new MetricReading(rate, label, true); }
            // 刑事案件发案同比下降29.93%, 国有企业增加值下降2.3%: the change is of the quantity named nearest before it.
            var subject = Nearest(before, ChangeSubjects);
            int end = clauseStart;
            while (subject is null && end > sentenceStart)
            {
                // 发放贷款65亿元,同比增长34.3%: a change with no subject of its own is of the figure the clauses before
                // report; a share clause before it (占…的77.3%,比去年同期增加3.6个百分点) makes it a change of that share.
                int previousStart = ClauseText.ClauseStart(s, sentenceStart, end - 1);
                var previous = s[previousStart..end];
                if (IsShareClause(previous) && !HasChangeSubject(previous)) { return new MetricReading("share_rate", label, true); }
                subject = Nearest(previous, ChangeSubjects);
                end = previousStart;
            }
            if (subject is not null and not "other") { return new MetricReading(subject, label, true); }
            return new MetricReading(rate is "share_rate" or null ? "growth_rate" : rate, label, true);
        }
        if (rate is null && clauseStart > sentenceStart)
        {
            // Only the clause right before: 增幅 two clauses back describes another figure.
            int previousStart = ClauseText.ClauseStart(s, sentenceStart, clauseStart - 1);
            rate = Nearest(s[Math.Max(previousStart, clauseStart - MaxPhrase)..clauseStart], Rates);
        }
        return new MetricReading(rate ?? "share_rate", label, rate is not null);
    }

    /// <summary>占 as the verb of a share (占全省的, 占比), not of 占地 or 占用.</summary>
    private static bool IsShareClause(ReadOnlySpan<char> clause)
    {
        for (int i = clause.IndexOf('占'); i >= 0; i = clause[(i + 1)..].IndexOf('占') is var k and >= 0 ? i + 1 + k : -1)
        {
            if (i + 1 >= clause.Length || clause[i + 1] is not ('地' or '用' or '领' or '据' or '有')) { return true; }
        }
        return false;
    }

    private bool HasChangeSubject(ReadOnlySpan<char> clause)
    {
        // The whole after 占 (占全市固定资产投资的) is the denominator, not the subject.
        int share = clause.IndexOf('占');
        return share > 0 && Nearest(clause[..share], ChangeSubjects) is not null;
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
    /// The head noun of the phrase after the measure word, and where it ends: the first keyword and any keywords glued
    /// right after it (医保业务子系统 → 子系统); a quoted name is read whole (“党员流动工作站” → 工作站).
    /// </summary>
    private (string? Metric, int End) HeadNoun(ReadOnlySpan<char> after, FrozenSet<string> allowed)
    {
        bool quoted = after.Length > 0 && after[0] is '“' or '‘';
        int offset = 0;
        if (quoted)
        {
            int close = after[1..].IndexOfAny('”', '’');
            after = close >= 0 ? after[1..(close + 1)] : after[1..];
            offset = 1;
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
        return (head, quoted && head is not null ? after.Length + offset + 1 : headEnd + offset);
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
            // A space separates the parts of a headline (新建11个停车场 新增3410个泊位).
            if (CjkText.IsClauseBreak(c) || CjkText.IsAsciiDigit(c) || c is '\n' or ' ') { return i; }
            if (stops.CanStartWith(c) && stops.TryMatchAt(sentence, i, out _, out _)) { return i; }
            // 从7家上升至8家, 连续七年位列第1: a change or rank verb ends the phrase as well (not 居 alone: 居民).
            if (lexicon.ChangeMarkers.TryMatchAt(sentence, i, out _, out _)
                || (lexicon.RankVerbs.TryMatchAt(sentence, i, out int rankLength, out _) && rankLength > 1)) { return i; }
        }
        return limit;
    }

    /// <summary>
    /// The metric phrase: the head noun phrase after the measure word (8家|企业), else the part of the
    /// clause before the number that belongs to it (打掉涉黑组织9个、|恶势力组织59个).
    /// </summary>
    private string Label(ReadOnlySpan<char> before, ReadOnlySpan<char> head, ReadOnlySpan<char> counted) => BalanceQuotes(RawLabel(before, head, counted));

    /// <summary>
    /// Drops the quote marks a label cut out of a quoted name leaves unpaired (80个“问题小区”中34个 →
    /// 问题小区中, 医保“刷脸终端” → 医保刷脸终端); paired quotes stay (“圈链融合”活动).
    /// </summary>
    private static string BalanceQuotes(string label)
    {
        if (label.AsSpan().IndexOfAny("“”‘’") < 0) { return label; }
        var keep = new bool[label.Length];
        var open = new Stack<int>();
        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            if (c is '“' or '‘') { open.Push(i); }
            else if (c is '”' or '’')
            {
                if (open.Count > 0) { keep[open.Pop()] = true; keep[i] = true; }
            }
            else { keep[i] = true; }
        }
        var builder = new System.Text.StringBuilder(label.Length);
        for (int i = 0; i < label.Length; i++)
        {
            if (keep[i]) { builder.Append(label[i]); }
        }
        return builder.ToString();
    }

    private string RawLabel(ReadOnlySpan<char> before, ReadOnlySpan<char> head, ReadOnlySpan<char> counted)
    {
        var noun = head.Trim(LabelTrim);
        if (noun.Length >= 2) { return noun.ToString(); }
        var lead = Lead(before);
        // 新建11个|停车场, 享受8.5折|立减优惠: what a measure word counts names the metric better than the verb before it.
        var thing = counted.Trim(LabelTrim);
        if (thing.Length >= 2 && lead.Length <= ShortVerb)
        {
            string combined = string.Concat(lead, thing);
            return combined.Length > MaxPhrase ? combined[..MaxPhrase] : combined;
        }
        if (lead.IsEmpty)
        {
            // 最高可分别贷30万元和|400万元, 已入住5872户、|10526人: a later item of a coordination shares the first one's phrase.
            int previous = PreviousNumberStart(before);
            if (previous > 0) { lead = Lead(before[..previous]); }
        }
        if (lead.Length > MaxPhrase) { lead = lead[^MaxPhrase..]; }
        return lead.ToString();
    }

    /// <summary>The part of the clause before a number that belongs to it: after the last enumeration mark or number (and that number's unit or date word).</summary>
    private ReadOnlySpan<char> Lead(ReadOnlySpan<char> before)
    {
        int cut = before.LastIndexOfAny(LabelBreaks);
        if (cut >= 0 && char.IsAsciiDigit(before[cut]))
        {
            int p = cut + 1;
            while (p < before.Length && lexicon.Multipliers.ContainsKey(before[p])) { p++; }
            if (lexicon.Units.TryMatchAt(before, p, out int unitLength, out _)) { p += unitLength; }
            else if (p < before.Length && before[p] is '年' or '月' or '日' or '号') { p++; }
            cut = p - 1;
        }
        return (cut >= 0 ? before[(cut + 1)..] : before).TrimEnd("约近超过逾达到为共计累计实现突破了有分别从由").TrimStart("、“”‘’而并其中和及与或").Trim(LabelTrim);
    }

    /// <summary>Where the number before the last connective of <paramref name="before"/> starts, or -1.</summary>
    private static int PreviousNumberStart(ReadOnlySpan<char> before)
    {
        int i = before.Length;
        while (i > 0 && !char.IsAsciiDigit(before[i - 1]) && before.Length - i < 4) { i--; }
        if (i == 0 || !char.IsAsciiDigit(before[i - 1])) { return -1; }
        while (i > 0 && (char.IsAsciiDigit(before[i - 1]) || before[i - 1] is '.' or ',')) { i--; }
        return i;
    }

    // A lead of at most this length (a verb: 新建, 享受) joins the counted noun after it; a longer lead is the label itself.
    private const int ShortVerb = 4;

    // Quotes, brackets and enumeration marks at the edge of a label belong to the sentence, not to the metric phrase.
    private const string LabelTrim = "“”‘’\"'《》()（）、，,的";

    // An enumeration mark or a number before the label belongs to the previous item.
    private static readonly System.Buffers.SearchValues<char> LabelBreaks = System.Buffers.SearchValues.Create("、0123456789%");
}
