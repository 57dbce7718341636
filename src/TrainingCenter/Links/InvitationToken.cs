using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace TrainingCenter.Links;

/// <summary>The secret in an emailed invitation link (firm staff, nominations): 256 random bits, safe in a URL as it is.</summary>
public static class InvitationToken
{
    public static string New() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
}
