using System.Globalization;

namespace TrainingCenter.Benchmarks.Rush;

/// <summary>CPU time from Linux's /proc: of a process with its live children and the children it has reaped, and of the whole machine.</summary>
public static class ProcessCpu
{
    private static readonly double TickMs = 1000.0 / 100;

    /// <summary>User and system time of the process, its ended children and its live ones (the server's backends), in ms.</summary>
    public static double TreeMs(int processId)
    {
        var total = 0.0;
        foreach (var stat in Directory.EnumerateDirectories("/proc").Select(d => Path.Combine(d, "stat")))
        {
            var fields = Fields(stat);
            if (fields is null) continue;
            var pid = fields[0];
            var parent = fields[3];
            if (pid == processId.ToString(CultureInfo.InvariantCulture))
                total += Ticks(fields, 13) + Ticks(fields, 14) + Ticks(fields, 15) + Ticks(fields, 16);
            else if (parent == processId.ToString(CultureInfo.InvariantCulture))
                total += Ticks(fields, 13) + Ticks(fields, 14);
        }
        return total * TickMs;
    }

    /// <summary>Busy time of all cores (everything but idle and I/O wait) since boot, in ms; with the machine's cores, how loaded it was.</summary>
    public static double MachineBusyMs()
    {
        // user nice system idle iowait irq softirq steal (guest time is counted in user already)
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..9]
            .Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return (cpu.Sum() - cpu[3] - cpu[4]) * TickMs;
    }

    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private static double Ticks(string[] fields, int index) => double.Parse(fields[index], CultureInfo.InvariantCulture);

    /// <summary>The fields of /proc/PID/stat, the name in parentheses (which may hold spaces) as one; null when the process is gone.</summary>
    private static string[]? Fields(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
        var close = text.LastIndexOf(')');
        if (close < 0) return null;
        return [text[..text.IndexOf(' ', StringComparison.Ordinal)], "name", .. text[(close + 2)..].Split(' ')];
    }
}
