using MetricsDashboard.Extraction.Model;

namespace MetricsDashboard.Exports;

/// <summary>
/// A column of typed rows: its heading and how a row gives its cell. Tables keep their rows typed
/// (a chart reads <c>row.Count</c>, not <c>row[1]</c>); cells are made only where a file is written.
/// </summary>
/// <param name="Column">Name, titles and format of the column.</param>
/// <param name="Cell">The row's value in this column: string, int, long, double, DateOnly, one of the contract's enums (written as its wire name) or null.</param>
public sealed record ExportColumn<TRow>(ExportColumn Column, Func<TRow, object?> Cell);

/// <summary>Typed rows turned into the cells a writer writes, in column order.</summary>
public static class ExportCells
{
    /// <summary>The headings of typed columns.</summary>
    public static IReadOnlyList<ExportColumn> Headings<TRow>(IReadOnlyList<ExportColumn<TRow>> columns) =>
        columns.Select(c => c.Column).ToArray();

    /// <summary>One row's cells.</summary>
    public static object?[] Of<TRow>(TRow row, IReadOnlyList<ExportColumn<TRow>> columns)
    {
        var cells = new object?[columns.Count];
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = Cell(columns[i].Cell(row));
        }
        return cells;
    }

    // Files carry the contract's codes by their wire names (CNY, more_than, actual), never enum member names.
    private static object? Cell(object? value) => value switch
    {
        CanonicalUnit unit => unit.ToWire(),
        Qualifier qualifier => qualifier.ToWire(),
        IndicatorKind kind => kind.ToWire(),
        FigureForm form => form.ToWire(),
        DateSource source => source.ToWire(),
        Enum other => throw new ArgumentException($"{other.GetType().Name} has no wire name: give the cell as text", nameof(value)),
        _ => value,
    };

    /// <summary>A stream of rows as a stream of cells, read as the file is written.</summary>
    public static async IAsyncEnumerable<object?[]> Of<TRow>(
        IAsyncEnumerable<TRow> rows, IReadOnlyList<ExportColumn<TRow>> columns, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await foreach (var row in rows.WithCancellation(ct))
        {
            yield return Of(row, columns);
        }
    }
}
