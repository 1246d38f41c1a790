namespace MetricsDashboard.Exports.Xlsx;

/// <summary>
/// A write-only, non-seekable stream that keeps what is written until <see cref="DrainToAsync"/>
/// hands it on. The OpenXML package writes synchronously, but a response body must be written
/// asynchronously: the workbook writer drains this buffer to the real output every few hundred rows,
/// so it only ever holds the compressed bytes of those rows. Being non-seekable also makes the zip
/// archive stream its entries instead of keeping them in memory to rewrite headers.
/// </summary>
internal sealed class PendingBytesStream : Stream
{
    private readonly MemoryStream _pending = new();
    private long _written;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    // The zip archive asks for the position to record entry offsets; it is the count written so far.
    public override long Position
    {
        get => _written;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _pending.Write(buffer);
        _written += buffer.Length;
    }

    public override void WriteByte(byte value)
    {
        _pending.WriteByte(value);
        _written++;
    }

    /// <summary>Writes the bytes held so far to <paramref name="output"/> and forgets them.</summary>
    public async Task DrainToAsync(Stream output, CancellationToken ct)
    {
        if (_pending.Length == 0)
        {
            return;
        }
        await output.WriteAsync(_pending.GetBuffer().AsMemory(0, (int)_pending.Length), ct);
        await output.FlushAsync(ct);
        _pending.SetLength(0);
    }

    public override void Flush()
    {
        // Bytes leave only through DrainToAsync.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }
        base.Dispose(disposing);
    }
}
