using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace MetricsDashboard.Extraction.Model;

/// <summary>
/// The one mapping between the contract's enums (<see cref="Qualifier"/>, <see cref="IndicatorKind"/>,
/// <see cref="CanonicalUnit"/>, <see cref="FigureForm"/>, <see cref="DateSource"/>) and their wire
/// names, read once from each member's <see cref="WireNameAttribute"/>. Pages, charts, downloads,
/// the command line, the importer and the extractor's JSON all convert through here.
/// </summary>
public static class WireNames
{
    /// <summary>The wire name of <paramref name="value"/>, e.g. <c>more_than</c>.</summary>
    public static string ToWire<[DynamicallyAccessedMembers(Fields)] TEnum>(this TEnum value) where TEnum : struct, Enum =>
        Table<TEnum>.Names.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, null);

    /// <summary>Parses a wire name (exact, case-sensitive); false for anything the contract does not name.</summary>
    public static bool TryParse<[DynamicallyAccessedMembers(Fields)] TEnum>(string? name, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        return name is not null && Table<TEnum>.Values.TryGetValue(name, out value);
    }

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, in declaration order.</summary>
    public static IReadOnlyList<string> All<[DynamicallyAccessedMembers(Fields)] TEnum>() where TEnum : struct, Enum => Table<TEnum>.Ordered;

    // The names are read from the members' attributes: trimming and native compilation (the native
    // extract) must keep the enums' fields.
    private const DynamicallyAccessedMemberTypes Fields = DynamicallyAccessedMemberTypes.PublicFields;

    private static class Table<[DynamicallyAccessedMembers(Fields)] TEnum> where TEnum : struct, Enum
    {
        // In the order of the members' values (their declaration order here); metadata tokens, which
        // would give declaration order directly, do not exist in native code.
        public static readonly FrozenDictionary<TEnum, string> Names = Enum.GetValues<TEnum>()
            .ToFrozenDictionary(v => v, v => typeof(TEnum).GetField(Enum.GetName(v)!)?.GetCustomAttribute<WireNameAttribute>()?.Name
                ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{v} has no [WireName]."));

        public static readonly IReadOnlyList<string> Ordered = Enum.GetValues<TEnum>().Select(v => Names[v]).ToArray();

        public static readonly FrozenDictionary<string, TEnum> Values = Names.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
    }
}
