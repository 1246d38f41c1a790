namespace MetricsDashboard.Data.Facts;

/// <summary>
/// Groups the mentions of one document into figures, before they meet the stored facts. Body
/// mentions of an article group by reading and value; a headline mention then joins a body figure
/// of its article with the same value, unit and counter, whatever its own area or period reading
/// (the body's wins); figures of other articles of the document with the same reading and a dated
/// period join too. A part never joins its total. A mention a reviewer split off its fact stands
/// alone: it joins no figure and none joins it.
/// </summary>
public static class FactGrouper
{
    /// <summary>One figure: its mentions in document order with the reason each joined.</summary>
    public sealed class Group
    {
        private readonly List<(FactMention Mention, string Reason)> _members = [];

        public IReadOnlyList<(FactMention Mention, string Reason)> Members => _members;

        /// <summary>The mention whose reading the figure takes: its first body mention, else its first.</summary>
        public FactMention Reading { get; private set; } = null!;

        internal void Add(FactMention mention, string reason)
        {
            _members.Add((mention, reason));
            if (Reading is null || (Reading.InHeadline && !mention.InHeadline))
            {
                Reading = mention;
            }
        }

        internal void SortByPosition() => _members.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
    }

    /// <summary>The figures of one document's mentions.</summary>
    /// <param name="mentions">The document's mentions in document order.</param>
    /// <param name="totalOf">For a part, the id of its total; parts never join their total's figure.</param>
    public static List<Group> GroupDocument(IReadOnlyList<FactMention> mentions, IReadOnlyDictionary<long, long> totalOf)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var groups = new List<Group>();
        var groupOf = new Dictionary<long, Group>();
        // Body mentions first, so that a headline before its body finds the body's figure.
        foreach (var mention in mentions.Where(m => !m.InHeadline).Concat(mentions.Where(m => m.InHeadline)))
        {
            var (group, reason) = mention.StandsAlone ? (null, "") : FindGroup(groups, mention, totalOf, groupOf);
            if (group is null)
            {
                group = new Group();
                groups.Add(group);
                reason = mention.StandsAlone ? MergeReason.ReviewSplit : MergeReason.FirstReport;
            }
            group.Add(mention, reason);
            groupOf[mention.Id] = group;
        }
        foreach (var group in groups)
        {
            group.SortByPosition();
        }
        return groups;
    }

    private static (Group? Group, string Reason) FindGroup(List<Group> groups, FactMention mention, IReadOnlyDictionary<long, long> totalOf, Dictionary<long, Group> groupOf)
    {
        Group? headlineMatch = null;
        foreach (var group in groups)
        {
            var reading = group.Reading;
            // The cheap test first: most groups differ in value, unit or counter. A split mention's group is its own.
            if (reading.StandsAlone || !FactMention.SameValue(reading.Value, mention.Value) || reading.Unit != mention.Unit || reading.Counter != mention.Counter
                || IsTotalOrPart(group, mention, totalOf, groupOf))
            {
                continue;
            }
            var sameArticle = group.Members.Any(m => m.Mention.ArticleId == mention.ArticleId);
            // In one text, a part (31个科技创新类项目) and a figure outside the breakdown with the same
            // value (31个项目开工建设) are two figures; so are parts of two different totals.
            if (sameArticle && TotalOf(totalOf, mention.Id) != TotalOf(totalOf, reading.Id))
            {
                continue;
            }
            // One sentence never repeats a figure: 50家领先企业以及50家新锐企业 are two.
            if (group.Members.Any(m => m.Mention.DocumentId == mention.DocumentId && m.Mention.SentenceStart == mention.SentenceStart))
            {
                continue;
            }
            if (reading.SameReading(mention))
            {
                if (sameArticle)
                {
                    return (group, mention.InHeadline ? MergeReason.HeadlineRepeat : MergeReason.SameFigure);
                }
                if (mention.MayMatchAcrossArticles)
                {
                    return (group, MergeReason.CrossArticle);
                }
            }
            else if (mention.InHeadline && sameArticle && !reading.InHeadline)
            {
                // A headline reads its area and period coarsely (no area, 三季度 for 8月): the same
                // value and unit in its own article's body is that figure. Prefer the same metric.
                if (headlineMatch is null || (reading.Metric == mention.Metric && headlineMatch.Reading.Metric != mention.Metric))
                {
                    headlineMatch = group;
                }
            }
        }
        return headlineMatch is null ? (null, "") : (headlineMatch, MergeReason.HeadlineRepeat);
    }

    private static long? TotalOf(IReadOnlyDictionary<long, long> totalOf, long id) => totalOf.TryGetValue(id, out var t) ? t : null;

    private static bool IsTotalOrPart(Group group, FactMention mention, IReadOnlyDictionary<long, long> totalOf, Dictionary<long, Group> groupOf) =>
        (totalOf.TryGetValue(mention.Id, out var total) && groupOf.TryGetValue(total, out var totalGroup) && ReferenceEquals(totalGroup, group))
        || group.Members.Any(m => totalOf.TryGetValue(m.Mention.Id, out var t) && t == mention.Id);
}
