namespace MetricsDashboard.Extraction.Areas;

/// <summary>How specific an area is; a higher value is more specific.</summary>
public enum AreaLevel
{
    /// <summary>A grouping across provinces or cities (川渝, 成德眉资): indicators about it carry no district.</summary>
    Region = 0,
    /// <summary>全国.</summary>
    Country = 1,
    /// <summary>A province (四川省).</summary>
    Province = 2,
    /// <summary>A prefecture-level city or a municipality (成都市, 重庆市).</summary>
    City = 3,
    /// <summary>A district, county or county-level city (锦江区, 简阳市, 成都高新区).</summary>
    District = 4,
}
