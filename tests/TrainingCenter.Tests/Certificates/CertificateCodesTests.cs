using System.Text.RegularExpressions;
using TrainingCenter.Certificates;

namespace TrainingCenter.Tests.Certificates;

public sealed class CertificateCodesTests
{
    [Fact]
    public void A_code_uses_only_symbols_that_cannot_be_mistaken_for_one_another()
    {
        var codes = Enumerable.Range(0, 1000).Select(_ => CertificateCodes.Generate()).ToList();

        Assert.All(codes, code => Assert.Matches("^[2-9A-HJKMNP-Z]{15}$", code));
        Assert.DoesNotContain(codes.SelectMany(c => c), c => "0O1Il".Contains(c));
        Assert.Equal(31, CertificateCodes.Alphabet.Distinct().Count());
    }

    [Fact]
    public void A_code_carries_at_least_64_bits_of_randomness()
    {
        var bits = CertificateCodes.CodeLength * Math.Log2(CertificateCodes.Alphabet.Length);

        Assert.True(bits >= 64, $"{bits:0.0} bits");
    }

    [Fact]
    public void Many_codes_are_all_different_and_use_every_symbol()
    {
        var codes = Enumerable.Range(0, 20_000).Select(_ => CertificateCodes.Generate()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(CertificateCodes.Alphabet.Order(), codes.SelectMany(c => c).Distinct().Order());
    }

    [Fact]
    public void A_code_prints_in_three_groups_of_five()
    {
        Assert.Equal("K7QXM-3PA9R-WDT4N", CertificateCodes.Format("K7QXM3PA9RWDT4N"));
    }

    [Theory]
    [InlineData("K7QXM-3PA9R-WDT4N")]
    [InlineData("k7qxm3pa9rwdt4n")]
    [InlineData(" k7qxm 3pa9r-WDT4N ")]
    [InlineData("K7Q-XM3-PA9-RWD-T4N")]
    public void A_typed_code_is_read_in_any_case_with_or_without_dashes_and_spaces(string typed)
    {
        Assert.Equal("K7QXM3PA9RWDT4N", CertificateCodes.Normalise(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QXM-3PA9R-WDT4")]
    [InlineData("K7QXM-3PA9R-WDT4NN")]
    [InlineData("K7QXM-3PA9R-WDT40")]
    [InlineData("K7QXM-3PA9R-WDT4I")]
    [InlineData("K7QXM-3PA9R-WDT4l")]
    [InlineData("K7QXM/3PA9R/WDT4N")]
    public void Something_that_cannot_be_a_code_normalises_to_nothing(string? typed)
    {
        Assert.Null(CertificateCodes.Normalise(typed));
    }

    [Theory]
    [InlineData("TC-2027-SE-000123")]
    [InlineData("tc-2027-se-000123")]
    [InlineData(" TC 2027 SE 000123 ")]
    [InlineData("TC - 2027 - SE - 000123")]
    public void A_typed_serial_is_read_in_any_case_with_dashes_or_spaces(string typed)
    {
        Assert.Equal("TC-2027-SE-000123", CertificateCodes.NormaliseSerial(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("K7QXM-3PA9R-WDT4N")]
    [InlineData("TC-27-SE-000123")]
    [InlineData("TC-2027-SE-123")]
    [InlineData("TC-2027-SE-00012X")]
    [InlineData("XX-2027-SE-000123")]
    [InlineData("TC-2027-S%-000123")]
    [InlineData("TC-2027-SE-000123-1")]
    public void Something_that_cannot_be_a_serial_normalises_to_nothing(string? typed)
    {
        Assert.Null(CertificateCodes.NormaliseSerial(typed));
    }

    [Fact]
    public void A_serial_names_the_year_the_track_and_a_six_digit_number()
    {
        Assert.Equal("TC-2027-SE-000123", CertificateCodes.Serial(2027, "se", 123));
        Assert.Equal("2027-SE", CertificateCodes.SerialKey(2027, "se"));
        Assert.Matches(new Regex("^TC-2027-DM-[0-9]{6}$"), CertificateCodes.Serial(2027, "DM", 1));
    }
}
