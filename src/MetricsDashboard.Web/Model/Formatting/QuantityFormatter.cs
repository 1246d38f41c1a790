using System.Globalization;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Web.Model.Formatting;

/// <summary>
/// Shows values the way readers of each language expect: 1298.6亿元 and 17万人次 in Chinese,
/// CNY 129.86B and 170K person-times in English. Only for display: files and URLs carry the raw
/// canonical value with the invariant culture.
/// </summary>
public static class QuantityFormatter
{
    /// <summary>A bare number with 万/亿 (zh) or K/M/B (en) scaling, at most two decimals.</summary>
    public static string FormatNumber(double value, CultureInfo culture)
    {
        var abs = Math.Abs(value);
        if (IsChinese(culture))
        {
            return abs switch
            {
                >= 1e8 => Scaled(value / 1e8, culture) + "亿",
                >= 1e4 => Scaled(value / 1e4, culture) + "万",
                _ => Scaled(value, culture),
            };
        }
        return abs switch
        {
            >= 1e9 => Scaled(value / 1e9, culture) + "B",
            >= 1e6 => Scaled(value / 1e6, culture) + "M",
            >= 1e3 => Scaled(value / 1e3, culture) + "K",
            _ => Scaled(value, culture),
        };
    }

    /// <summary>A value in its canonical unit, e.g. (1.2986e11, CNY) → 1298.6亿元; a range shows both ends.</summary>
    public static string FormatQuantity(double value, double? valueMax, CanonicalUnit unit, string? counter, CultureInfo culture)
    {
        var number = FormatNumber(value, culture);
        if (valueMax is { } max)
        {
            number += (IsChinese(culture) ? "—" : "–") + FormatNumber(max, culture);
        }
        return IsChinese(culture)
            ? number + ChineseUnit(unit, counter)
            : EnglishQuantity(number, unit, counter);
    }

    /// <summary>The unit as a Chinese reader writes it after a number.</summary>
    public static string ChineseUnit(CanonicalUnit unit, string? counter) => unit switch
    {
        CanonicalUnit.Cny => "元",
        CanonicalUnit.Usd => "美元",
        CanonicalUnit.Percent => "%",
        CanonicalUnit.PercentagePoint => "个百分点",
        CanonicalUnit.BasisPoint => "个基点",
        CanonicalUnit.Count => counter ?? "个",
        CanonicalUnit.Rank => "位",
        CanonicalUnit.SquareMetre => "平方米",
        CanonicalUnit.Kilometre => "公里",
        CanonicalUnit.Tonne => "吨",
        CanonicalUnit.KilowattHour => "千瓦时",
        CanonicalUnit.Kilowatt => "千瓦",
        CanonicalUnit.DurationYear => "年",
        CanonicalUnit.DurationMonth => "个月",
        CanonicalUnit.DurationDay => "天",
        CanonicalUnit.DurationHour => "小时",
        _ => "",
    };

    /// <summary>A unit's name for headings and legends ("亿元" style scaling is left to the numbers).</summary>
    public static string UnitName(CanonicalUnit unit, string? counter, CultureInfo culture) => IsChinese(culture)
        ? ChineseUnit(unit, counter) is { Length: > 0 } zh ? zh : unit.ToWire()
        : unit switch
        {
            CanonicalUnit.Count when counter is not null => $"count ({counter})",
            _ => unit.ToWire(),
        };

    private static string EnglishQuantity(string number, CanonicalUnit unit, string? counter) => unit switch
    {
        CanonicalUnit.Cny => "CNY " + number,
        CanonicalUnit.Usd => "USD " + number,
        CanonicalUnit.Percent => number + "%",
        CanonicalUnit.PercentagePoint => number + " pp",
        CanonicalUnit.Rank => "#" + number,
        CanonicalUnit.Count => counter is null ? number : $"{number} ({counter})",
        CanonicalUnit.SquareMetre => number + " m²",
        CanonicalUnit.DurationYear => number + " yr",
        CanonicalUnit.DurationMonth => number + " mo",
        CanonicalUnit.DurationDay => number + " d",
        CanonicalUnit.DurationHour => number + " h",
        CanonicalUnit.Other => number,
        _ => number + " " + unit.ToWire(),
    };

    // Chinese writes 1298.6亿 and 4439 without group separators; English groups thousands.
    private static string Scaled(double value, CultureInfo culture) =>
        Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString(IsChinese(culture) ? "0.##" : "#,0.##", culture);

    private static bool IsChinese(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName.Equals("zh", StringComparison.OrdinalIgnoreCase);
}
