using MetricsDashboard.Extraction.Areas;
using MetricsDashboard.Extraction.Decoding;
using MetricsDashboard.Extraction.Facts;
using MetricsDashboard.Extraction.Lexicons;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Normalisation;
using MetricsDashboard.Extraction.Numbers;
using MetricsDashboard.Extraction.Segmentation;
using MetricsDashboard.Extraction.Semantics;

namespace MetricsDashboard.Extraction;

/// <summary>
/// The rule-based extractor: decode, normalise, segment into articles and sentences, find the
/// quantities, then read what each measures (metric, kind, district, sector, period). Holds only
/// read-only lexicons, so one instance is safe to share between threads; its output depends on
/// nothing but its input.
/// </summary>
public sealed class IndicatorExtractor : IIndicatorExtractor
{
    /// <summary>The version of the rules and lexicons; bump it whenever output can change.</summary>
    public const string RulesVersion = "1.2.0";

    private readonly AreaGazetteer _gazetteer;
    private readonly Lexicon _lexicon;
    private readonly QuantityFinder _finder;
    private readonly MetricClassifier _metrics;
    private readonly KindClassifier _kinds;
    private readonly SectorClassifier _sectors;
    private readonly DistrictResolver _districts;
    private readonly ArticleContextBuilder _articles;

    /// <summary>An extractor over the embedded lexicons.</summary>
    public IndicatorExtractor()
    {
        _gazetteer = AreaGazetteer.Default;
        _lexicon = Lexicon.Default;
        _finder = new QuantityFinder(_lexicon);
        _metrics = new MetricClassifier(_lexicon);
        _kinds = new KindClassifier(_lexicon);
        _sectors = new SectorClassifier(_lexicon);
        _districts = new DistrictResolver(_gazetteer);
        _articles = new ArticleContextBuilder(_gazetteer, _sectors);
    }

    /// <inheritdoc />
    public string Version => RulesVersion;

    /// <inheritdoc />
    public ExtractionResult Extract(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var decoded = TextDecoder.Decode(document.Name, document.Content.Span);
        var normalised = TextNormaliser.Normalise(decoded.Text);
        var text = normalised.Text;
        var (articleSpans, sentences) = PageSegmenter.Segment(normalised, _lexicon);

        var warnings = new List<ExtractionWarning>();
        if (decoded.InvalidByteOffsets.Count > 0)
        {
            var offsets = decoded.InvalidByteOffsets;
            warnings.Add(new ExtractionWarning("invalid-bytes",
                $"{offsets.Count} byte(s) are not valid UTF-8 in an otherwise UTF-8 file (first at byte {offsets[0]}); each was replaced with U+FFFD.", offsets[0]));
        }
        DateOnly? published = document.PublishedOn;
        var dateSource = published is null ? DateSource.None : DateSource.Metadata;
        int? pageYear = published?.Year;
        if (published is null)
        {
            (published, pageYear) = PublicationDateInference.Infer(text);
            if (published is not null) { dateSource = DateSource.Inferred; }
            else { warnings.Add(new ExtractionWarning("no-date", "No publication date in metadata or text; relative periods (今年, 去年) are left empty.")); }
        }

        var areas = AreaScanner.Scan(text, _gazetteer, _lexicon);
        var periods = PeriodFinder.Find(text, pageYear, _lexicon.ReportingVerbs);
        var contexts = articleSpans.Select(a => _articles.Build(text, normalised, a, areas, periods, published)).ToArray();
        var articles = articleSpans.Select((a, i) => new Article(a.Index, a.Title, a.Byline, a.Start, a.End, Canonical(contexts[i].MainArea), contexts[i].Sector)).ToArray();

        var indicators = FigureAnnotator.Annotate(ReadIndicators(text, normalised, sentences, contexts, areas, periods));
        return new ExtractionResult(document.Name, decoded.EncodingName, decoded.Text, text, published, dateSource, articles, indicators, warnings, Version)
        {
            ToOriginalOffset = normalised.ToOriginal,
        };
    }

    private List<Indicator> ReadIndicators(string text, NormalisedText normalised, List<SentenceSpan> sentences, ArticleContext[] contexts,
        List<AreaMention> areas, List<PeriodMarker> periods)
    {
        var indicators = new List<Indicator>();
        var found = new List<QuantitySpan>();
        var s = text.AsSpan();
        Span<double> sentenceScores = stackalloc double[_sectors.SectorCount];
        var paragraphScores = new double[_sectors.SectorCount];
        // The paragraph's keywords, from which its sentences are scored without scanning them again.
        var paragraphMatches = new List<SectorMatch>();
        int scoredLine = -1;
        int areaCursor = 0, periodCursor = 0;
        int carryLine = -1;
        Area? areaCarry = null;
        PeriodMarker? periodCarry = null;

        foreach (var sentence in sentences)
        {
            if (sentence.LineIndex != carryLine)
            {
                carryLine = sentence.LineIndex;
                areaCarry = null;
                periodCarry = null;
            }
            while (areaCursor < areas.Count && areas[areaCursor].Start < sentence.Start) { areaCursor++; }
            int areaEnd = areaCursor;
            while (areaEnd < areas.Count && areas[areaEnd].End <= sentence.End) { areaEnd++; }
            while (periodCursor < periods.Count && periods[periodCursor].Start < sentence.Start) { periodCursor++; }
            int periodEnd = periodCursor;
            while (periodEnd < periods.Count && periods[periodEnd].End <= sentence.End) { periodEnd++; }

            found.Clear();
            Area? resolvedArea = null;
            _finder.Find(s, sentence.Start, sentence.End, found);
            if (found.Count > 0)
            {
                var context = contexts[sentence.ArticleIndex];
                var line = normalised.Lines[sentence.LineIndex];
                if (scoredLine != sentence.LineIndex)
                {
                    Array.Clear(paragraphScores);
                    paragraphMatches.Clear();
                    _sectors.Score(s, line.Start, line.End, paragraphScores, paragraphMatches);
                    scoredLine = sentence.LineIndex;
                }
                sentenceScores.Clear();
                if (sentence.Start >= line.Start && sentence.End <= line.End)
                {
                    _sectors.ScoreWithin(s, sentence.Start, sentence.End, paragraphMatches, sentenceScores);
                }
                else
                {
                    _sectors.Score(s[sentence.Start..sentence.End], sentenceScores, 1);
                }
                string sectorOfSentence = _sectors.Decide(sentenceScores, paragraphScores, context.SectorScores);
                string sentenceText = text[sentence.Start..sentence.End];
                bool current = HasCurrentMarker(s, sentence);
                var sentenceAreas = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(areas)[areaCursor..areaEnd];

                var targetScan = default(TargetScan);
                foreach (var q in found)
                {
                    var (kind, sign) = _kinds.Classify(s, sentence.Start, q, ref targetScan);
                    var metric = _metrics.Classify(s, sentence.Start, sentence.End, q, kind);
                    string sector = _metrics.SectorHints.TryGetValue(metric.Metric, out var hints)
                        ? _sectors.DecideWithHints(sentenceScores, paragraphScores, context.SectorScores, hints)
                        : sectorOfSentence;
                    bool rank = q.Unit == CanonicalUnit.Rank;
                    var area = _districts.Resolve(s, sentence.Start, sentenceAreas, rank ? q.Start : q.NumberStart, rank, areaCarry, context.MainArea);
                    resolvedArea = area ?? resolvedArea;
                    // A duration (连续23年) is a length of time, not something that happened in one.
                    string? period = IsDurationOrOther(q.Unit) ? null
                        : Period(periods, periodCursor, periodEnd, q.Start, periodCarry, current, context.Period)
                          ?? (current ? null : LaterInParagraph(s, periods, periodEnd, normalised.Lines[sentence.LineIndex].End, context.Period));
                    double value = sign < 0 ? -Math.Abs(q.Value) : q.Value;
                    double? valueMax = q.ValueMax is double max && sign < 0 ? -Math.Abs(max) : q.ValueMax;
                    double confidence = Math.Round(q.Confidence * (metric.FromKeyword ? 1 : 0.85), 2);
                    indicators.Add(new Indicator(text[q.Start..q.End], q.Start, q.End, value, valueMax, q.Unit, q.Counter, q.Qualifier, kind,
                        metric.Metric, metric.Label, Canonical(area), sector, period, sentenceText, sentence.Start, confidence, sentence.ArticleIndex));
                }
            }
            // The next sentence of the paragraph inherits the area this one was about.
            areaCarry = resolvedArea ?? LastArea(areas, areaCursor, areaEnd, contexts[sentence.ArticleIndex].MainArea) ?? areaCarry;
            if (periodEnd > periodCursor) { periodCarry = periods[periodEnd - 1]; }
        }
        return indicators;
    }

    /// <summary>
    /// The period of a number: the last reference before it in its sentence, else one carried from
    /// earlier sentences of its paragraph, else the article's reporting period; a sentence about the
    /// present (目前, 截至目前) takes only its own references.
    /// </summary>
    private static string? Period(List<PeriodMarker> periods, int from, int to, int position, PeriodMarker? carry, bool current, string? articlePeriod)
    {
        for (int i = to - 1; i >= from; i--)
        {
            if (periods[i].End <= position) { return Resolve(periods[i], articlePeriod); }
        }
        if (current) { return null; }
        return (carry is PeriodMarker c ? Resolve(c, articlePeriod) : null) ?? articlePeriod;
    }

    /// <summary>
    /// A speaker's paragraph about this year (引进30个以上文旅项目…。全年举办不少于4000场…) dates its
    /// undated numbers by the 今年 / 全年 / 明年 named later in it. A later absolute date (2023年,
    /// 6月) starts a report of its own and dates only what follows it; starts and deadlines never date.
    /// </summary>
    private static string? LaterInParagraph(ReadOnlySpan<char> s, List<PeriodMarker> periods, int from, int paragraphEnd, string? articlePeriod)
    {
        for (int i = from; i < periods.Count && periods[i].End <= paragraphEnd; i++)
        {
            var marker = periods[i];
            if (!marker.Bounded && marker.YearOnly && s[marker.Start] is '今' or '全' or '明') { return Resolve(marker, articlePeriod); }
        }
        return null;
    }

    /// <summary>全年 is the year the article reports on when it names one, else the page year.</summary>
    private static string Resolve(PeriodMarker marker, string? articlePeriod) =>
        marker.WholeYear && articlePeriod is { Length: 4 } ? articlePeriod : marker.Period;

    private static bool IsDurationOrOther(CanonicalUnit unit) =>
        unit is CanonicalUnit.DurationYear or CanonicalUnit.DurationMonth or CanonicalUnit.DurationDay or CanonicalUnit.DurationHour or CanonicalUnit.Other;

    private bool HasCurrentMarker(ReadOnlySpan<char> s, SentenceSpan sentence)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (_lexicon.CurrentMarkers.CanStartWith(s[i]) && _lexicon.CurrentMarkers.TryMatchAt(s[..sentence.End], i, out _, out _)) { return true; }
        }
        return false;
    }

    private static Area? LastArea(List<AreaMention> areas, int from, int to, Area? articleMain)
    {
        for (int i = to - 1; i >= from; i--)
        {
            var area = areas[i].Area;
            if (ReferenceEquals(area, AreaScanner.Pronoun)) { continue; }
            if (area.Level != AreaLevel.Region || articleMain?.Level == AreaLevel.Region) { return area; }
        }
        return null;
    }

    private static string? Canonical(Area? area) => area is null || area.Level == AreaLevel.Region ? null : area.Name;
}
