using MetricsDashboard.Data.Model;

namespace MetricsDashboard.Data.Reference;

/// <summary>
/// The reference rows the database is seeded with: areas and their hierarchy, sectors and metric
/// categories. The keys are those of INDICATORS.md.
/// </summary>
public static class ReferenceCatalog
{
    /// <summary>The canonical name of the country-level area.</summary>
    public const string Country = "全国";

    /// <summary>The city all district-level units of the dashboard belong to.</summary>
    public const string Chengdu = "成都市";

    /// <summary>Areas, parents before children.</summary>
    public static IReadOnlyList<Area> Areas { get; } = BuildAreas();

    public static IReadOnlyList<Sector> Sectors { get; } =
    [
        Sector("investment_construction", "投资建设", "Investment & construction"),
        Sector("consumption_commerce", "消费商贸", "Consumption & commerce"),
        Sector("finance", "金融", "Finance"),
        Sector("public_safety", "公共安全", "Public safety"),
        Sector("healthcare_insurance", "医疗医保", "Healthcare & insurance"),
        Sector("industry_technology", "产业科技", "Industry & technology"),
        Sector("energy_environment", "能源环境", "Energy & environment"),
        Sector("transport", "交通", "Transport"),
        Sector("community_governance", "社区治理", "Community governance"),
        Sector("employment_social_security", "就业社保", "Employment & social security"),
        Sector("culture_tourism", "文化旅游", "Culture & tourism"),
        Sector("government_services", "政务服务", "Government services"),
        Sector("agriculture_rural", "农业农村", "Agriculture & rural"),
        Sector("education", "教育", "Education"),
        Sector("regional_cooperation", "区域合作", "Regional cooperation"),
        Sector("other", "其他", "Other"),
    ];

    public static IReadOnlyList<MetricCategory> Metrics { get; } =
    [
        Metric("investment", "投资", "Investment"),
        Metric("retail_sales", "消费品零售", "Retail sales"),
        Metric("consumption_voucher", "消费券", "Consumption vouchers"),
        Metric("financing", "融资", "Financing"),
        Metric("fiscal_funds", "财政资金", "Fiscal funds"),
        Metric("output_value", "产值营收", "Output value"),
        Metric("cases", "案件警情", "Cases"),
        Metric("enterprises", "企业", "Enterprises"),
        Metric("projects", "项目", "Projects"),
        Metric("people", "人数", "People"),
        Metric("visitors", "客流", "Visitors"),
        Metric("area", "面积", "Area"),
        Metric("energy", "能源", "Energy"),
        Metric("infrastructure", "设施", "Infrastructure"),
        Metric("services", "服务办件", "Services"),
        Metric("events", "活动", "Events"),
        Metric("completion_rate", "完成率", "Completion rate"),
        Metric("growth_rate", "增长率", "Growth rate"),
        Metric("share_rate", "占比", "Share"),
        Metric("rank", "排名", "Rank"),
        Metric("other", "其他", "Other"),
    ];

    private static List<Area> BuildAreas()
    {
        List<Area> areas =
        [
            new() { Name = Country, Level = "country", Aliases = "全国|国内" },
            new() { Name = "四川省", Level = "province", ParentName = Country, Aliases = "四川|全省" },
            new() { Name = "重庆市", Level = "province", ParentName = Country, Aliases = "重庆" },
            new() { Name = Chengdu, Level = "city", ParentName = "四川省", Aliases = "成都|蓉|全市" },
        ];
        string[] chengduDistricts =
        [
            "锦江区", "青羊区", "金牛区", "武侯区", "成华区", "龙泉驿区", "青白江区", "新都区", "温江区",
            "双流区", "郫都区", "新津区", "简阳市", "都江堰市", "彭州市", "邛崃市", "崇州市", "金堂县",
            "大邑县", "蒲江县", "成都高新区", "四川天府新区", "成都东部新区",
        ];
        areas.AddRange(chengduDistricts.Select(d => new Area { Name = d, Level = "district", ParentName = Chengdu, Aliases = ShortName(d) }));
        string[] otherCities = ["德阳市", "眉山市", "资阳市", "绵阳市", "广元市", "遂宁市", "内江市", "乐山市", "自贡市", "泸州市", "宜宾市", "南充市", "雅安市"];
        areas.AddRange(otherCities.Select(c => new Area { Name = c, Level = "city", ParentName = "四川省", Aliases = c[..^1] }));
        areas.Add(new() { Name = "广汉市", Level = "district", ParentName = "德阳市", Aliases = "广汉" });
        return areas;
    }

    // 锦江区 → 锦江, 成都高新区 → 高新区, 四川天府新区 → 天府新区: the short forms INDICATORS.md lists.
    private static string ShortName(string name) => name switch
    {
        "成都高新区" => "高新区|高新",
        "四川天府新区" => "天府新区",
        "成都东部新区" => "东部新区",
        _ when name.Length > 2 => name[..^1],
        _ => "",
    };

    private static Sector Sector(string key, string zh, string en) => new() { Key = key, NameZh = zh, NameEn = en };

    private static MetricCategory Metric(string key, string zh, string en) => new() { Key = key, NameZh = zh, NameEn = en };
}
