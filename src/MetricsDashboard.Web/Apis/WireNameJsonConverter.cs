using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Web.Apis;

/// <summary>
/// The contract's enums in the JSON API by their wire names (<c>"unit": "CNY"</c>, <c>"kind": "actual"</c>),
/// as the downloads and INDICATORS.md write them, never as numbers or member names.
/// </summary>
public sealed class WireNameJsonConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert == typeof(CanonicalUnit) || typeToConvert == typeof(Qualifier) || typeToConvert == typeof(IndicatorKind)
        || typeToConvert == typeof(FigureForm) || typeToConvert == typeof(DateSource);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options) => typeToConvert switch
    {
        _ when typeToConvert == typeof(CanonicalUnit) => new Of<CanonicalUnit>(),
        _ when typeToConvert == typeof(Qualifier) => new Of<Qualifier>(),
        _ when typeToConvert == typeof(IndicatorKind) => new Of<IndicatorKind>(),
        _ when typeToConvert == typeof(FigureForm) => new Of<FigureForm>(),
        _ when typeToConvert == typeof(DateSource) => new Of<DateSource>(),
        _ => null,
    };

    private sealed class Of<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum> : JsonConverter<TEnum> where TEnum : struct, Enum
    {
        public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            WireNames.TryParse<TEnum>(reader.GetString(), out var value)
                ? value
                : throw new JsonException($"not a {typeof(TEnum).Name}: {reader.GetString()} ({string.Join(", ", WireNames.All<TEnum>())})");

        public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToWire());
    }
}
