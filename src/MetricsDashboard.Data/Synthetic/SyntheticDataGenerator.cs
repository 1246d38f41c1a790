using System.Data.Common;
using System.Globalization;
using MetricsDashboard.Data.Import;
using MetricsDashboard.Data.Infrastructure;
using MetricsDashboard.Data.Model;
using MetricsDashboard.Data.Reference;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Data.Synthetic;

/// <summary>
/// Fills a database with deterministic synthetic indicators for load tests: every area, sector and
/// metric, five years of publication dates, units and counters that go with each metric. Written
/// through <see cref="IndicatorBulkWriter"/>, the importer's own insert path.
/// </summary>
public static class SyntheticDataGenerator
{
    /// <summary>Indicators per synthetic document (5 articles of 10).</summary>
    public const int IndicatorsPerDocument = 50;

    /// <summary>Articles per synthetic document.</summary>
    public const int ArticlesPerDocument = 5;

    /// <summary>First publication date of the synthetic set.</summary>
    public static readonly DateOnly FirstDate = new(2020, 1, 1);

    /// <summary>Last publication date of the synthetic set (five years).</summary>
    public static readonly DateOnly LastDate = new(2024, 12, 31);

    /// <summary>The extractor version written on synthetic rows.</summary>
    public const string Version = "synthetic-1";

    private static readonly SyntheticMetric[] Metrics =
    [
        new("investment", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e6, 5e11, ["investment_construction", "regional_cooperation"], ["完成投资", "固定资产投资", "项目总投资"]),
        new("retail_sales", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e7, 2e11, ["consumption_commerce"], ["社会消费品零售总额", "零售额"]),
        new("consumption_voucher", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e5, 1e8, ["consumption_commerce"], ["消费券", "发放消费券"]),
        new("financing", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e6, 1e10, ["finance"], ["融资", "贷款余额", "授信"]),
        new("fiscal_funds", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e5, 1e9, ["government_services", "agriculture_rural"], ["财政补贴", "专项资金"]),
        new("output_value", CanonicalUnit.Cny, null, IndicatorKind.Actual, 1e7, 1e11, ["industry_technology"], ["产值", "营业收入"]),
        new("cases", CanonicalUnit.Count, "起", IndicatorKind.Actual, 1, 5000, ["public_safety"], ["侦办经济犯罪案件", "警情"]),
        new("enterprises", CanonicalUnit.Count, "家", IndicatorKind.Actual, 1, 2000, ["industry_technology", "finance"], ["上榜企业", "入驻企业"]),
        new("projects", CanonicalUnit.Count, "个", IndicatorKind.Actual, 1, 500, ["investment_construction"], ["重点项目", "签约项目"]),
        new("people", CanonicalUnit.Count, "人", IndicatorKind.Actual, 10, 200000, ["employment_social_security", "healthcare_insurance", "education"], ["参保人数", "新增就业", "服务群众"]),
        new("visitors", CanonicalUnit.Count, "人次", IndicatorKind.Actual, 100, 5000000, ["culture_tourism"], ["接待游客", "客流"]),
        new("area", CanonicalUnit.SquareMetre, null, IndicatorKind.Actual, 100, 1e6, ["investment_construction", "agriculture_rural"], ["建筑面积", "改造面积"]),
        new("energy", CanonicalUnit.KilowattHour, null, IndicatorKind.Target, 1e3, 1e8, ["energy_environment"], ["绿电", "发电量"]),
        new("infrastructure", CanonicalUnit.Count, "个", IndicatorKind.Actual, 1, 10000, ["transport", "community_governance"], ["泊位", "充电桩", "站点"]),
        new("services", CanonicalUnit.Count, "件", IndicatorKind.Actual, 1, 100000, ["government_services"], ["办理业务", "受理诉求"]),
        new("events", CanonicalUnit.Count, "场", IndicatorKind.Actual, 1, 500, ["culture_tourism", "community_governance"], ["活动", "演出"]),
        new("completion_rate", CanonicalUnit.Percent, null, IndicatorKind.Actual, 50, 150, ["investment_construction"], ["投资完成率"]),
        new("growth_rate", CanonicalUnit.Percent, null, IndicatorKind.Change, -30, 30, ["consumption_commerce", "industry_technology"], ["同比增长", "增速"]),
        new("share_rate", CanonicalUnit.Percent, null, IndicatorKind.Actual, 1, 100, ["healthcare_insurance", "other"], ["占比", "覆盖率"]),
        new("rank", CanonicalUnit.Rank, null, IndicatorKind.Rank, 1, 30, ["finance", "regional_cooperation"], ["排名"]),
        new("other", CanonicalUnit.Other, null, IndicatorKind.Actual, 1, 1000, ["other"], ["其他"]),
    ];

    private static readonly IndicatorKind[] Kinds = [IndicatorKind.Actual, IndicatorKind.Target, IndicatorKind.Change];

    /// <summary>
    /// Appends <paramref name="count"/> indicators (with their documents and articles) in one
    /// transaction, rebuilds the rollups and runs ANALYZE, so the planner knows the new distribution.
    /// </summary>
    /// <returns>How long the mentions and the facts over them took, and how many facts were made.</returns>
    public static SyntheticLoadReport Generate(string connectionString, int count, int seed = 20240110, IProgress<int>? progress = null) =>
        Generate(new DatabaseTarget(DatabaseProvider.Sqlite, connectionString), count, seed, progress);

    /// <summary>The same on either engine (<see cref="DatabaseTarget"/>), through the same statements.</summary>
    public static SyntheticLoadReport Generate(DatabaseTarget target, int count, int seed = 20240110, IProgress<int>? progress = null)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        TimeSpan mentionsTime;
        int factsMade;
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var random = new Random(seed);
        // Regions (川渝, 成都都市圈) never carry indicators as their district.
        var areas = ReferenceCatalog.Areas.Where(a => a.Level != "region").Select(a => a.Name).ToArray();
        var days = LastDate.DayNumber - FirstDate.DayNumber + 1;
        using var connection = SqlDialect.Connect(target);
        connection.Open();
        var dialect = SqlDialect.For(connection);
        if (!dialect.IsPostgreSql)
        {
            Execute(connection, null, "PRAGMA cache_size=-262144;");
        }
        using (var tx = connection.BeginTransaction())
        {
            // Building an index once over sorted keys is several times faster than updating it a
            // million times: drop the Indicators indexes, load, create them again.
            var indexes = IndexDefinitions(connection, tx);
            foreach (var (name, _) in indexes)
            {
                Execute(connection, tx, $"DROP INDEX \"{name}\";");
            }
            using var documents = Prepare(connection, tx,
                "INSERT INTO \"Documents\" (\"FileName\", \"ContentHash\", \"EncodingName\", \"OriginalText\", \"NormalisedText\", \"PublishedOn\", \"DateSource\", \"SourceName\", \"ImportedAt\", \"ExtractorVersion\", \"SizeBytes\") " +
                $"VALUES (@name, @hash, 'utf-8', @text, @text, @date, '{DateSource.Metadata.ToWire()}', '合成数据', @now, @version, @size) RETURNING \"Id\"",
                "@name", "@hash", "@text", "@date", "@now", "@version", "@size");
            using var articles = Prepare(connection, tx,
                "INSERT INTO \"Articles\" (\"DocumentId\", \"Index\", \"Title\", \"Start\", \"End\", \"District\", \"Sector\", \"PublishedOn\") " +
                "VALUES (@doc, @index, @title, @start, @end, @district, @sector, @date) RETURNING \"Id\"",
                "@doc", "@index", "@title", "@start", "@end", "@district", "@sector", "@date");
            using var writer = new IndicatorBulkWriter(connection, tx);
            var now = dialect.Timestamp(DateTime.UtcNow);
            var stamp = Guid.NewGuid().ToString("N")[..8];
            var written = 0;
            for (var d = 0; written < count; d++)
            {
                var date = FirstDate.AddDays(random.Next(days));
                var name = $"synthetic_{stamp}_{d:D7}.txt";
                var text = $"合成文档 {d}";
                var documentId = (int)Insert(documents, name, $"{stamp}{d:D56}", text, dialect.Date(date), now, Version, text.Length);
                var perArticle = IndicatorsPerDocument / ArticlesPerDocument;
                for (var a = 0; a < ArticlesPerDocument && written < count; a++)
                {
                    var district = areas[random.Next(areas.Length)];
                    var metric = Metrics[random.Next(Metrics.Length)];
                    var sector = metric.Sectors[random.Next(metric.Sectors.Length)];
                    var articleId = Insert(articles, documentId, a, $"{district}{metric.Labels[0]}报道", 0, text.Length, district, sector, dialect.Date(date));
                    for (var k = 0; k < perArticle && written < count; k++, written++)
                    {
                        // Most numbers of an article share its district and topic; some name another area or metric.
                        var m = random.Next(4) == 0 ? Metrics[random.Next(Metrics.Length)] : metric;
                        var place = random.Next(5) == 0 ? areas[random.Next(areas.Length)] : district;
                        writer.Write(Indicator(random, m, place, m == metric ? sector : m.Sectors[0], documentId, (int)articleId, date));
                    }
                }
                if (d % 1000 == 0)
                {
                    progress?.Report(written);
                }
            }
            documents.Dispose();
            articles.Dispose();
            writer.Dispose();
            foreach (var (_, sql) in indexes)
            {
                Execute(connection, tx, sql + ";");
            }
            IndicatorRollups.RebuildAll(connection, tx);
            AreaArticles.RebuildAll(connection, tx);
            mentionsTime = watch.Elapsed;
            factsMade = Facts.FactBackfill.Run(connection, tx, MeasureCatalog.Default);
            tx.Commit();
        }
        // Sampled statistics: enough for the planner to pick between the indexes, seconds instead of a minute.
        Execute(connection, null, dialect.AnalyzeSql);
        progress?.Report(count);
        return new SyntheticLoadReport(mentionsTime, watch.Elapsed - mentionsTime, factsMade);
    }

    private static StoredIndicator Indicator(Random random, SyntheticMetric metric, string district, string sector, int documentId, int articleId, DateOnly date)
    {
        var value = Math.Round(metric.Min + random.NextDouble() * (metric.Max - metric.Min), 2);
        var label = metric.Labels[random.Next(metric.Labels.Length)];
        var surface = metric.Unit switch
        {
            CanonicalUnit.Cny => string.Create(CultureInfo.InvariantCulture, $"{value / 1e8:0.##}亿元"),
            CanonicalUnit.Percent => string.Create(CultureInfo.InvariantCulture, $"{value:0.##}%"),
            CanonicalUnit.Rank => string.Create(CultureInfo.InvariantCulture, $"第{value:0}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{value:0.##}{metric.Counter}"),
        };
        var sentence = $"{district}{label}{surface}。";
        var period = random.Next(3) == 0 ? null : date.AddMonths(-1).ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var (periodStart, periodEnd) = PeriodRange.Parse(period);
        return new StoredIndicator
        {
            DocumentId = documentId,
            ArticleId = articleId,
            Surface = surface,
            Start = district.Length + label.Length,
            End = district.Length + label.Length + surface.Length,
            Value = value,
            ValueMax = null,
            Unit = metric.Unit,
            Counter = metric.Counter,
            Qualifier = random.Next(5) == 0 ? Qualifier.MoreThan : Qualifier.Exact,
            Kind = metric.Kind == IndicatorKind.Actual ? Kinds[random.Next(Kinds.Length)] : metric.Kind,
            Metric = metric.Key,
            Label = label,
            District = random.Next(20) == 0 ? null : district,
            Sector = sector,
            Period = period,
            PeriodStart = periodStart,
            PeriodEnd = periodEnd,
            Sentence = sentence,
            SentenceStart = 0,
            Confidence = 0.5 + random.NextDouble() / 2,
            ExtractorVersion = Version,
            PublishedOn = date,
            PublishedMonth = StoredIndicatorMapper.MonthKey(date),
        };
    }

    private static List<(string Name, string Sql)> IndexDefinitions(DbConnection connection, DbTransaction tx)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = SqlDialect.For(connection).IndexDefinitionsSql("Indicators");
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        return indexes;
    }

    private static DbCommand Prepare(DbConnection connection, DbTransaction tx, string sql, params string[] parameters)
    {
        var command = SqlDialect.Command(connection, tx, sql);
        foreach (var p in parameters)
        {
            SqlDialect.Add(command, p);
        }
        SqlDialect.For(connection).Prepare(command);
        return command;
    }

    private static long Insert(DbCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void Execute(DbConnection connection, DbTransaction? tx, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

}
