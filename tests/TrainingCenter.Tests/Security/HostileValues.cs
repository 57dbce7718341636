namespace TrainingCenter.Tests.Security;

/// <summary>What people (and scripts) type into forms that they should not.</summary>
public static class HostileValues
{
    public const string Script = "<script>alert(1)</script>";
    public const string AttributeBreaker = "\"'><img src=x onerror=alert(1)>";

    public static readonly IReadOnlyList<string> All =
    [
        "",
        "   ",
        new string('x', 10_000),
        "عائشہ خان — mixed اردو and English ‏text‏",
        "😀🎓👩‍💻",
        "ctrl\u0001\u0007\u001b and NUL\u0000 inside",
        Script,
        AttributeBreaker,
        "'; DROP TABLE \"Cohorts\"; --",
        "1 OR 1=1",
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "@SUM(1+1)",
        "-1",
        "-99999999999999999999",
        "99999999999999999999",
        "0001-01-01",
        "9999-12-31T23:59",
        "2026-02-30",
        "NaN",
    ];
}
