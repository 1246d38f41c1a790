using System.Diagnostics.CodeAnalysis;
using MetricsDashboard.Extraction.Model;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MetricsDashboard.Data.Infrastructure.Conversions;

/// <summary>
/// Stores one of the contract's enums as its wire name (<see cref="WireNames"/>): exactly the strings
/// the columns held before they were typed, so no data migration. A string this version does not know
/// (written by a newer release, or by hand) reads as <see cref="StoredCodeFallbacks"/> says instead of
/// failing the page that lists the row; filters still compare the stored strings in SQL, so such a row
/// is never counted under the fallback's code.
/// </summary>
public sealed class WireNameConverter<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>()
    : ValueConverter<TEnum, string>(v => v.ToWire(), s => Read(s))
    where TEnum : struct, Enum
{
    /// <summary>The enum member a stored string stands for, or the fallback for one this version does not name.</summary>
    public static TEnum Read(string stored) =>
        WireNames.TryParse<TEnum>(stored, out var value) ? value : StoredCodeFallbacks.For<TEnum>();
}
