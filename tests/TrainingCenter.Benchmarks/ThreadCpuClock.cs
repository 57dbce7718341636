using System.Runtime.InteropServices;

namespace TrainingCenter.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux): unlike the wall clock, it does not count the time other processes
/// on a shared machine take the core away, so "per core" figures stay honest while builds run alongside.
/// </summary>
public static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now()
    {
        if (clock_gettime(ClockThreadCpuTimeId, out var time) != 0) throw new InvalidOperationException("clock_gettime failed.");
        return TimeSpan.FromTicks(time.Seconds * TimeSpan.TicksPerSecond + time.Nanoseconds / 100);
    }

    [LibraryImport("libc", SetLastError = true)]
    private static partial int clock_gettime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
