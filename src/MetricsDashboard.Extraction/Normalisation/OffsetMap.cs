using System.Runtime.CompilerServices;

namespace MetricsDashboard.Extraction.Normalisation;

/// <summary>
/// Maps offsets of the normalised text back to the decoded text. Normalisation only drops
/// characters (spaces, line breaks) and folds others one to one, so the difference between the two
/// offsets is piecewise constant: the map stores only where it changes, a few entries per line
/// instead of one integer per character.
/// </summary>
internal sealed class OffsetMap
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _deltas = [0];
    private int _lastDelta;

    /// <summary>Records that normalised offset <paramref name="normalised"/> came from <paramref name="original"/>.</summary>
    /// <remarks>Called for every character of a page, and nearly always a no-op: the test is inlined, the change is not.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int normalised, int original)
    {
        int delta = original - normalised;
        if (delta != _lastDelta) { Change(normalised, delta); }
    }

    private void Change(int normalised, int delta)
    {
        _lastDelta = delta;
        if (_starts[^1] == normalised)
        {
            _deltas[^1] = delta;
            return;
        }
        _starts.Add(normalised);
        _deltas.Add(delta);
    }

    /// <summary>The original offset of a normalised offset.</summary>
    public int ToOriginal(int normalised)
    {
        int index = _starts.BinarySearch(normalised);
        if (index < 0) { index = ~index - 1; }
        return normalised + _deltas[Math.Max(index, 0)];
    }
}
