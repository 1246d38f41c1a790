using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Extraction.Model;
using MetricsDashboard.Extraction.Output;
using Microsoft.EntityFrameworkCore;

namespace MetricsDashboard.Data.Review;

/// <inheritdoc />
public sealed class ReviewService(IDbContextFactory<MetricsDbContext> contexts, IIndicatorImportService importer, TimeProvider clock) : IReviewService
{
    private const int MaxNameLength = 100;
    private const int MaxReasonLength = 500;

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Status is not null && !ReviewStatuses.IsKnown(query.Status))
        {
            throw new ReviewException($"unknown status '{query.Status}' ({string.Join(", ", ReviewStatuses.All)})");
        }
        if (query.Doubt is not null && !DoubtReasons.IsKnown(query.Doubt))
        {
            throw new ReviewException($"unknown doubt reason '{query.Doubt}' ({string.Join(", ", DoubtReasons.All)})");
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        return query.Status is ReviewStatuses.Excluded or ReviewStatuses.Orphaned
            ? await DecisionItemsAsync(db, query, ct)
            : await MentionItemsAsync(db, query, ct);
    }

    private static async Task<IReadOnlyList<ReviewItem>> MentionItemsAsync(MetricsDbContext db, ReviewQuery query, CancellationToken ct)
    {
        var rows = db.Indicators.AsNoTracking();
        if (query.Status is not null)
        {
            rows = rows.Where(i => i.ReviewStatus == query.Status);
        }
        if (query.District is not null)
        {
            rows = rows.Where(i => i.District == query.District);
        }
        if (query.Sector is not null)
        {
            rows = rows.Where(i => i.Sector == query.Sector);
        }
        if (query.Metric is not null)
        {
            rows = rows.Where(i => i.Metric == query.Metric);
        }
        var scored = rows.Select(i => new
        {
            Row = i,
            Doc = i.Document!.FileName,
            FactMentions = i.Fact == null ? 0 : i.Fact.MentionCount,
            Low = i.Confidence < DoubtReasons.ConfidenceThreshold,
            Other = i.Metric == "other",
            NoArea = i.District == null,
            Borderline = i.Form != FigureForm.Amount,
            Disagrees = i.Fact != null && (i.Fact.Value != i.Value || i.Fact.Period != i.Period || i.Fact.District != i.District),
        });
        scored = query.Doubt switch
        {
            DoubtReasons.LowConfidence => scored.Where(s => s.Low),
            DoubtReasons.MetricOther => scored.Where(s => s.Other),
            DoubtReasons.NoArea => scored.Where(s => s.NoArea),
            DoubtReasons.BorderlineForm => scored.Where(s => s.Borderline),
            DoubtReasons.FactDisagrees => scored.Where(s => s.Disagrees),
            _ => scored,
        };
        var page = await scored
            .OrderByDescending(s => (s.Low ? 1 : 0) + (s.Other ? 1 : 0) + (s.NoArea ? 1 : 0) + (s.Borderline ? 1 : 0) + (s.Disagrees ? 1 : 0))
            .ThenBy(s => s.Row.Confidence)
            .ThenBy(s => s.Row.Id)
            .Skip(Math.Max(0, query.Skip))
            .Take(Math.Clamp(query.Take, 1, 1000))
            .ToListAsync(ct);
        return page.Select(s =>
        {
            var i = s.Row;
            List<string> doubts = [];
            if (s.Low) { doubts.Add(DoubtReasons.LowConfidence); }
            if (s.Other) { doubts.Add(DoubtReasons.MetricOther); }
            if (s.NoArea) { doubts.Add(DoubtReasons.NoArea); }
            if (s.Borderline) { doubts.Add(DoubtReasons.BorderlineForm); }
            if (s.Disagrees) { doubts.Add(DoubtReasons.FactDisagrees); }
            return new ReviewItem(i.Id, null, s.Doc, i.ArticleId, i.Surface, i.Start, i.End, i.ReviewStatus, i.Value, i.ValueMax, i.Unit, i.Counter,
                i.Qualifier, i.Kind, i.Metric, i.Label, i.District, i.Sector, i.Period, i.Sentence, i.Confidence, doubts, i.ReviewedBy, i.ReviewedAt, null, s.FactMentions);
        }).ToList();
    }

    private static async Task<IReadOnlyList<ReviewItem>> DecisionItemsAsync(MetricsDbContext db, ReviewQuery query, CancellationToken ct)
    {
        var decisions = db.Set<ReviewDecision>().AsNoTracking();
        decisions = query.Status == ReviewStatuses.Excluded
            ? decisions.Where(d => d.Action == ReviewActions.Exclude && d.Status == DecisionStatuses.Active)
            : decisions.Where(d => d.Status == DecisionStatuses.Orphaned);
        var page = await decisions.OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 1000)).ToListAsync(ct);
        var items = page.Select(d =>
        {
            // The reading the figure had when the decision was taken, with its corrections on top.
            var reading = new Dictionary<string, string?>(ReviewCorrections.Parse(d.Originals), StringComparer.Ordinal);
            foreach (var (field, value) in ReviewCorrections.Parse(d.Corrections))
            {
                reading[field] = value;
            }
            string? F(string field) => reading.GetValueOrDefault(field);
            T? C<T>(string field) where T : struct, Enum => WireNames.TryParse<T>(F(field), out var code) ? code : null;
            double? N(string field) => double.TryParse(F(field), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
            var status = d.Status == DecisionStatuses.Orphaned ? ReviewStatuses.Orphaned : ReviewStatuses.Excluded;
            return new ReviewItem(null, d.Id, d.Document, null, d.Surface, d.Start, d.End, status, N(ReviewFields.Value), N(ReviewFields.ValueMax),
                C<CanonicalUnit>(ReviewFields.Unit), F(ReviewFields.Counter), C<Qualifier>(ReviewFields.Qualifier), C<IndicatorKind>(ReviewFields.Kind), F(ReviewFields.Metric), F(ReviewFields.Label),
                F(ReviewFields.District), F(ReviewFields.Sector), F(ReviewFields.Period), d.Sentence, null, [], d.By, d.At, d.Reason);
        });
        // The contract's filters hold for decisions too (on the reading they keep).
        return items.Where(i => (query.District is null || i.District == query.District)
                && (query.Sector is null || i.Sector == query.Sector)
                && (query.Metric is null || i.Metric == query.Metric))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<ReviewContext?> ContextAsync(long indicatorId, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var hit = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
            .Select(i => new { i.Start, i.End, i.SentenceStart, i.Sentence, i.Document!.NormalisedText })
            .FirstOrDefaultAsync(ct);
        if (hit is null)
        {
            return null;
        }
        var text = hit.NormalisedText;
        var sentenceStart = Math.Clamp(hit.SentenceStart, 0, text.Length);
        var sentenceEnd = Math.Clamp(sentenceStart + hit.Sentence.Length, sentenceStart, text.Length);
        var from = sentenceStart == 0 ? 0 : text.LastIndexOf('\n', sentenceStart - 1) + 1;
        var to = text.IndexOf('\n', sentenceEnd);
        to = to < 0 ? text.Length : to;
        var start = Math.Clamp(hit.Start, from, to);
        var end = Math.Clamp(hit.End, start, to);
        return new ReviewContext(text[from..to], sentenceStart - from, sentenceEnd - sentenceStart, start - from, end - start);
    }

    /// <inheritdoc />
    public Task<ReviewOutcome> VerifyAsync(long indicatorId, string by, CancellationToken ct = default) =>
        DecideAsync(indicatorId, ReviewActions.Verify, null, new Dictionary<string, string?>(), by, ct);

    /// <inheritdoc />
    public Task<ReviewOutcome> ExcludeAsync(long indicatorId, string reason, string by, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ReviewException("an exclusion needs a reason");
        }
        if (reason.Length > MaxReasonLength)
        {
            throw new ReviewException($"the reason is longer than {MaxReasonLength} characters");
        }
        return DecideAsync(indicatorId, ReviewActions.Exclude, reason.Trim(), new Dictionary<string, string?>(), by, ct);
    }

    /// <inheritdoc />
    public Task<ReviewOutcome> CorrectAsync(long indicatorId, IReadOnlyDictionary<string, string?> fields, string by, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (fields.Count == 0)
        {
            throw new ReviewException("a correction needs at least one field");
        }
        var problems = fields.Select(f => ReviewFields.Problem(f.Key, f.Value)).OfType<string>().ToList();
        if (problems.Count > 0)
        {
            throw new ReviewException(string.Join("; ", problems));
        }
        var clean = fields.ToDictionary(f => f.Key, f => string.IsNullOrWhiteSpace(f.Value) ? null : f.Value.Trim(), StringComparer.Ordinal);
        return DecideAsync(indicatorId, ReviewActions.Correct, null, clean, by, ct);
    }

    // The fields a fact is keyed by (FactMention.SameReading and the value).
    private static readonly string[] FactKey =
        [ReviewFields.Metric, ReviewFields.District, ReviewFields.Period, ReviewFields.Kind, ReviewFields.Unit, ReviewFields.Counter, ReviewFields.Value];

    /// <inheritdoc />
    public async Task<ReviewOutcome> MergeAsync(long indicatorId, long intoIndicatorId, string by, CancellationToken ct = default)
    {
        if (indicatorId == intoIndicatorId)
        {
            throw new ReviewException("a figure cannot be merged with itself");
        }
        Dictionary<string, string?> differing;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var rows = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId || i.Id == intoIndicatorId).ToListAsync(ct);
            var source = rows.FirstOrDefault(r => r.Id == indicatorId) ?? throw new ReviewException($"no figure #{indicatorId}", notFound: true);
            var target = rows.FirstOrDefault(r => r.Id == intoIndicatorId) ?? throw new ReviewException($"no figure #{intoIndicatorId}", notFound: true);
            if (source.FactId is not null && source.FactId == target.FactId)
            {
                throw new ReviewException($"figures #{indicatorId} and #{intoIndicatorId} are one fact already");
            }
            differing = FactKey.Where(f => ReviewFields.Read(source, f) != ReviewFields.Read(target, f))
                .ToDictionary(f => f, f => ReviewFields.Read(target, f), StringComparer.Ordinal);
            if (differing.Count == 0)
            {
                // Same reading yet two facts: the grouper keeps them apart on purpose (one sentence, undated
                // or non-additive figures across articles, a part and its total); a correction cannot join them.
                throw new ReviewException($"figures #{indicatorId} and #{intoIndicatorId} already read the same; the fact grouper keeps them apart (same sentence, undated or not an amount, or a total and its part)");
            }
        }
        return await CorrectAsync(indicatorId, differing, by, ct);
    }

    /// <inheritdoc />
    public async Task<ReviewOutcome> SplitAsync(long indicatorId, string by, CancellationToken ct = default)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            var row = await db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
                .Select(i => new { i.ReviewStatus, Mentions = i.Fact == null ? 0 : i.Fact.MentionCount })
                .FirstOrDefaultAsync(ct)
                ?? throw new ReviewException($"no figure #{indicatorId} (ids change when a document is stored again: list the queue anew)", notFound: true);
            if (row.ReviewStatus == ReviewStatuses.Split)
            {
                throw new ReviewException($"figure #{indicatorId} is split off already: it stands alone");
            }
            if (row.Mentions < 2)
            {
                throw new ReviewException($"figure #{indicatorId} is the only mention of its fact: there is nothing to split it from");
            }
        }
        return await DecideAsync(indicatorId, ReviewActions.Split, null, [], by, ct);
    }

    private async Task<ReviewOutcome> DecideAsync(long indicatorId, string action, string? reason, Dictionary<string, string?> corrections, string by, CancellationToken ct)
    {
        by = CheckName(by);
        int documentId;
        ReviewDecision decision;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var row = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.Id == indicatorId, ct)
                ?? throw new ReviewException($"no figure #{indicatorId} (ids change when a document is stored again: list the queue anew)", notFound: true);
            var document = await db.Documents.AsNoTracking().Where(d => d.Id == row.DocumentId).Select(d => new { d.FileName, d.ContentHash }).FirstAsync(ct);
            documentId = row.DocumentId;
            var previous = await InForceAsync(db, document.FileName, row, ct);
            var carried = ReviewCorrections.Parse(previous?.Corrections);
            var originals = new Dictionary<string, string?>(ReviewCorrections.Parse(previous?.Originals), StringComparer.Ordinal);
            foreach (var field in ReviewFields.All.Where(f => !carried.ContainsKey(f)))
            {
                // The extracted reading: a field corrected before keeps the original its decision kept.
                originals[field] = ReviewFields.Read(row, field);
            }
            // A split holds until it is undone: verifying or correcting a split figure keeps it apart.
            if (previous?.Action == ReviewActions.Split && action != ReviewActions.Exclude)
            {
                action = ReviewActions.Split;
            }
            var merged = new Dictionary<string, string?>(carried, StringComparer.Ordinal);
            foreach (var (field, value) in corrections)
            {
                merged[field] = value;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            decision = new ReviewDecision
            {
                Document = document.FileName,
                ContentHash = document.ContentHash,
                Start = row.Start,
                End = row.End,
                Surface = row.Surface,
                Sentence = row.Sentence,
                Action = action,
                Reason = reason,
                Corrections = ReviewCorrections.Format(merged),
                Originals = ReviewCorrections.Format(originals),
                By = by,
                At = now,
                Status = DecisionStatuses.Active,
                SupersedesId = previous?.Id,
            };
            if (previous is not null)
            {
                previous.Status = DecisionStatuses.Superseded;
            }
            db.Set<ReviewDecision>().Add(decision);
            await db.SaveChangesAsync(ct);
            var audits = db.Set<ReviewAudit>();
            var newStatus = action == ReviewActions.Exclude ? ReviewStatuses.Excluded
                : action == ReviewActions.Split ? ReviewStatuses.Split
                : merged.Count > 0 ? ReviewStatuses.Corrected : ReviewStatuses.Verified;
            if (row.ReviewStatus != newStatus)
            {
                audits.Add(Audit(decision, by, now, action, "status", row.ReviewStatus, newStatus));
            }
            if (reason is not null)
            {
                audits.Add(Audit(decision, by, now, action, "reason", null, reason));
            }
            foreach (var (field, value) in corrections)
            {
                audits.Add(Audit(decision, by, now, action, field, ReviewFields.Read(row, field), value));
            }
            if (row.ReviewStatus == newStatus && reason is null && corrections.Count == 0)
            {
                // Verifying a verified figure again: recorded all the same, so the trail says who looked.
                audits.Add(Audit(decision, by, now, action, "status", row.ReviewStatus, newStatus));
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        await StoreAgainAsync(documentId, ct);
        return new ReviewOutcome(decision.Id, await CurrentIdAsync(decision.Id, ct), await StatusOfAsync(decision.Id, ct));
    }

    /// <inheritdoc />
    public async Task<ReviewOutcome> UndoAsync(long decisionId, string by, CancellationToken ct = default)
    {
        by = CheckName(by);
        int? documentId;
        ReviewDecision? restored;
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var decisions = db.Set<ReviewDecision>();
            var decision = await decisions.AsTracking().FirstOrDefaultAsync(d => d.Id == decisionId, ct)
                ?? throw new ReviewException($"no review decision #{decisionId}", notFound: true);
            if (decision.Status is not (DecisionStatuses.Active or DecisionStatuses.Orphaned))
            {
                throw new ReviewException($"decision #{decisionId} is {decision.Status}: only a decision in force can be undone");
            }
            restored = decision.SupersedesId is long id ? await decisions.AsTracking().FirstOrDefaultAsync(d => d.Id == id, ct) : null;
            var now = clock.GetUtcNow().UtcDateTime;
            decision.Status = DecisionStatuses.Undone;
            if (restored is not null)
            {
                restored.Status = DecisionStatuses.Active;
                // Where the figure stands now (the undone decision was re-keyed by every storing since).
                (restored.ContentHash, restored.Start, restored.End, restored.Sentence) = (decision.ContentHash, decision.Start, decision.End, decision.Sentence);
            }
            var was = StatusOf(decision);
            var now_ = restored is null ? ReviewStatuses.Pending : StatusOf(restored);
            db.Set<ReviewAudit>().Add(Audit(decision, by, now, ReviewActions.Undo, "status", was, now_));
            var before = ReviewCorrections.Parse(decision.Corrections);
            var after = ReviewCorrections.Parse(restored?.Corrections);
            var originals = ReviewCorrections.Parse(decision.Originals);
            foreach (var field in ReviewFields.All.Where(f => before.ContainsKey(f) || after.ContainsKey(f)))
            {
                var old = before.TryGetValue(field, out var b) ? b : originals.GetValueOrDefault(field);
                var back = after.TryGetValue(field, out var a) ? a : originals.GetValueOrDefault(field);
                if (old != back)
                {
                    db.Set<ReviewAudit>().Add(Audit(decision, by, now, ReviewActions.Undo, field, old, back));
                }
            }
            await db.SaveChangesAsync(ct);
            documentId = await db.Documents.Where(d => d.FileName == decision.Document).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
            await tx.CommitAsync(ct);
        }
        if (documentId is int doc)
        {
            await StoreAgainAsync(doc, ct);
        }
        return restored is null
            ? new ReviewOutcome(decisionId, await CurrentIdAsync(decisionId, ct), ReviewStatuses.Pending)
            : new ReviewOutcome(restored.Id, await CurrentIdAsync(restored.Id, ct), await StatusOfAsync(restored.Id, ct));
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewAudit>> AuditAsync(int take, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Set<ReviewAudit>().AsNoTracking().OrderByDescending(a => a.Id).Take(Math.Clamp(take, 1, 10_000)).ToListAsync(ct);
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<GoldRecord>> GoldAsync(string? document, CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = db.Indicators.AsNoTracking().Where(i => i.ReviewStatus != ReviewStatuses.Pending);
        if (document is not null)
        {
            rows = rows.Where(i => i.Document!.FileName == document);
        }
        return await rows
            .OrderBy(i => i.Document!.FileName).ThenBy(i => i.Start)
            .Select(i => new GoldRecord(i.Document!.FileName, i.Surface, i.Value, i.ValueMax, i.Unit.ToWire(), i.Counter, i.Qualifier.ToWire(), i.Kind.ToWire(), i.Metric, i.Label, i.District, i.Sector, i.Period, Core: true))
            .ToListAsync(ct);
    }

    private async Task StoreAgainAsync(int documentId, CancellationToken ct)
    {
        var report = await importer.ReextractDocumentAsync(documentId, ct);
        var failed = report.Files.FirstOrDefault(f => f.Status == ImportFileStatus.Failed);
        if (failed is not null)
        {
            throw new InvalidOperationException($"the decision is recorded but {failed.FileName} could not be stored again: {failed.Message}");
        }
    }

    // The decision in force for a stored mention: the applier keeps decisions keyed to where their mention stands.
    private static Task<ReviewDecision?> InForceAsync(MetricsDbContext db, string document, StoredIndicator row, CancellationToken ct) =>
        db.Set<ReviewDecision>().AsTracking()
            .Where(d => d.Document == document && (d.Status == DecisionStatuses.Active || d.Status == DecisionStatuses.Orphaned)
                && d.Start == row.Start && d.End == row.End && d.Surface == row.Surface)
            .OrderByDescending(d => d.Id)
            .FirstOrDefaultAsync(ct);

    private async Task<long?> CurrentIdAsync(long decisionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var d = await db.Set<ReviewDecision>().AsNoTracking().FirstAsync(x => x.Id == decisionId, ct);
        return await db.Indicators.AsNoTracking()
            .Where(i => i.Document!.FileName == d.Document && i.Start == d.Start && i.End == d.End && i.Surface == d.Surface)
            .Select(i => (long?)i.Id)
            .FirstOrDefaultAsync(ct);
    }

    private async Task<string> StatusOfAsync(long decisionId, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var d = await db.Set<ReviewDecision>().AsNoTracking().FirstAsync(x => x.Id == decisionId, ct);
        return d.Status == DecisionStatuses.Orphaned ? ReviewStatuses.Orphaned : StatusOf(d);
    }

    private static string StatusOf(ReviewDecision d) =>
        d.Action == ReviewActions.Exclude ? ReviewStatuses.Excluded
        : d.Action == ReviewActions.Split ? ReviewStatuses.Split
        : string.IsNullOrEmpty(d.Corrections) ? ReviewStatuses.Verified
        : ReviewStatuses.Corrected;

    private static string CheckName(string by)
    {
        if (string.IsNullOrWhiteSpace(by))
        {
            throw new ReviewException("a review action needs the reviewer's name");
        }
        by = by.Trim();
        return by.Length <= MaxNameLength ? by : throw new ReviewException($"the reviewer's name is longer than {MaxNameLength} characters");
    }

    private static ReviewAudit Audit(ReviewDecision d, string by, DateTime at, string action, string field, string? old, string? now) => new()
    {
        DecisionId = d.Id,
        At = at,
        By = by,
        Action = action,
        Document = d.Document,
        Surface = d.Surface,
        Start = d.Start,
        Field = field,
        OldValue = old,
        NewValue = now,
    };
}
