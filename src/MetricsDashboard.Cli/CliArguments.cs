namespace MetricsDashboard.Cli;

/// <summary>A command's arguments: positionals, <c>--name value</c> options (repeatable) and <c>--flag</c>s.</summary>
internal sealed class CliArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    /// <summary>Parses arguments against the options and flags a command knows; anything else is a usage error.</summary>
    public static CliArguments Parse(IEnumerable<string> args, IReadOnlyCollection<string> options, IReadOnlyCollection<string> flags)
    {
        var result = new CliArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (!arg.StartsWith("--", StringComparison.Ordinal) || arg == "--")
            {
                result.Positionals.Add(arg);
                continue;
            }
            var name = arg[2..];
            string? inline = null;
            var eq = name.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                (name, inline) = (name[..eq], name[(eq + 1)..]);
            }
            if (flags.Contains(name) && inline is null)
            {
                result._flags.Add(name);
            }
            else if (options.Contains(name))
            {
                var value = inline ?? (e.MoveNext() ? e.Current : throw new UsageException($"option --{name} needs a value"));
                if (!result._options.TryGetValue(name, out var list))
                {
                    result._options[name] = list = [];
                }
                list.Add(value);
            }
            else
            {
                throw new UsageException($"unknown option --{name}");
            }
        }
        return result;
    }

    public bool Has(string flag) => _flags.Contains(flag);

    public IReadOnlyList<string> All(string option) => _options.TryGetValue(option, out var list) ? list : [];

    public string? Single(string option) => All(option) switch
    {
        [] => null,
        [var one] => one,
        _ => throw new UsageException($"option --{option} given more than once"),
    };
}
