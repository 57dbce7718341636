namespace TrainingCenter.Tests.Infrastructure;

/// <summary>
/// Tests that need a real PostgreSQL server or Chromium skip, with the reason, when the machine lacks it,
/// except under CI (CI=true), where the missing part is a failure.
/// </summary>
public static class Requirements
{
    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static void Require(string? missingReason)
    {
        if (missingReason is null) return;
        if (IsCi) Assert.Fail($"Required under CI: {missingReason}");
        Assert.Skip(missingReason);
    }
}
