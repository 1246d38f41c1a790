using System.Globalization;
using MetricsDashboard.Exports;
using MetricsDashboard.Exports.Labels;

namespace MetricsDashboard.Web.Tests.Exports;

/// <summary>Every format hands bytes to the output while rows are still being read: no whole-file buffer.</summary>
public sealed class ExportStreamingTests
{
    private const int RowCount = 20_000;

    [Theory]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xlsx")]
    public async Task Write_ManyRows_ReachesTheOutputBeforeTheLastRowIsRead(string formatName)
    {
        var output = new ForwardOnlyStream();
        long bytesBeforeLastRow = -1;
        var table = new ExportTable(
            "indicators",
            [new("label", "指标", "Label"), new("value", "数值", "Value")],
            Rows(() => bytesBeforeLastRow = output.BytesWritten),
            [],
            DateTimeOffset.UnixEpoch,
            AsyncEnumerable.Empty<ExportSource>(),
            new ExportLabels(CultureInfo.GetCultureInfo("zh-CN"), null));

        await ExportFormat.Find(formatName)!.WriteAsync(table, output, CancellationToken.None);

        Assert.True(bytesBeforeLastRow > output.BytesWritten / 2, $"{bytesBeforeLastRow} of {output.BytesWritten} bytes had left before the last row");
    }

    private static async IAsyncEnumerable<object?[]> Rows(Action beforeLast)
    {
        for (var i = 0; i < RowCount; i++)
        {
            if (i == RowCount - 1)
            {
                beforeLast();
            }
            await Task.Yield();
            yield return [$"社会消费品零售总额 {i}", i * 1.5];
        }
    }

    /// <summary>Like a response body: write-only, not seekable, counts what it was given.</summary>
    private sealed class ForwardOnlyStream : Stream
    {
        public long BytesWritten { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => BytesWritten += count;

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            BytesWritten += count;
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            BytesWritten += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
