using MetricsDashboard.Data.Search;

namespace MetricsDashboard.Data.Tests.Search;

/// <summary>How texts become index tokens and terms become queries (pure).</summary>
public sealed class BigramsTests
{
    [Fact]
    public void Bigrams_CutTextIntoOverlappingPairs()
    {
        Assert.Equal(["成都", "都市"], Bigrams.Of("成都市"));
        Assert.Empty(Bigrams.Of("亿"));
        Assert.Null(Bigrams.Phrase("亿"));
        Assert.Equal("\"621090fd\"", Bigrams.Phrase("成都"));
        // Case and punctuation are kept: the index must not fold what the scan tells apart.
        Assert.NotEqual(Bigrams.Tokens("GDP"), Bigrams.Tokens("gdp"));
        Assert.Equal(3, Bigrams.Tokens("，。%").Split(' ').Length);
    }

    [Fact]
    public void Tokens_EndWithTheLastCharacterAndTheEndMark()
    {
        // 成都 then 都 + U+FFFF: every character starts a token, the last one too.
        Assert.Equal("621090fd 90fdffff", Bigrams.Tokens("成都"));
        Assert.Equal("4ebfffff", Bigrams.Tokens("亿"));
        Assert.Equal("", Bigrams.Tokens(""));
        Assert.Equal("", Bigrams.Tokens(null));
    }

    // Tokens is written for speed (one string, hex digits by hand): it must equal the plain
    // formatting that stored indexes were built with, or old rows would stop matching new queries.
    [Theory]
    [InlineData("成都市锦江区新增投资12.5亿元，同比增长8%")]
    [InlineData("GDP")]
    [InlineData("ab")]
    [InlineData("\u0000\ud83d\ude00")]
    public void Tokens_EqualThePlainFormattingOfEveryPair(string text)
    {
        var expected = string.Join(" ", Enumerable.Range(0, text.Length).Select(i =>
            (((uint)text[i] << 16) | (i + 1 < text.Length ? text[i + 1] : Bigrams.EndMark))
                .ToString("x8", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, Bigrams.Tokens(text));
    }

    [Fact]
    public void Query_PhraseOfBigrams_PrefixForOneCharacter_NoneForTheEndMark()
    {
        // The term's own pairs only: a term may end anywhere in a text.
        Assert.Equal("\"621090fd 90fd5e02\"", Bigrams.Query("成都市"));
        Assert.Equal("\"4ebf\"*", Bigrams.Query("亿"));
        Assert.Equal("\"0025\"*", Bigrams.Query("%"));
        Assert.Null(Bigrams.Query(""));
        Assert.Null(Bigrams.Query("亿\uffff"));
    }
}
