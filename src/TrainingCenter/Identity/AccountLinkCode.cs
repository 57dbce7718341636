using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace TrainingCenter.Identity;

/// <summary>An Identity token as it travels in an emailed link: base64url, so it survives URLs and mail clients.</summary>
public static class AccountLinkCode
{
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>The token, or null when the code is missing or not one the app wrote (a mangled or forged link).</summary>
    public static string? Decode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code)) return null;
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
