using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace TrainingCenter.Tests.Uploads;

/// <summary>
/// PNG files that are small on disk but declare huge pixel dimensions in their header (decompression bombs),
/// built byte by byte as an attacker would.
/// </summary>
public static class PngBombs
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>
    /// A well-formed PNG of <paramref name="side"/>×<paramref name="side"/> grey pixels whose first rows are a
    /// compressed IDAT of zeros (a few tens of KB) and whose end is cut off: a decoder allocates the whole image first.
    /// </summary>
    public static byte[] Declaring(int side, int rows = 2_000)
    {
        using var zeros = new MemoryStream();
        using (var zlib = new ZLibStream(zeros, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var row = new byte[1 + side];
            for (var y = 0; y < rows; y++) zlib.Write(row);
        }
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(side));
        WriteChunk(png, "IDAT", zeros.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>101 bytes: the signature, a header declaring <paramref name="side"/>×<paramref name="side"/> pixels, and a truncated IDAT.</summary>
    public static byte[] Truncated(int side)
    {
        using var png = new MemoryStream();
        png.Write(Signature);
        WriteChunk(png, "IHDR", Header(side));
        Span<byte> idat = stackalloc byte[8];
        BinaryPrimitives.WriteInt32BigEndian(idat, 1_000);
        Encoding.ASCII.GetBytes("IDAT", idat[4..]);
        png.Write(idat);
        png.Write([0x78, 0xDA, .. new byte[58]]);
        return png.ToArray();
    }

    private static byte[] Header(int side)
    {
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, side);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), side);
        header[8] = 8; // bit depth; colour type 0 (grey), deflate, no filter, not interlaced
        return header;
    }

    private static void WriteChunk(Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
        }
        return ~crc;
    }
}
