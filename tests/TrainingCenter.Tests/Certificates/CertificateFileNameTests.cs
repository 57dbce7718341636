using TrainingCenter.Certificates;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateFileNameTests
{
    [Theory]
    [InlineData("Ayesha Siddiqui", "TC-2027-SE-000123 - Ayesha Siddiqui.pdf")]
    [InlineData("عائشہ صدیقی", "TC-2027-SE-000123 - عائشہ صدیقی.pdf")]
    [InlineData("../../etc/passwd", "TC-2027-SE-000123 - etc passwd.pdf")]
    [InlineData("C:\\Users\\Ali", "TC-2027-SE-000123 - C Users Ali.pdf")]
    [InlineData("<Bilal> | \"Khan\" * ?", "TC-2027-SE-000123 - Bilal Khan.pdf")]
    [InlineData("Sara\tNaz\r\nAhmed", "TC-2027-SE-000123 - Sara Naz Ahmed.pdf")]
    [InlineData("Zara Khan...", "TC-2027-SE-000123 - Zara Khan.pdf")]
    [InlineData("Ali\u202Efdp.exe", "TC-2027-SE-000123 - Ali fdp.exe.pdf")]
    [InlineData("///", "TC-2027-SE-000123.pdf")]
    public void The_file_name_is_the_serial_and_the_holders_name_without_what_a_file_system_refuses(string name, string expected) =>
        Assert.Equal(expected, CertificateFileName.Of("TC-2027-SE-000123", name));

    [Fact]
    public void A_very_long_name_is_cut_between_whole_letters()
    {
        var name = string.Concat(Enumerable.Repeat("مُحمّد ", 40));

        var fileName = CertificateFileName.Of("TC-1", name);

        var kept = fileName["TC-1 - ".Length..^".pdf".Length];
        Assert.True(kept.Length <= CertificateFileName.MaxNameLength);
        Assert.StartsWith(kept, name, StringComparison.Ordinal);
        Assert.False(char.GetUnicodeCategory(name[kept.Length]) == System.Globalization.UnicodeCategory.NonSpacingMark);
    }
}
