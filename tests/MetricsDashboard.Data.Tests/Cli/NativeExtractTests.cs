using MetricsDashboard.Cli;

namespace MetricsDashboard.Data.Tests.Cli;

/// <summary>When <c>metricsdashboard</c> hands <c>extract</c> to the ahead-of-time compiled program beside it.</summary>
public sealed class NativeExtractTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "md-native-" + Guid.NewGuid().ToString("N"));

    public NativeExtractTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Find_NativeProgramNewerThanTheLibrary_IsUsed()
    {
        var library = Touch("MetricsDashboard.Extraction.dll", new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc));
        var native = Touch(NativeExtract.FileName, new DateTime(2026, 1, 1, 10, 1, 0, DateTimeKind.Utc));
        File.WriteAllText(Path.Combine(_folder, NativeExtract.CpuFileName), BuildMachine + "\n");

        Assert.Equal(native, NativeExtract.Find(_folder, BuildMachine));
        Assert.NotNull(library);
    }

    [Fact]
    public void Find_CpuWithEveryInstructionSetOfTheBuildAndMore_IsUsed()
    {
        var native = NewerNative();
        File.WriteAllText(Path.Combine(_folder, NativeExtract.CpuFileName), BuildMachine + "\n");

        Assert.Equal(native, NativeExtract.Find(_folder, BuildMachine.Replace("avx2", "avx2 avx512f avx512bw", StringComparison.Ordinal)));
    }

    [Fact]
    public void Find_CpuLackingAnInstructionSetOfTheBuild_RunsHere()
    {
        // The build folder copied to an older machine: native code for AVX-512 would not run there.
        NewerNative();
        File.WriteAllText(Path.Combine(_folder, NativeExtract.CpuFileName), BuildMachine.Replace("avx2", "avx2 avx512f", StringComparison.Ordinal));

        Assert.Null(NativeExtract.Find(_folder, BuildMachine));
    }

    [Fact]
    public void Find_NoRecordOfTheBuildCpu_RunsHere()
    {
        NewerNative();
        Assert.Null(NativeExtract.Find(_folder, BuildMachine));

        File.WriteAllText(Path.Combine(_folder, NativeExtract.CpuFileName), "");
        Assert.Null(NativeExtract.Find(_folder, BuildMachine));
    }

    private const string BuildMachine = "flags\t\t: fpu vme de pse tsc msr sse sse2 ssse3 sse4_1 sse4_2 popcnt avx avx2 bmi1 bmi2 lzcnt movbe";

    private string NewerNative()
    {
        Touch("MetricsDashboard.Extraction.dll", new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc));
        return Touch(NativeExtract.FileName, new DateTime(2026, 1, 1, 10, 1, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Find_NativeProgramOlderThanTheLibrary_IsLeftAlone()
    {
        // A Release build without clang rebuilt the library but could not rebuild the native program.
        Touch(NativeExtract.FileName, new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc));
        Touch("MetricsDashboard.Extraction.dll", new DateTime(2026, 1, 1, 10, 1, 0, DateTimeKind.Utc));

        Assert.Null(NativeExtract.Find(_folder));
    }

    [Fact]
    public void Find_NoNativeProgram_RunsHere()
    {
        Touch("MetricsDashboard.Extraction.dll", new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc));

        Assert.Null(NativeExtract.Find(_folder));
    }

    [Theory]
    [InlineData("import")]
    [InlineData("export")]
    [InlineData("help")]
    public void For_OtherCommands_RunHere(string command) => Assert.Null(NativeExtract.For([command, "x"]));

    private string Touch(string name, DateTime writtenUtc)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [1]);
        File.SetLastWriteTimeUtc(path, writtenUtc);
        return path;
    }
}
