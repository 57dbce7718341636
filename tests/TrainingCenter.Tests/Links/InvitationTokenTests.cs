using TrainingCenter.Links;

namespace TrainingCenter.Tests.Links;

public sealed class InvitationTokenTests
{
    [Fact]
    public void Invitation_tokens_carry_256_random_bits_and_need_no_escaping_in_a_link()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => InvitationToken.New()).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens, t =>
        {
            Assert.Equal(43, t.Length);
            Assert.Equal(t, Uri.EscapeDataString(t));
        });
    }
}
